// A booking on the phone as a receptionist does it (issue 13, round 4b): one question for the party, a bare count
// said back as what the offer is for, a room too small said by its size, and the code read out once and
// offered again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

describe('a booking read out on the phone', { timeout: 120_000 }, () => {
  let assistant: HotelRuntime;
  let runtime: AssembledRuntime;
  before(async () => {
    assistant = await hotelRuntime('read-out');
    runtime = assistant.runtime;
  });
  after(() => assistant.close());
  const call = (sender: string, phone: string) => async (text: string) =>
    (await runtime.handleMessage({ sender, text, channel: 'twilio_media_streams', metadata: { user_phone: phone } })).map((m) => m.text ?? '').join(' ');

  it('asks the party with children, offers for the count said, and reads the code once, offering it again', async () => {
    const say = call('read-out-1', '+79005550101');
    await say('/session_start');
    assert.match(await say('добрый день хотим номер с седьмого по девятое декабря'), /^Сколько вас будет — взрослых и детей\?$/);
    const offer = await say('будем втроём');
    assert.match(offer, /^На 2 ночи для троих взрослых свободны «Комфорт» за 17 800 и «Семейный» за 23 000 рублей\./);
    assert.doesNotMatch(offer, /Считаю/);
    await say('комфорт');
    await say('пётр васильев');
    await say('да');
    const done = await say('да всё так');
    const code = /код брони: ([а-я ,]+)\./.exec(done)?.[1];
    assert.ok(code, done);
    assert.equal(done, `Готово, номер забронирован, запишите код брони: ${code}. Повторить код?`);
    assert.ok(done.split(/\s+/).length <= 25, done);
  });

  it('a room too small for a bare count is said by its size, babies not counted', async () => {
    const say = call('read-out-2', '+79005550102');
    await say('/session_start');
    await say('мне бы стандарт на двенадцатое декабря на две ночи');
    const reply = await say('нас будет трое');
    assert.match(reply, /^Номер «Стандарт» рассчитан на двоих, малыши до 3 лет не в счёт\./);
    assert.doesNotMatch(reply, /если все старше/);
  });

  it('a price asked with nobody counted names no party, not «если вас двое»', async () => {
    const say = call('read-out-3', '+79005550103');
    await say('/session_start');
    const price = await say('почём стандарт с двадцать первого по двадцать третье декабря');
    assert.match(price, /^Номер «Стандарт» с 21 по 23 декабря — /);
    assert.doesNotMatch(price, /Если вас/);
  });
});
