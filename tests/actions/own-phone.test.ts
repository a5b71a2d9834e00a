// «по этому номеру», «с которого звоню» in a lookup, through the whole assistant: the caller hears what their own
// number proves, and no more than docs/security.md allows (a stranger's number never opens another's booking).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { voiceCallerMetadata } from '../../src/channels/caller-id-proof.ts';
import { namesOwnPhone } from '../../src/understanding/nlu/own-phone.ts';
import { type AssembledRuntime, createRuntime } from '../../src/runtime/create-runtime.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { hotelActions } from '../../actions/index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'portier-own-phone-'));
let runtime: AssembledRuntime;
let code = '';
const OWNER = '+79035550011';

before(async () => {
  const env = { ...process.env, PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', PORTIER_LLM: 'off', DATABASE_URL: '', REDIS_URL: '' };
  runtime = await createRuntime({
    customActions: hotelActions(),
    root: '.',
    env,
    logger: pino({ level: 'silent' }),
    trackers: new InMemoryTrackerStore(),
    log: () => {},
  });
  const booking = await runtime.pms!.createBooking({
    room_type: 'standard',
    check_in: '2026-12-07',
    check_out: '2026-12-09',
    adults: 1,
    children: 0,
    guest_name: 'Пётр Васильев',
    phone: OWNER,
  });
  code = booking.code;
});

after(async () => {
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function caller(sender: string, from: string | null) {
  const channel = from ? 'twilio_media_streams' : 'rest';
  const metadata = from ? voiceCallerMetadata(sender, from) : {};
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel, metadata })).map((m) => m.text ?? '').join('\n');
}

describe('the caller’s own phone in a lookup', { timeout: 120_000 }, () => {
  it('reads the remark, not a room or a code', () => {
    for (const s of ['найдите по этому номеру', 'по телефону, с которого сейчас звоню', 'на мой мобильный оформляли', 'по номеру, откуда я звоню'])
      assert.equal(namesOwnPhone(s), true, s);
    for (const s of ['отмените этот номер', 'этот номер брони не помню', 'по телефону восемь девятьсот три', 'номер на двоих'])
      assert.equal(namesOwnPhone(s), false, s);
  });

  it('on a call the booking found by the caller’s number is said so, and the remark is answered, not «не понятно»', async () => {
    const say = caller('own-1', OWNER);
    await say('/session_start');
    const found = await say('здравствуйте мне нужно отменить бронирование');
    assert.equal(found, 'По номеру, с которого вы звоните, нашла бронь: «Стандарт», с 7 по 9 декабря, на имя Петра Васильева.\nОтменить её?');
    // the question asked again is put in other words, then (every wording heard) the first again
    assert.equal(await say('вы по моему номеру смотрите?'), 'Да, нашла именно по нему.\nТак отменяем бронь?');
    assert.equal(
      await say('плюс семь девятьсот три пятьсот пятьдесят пять ноль ноль одиннадцать'),
      'Да, бронь оформлена на номер +7 903 555-00-11.\nОтменить её?',
    );
    assert.match(await say('нет оставьте'), /^Хорошо, бронь остаётся в силе\./);
  });

  it('a caller with no booking on their number hears so; with another’s code their number proves nothing', async () => {
    const say = caller('own-2', '+79035550099');
    await say('/session_start');
    assert.match(await say('хочу отменить бронь'), /код брони/);
    assert.equal(
      await say('по этому номеру'),
      'На номер, с которого вы звоните, действующих броней не нашла.\nНазовите, пожалуйста, код брони — девять цифр из подтверждения.',
    );
    assert.match(await say(code), /телефон, на который оформлена бронь/);
    assert.match(await say('по номеру с которого я звоню'), /^Не нашла бронь с такими данными\./);
    assert.equal((await runtime.pms!.findBookings({ code }))[0]?.status, 'confirmed');
  });

  it('in a chat there is no caller number to use', async () => {
    const say = caller('own-3', null);
    await say('хочу отменить бронь');
    assert.match(await say('по этому номеру телефона'), /^Номер вашего телефона мне здесь не виден\.\nНазовите, пожалуйста, код брони/);
  });
});
