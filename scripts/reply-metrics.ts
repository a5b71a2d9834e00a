// Plays the measurement conversations of bench/replies through the whole assistant (offline understanding,
// engine, hotel actions, SQLite hotel system) on the phone channel and reports how it speaks (issue 13).
// Usage: node --import tsx scripts/reply-metrics.ts [--figures FILE.md] [--transcripts FILE.md] [--label TEXT]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { conversations } from '../bench/replies/conversations.ts';
import { type Figures, measure, type PlayedConversation, words } from '../bench/replies/measure.ts';
import { voiceCallerMetadata } from '../src/channels/caller-id-proof.ts';
import { createRuntime } from '../src/runtime/create-runtime.ts';
import { InMemoryTrackerStore } from '../src/stores/tracker-memory.ts';
import { spokenRussian } from '../src/voice/tts/spoken-ru.ts';
import { hotelActions } from '../actions/index.ts';

const CHANNEL = 'twilio_media_streams';
const HOTEL_NUMBER = '+78125550148';
const { values } = parseArgs({ options: { figures: { type: 'string' }, transcripts: { type: 'string' }, label: { type: 'string', default: '' } } });

const dataDir = mkdtempSync(join(tmpdir(), 'portier-replies-'));
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

const played: PlayedConversation[] = [];
try {
  for (const conv of conversations) {
    if (conv.existing) await runtime.pms!.createBooking({ ...conv.existing, children: 0 });
    const sender = `replies-${conv.id}`;
    // the caller's number sealed as the Twilio channel seals it, so that it proves the caller's bookings
    const metadata = {
      call_id: `CA-${conv.id}`,
      ...voiceCallerMetadata(sender, conv.from),
      bot_phone: HOTEL_NUMBER,
      direction: 'inbound',
      stream_id: `MZ-${conv.id}`,
    };
    const send = async (text: string) => {
      const messages = await runtime.handleMessage({ sender, text, channel: CHANNEL, metadata });
      return messages
        .map((m) => m.text ?? '')
        .filter(Boolean)
        .join(' ');
    };
    const greeting = await send('/session_start');
    const turns = [];
    for (const t of conv.turns) turns.push({ say: t.say, kind: t.kind, yesno: t.yesno ?? false, reply: await send(t.say) });
    played.push({ id: conv.id, greeting, turns });
  }
} finally {
  await runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
}

const figures = measure(played);
// what the caller hears: the spoken forms the synthesiser is given («15 000» is «пятнадцать тысяч»)
const heard = measure(played.map((c) => ({ ...c, greeting: spokenRussian(c.greeting), turns: c.turns.map((t) => ({ ...t, reply: spokenRussian(t.reply) })) })));
const command = 'node --import tsx scripts/reply-metrics.ts';
const machine = `${hostname()}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
const report = figuresMarkdown(figures, heard, values.label ?? '', machine, command);
process.stdout.write(report);
if (values.figures) writeFileSync(values.figures, report);
if (values.transcripts) writeFileSync(values.transcripts, transcriptsMarkdown(played, values.label ?? ''));

function figuresMarkdown(f: Figures, spoken: Figures, label: string, machineLine: string, cmd: string): string {
  const row = (name: string, s: Figures['replies']['question']) => `| ${name} | ${s.count} | ${s.median} | ${s.p90} | ${s.max} |`;
  return [
    `### Replies on the phone channel${label ? ` — ${label}` : ''}`,
    '',
    `${new Date().toISOString().slice(0, 10)}, ${machineLine}; \`${cmd}\` (${conversations.length} conversations of bench/replies/conversations.ts, offline understanding, clock pinned to 2026-11-24).`,
    '',
    '| Replies | n | median words | p90 words | max words |',
    '|---|---|---|---|---|',
    row('question answers', f.replies.question),
    row('booking turns', f.replies.booking),
    row('cancellation / lookup turns', f.replies.cancellation),
    row('other (thanks, goodbye, handoff)', f.replies.other),
    row('question answers, words as spoken', spoken.replies.question),
    row('booking turns, words as spoken', spoken.replies.booking),
    row('cancellation / lookup turns, words as spoken', spoken.replies.cancellation),
    '',
    `- Yes/no questions answered with «да»/«нет» first: ${f.yesno.answeredFirst} of ${f.yesno.asked} (${Math.round(f.yesno.share * 100)} %)`,
    `- Replies repeating an earlier reply of the same call word for word: ${f.repeatedReplies}`,
    `- Sentences repeating an earlier sentence of the same call: ${f.repeatedSentences}`,
    `- Sentences of 4+ words nearly all (80 % of the words, «да»/«нет» aside) said in one earlier sentence: ${f.nearRepeatedSentences}`,
    `- Replies over the phone budget (more than 25 words or two sentences): ${f.overBudget}`,
    '',
  ].join('\n');
}

function transcriptsMarkdown(list: PlayedConversation[], label: string): string {
  const out = [
    `# Transcripts on the phone channel${label ? ` — ${label}` : ''}`,
    '',
    `Produced by \`${command} --transcripts\`; the words of each reply in brackets; under a reply with figures, what the speech synthesiser is given (the spoken form).`,
    '',
  ];
  list.forEach((c, i) => {
    out.push(`## ${i + 1}. ${c.id}`, '', `- **Бот:** ${c.greeting} _(${words(c.greeting)})_`);
    for (const t of c.turns) {
      out.push(`- **Гость:** ${t.say}`, `- **Бот:** ${t.reply || '(молчание)'} _(${words(t.reply)})_`);
      const said = spokenRussian(t.reply);
      if (said !== t.reply) out.push(`  - _слышно:_ ${said}`);
    }
    out.push('');
  });
  return out.join('\n');
}
