// A pet set against the party as well as the room type: only the room types with pets_allowed take a pet, each up to
// its max_guests. A party larger than any of them hears so with what is possible (rooms booked one after another, or
// the room that holds everyone without the pet), never a room that refuses pets offered for the pet; the refusal is
// said once, and a room that refuses pets named with the request is refused before the party is asked.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('pet-party');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function caller(sender: string) {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel: 'rest', metadata: {} })).map((m) => m.text ?? '').join('\n');
}

const count = (text: string, part: RegExp) => text.split(part).length - 1;

describe('a pet with a party no room that takes pets holds', { timeout: 120_000 }, () => {
  it('is told which rooms take pets and for how many, and asked who stays with the pet; no room refusing pets is offered', async () => {
    const say = caller('pet-party-1');
    const first = await say('здравствуйте ээ нам бы номер с седьмого по девятое декабря нас четверо взрослых и пёс небольшой');
    assert.match(first, /С питомцем можно только в номерах «Стандарт» — до 2 гостей — и «Комфорт» — до 3 гостей, а вас четверо/);
    assert.match(first, /понадобится два номера/);
    assert.match(first, /Сколько гостей будет жить в номере с питомцем\?$/);
    assert.doesNotMatch(first, /Семейный» —/);
    const offer = await say('ну двое');
    assert.doesNotMatch(offer, /«Семейный»|«Люкс»/);
    assert.match(offer, /«Стандарт»/);
    const tracker = await runtime.getTracker('pet-party-1');
    assert.equal(tracker?.slots['rooms_wanted'], 2);
  });

  it('a pet question with the party is answered against the party, and the booking does not say it again', async () => {
    const say = caller('pet-party-2');
    const answer = await say('алло а если мы впятером и с котом можно к вам');
    assert.match(answer, /а вас пятеро: с питомцем понадобится два номера/);
    assert.doesNotMatch(answer, /^Да,/);
    const next = await say('с двенадцатого по четырнадцатое декабря');
    assert.doesNotMatch(next, /С питомцем можно только/);
    assert.match(next, /Сколько гостей будет жить в номере с питомцем\?/);
  });

  it('a room that refuses pets named beside the pet question is refused with the party, not «Да, в номерах …»', async () => {
    const say = caller('pet-party-3');
    const answer = await say('хотим семейный номер для четырёх человек и можно ли взять кошку');
    assert.match(answer, /В номер «Семейный» с питомцем нельзя/);
    assert.doesNotMatch(answer, /Да, в номерах/);
    // the booking that follows keeps the party and the pet of that question
    const next = await say('да давайте с первого по третье декабря');
    assert.match(next, /Сколько гостей будет жить в номере с питомцем\?/);
    assert.equal(count(answer + next, /В номер «Семейный» с питомцем нельзя/g), 1);
  });

  it('the pet left behind books the whole party in one room again, without asking how many they are', async () => {
    const say = caller('pet-party-4');
    await say('номер на пятое шестое декабря нас трое взрослых и ребёнок восьми лет и собачка');
    const offer = await say('ладно тогда собаку не возьмём');
    assert.match(offer, /«Семейный» — .*Бронируем его\?$/s);
    const tracker = await runtime.getTracker('pet-party-4');
    assert.equal(tracker?.slots['pet'], 'нет');
    assert.equal(tracker?.slots['rooms_wanted'], 1);
  });
});

describe('a room that refuses pets chosen with a pet', { timeout: 120_000 }, () => {
  it('is refused as soon as the dates are known, before the party is asked; then the rooms that take pets are offered', async () => {
    const say = caller('pet-room-1');
    const first = await say('мне люкс пожалуйста с десятого по двенадцатое декабря мы с собакой');
    assert.match(first, /В номер «Люкс» с питомцем нельзя/);
    const offer = await say('нас двое');
    assert.doesNotMatch(offer, /«Люкс»/);
    assert.match(offer, /«Стандарт»/);
    assert.doesNotMatch(offer, /с питомцем нельзя/);
  });
});
