// Know kinds 1, 2 and 3: a party against what the transfer takes is a transfer question (the limit first, never a
// «да», and no booking); a trip to the airport is not quoted as the transfer from it; two contacts asked together are
// both said. Sentences written for these tests (recogniser style).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { commands } from '../nlu/fixture.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) });
const limit = /до (\d+) пассажир/.exec(hotel.services['transfer']!)![1]!;

test('1: a party over the transfer’s limit hears the limit and the price, as a question, not a booking', async () => {
  for (const q of ['нас пятеро с чемоданами трансфер нас всех заберёт', 'мы вчетвером трансфер из аэропорта поместимся']) {
    assert.deepEqual(await commands(q), [{ command: 'knowledge' }], q);
    const a = await ask(q);
    assert.deepEqual(a.sources, ['transfer'], q);
    assert.match(a.text, new RegExp(`^Нет, это до ${limit} пассажиров, а вас \\d`));
    assert.match(a.text, /2800 рублей/);
  }
  // within the limit: the transfer alone
  assert.doesNotMatch((await ask('нас двое трансфер с вокзала почём')).text, /а вас/);
});

test('2: a trip to the airport is not quoted as the transfer from it', async () => {
  for (const q of ['а до пулково довезёте', 'трансфер в аэропорт сколько будет стоить']) {
    const a = await ask(q);
    assert.match(a.text, /поездку в аэропорт подскажут на ресепшене/, q);
    assert.doesNotMatch(a.text, /^Да/, q);
  }
  assert.doesNotMatch((await ask('из пулково трансфер сколько стоит')).text, /ресепшене/);
});

test('3: two contacts asked together are both said', async () => {
  for (const q of ['электронная почта и телефон', 'телефон ресепшена и почта ваша', 'а адрес и телефон']) {
    assert.deepEqual(await commands(q), [{ command: 'knowledge' }], q);
    assert.equal((await ask(q)).sources.length, 2, q);
  }
});
