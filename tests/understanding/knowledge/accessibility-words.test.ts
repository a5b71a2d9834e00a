// Know kind 13: guests who need a step-free way in are named many ways («с ограниченными возможностями», «с ОВЗ»,
// «доступная среда», «на костылях», «инвалид второй группы»); each is answered from the accessibility line of the
// hotel data, never a knowledge miss, a Wednesday or a group booking. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { asksGroupBooking } from '../../../src/understanding/nlu/group-request.ts';
import { commands } from '../nlu/fixture.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) });
const equipped = /один номер «Стандарт» оборудован/i;

test('13: every way of naming the guests the accessibility line is about finds it', async () => {
  for (const q of [
    'подскажите а номера для людей с ограниченными возможностями здоровья у вас предусмотрены',
    'есть что-нибудь для гостей с овз',
    'ну а доступная среда в отеле имеется',
    'дедушка ходит на костылях ему будет у вас удобно',
    'сестра инвалид второй группы на коляске вы её примете',
  ]) {
    const a = await ask(q);
    assert.deepEqual(a.sources, ['accessibility'], q);
    assert.match(a.text, equipped, q);
  }
});

test('13: «доступная среда» is no day of the week, a disability group no group of guests', async () => {
  assert.deepEqual(await commands('доступная среда у вас есть'), [{ command: 'knowledge' }]);
  assert.equal(asksGroupBooking('мама инвалид первой группы вы её разместите'), false);
  assert.equal(asksGroupBooking('нам нужно разместить группу в двенадцать человек'), true);
});
