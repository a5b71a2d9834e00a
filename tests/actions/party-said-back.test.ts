// How the party is said back (issue 13): a bare count («нас четверо») is taken as adults and the reply says so as
// an assumption the caller can correct («Для четверых взрослых свободны …»), never as a fact about them; a
// child said later is counted among them, and an answer to another question (the children's ages given when the
// name is asked) is acknowledged before the open question is asked again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { childrenAgesText } from '../../src/hotel/format-ru.ts';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { countOnly, extractGuests } from '../../src/understanding/lang-ru/index.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('party');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function call(sender: string, channel = 'twilio_media_streams') {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel, metadata: {} })).map((m) => m.text ?? '').join('\n');
}

describe('the party said back', { timeout: 120_000 }, () => {
  it('a count with nobody named is a bare count; adults, children or a companion are not', () => {
    const bare = (s: string) => countOnly(s, extractGuests(s, 'adults'));
    for (const s of ['нас будет пятеро', 'на троих', 'двое']) assert.equal(bare(s), true, s);
    for (const s of ['трое взрослых', 'я с мужем', 'нас трое и ребёнок', 'я один']) assert.equal(bare(s), false, s);
    assert.equal(childrenAgesText([4, 9]), 'детям 4 и 9 лет');
    assert.equal(childrenAgesText([2]), 'ребёнку 2 года');
  });

  it('«нас трое» is offered as three adults assumed; a child said later is one of them, one said «ещё» is added', async () => {
    const say = call('party-1');
    await say('нужен номер с седьмого по девятое декабря');
    const offer = await say('нас будет трое');
    assert.match(offer, /^На 2 ночи для троих взрослых свободны «Комфорт» за /);
    const corrected = await say('один из них ребёнок шести лет');
    assert.match(corrected, /^Хорошо, двое взрослых и один ребёнок\./);
    // the correction says it already: the age is not said back a second time
    assert.doesNotMatch(corrected, /ребёнку/);
    const other = call('party-2');
    await other('нужен номер с седьмого по девятое декабря');
    await other('на троих');
    assert.match(await other('и с нами ещё ребёнок семи лет'), /^Хорошо, трое взрослых и один ребёнок\./);
  });

  it('a suite too small for a bare count says the assumption that nobody is a baby, so babies can be mentioned', async () => {
    const say = call('party-3');
    await say('люкс на двенадцатое декабря на одну ночь');
    assert.match(await say('нас будет четверо'), /^Номер «Люкс» рассчитан на двоих, малыши до 3 лет не в счёт\./);
    // said as adults, nothing is assumed
    const other = call('party-4');
    await other('люкс на двенадцатое декабря на одну ночь');
    assert.match(await other('четверо взрослых'), /а вас четверо\.\n/);
  });

  it('the summary reads a bare count back as the count said, not as adults nobody mentioned', async () => {
    const say = call('party-6', 'rest');
    await say('хочу забронировать комфорт с третьего по пятое декабря');
    await say('нас будет трое');
    await say('Вера Лапина');
    const summary = await say('+7 900 321-54-76');
    assert.match(summary, /, на троих, на имя Веры Лапиной,/);
    assert.doesNotMatch(summary, /взрослых/);
    // said as adults, they are read back as adults
    const other = call('party-7', 'rest');
    await other('хочу забронировать комфорт с третьего по пятое декабря');
    await other('трое взрослых');
    await other('Вера Лапина');
    assert.match(await other('+7 900 321-54-77'), /, трое взрослых, на имя/);
  });

  it('a price asked with no party names no party: the room’s limit follows the price (session 8, §5)', async () => {
    const say = call('party-8');
    const quote = await say('сколько будет стоить комфорт с первого по третье декабря');
    assert.match(quote, /^Номер «Комфорт» с 1 по 3 декабря — 17 800 рублей за 2 ночи, .*цена за номер до 3 гостей/m);
    assert.doesNotMatch(quote, /на троих/);
    assert.doesNotMatch(quote, /взрослых/);
    // a party given: no assumption is said
    const other = call('party-9');
    assert.match(await other('сколько стоит комфорт с первого по третье декабря на одного человека'), /^Номер «Комфорт» с 1 по 3 декабря — 17 800/m);
  });

  it('children’s ages given when the name is asked are kept and said back, then the name is asked again', async () => {
    const say = call('party-5', 'rest');
    await say('хочу забронировать семейный с десятого по двенадцатое декабря');
    // the room the caller chose is said back with its price, to be agreed to
    assert.match(await say('нас двое взрослых и двое детей'), /свободен «Семейный» — 24 400 рублей за всё проживание\. Бронируем его\?$/);
    assert.match(await say('да'), /имя и фамилию/);
    // the name question asked again, in other words
    assert.match(await say('детям четыре и девять лет'), /^Хорошо, детям 4 и 9 лет\.\nА имя и фамилию для брони подскажете\?$/);
    const tracker = await runtime.getTracker('party-5');
    assert.deepEqual(tracker?.slots['children_ages'], [4, 9]);
    assert.match(await say('Семён Лукин'), /телефон/);
  });
});
