// Know kinds 15 and 16: insisting after a refusal by offering to pay hears the refusal again in the rule's words, and
// insisting on an exception after a fee hears the fee again and that reception decides exceptions (with the offer to
// connect). Sentences written for these tests (recogniser style).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { offeredReception } from '../../../src/understanding/nlu/off-path.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');
const services = { now, hotel, pms: new RoomsPms(hotel, {}) };
const after = async (first: string, then: string) => {
  const reply = (await answerQuestion(first, services)).text;
  return answerQuestion(then, services, { history: [first], last_reply: reply });
};

test('15: money offered for what a rule refuses: the refusal again, in the rule’s words', async () => {
  for (const then of ['ну а если доплатить', 'я готов заплатить сколько нужно', 'а за отдельную плату']) {
    const a = await after('раскладушку в номер поставите', then);
    assert.match(a.text, /^Понимаю вас, но, к сожалению, и за доплату не получится: дополнительная кровать не предоставляется/, then);
    assert.ok(!/Оплатить можно/.test(a.text), then);
  }
  const smoking = await after('а покурить в номере можно', 'ну а если я заплачу');
  assert.match(smoking.text, /курение в номерах запрещено/);
});

test('16: an exception asked after a fee: the fee stands, reception decides, the offer to connect', async () => {
  for (const then of [
    'а бесплатно никак нельзя я у вас часто останавливаюсь',
    'а скидочку можно как постоянному клиенту',
    'может в виде исключения без доплаты',
  ]) {
    const a = await after('во сколько стоит поздний выезд', then);
    assert.match(a.text, /правило одно для всех: .*18:00 за 50%/, then);
    assert.ok(offeredReception(a.text), a.text);
    assert.ok(a.text.includes(hotel.hotel.phone), then);
  }
  const pets = await after('с кошкой пустите', 'а без доплаты никак');
  assert.match(pets.text, /это стоит 2000 рублей за всё проживание/);
});

test('15, 16: the same words with nothing refused or priced before are no insisting', async () => {
  const a = await answerQuestion('а скидки у вас бывают', services, { last_reply: 'Наш адрес: набережная реки Фонтанки, дом 48.' });
  assert.doesNotMatch(a.text, /правило одно для всех/);
});
