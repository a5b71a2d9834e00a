// The booking code on a call (issue 13, round 6): said once, clearly, then offered again («Повторить код?»); a booking
// found by the caller's number is said without its code, which is offered («Продиктовать код брони?»); «по вашему
// номеру» is never said (in a hotel a «номер» is a room); a number dictated against a booking is read back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { voiceCallerMetadata } from '../../src/channels/caller-id-proof.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

const OWNER = '+79165550042';
let assistant: HotelRuntime;

before(async () => {
  assistant = await hotelRuntime('code-offer');
  await assistant.runtime.pms!.createBooking({
    room_type: 'comfort',
    check_in: '2026-12-14',
    check_out: '2026-12-17',
    adults: 2,
    children: 0,
    guest_name: 'Лидия Комарова',
    phone: OWNER,
  });
});
after(() => assistant.close());

function call(sender: string, from: string) {
  const metadata = voiceCallerMetadata(sender, from);
  return async (text: string) =>
    (await assistant.runtime.handleMessage({ sender, text, channel: 'twilio_media_streams', metadata })).map((m) => m.text ?? '').join(' ');
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const CODE = /код брони: ((?:[а-я]+ ?,? ?){9})\./;

/** A whole booking on a call up to the news that it is made; the code as read out. */
async function book(say: (t: string) => Promise<string>, name: string): Promise<{ done: string; code: string }> {
  await say('/session_start');
  await say('добрый день, нужен номер с девятого по одиннадцатое декабря');
  await say('нас будет двое взрослых');
  await say('стандарт');
  await say(name);
  await say('да, на этот');
  const done = await say('да, всё правильно');
  const code = CODE.exec(done)?.[1]?.trim() ?? '';
  assert.ok(code, done);
  return { done, code };
}

describe('a booking code said once and offered again', { timeout: 180_000 }, () => {
  it('reads the code once in the news and offers to repeat it, in one short turn', async () => {
    const say = call('code-offer-made-1', '+79005550301');
    const { done, code } = await book(say, 'григорий белов');
    assert.equal(done, `Готово, номер забронирован, запишите код брони: ${code}. Повторить код?`);
    assert.equal(done.split(code).length - 1, 1, done);
    assert.ok(words(done) <= 20, done);
  });

  for (const [i, yes] of ['да, повторите', 'да пожалуйста', 'повторите ещё раз', 'ага давайте'].entries()) {
    it(`«${yes}» to the offer reads the code again`, async () => {
      const say = call(`code-offer-yes-${i}`, `+7900555031${i}`);
      const { code } = await book(say, 'софья миронова');
      const again = await say(yes);
      assert.match(again, new RegExp(`^Код брони: ${code}\\.`));
      assert.doesNotMatch(again, /Повторить код/);
      assert.match(again, /Чем ещё могу помочь\?$/);
    });
  }

  it('«нет, не надо» to the offer: the code is not read, other help is offered', async () => {
    const say = call('code-offer-no', '+79005550321');
    const { code } = await book(say, 'аркадий зимин');
    const reply = await say('нет, не надо, я записал');
    assert.ok(!reply.includes(code), reply);
    assert.match(reply, /помочь\?$/);
  });
});

describe('a booking found by the caller’s number', { timeout: 180_000 }, () => {
  for (const [i, ask] of ['здравствуйте, хочу уточнить свою бронь', 'добрый вечер, проверьте пожалуйста моё бронирование'].entries()) {
    it(`«${ask}»: the booking without its code, «по номеру, с которого вы звоните», and the code offered`, async () => {
      const say = call(`found-by-phone-${i}`, OWNER);
      await say('/session_start');
      const found = await say(ask);
      assert.match(found, /^По номеру, с которого вы звоните, нашла бронь: «Комфорт», с 14 по 17 декабря, на имя Лидии Комаровой\. Продиктовать код брони\?$/);
      assert.doesNotMatch(found, /по вашему номеру/i);
      assert.ok(words(found) <= 25, found);
      const code = await say('да, продиктуйте');
      assert.match(code, /^Код брони: [а-я ,]+\./);
    });
  }

  it('a cancellation found by the caller’s number asks to cancel and offers no code', async () => {
    const say = call('found-by-phone-cancel', OWNER);
    await say('/session_start');
    const found = await say('алло, мне надо отменить бронирование');
    assert.match(found, /^По номеру, с которого вы звоните, нашла бронь: «Комфорт», .*\. Отменить её\?$/);
    assert.doesNotMatch(found, /код/);
    // the number the caller dictates is read back with the answer, so that a digit misheard is heard
    const checked = await say('она на номер восемь девятьсот шестнадцать пятьсот пятьдесят пять ноль ноль сорок два');
    assert.match(checked, /^Да, бронь оформлена на номер \+7 916 555-00-42\./);
    assert.match(await say('нет, оставьте'), /остаётся в силе/);
  });

  it('a number dictated that is not the booking’s is read back too, and the caller hears how the booking was found', async () => {
    const say = call('found-by-phone-other-number', OWNER);
    await say('/session_start');
    await say('добрый день, хочу снять бронь');
    const checked = await say('а она разве не на восемь девятьсот двенадцать семьсот семьдесят семь сорок сорок один');
    assert.match(checked, /^Номера \+7 912 777-40-41 в этой брони нет — её я нашла по номеру, с которого вы звоните\./);
  });
});
