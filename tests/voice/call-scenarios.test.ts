import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bargeInLines } from '../../src/cli/commands/call.ts';
import { mulawEncode } from '../../src/voice/audio/mulaw.ts';
import { SimulatedCall } from '../../src/voice/simulator.ts';
import { espeakToMulaw } from '../../src/voice/tts/espeak.ts';
import { HOTEL_PHONE, startTwilioApi, startVoiceServer, TIME_SCALE, type TwilioApiRequest, type VoiceServer } from './harness.ts';

const AUTH_TOKEN = 'test-auth-token-0123456789abcdef';
const ACCOUNT_SID = `AC${'1'.repeat(32)}`;

describe('phone call scenarios', () => {
  let server: VoiceServer;
  let twilioApi: Awaited<ReturnType<typeof startTwilioApi>>;
  let onApiRequest: ((r: TwilioApiRequest) => void) | undefined;

  before(async () => {
    twilioApi = await startTwilioApi((r) => onApiRequest?.(r));
    server = await startVoiceServer({ env: { TWILIO_API_BASE_URL: twilioApi.url }, credentials: { account_sid: ACCOUNT_SID, auth_token: AUTH_TOKEN } });
  });
  after(async () => {
    await server.close();
    await twilioApi.close();
  });

  const dial = () => SimulatedCall.dial({ baseUrl: server.baseUrl, timeScale: TIME_SCALE, authToken: AUTH_TOKEN, accountSid: ACCOUNT_SID });

  /** A call in which the bot has been reading its long answer about the rooms for `intoMs` of audio. */
  async function midLongAnswer(intoMs: number): Promise<SimulatedCall> {
    const call = await dial();
    await call.waitForBotTurn();
    server.asr.expect('Расскажите о номерах');
    await call.say('Расскажите о номерах');
    await call.waitForBotSpeech();
    const speechStart = call.audioMs;
    await call.waitUntil(() => call.audioMs >= speechStart + intoMs, 10_000);
    return call;
  }

  it('stops the bot at once when the caller talks over a long answer, and tells the assistant what was heard', async () => {
    const call = await midLongAnswer(2500);
    server.asr.expect('Подождите, а сколько стоит люкс');
    const words = await espeakToMulaw('Подождите, а сколько стоит люкс');
    const bargeAt = call.audioMs;
    const saying = call.sendAudio(words);
    await call.waitUntil(() => call.clears > 0, 30_000);
    // Measured on the caller's line (20 ms frames, the server's own clock), not in wall time: a busy machine
    // delays when frames are handled, never which frame stops the bot. The simulator's clock counts the same
    // frames from the start of the stream, so the two positions compare directly.
    const report = await call.serverReport();
    const [stop, ...more] = report.barge_ins;
    assert.ok(stop && more.length === 0, 'one barge-in');
    assert.match(bargeInLines(report)[0]!, /^barge-in: the bot stopped at \d+\.\d s of the call, \d+ ms after the caller began speaking$/);
    const afterOnset = stop.at_ms - bargeAt;
    assert.ok(afterOnset >= 400 && afterOnset < 800, `bot stopped ${afterOnset} ms of caller audio after the caller started (threshold 400 ms)`);
    assert.ok(stop.speech_ms >= 400 && stop.speech_ms <= afterOnset, `speech counted ${stop.speech_ms} ms`);
    await saying;
    await call.waitForBotTurn();
    const interrupted = server.agent.received.find((m) => m.text === 'Подождите, а сколько стоит люкс')!;
    const bargeIn = interrupted.metadata?.barge_in as { heard: string; not_heard: string };
    assert.ok(bargeIn.heard.startsWith('У нас есть несколько категорий номеров.'), bargeIn.heard);
    assert.ok(bargeIn.not_heard.includes('бесплатный интернет'), 'the end of the answer was not heard');
    await call.hangup();
  });

  it('resumes the answer after a false interruption (a sound with no words)', async () => {
    const call = await midLongAnswer(1500);
    const mine = () => server.agent.received.filter((m) => m.sender === call.callSid).length;
    const before = mine();
    server.asr.expect('');
    await call.sendAudio(await espeakToMulaw('Ммм, ааа'));
    await call.waitUntil(() => call.clears > 0, 5000);
    const heardAtClear = call.heardMs;
    await call.waitForBotTurn(1000);
    assert.equal(mine(), before, 'the noise reached the assistant');
    assert.ok(call.heardMs > heardAtClear + 2000, 'the bot went on speaking');
    const metric = await server.registry.getSingleMetricAsString('portier_voice_barge_ins_total');
    assert.match(metric, /kind="false_interruption"} 1/);
    await call.hangup();
  });

  it('talks on through a second of loud line noise that is not speech (Silero)', {
    skip: process.env.PORTIER_VAD === 'energy' ? 'the energy detector hears noise as speech' : false,
  }, async () => {
    const call = await midLongAnswer(1000);
    let seed = 11;
    const hum = Int16Array.from({ length: 8000 }, (_, n) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.round(5000 * Math.sin((2 * Math.PI * 50 * n) / 8000) + 2000 * ((seed / 2147483648) * 2 - 1));
    });
    await call.sendAudio(mulawEncode(hum));
    await call.waitForBotTurn(1000);
    assert.equal(call.clears, 0, 'the bot was not interrupted');
    await call.hangup();
  });

  it('transfers to reception through the Twilio REST API when the caller presses 0', async () => {
    const call = await dial();
    await call.waitForBotSpeech();
    call.press('0');
    await call.waitUntil(() => twilioApi.requests.some((r) => r.path.includes(call.callSid)), 5000);
    const request = twilioApi.requests.find((r) => r.path.includes(call.callSid))!;
    assert.equal(request.path, `/2010-04-01/Accounts/${ACCOUNT_SID}/Calls/${call.callSid}.json`);
    assert.equal(request.form.Twiml, `<Response><Dial>${HOTEL_PHONE}</Dial></Response>`);
    assert.equal(request.auth, `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`);
    assert.ok(call.clears >= 1, 'the greeting was cut off');
    await call.hangup();
  });

  it('transfers when the assistant hands off, after the handoff phrase has played', async () => {
    const call = await dial();
    let heardAtTransfer = -1;
    onApiRequest = (r) => {
      if (r.form.Twiml && r.path.includes(call.callSid)) heardAtTransfer = call.heardMs;
    };
    await call.waitForBotTurn();
    const before = call.heardMs;
    server.asr.expect('Соедините с администратором');
    await call.say('Соедините с администратором');
    await call.waitUntil(() => heardAtTransfer >= 0, 15_000);
    onApiRequest = undefined;
    assert.ok(heardAtTransfer - before > 1000, `the phrase played before the transfer (${heardAtTransfer - before} ms)`);
    const request = twilioApi.requests.find((r) => r.path.includes(call.callSid) && r.form.Twiml)!;
    assert.equal(request.form.Twiml, `<Response><Dial>${HOTEL_PHONE}</Dial></Response>`);
    await call.hangup();
  });

  it('keeps the call going when the assistant fails on one message', async () => {
    const call = await dial();
    await call.waitForBotTurn();
    server.asr.expect('Сломайся, пожалуйста');
    await call.say('Сломайся, пожалуйста');
    await call.waitUntil(() => server.agent.received.some((m) => m.sender === call.callSid && m.text.startsWith('Сломайся')), 5000);
    server.asr.expect('Хочу забронировать номер');
    await call.say('Хочу забронировать номер');
    await call.waitForBotTurn();
    const mine = server.agent.received.filter((m) => m.sender === call.callSid).map((m) => m.text);
    assert.deepEqual(mine, ['/session_start', 'Сломайся, пожалуйста', 'Хочу забронировать номер']);
    await call.hangup();
  });

  it('submits typed digits as the answer to a phone-number question', async () => {
    const call = await dial();
    await call.waitForBotTurn();
    for (const d of '89161234567#') call.press(d);
    await call.waitForBotTurn();
    const digits = server.agent.received.find((m) => m.text === '89161234567');
    assert.ok(digits, 'digits reached the assistant');
    assert.equal(digits.metadata?.input, 'dtmf');
    await call.hangup();
  });

  it('reprompts a silent caller, then says goodbye and hangs up after the goodbye played', async () => {
    const call = await dial();
    let heardAtHangup = -1;
    let marksAtHangup = -1;
    onApiRequest = (r) => {
      if (r.form.Status === 'completed' && r.path.includes(call.callSid)) {
        heardAtHangup = call.heardMs;
        marksAtHangup = call.marksEchoed.length;
      }
    };
    await call.waitForBotTurn();
    await call.waitForBotTurn(700, 20_000); // «Вы меня слышите?»
    await call.waitUntil(() => heardAtHangup >= 0, 20_000);
    onApiRequest = undefined;
    const mine = server.agent.received.filter((m) => m.sender === call.callSid).map((m) => m.text);
    assert.deepEqual(mine, ['/session_start', '/silence_timeout', '/silence_timeout']);
    assert.equal(marksAtHangup, call.marksEchoed.length, 'hang-up waited for the last mark');
    assert.ok(heardAtHangup >= call.heardMs - 40, 'the goodbye had played');
    // Twilio's `stop` has not come yet: the call stays quiet meanwhile, with no more reprompts
    const heard = call.heardMs;
    await new Promise((r) => setTimeout(r, (2 * 3000) / TIME_SCALE));
    assert.deepEqual(
      server.agent.received.filter((m) => m.sender === call.callSid).map((m) => m.text),
      ['/session_start', '/silence_timeout', '/silence_timeout'],
    );
    assert.equal(call.heardMs, heard, 'nothing more was said');
    // and if `stop` never comes, the call is ended on this side after a grace period (10 s of call time)
    await call.waitUntil(() => !server.calls.sessions.has(call.callSid), 10_000);
    await call.hangup();
  });

  it('ends cleanly when the caller hangs up mid-sentence', async () => {
    const call = await dial();
    await call.waitForBotTurn();
    server.asr.expect('Расскажите о номерах');
    await call.say('Расскажите о номерах');
    await call.waitForBotSpeech();
    await call.hangup();
    await new Promise((r) => setTimeout(r, 100));
    const mine = server.agent.received.filter((m) => m.sender === call.callSid).map((m) => m.text);
    assert.equal(mine.at(-1), '/session_end');
    assert.equal(server.calls.sessions.has(call.callSid), false);
  });
});
