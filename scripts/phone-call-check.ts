// A whole booking played by `portier call` on the phone channel, then the recording checked with sox.
// The server is the real assistant (offline understanding, engine, hotel actions, SQLite hotel system) behind the
// real Twilio webhook and Media Stream, speaking through espeak-ng with the spoken forms of src/voice/tts/spoken-ru.ts.
// Only the recogniser reads a script — the caller's lines, in order — because no Russian speech model can be
// downloaded on this machine; the caller's audio still goes through the VAD and turn-taking as on a real line.
// Usage: node --import tsx scripts/phone-call-check.ts [--port 5113] [--record call.wav] [--transcript call.md]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { ActiveCalls, twilioMediaStreamsPlugin } from '../src/channels/twilio-media-streams.ts';
import { createRuntime } from '../src/runtime/create-runtime.ts';
import { InMemoryTrackerStore } from '../src/stores/tracker-memory.ts';
import { ScriptedRecognizer } from '../src/voice/asr/scripted.ts';
import { createVad } from '../src/voice/providers.ts';
import { CachedSynthesizer } from '../src/voice/tts/cache.ts';
import { EspeakSynthesizer } from '../src/voice/tts/espeak.ts';
import type { SpeechSynthesizer } from '../src/voice/tts/types.ts';
import { hotelActions } from '../actions/index.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5113' },
    record: { type: 'string', default: join(tmpdir(), 'portier-booking-call.wav') },
    transcript: { type: 'string' },
  },
});
const CALLER = '+79165550123';
const TOKEN = 'phone-call-check';
const LINES = [
  'алло здравствуйте хочу забронировать номер с двенадцатого по четырнадцатое декабря',
  'нас двое взрослых',
  'давайте комфорт',
  'анна смирнова',
  'да запишите этот номер',
  'да всё верно',
  'спасибо до свидания',
];

const dataDir = mkdtempSync(join(tmpdir(), 'portier-phone-call-'));
const env = {
  ...process.env,
  PORTIER_DATA_DIR: dataDir,
  PORTIER_NOW: '2026-11-24T12:00:00+03:00',
  PORTIER_LLM: 'off',
  OPENAI_API_KEY: '',
  DATABASE_URL: '',
  REDIS_URL: '',
};
const runtime = await createRuntime({
  customActions: hotelActions(),
  root: '.',
  env,
  logger: pino({ level: 'silent' }),
  trackers: new InMemoryTrackerStore(),
  log: () => {},
});
const { hotel, pms } = runtime;
if (!hotel || !pms) throw new Error('this project has no hotel (data/hotel.yml): nothing to book');
const recognizer = new ScriptedRecognizer(LINES);
// what the synthesiser was asked to say: the spoken forms, not the written replies
const spoken: string[] = [];
// the call as it went: what the recogniser heard from the caller, then what the bot said, in order
const timeline: { who: 'caller' | 'bot'; text: string }[] = [];
const espeak = new CachedSynthesizer(new EspeakSynthesizer());
const synthesizer: SpeechSynthesizer = {
  name: espeak.name,
  synthesize(request) {
    spoken.push(request.text);
    timeline.push({ who: 'bot', text: request.text });
    return espeak.synthesize(request);
  },
};
const app = Fastify();
// the assistant, with each caller turn noted for the transcript
const agent = new Proxy(runtime, {
  get(target, key) {
    if (key === 'handleMessage') {
      return (message: Parameters<typeof runtime.handleMessage>[0]) => {
        if (!message.text.startsWith('/')) timeline.push({ who: 'caller', text: message.text });
        return target.handleMessage(message);
      };
    }
    const value: unknown = Reflect.get(target, key);
    return typeof value === 'function' ? value.bind(target) : value;
  },
});
await app.register(twilioMediaStreamsPlugin, {
  agent,
  env: process.env,
  // webhooks signed with a local token; no account_sid, so nothing is sent to Twilio's REST API
  credentials: { auth_token: TOKEN },
  hotelPhone: hotel.hotel.phone,
  clock: { now: () => new Date() },
  logger: pino({ level: 'silent' }),
  metrics: new Registry(),
  recognizer,
  synthesizer,
  vad: createVad({ vad: { name: 'silero' } }, pino({ level: 'silent' })),
  callOptions: { silenceTimeoutMs: 10_000 },
  activeCalls: new ActiveCalls(),
});
const url = await app.listen({ port: Number(values.port), host: '127.0.0.1' });
let failed = false;
try {
  const args = [
    'bin/portier.mjs',
    'call',
    '--url',
    url,
    '--from',
    CALLER,
    '--record',
    values.record!,
    '--wait',
    '40',
    '--auth-token',
    TOKEN,
    ...LINES.flatMap((l) => ['--say', l]),
  ];
  // asynchronous: the server answering this call runs in this process
  const child = await new Promise<number>((resolve) => spawn(process.execPath, args, { stdio: 'inherit' }).on('exit', (code) => resolve(code ?? 1)));
  if (child !== 0) throw new Error(`portier call exited with ${child}`);
  const bookings = await pms.findBookings({ phone: CALLER });
  console.log(
    `\nbooking in the hotel system: ${bookings.map((b) => `${b.code} ${b.room_type} ${b.check_in}..${b.check_out} ${b.guest_name}`).join('; ') || 'none'}`,
  );
  if (bookings.length !== 1) failed = true;
  console.log('\nspoken forms sent to the synthesiser:');
  for (const s of spoken) console.log(`  ${s}`);
  if (spoken.some((s) => /\d/.test(s))) {
    console.log('  a figure was left in digits above');
    failed = true;
  }
  const stat = spawnSync('sox', [values.record!, '-n', 'stat'], { encoding: 'utf8' });
  const field = (name: string) => Number(new RegExp(`${name}:\\s+([\\d.]+)`).exec(stat.stderr)?.[1] ?? Number.NaN);
  const seconds = field('Length \\(seconds\\)');
  const rms = field('RMS {5}amplitude');
  const peak = field('Maximum amplitude');
  const rmsDb = 20 * Math.log10(rms);
  console.log(`\nrecording ${values.record}: ${seconds.toFixed(1)} s, RMS ${rmsDb.toFixed(1)} dBFS, peak ${peak.toFixed(2)} (sox stat)`);
  // a booking call reads ~8 replies: well over 30 s of speech, audible (RMS above -40 dBFS) and not clipped
  if (!(seconds > 30 && rmsDb > -40 && peak < 1)) failed = true;
  if (values.transcript) writeFileSync(values.transcript, transcriptMarkdown(seconds, rmsDb, peak));
} finally {
  await app.close();
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(failed ? 'CHECK FAILED' : 'check passed');

/** The call as the caller heard it: their lines (as recognised) and the bot's spoken forms, one turn per item. */
function transcriptMarkdown(seconds: number, rmsDb: number, peak: number): string {
  const out = [
    '# A booking call through `portier call` (phone channel, spoken forms)',
    '',
    `\`node --import tsx scripts/phone-call-check.ts\`; recording ${seconds.toFixed(1)} s, RMS ${rmsDb.toFixed(1)} dBFS, peak ${peak.toFixed(2)}. The bot lines are what the speech synthesiser was given.`,
    '',
  ];
  let last: 'caller' | 'bot' | null = null;
  for (const t of timeline) {
    if (t.who === 'bot' && last === 'bot') out[out.length - 1] += ` ${t.text}`;
    else out.push(`- **${t.who === 'caller' ? 'Гость' : 'Бот'}:** ${t.text}`);
    last = t.who;
  }
  return `${out.join('\n')}\n`;
}
process.exit(failed ? 1 : 0);
