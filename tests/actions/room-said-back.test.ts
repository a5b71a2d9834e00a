// A room the caller chose before hearing its price (tester kinds B2, B3): named with the request, implied by an alias
// or picked by a wish, it is said back with its price for the stay and agreed to before the name question; any yes,
// the room named again or the next answer (a name) agrees; another room named instead has its price said.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('room-said-back');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function caller(sender: string, channel = 'rest') {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel, metadata: {} })).map((m) => m.text ?? '').join('\n');
}

describe('a room chosen before its price was heard', { timeout: 120_000 }, () => {
  it('is said back with the price for the stay and agreed to with any yes', async () => {
    const say = caller('said-back-1');
    const offer = await say('добрый день мне бы люкс с девятого по одиннадцатое декабря для нас с мужем');
    assert.match(offer, /свободен «Люкс» — 32 000 рублей за всё проживание\. Бронируем его\?$/);
    assert.match(await say('угу, всё устраивает'), /имя и фамилию/);
    const other = caller('said-back-2');
    await other('свободен у вас номер с видом на реку с четырнадцатого по шестнадцатое вдвоём');
    assert.match(await other('ну ладно'), /имя и фамилию/);
  });

  it('on a call the offer is said with the nights and the question is short', async () => {
    const say = caller('said-back-3', 'twilio_media_streams');
    const offer = await say('здравствуйте забронируйте стандарт на одного с четырнадцатого по шестнадцатое декабря');
    assert.match(offer, /свободен «Стандарт» — 13 000 рублей за 2 ночи\.\nБронируем его\?$/);
  });

  it('on a call, dates corrected after the offer are said back once, and the offer after them says «на эти даты»', async () => {
    const say = caller('said-back-dates', 'twilio_media_streams');
    await say('мне нужен стандарт с четырнадцатого по шестнадцатое декабря');
    const first = await say('я буду один');
    assert.match(first, /^На ваши даты свободен «Стандарт» — 13 000 рублей за 2 ночи\./);
    const moved = await say('ой, перепутал, с пятнадцатого по семнадцатое');
    assert.match(moved, /^Хорошо, с 15 по 17 декабря\.\nНа эти даты свободен «Стандарт» — [\d ]+ рублей за 2 ночи\./);
    // dates worked out from words are said back once, not by the correction and again by the offer
    const other = caller('said-back-days', 'twilio_media_streams');
    await other('мне нужен стандарт с четырнадцатого по шестнадцатое декабря');
    await other('я буду один');
    const days = await other('ой, перепутал, со вторника по четверг');
    assert.equal(days.match(/с 1 по 3 декабря/gi)?.length, 1, days);
  });

  it('a name given instead of a yes agrees and is kept; the room named again at the name question is no «не понятно»', async () => {
    const say = caller('said-back-4');
    await say('хочу комфорт с четырнадцатого по шестнадцатое декабря нас двое');
    assert.match(await say('оформляйте на зайцеву ольгу'), /телефон/);
    const tracker = await runtime.getTracker('said-back-4');
    assert.equal(tracker?.slots['room_type'], 'comfort');
    const again = caller('said-back-5');
    await again('хочу комфорт с четырнадцатого по шестнадцатое декабря нас двое');
    await again('да');
    const repeated = await again('да комфорт');
    assert.doesNotMatch(repeated, /не совсем понятно/);
    assert.match(repeated, /имя и фамилию/);
  });

  it('another room named instead has its price said, and the booking goes on', async () => {
    const say = caller('said-back-6');
    await say('хочу комфорт с четырнадцатого по шестнадцатое декабря нас двое');
    assert.match(await say('нет лучше давайте люкс'), /^Номер «Люкс» — 32 000 рублей за 2 ночи\.\n.*имя и фамилию/);
  });

  it('a room picked by a wish among those offered is named with its price before the name is asked', async () => {
    const say = caller('said-back-7');
    await say('нужен номер с четырнадцатого по шестнадцатое декабря');
    await say('нас двое');
    assert.match(await say('а есть что-нибудь подешевле'), /свободен «Стандарт» — 13 000 рублей за всё проживание\. Бронируем его\?$/);
    // chosen by a wish: the room and its price are told as the booking goes on
    const chosen = caller('said-back-9');
    await chosen('нужен номер с четырнадцатого по шестнадцатое декабря');
    await chosen('нас двое');
    assert.match(await chosen('ну давайте какой подешевле'), /^Номер «Стандарт» — 13 000 рублей за 2 ночи\.\n.*имя и фамилию/);
    // «ну хорошо, давайте» to the whole list: the cheapest is offered alone with its price, never «не понятно»
    const list = caller('said-back-10');
    await list('нужен номер с четырнадцатого по шестнадцатое декабря');
    await list('нас двое');
    assert.match(await list('ну хорошо давайте'), /свободен «Стандарт» — 13 000 рублей за всё проживание\. Бронируем его\?$/);
    assert.match(await list('да'), /имя и фамилию/);
    // picked by its name from the list: straight on
    const named = caller('said-back-8');
    await named('нужен номер с четырнадцатого по шестнадцатое декабря');
    await named('нас двое');
    assert.match(await named('давайте семейный'), /имя и фамилию/);
  });
});

describe('the rooms offered for what the caller needs (tester kind B4)', { timeout: 120_000 }, () => {
  it('a pet said at the start leaves the rooms that take none out of the offer, and the fee is said', async () => {
    const say = caller('needs-1');
    await say('добрый вечер нам нужен номер с четырнадцатого по шестнадцатое декабря, едем с таксой');
    const offer = await say('двое взрослых');
    assert.match(offer, /С питомцем можно в номерах «Стандарт» и «Комфорт», за питомца — 2000 рублей за всё проживание\./);
    assert.doesNotMatch(offer, /Семейный|Люкс/);
  });

  it('separate beds: the offer keeps the rooms that have them; a room chosen without them is said so and offered', async () => {
    const say = caller('needs-2');
    await say('хочу номер с четырнадцатого по шестнадцатое декабря, нам бы две отдельные кровати');
    const offer = await say('нас двое коллег');
    assert.match(offer, /Раздельные кровати есть в номерах «Стандарт» и «Семейный»\./);
    assert.doesNotMatch(offer, /Комфорт|Люкс/);
    const chosen = caller('needs-3');
    const said = await chosen('мне люкс с четырнадцатого по шестнадцатое декабря на двоих, кровати раздельные');
    assert.match(said, /В номере «Люкс» .*: раздельных кроватей нет, они есть в номерах «Стандарт» и «Семейный»\.\n.*«Люкс» — 32 000 .*Бронируем его\?$/);
    assert.match(await chosen('да'), /имя и фамилию/);
  });

  it('a wheelchair: the room fitted for it is named with its size', async () => {
    const say = caller('needs-4');
    await say('нужен номер с четырнадцатого по шестнадцатое декабря, папа передвигается на инвалидной коляске');
    assert.match(await say('нас двое'), /Для гостя на коляске оборудован номер «Стандарт», до 2 гостей\./);
  });
});

describe('a yes to the assistant’s own offer in a change (tester kind B3)', { timeout: 120_000 }, () => {
  it('«угу» after «… подойдёт «Семейный» — можно поменять номер» takes that room and quotes the change', async () => {
    const booked = await runtime.pms!.createBooking({
      room_type: 'standard',
      check_in: '2026-12-14',
      check_out: '2026-12-16',
      adults: 2,
      children: 0,
      guest_name: 'Вера Лебедева',
      phone: '+79005550077',
    });
    const say = caller('change-yes-1');
    await say('добрый день мне нужно поменять бронь');
    await say(booked.code);
    await say('лебедева');
    assert.match(await say('нас приедет четверо'), /подойдёт «Семейный» — можно поменять номер/);
    assert.match(await say('ну давайте'), /Новые условия: номер «Семейный», .*четверо взрослых/);
  });
});
