// Tester kind (session 8, §11): the rooms asked about as a whole in everyday words are listed from data/hotel.yml —
// how many each takes and its lowest price — never «нет информации». Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { hotelQuestionCue } from '../../../src/understanding/nlu/question-cues.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const ask = (q: string) => answerQuestion(q, { now, hotel, pms: new RoomsPms(hotel, {}) });

test('the rooms as a whole, however asked, are each room with its capacity and lowest price', async () => {
  for (const q of [
    'ну расскажите мне про номера какие у вас есть',
    'а о ваших номерах можно поподробнее',
    'что за номера у вас',
    'номера у вас вообще какие',
  ]) {
    const a = await ask(q);
    assert.equal(a.sources.length, hotel.room_types.length, q);
    for (const r of hotel.room_types) assert.match(a.text, new RegExp(`«${r.name}» — до ${r.max_guests} гост`), q);
    assert.match(a.text, /от 6 500/, q);
  }
});

test('rooms named beside a topic of their own are that topic', async () => {
  assert.deepEqual((await ask('а в каких номерах у вас курить разрешено')).sources, ['smoking']);
});

test('the rooms as a whole are a hotel question by their shape; with a day they are no such question', () => {
  assert.equal(hotelQuestionCue('что за номера у вас', '', hotel), true);
  assert.equal(hotelQuestionCue('расскажите про ваши комнаты', '', hotel), true);
  assert.equal(hotelQuestionCue('что за номера есть на пятое декабря', '', hotel), false);
});
