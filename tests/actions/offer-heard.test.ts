// The room offer after a price the caller has just heard for the same stay (issue 13): the room priced, its price and
// the dates are not read out again; only the rooms not yet priced are offered. Dates the caller said themselves are
// left to the response's own words (the slot offer_dates stays empty), never compared as a rendered string.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { roomsPricedBefore } from '../../actions/room-offer.ts';
import type { ActionCall } from '../../src/engine/actions.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';
import type { Hotel, RoomAvailability } from '../../src/hotel/types.ts';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('offer-heard');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function call(sender: string, channel = 'twilio_media_streams') {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel, metadata: {} })).map((m) => m.text ?? '').join('\n');
}

const bot = (text: string): TrackerEvent => ({ event: 'bot', text, data: {}, timestamp: 0 });
const hotel = {
  room_types: [
    { code: 'std', name: 'Стандарт' },
    { code: 'cmf', name: 'Комфорт' },
  ],
} as unknown as Hotel;
const free = (room_type: string, total_price: number) => ({ room_type, total_price, available: 1 }) as unknown as RoomAvailability;
const callWith = (events: TrackerEvent[]) => ({ tracker: { events, slots: {} } }) as unknown as ActionCall;
const stay = { check_in: '2026-12-09', check_out: '2026-12-11' } as const;

describe('a room offer after a price heard', { timeout: 120_000 }, () => {
  it('a room counts as priced when one reply names the stay, the room and its total for it', () => {
    const rooms = [free('std', 13_000), free('cmf', 17_800)];
    const heard = (text: string) => [...roomsPricedBefore(callWith([bot(text)]), hotel, rooms, stay, '2026-11-24')];
    assert.deepEqual(heard('С 9 по 11 декабря свободен «Стандарт» — 13 000 рублей за 2 ночи. Забронировать?'), ['std']);
    assert.deepEqual(heard('Номер «Комфорт» на двоих с 9 по 11 декабря — 17 800 рублей за 2 ночи.'), ['cmf']);
    // another stay, another total, or the figure belonging to the next room: not heard
    assert.deepEqual(heard('С 16 по 18 декабря свободен «Стандарт» — 13 000 рублей за 2 ночи.'), []);
    assert.deepEqual(heard('С 9 по 11 декабря «Стандарт» стоит 113 000 рублей.'), []);
    assert.deepEqual(heard('С 9 по 11 декабря свободны «Стандарт» и «Комфорт» — 13 000 рублей.'), []);
  });

  it('after a price for the stay and «бронируем», only the room not yet priced is offered, without the dates', async () => {
    const say = call('heard-1');
    const price = await say('подскажите почём у вас номер на выходные');
    assert.match(price, /свободен «Стандарт» — 15 000 рублей за 2 ночи/);
    await say('ладно давайте оформим');
    const offer = await say('мы с женой');
    assert.match(offer, /^Ещё свободен «Комфорт» — 19 800 рублей за 2 ночи\.\nКакой номер выберете\?$/);
    assert.match(await say('тогда стандарт'), /имя и фамилию/);
  });

  it('a price heard for other dates, or a chat, keeps the whole offer', async () => {
    const say = call('heard-2');
    await say('сколько стоит номер на выходные');
    await say('нет, бронировать хочу с девятого по одиннадцатое декабря');
    const offer = await say('вдвоём');
    assert.match(offer, /свободны «Стандарт» за 13 000 и «Комфорт» за 17 800 рублей/);
    const chat = call('heard-3', 'rest');
    await chat('сколько стоит номер на выходные');
    await chat('давайте забронируем');
    assert.match(await chat('нас двое взрослых'), /свободны: «Стандарт» — 15 000, «Комфорт» — 19 800/);
  });
});
