// The acceptance path on a clean machine with no cloud keys: `portier models pull` installs a
// recogniser from a (local) release host, the server finds it by itself, and in a phone call the recogniser's
// words reach the assistant and a room is booked. No sherpa-onnx model can be downloaded here, so the worker
// runs the scripted engine — a test double that needs the installed folder and answers the script for the
// audio it hears — in place of sherpa-onnx; everything else is what a hotel runs.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { ActiveCalls, twilioMediaStreamsPlugin } from '../../src/channels/twilio-media-streams.ts';
import { modelsDirOf, pullCommand } from '../../src/cli/commands/models.ts';
import { type AssembledRuntime, createRuntime } from '../../src/runtime/create-runtime.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { SherpaRecognizer } from '../../src/voice/asr/sherpa.ts';
import { answerKindsOf } from '../../src/voice/call/answer-ready.ts';
import { createRecognizer, createVad } from '../../src/voice/providers.ts';
import { SimulatedCall } from '../../src/voice/simulator.ts';
import { CachedSynthesizer } from '../../src/voice/tts/cache.ts';
import { EspeakSynthesizer } from '../../src/voice/tts/espeak.ts';
import { type ArchiveServer, makeArchive, serveArchives } from './models/archive-server.ts';
import { hotelActions } from '../../actions/index.ts';

const TIME_SCALE = 4;
const work = mkdtempSync(join(tmpdir(), 'portier-local-asr-'));
const turns = [
  'Хочу забронировать номер комфорт с четырнадцатого по шестнадцатое декабря',
  'Нас двое взрослых',
  'Пётр Сидоров',
  'Да, запишите этот номер',
  'Да, всё верно',
];
let host: ArchiveServer;
let runtime: AssembledRuntime;
let app: FastifyInstance;
let recognizer: SherpaRecognizer;
const saved = { dataDir: process.env.PORTIER_DATA_DIR, a: process.env.AZURE_SPEECH_API_KEY, b: process.env.AZURE_SPEECH_KEY };

before(async () => {
  delete process.env.AZURE_SPEECH_API_KEY;
  delete process.env.AZURE_SPEECH_KEY;
  process.env.PORTIER_DATA_DIR = join(work, 'data');
  const archive = makeArchive(work, 'sherpa-onnx-streaming-t-one-russian-test', { 'model.onnx': randomBytes(50_000), 'tokens.txt': '<blk> 0\n' });
  host = await serveArchives({ 'asr.tar.bz2': archive });
  const catalogue = join(work, 'catalogue.yml');
  const digest = createHash('sha256').update(archive).digest('hex');
  writeFileSync(
    catalogue,
    `models:\n  - {name: t-one-ru, kind: asr, description: test, licence: Apache-2.0, url: "${host.url}/good/asr.tar.bz2", sha256: ${digest}}\n`,
  );
  await pullCommand('t-one-ru', { root: work, catalogue }, () => {}, false);
});

after(async () => {
  await app?.close();
  await runtime?.close();
  await recognizer?.close();
  await host.close();
  for (const [key, value] of [
    ['PORTIER_DATA_DIR', saved.dataDir],
    ['AZURE_SPEECH_API_KEY', saved.a],
    ['AZURE_SPEECH_KEY', saved.b],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  rmSync(work, { recursive: true, force: true });
});

describe('a phone line with no cloud account', () => {
  it('pull a recogniser, and a call books a room from the recogniser’s words', { timeout: 180_000 }, async () => {
    const found = createRecognizer({ asr: { name: 'azure', language: 'ru-RU' } }, pino({ level: 'silent' }), { modelsDir: modelsDirOf(work) });
    assert.ok(found instanceof SherpaRecognizer, `the server chose ${found.name}`);
    assert.equal(found.modelDir, join(modelsDirOf(work), 't-one-ru'));
    recognizer = new SherpaRecognizer(found.modelDir, {
      engineModule: new URL('../../src/voice/asr/scripted-engine.ts', import.meta.url),
      engineOptions: { script: [...turns, 'Спасибо, до свидания'] },
    });

    const env = { ...process.env, PORTIER_NOW: '2026-11-24T12:00:00+03:00', PORTIER_LLM: 'off', DATABASE_URL: '', REDIS_URL: '' };
    runtime = await createRuntime({
      customActions: hotelActions(),
      root: '.',
      env,
      logger: pino({ level: 'silent' }),
      trackers: new InMemoryTrackerStore(),
      log: () => {},
    });
    app = Fastify();
    await app.register(twilioMediaStreamsPlugin, {
      agent: runtime,
      env,
      credentials: { allow_unsigned: true },
      hotelPhone: runtime.hotel!.hotel.phone,
      hotel: runtime.hotel!.hotel,
      answerKinds: answerKindsOf(runtime.project.domain.slots),
      clock: { now: () => new Date() },
      logger: pino({ level: process.env.LOG_LEVEL ?? 'silent' }),
      metrics: new Registry(),
      recognizer,
      synthesizer: new CachedSynthesizer(new EspeakSynthesizer()),
      vad: createVad({ vad: { name: 'silero' } }, pino({ level: 'silent' })),
      callOptions: { timeScale: TIME_SCALE, silenceTimeoutMs: 6000 },
      activeCalls: new ActiveCalls(),
    });
    const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });

    const call = await SimulatedCall.dial({ baseUrl, timeScale: TIME_SCALE, from: '+79162223344' });
    await call.waitForBotTurn();
    for (const said of turns) {
      await call.say(said);
      await call.waitForBotTurn();
    }
    const tracker = await runtime.getTracker(call.callSid);
    const events = (tracker?.events ?? []) as { event: string; text?: string | null }[];
    const heard = events.filter((e) => e.event === 'user' && !e.text?.startsWith('/')).map((e) => e.text);
    assert.deepEqual(heard, turns, 'the recogniser’s words reached the assistant');
    const bookings = await runtime.pms!.findBookings({ phone: '+79162223344' });
    assert.equal(
      bookings.length,
      1,
      events
        .filter((e) => e.event === 'bot')
        .map((e) => e.text)
        .join('\n'),
    );
    assert.deepEqual(
      { room: bookings[0]!.room_type, in: bookings[0]!.check_in, out: bookings[0]!.check_out },
      { room: 'comfort', in: '2026-12-14', out: '2026-12-16' },
    );
    const report = await call.serverReport();
    assert.equal(report.recognizer, 'sherpa');
    // Slot-aware end of turn from the recogniser's partial text: the name and the two yeses answer the question
    // just asked, so those turns may end after the short silence (report: ended_by answer); the first line
    // answers no question and waits the usual one.
    assert.equal(report.turns[0]!.ended_by, undefined);
    assert.ok(
      report.turns.some((t) => t.ended_by === 'answer'),
      JSON.stringify(report.turns.map((t) => t.ended_by ?? 'silence')),
    );
    await call.hangup();
  });
});
