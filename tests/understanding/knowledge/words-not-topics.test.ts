// Tester kind (session 8, §6): a word read as a topic it is not. A booking code or a phone said aloud is figures, not
// the «шестнадцать» of the rule for minors; «в виде исключения» names no view of a room; a plea for an exception after
// a refusal hears the rule again, not a fact its words meet. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { indexOf } from '../../../src/understanding/knowledge/fact-lookup.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string, history: string[] = []) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) }, { history });
const top = (q: string) => indexOf(hotel).search(q, 1)[0]?.fact.id;

test('figures dictated in a row are no words of a topic', () => {
  assert.notEqual(top('бронь код двести шестнадцать четыреста пятнадцать сто семнадцать фамилия соколова'), 'minors');
  assert.notEqual(top('телефон восемь девятьсот семнадцать пятьсот шестнадцать ноль ноль'), 'minors');
  // a teenager's age said on its own still asks the rule for minors
  assert.equal(top('дочке пятнадцать она может сама заселиться'), 'minors');
});

test('«в виде» is no view', async () => {
  const a = await ask('а можно оплату в виде перевода');
  assert.ok(!a.sources.some((s) => s.startsWith('room_')), a.text);
});

test('a plea for an exception after a refusal hears the rule again, with «исключений нет»', async () => {
  for (const plea of ['ну пожалуйста в виде исключения', 'а может сделаете исключение', 'ну войдите в положение']) {
    const a = await ask(plea, ['а с собакой в люкс можно']);
    assert.match(a.text, /^К сожалению, исключений нет — в номер «Люкс» с питомцем нельзя/, plea);
    assert.deepEqual(a.sources, ['pets'], plea);
  }
  const bed = await ask('ну пожалуйста как исключение', ['а раскладушку в люкс поставите нас трое']);
  assert.match(bed.text, /^К сожалению, исключений нет — дополнительная кровать не предоставляется/);
  // after an answer that refused nothing, a plea is no repeat of it
  assert.doesNotMatch((await ask('ну пожалуйста в виде исключения', ['во сколько завтрак'])).text, /исключений нет/);
});
