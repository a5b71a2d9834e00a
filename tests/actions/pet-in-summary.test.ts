// A pet booked with the room (book kind 5): it is in the booking's summary and its fee, from the pets policy of
// data/hotel.yml, in the total; after a room that refuses pets, the pet is kept for the room that takes it (never
// silently dropped), and the refusal is said once for that room. Sentences written for this test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadHotel } from '../../src/config/hotel-file.ts';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { petFee } from '../../actions/pet-fee.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('pet-summary');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function call(sender: string, channel = 'rest') {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel, metadata: {} })).map((m) => m.text ?? '').join('\n');
}

const hotel = loadHotel('data/hotel.yml');

describe('a pet in the booking', { timeout: 120_000 }, () => {
  it('the fee is the pets policy’s, for the whole stay or by the night', () => {
    assert.equal(petFee(hotel, 3), 2000);
    const nightly = { ...hotel, policies: { ...hotel.policies, pets: 'можно с питомцем, 700 рублей в сутки' } };
    assert.equal(petFee(nightly, 3), 2100);
    assert.equal(petFee({ ...hotel, policies: { ...hotel.policies, pets: 'с животными нельзя' } }, 3), null);
  });

  it('said with the booking: in the summary, its fee in the total', async () => {
    const say = call('pet-1');
    await say('забронируйте комфорт с четырнадцатого по шестнадцатое декабря я с мужем и с нами шпиц');
    await say('да');
    await say('сомова алла');
    const summary = await say('восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят');
    assert.match(summary, /с питомцем/);
    assert.match(summary, /из них 2 000 рублей — за питомца/);
  });

  it('after a room that refuses pets, the room that takes it books the pet', async () => {
    const say = call('pet-2');
    const refused = await say('хочу семейный с четырнадцатого по шестнадцатое декабря на двоих с котом');
    assert.match(refused, /В номер «Семейный» с питомцем нельзя/);
    await say('хорошо тогда стандарт');
    await say('сомов игорь');
    const summary = await say('восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят один');
    assert.match(summary, /«Стандарт».*с питомцем/);
    assert.match(summary, /за питомца/);
  });

  it('kept in the refusing room after hearing the rule: said once, and no pet booked', async () => {
    const say = call('pet-3', 'twilio_media_streams');
    await say('хочу семейный с четырнадцатого по шестнадцатое декабря на двоих с кошкой');
    const kept = await say('нет всё таки давайте семейный');
    assert.doesNotMatch(kept, /с питомцем нельзя/);
    await say('да');
    await say('сомова алла');
    const summary = await say('восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят два');
    assert.match(summary, /Семейный/);
    assert.doesNotMatch(summary, /питом/);
  });
});
