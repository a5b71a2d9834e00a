// «сколько это стоит?» right after an answer about one service points back to it (issue 13: the transfer's price
// was answered with room prices), as «а сколько человек?» does with its «а».
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import type { Quote, RoomAvailability } from '../../../src/hotel/types.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { PricesOnlyPms } from '../../helpers/prices-only-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');

class NoPms extends PricesOnlyPms {
  async quote(): Promise<Quote> {
    throw new Error('not used');
  }
  async availability(): Promise<RoomAvailability[]> {
    return [];
  }
}

const follow = async (before: string, q: string) => (await answerQuestion(q, { now, hotel, pms: new NoPms() }, { history: [before] })).text;

test('a price asked with «это» after a service is that service’s price, not the rooms’', async () => {
  assert.match(await follow('а трансфер с вокзала у вас бывает', 'сколько это стоит'), /трансфер[^.]*1200 рублей/i);
  assert.match(await follow('парковка есть', 'почём она'), /900 рублей в сутки/);
  // with nothing before it, or a room before it, the question is still about the rooms
  assert.match((await answerQuestion('сколько это стоит', { now, hotel, pms: new NoPms() })).text, /«Стандарт»/);
  assert.match(await follow('а люкс у вас какой', 'сколько он стоит'), /«Люкс» — 16 000/);
});
