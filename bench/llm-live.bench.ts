// How well a real model understands hotel callers with our prompt: accuracy on Russian cases, latency, tokens.
// Needs a reachable model: OPENAI_API_KEY (+ OPENAI_BASE_URL for compatible servers) or a local server in
// endpoints.yml. Without one it says so and exits 0.
// Run: OPENAI_API_KEY=… npm run bench -- llm-live
import { performance } from 'node:perf_hooks';
import { loadProject } from '../src/config/project.ts';
import type { Command, SlotValue } from '../src/engine/commands.ts';
import { LlmCommandGenerator } from '../src/understanding/llm/llm-command-generator.ts';
import { decideUnderstanding, findLlmPipelineEntry, resolveLlmSettings } from '../src/understanding/llm/settings.ts';
import type { UnderstandingContext } from '../src/understanding/types.ts';

interface Case {
  say: string;
  flow?: string;
  asked?: string;
  slots?: UnderstandingContext['slots'];
  channel?: string;
  expect: Command[];
}

const set = (name: string, value: SlotValue): Command => ({
  command: 'set slot',
  name,
  value,
  extractor: 'LLM',
});

// Today is Tuesday 2026-11-24 (PORTIER_NOW); Friday is 2026-11-27.
const CASES: Case[] = [
  {
    say: 'Здравствуйте, хочу забронировать номер на пятницу на две ночи',
    expect: [{ command: 'start flow', flow: 'book_room' }, set('check_in_date', '2026-11-27'), set('check_out_date', '2026-11-29')],
  },
  { say: 'Сколько у вас стоит люкс?', expect: [{ command: 'knowledge' }] },
  { say: 'Мне нужно отменить бронирование', expect: [{ command: 'start flow', flow: 'cancel_booking' }] },
  { say: 'Соедините меня, пожалуйста, с администратором', expect: [{ command: 'human handoff' }] },
  { say: 'Спасибо большое, до свидания', expect: [{ command: 'chitchat' }] },
  {
    say: 'нас будет двое',
    flow: 'book_room',
    asked: 'adults',
    slots: { check_in_date: '2026-11-27', check_out_date: '2026-11-29' },
    expect: [set('adults', 2)],
  },
  {
    say: 'с пятого декабря по восьмое',
    flow: 'book_room',
    asked: 'check_in_date',
    expect: [set('check_in_date', '2026-12-05'), set('check_out_date', '2026-12-08')],
  },
  { say: 'Записывайте на Ивана Петрова', flow: 'book_room', asked: 'guest_name', expect: [set('guest_name', 'Иван Петров')] },
  {
    say: 'восемь девятьсот шестнадцать сто двадцать три сорок пять шестьдесят семь',
    flow: 'book_room',
    asked: 'guest_phone',
    expect: [set('guest_phone', '+79161234567')],
  },
  { say: 'да, всё верно, бронируйте', flow: 'book_room', asked: 'booking_confirmation', expect: [set('booking_confirmation', true)] },
  { say: 'давайте самый лучший, люкс', flow: 'book_room', asked: 'room_type', expect: [set('room_type', 'suite')] },
  { say: 'а завтрак входит в стоимость?', flow: 'book_room', asked: 'adults', expect: [{ command: 'knowledge' }] },
  { say: 'нет, я передумал, не надо ничего бронировать', flow: 'book_room', asked: 'guest_name', expect: [{ command: 'cancel flow' }] },
  { say: 'код брони AC3DE5', flow: 'cancel_booking', asked: 'booking_reference', expect: [set('booking_reference', 'AC3DE5')] },
  { say: 'простите, не расслышал, повторите', flow: 'book_room', asked: 'adults', channel: 'twilio_media_streams', expect: [{ command: 'repeat' }] },
  {
    say: 'ой, не в пятницу, а в субботу заезжаем',
    flow: 'book_room',
    asked: 'adults',
    slots: { check_in_date: '2026-11-27', check_out_date: '2026-11-29' },
    expect: [set('check_in_date', '2026-11-28')],
  },
];

const project = await loadProject(process.cwd(), { ...process.env });
const entry = findLlmPipelineEntry(project.config.pipeline);
const settings = entry ? resolveLlmSettings(entry, project.endpoints, process.env) : null;
const decision = decideUnderstanding(settings, process.env);
if (decision.use !== 'llm' || !settings || !project.hotel) {
  console.log(`skipped: ${decision.reason}`);
  process.exit(0);
}
const llm = new LlmCommandGenerator({
  settings,
  flows: project.flows,
  domain: project.domain,
  hotelTimezone: project.hotel.hotel.timezone,
  rooms: project.hotel.room_types,
  onUnusableAnswer: 'cannot-handle',
});
const now = new Date(process.env.PORTIER_NOW ?? '2026-11-24T12:00:00+03:00');
const same = (a: Command, b: Command): boolean => JSON.stringify(a) === JSON.stringify(b);

let passed = 0;
const latencies: number[] = [];
let promptTokens = 0;
let completionTokens = 0;
for (const c of CASES) {
  const context: UnderstandingContext = {
    senderId: 'live-bench',
    now,
    timezone: project.hotel.hotel.timezone,
    activeFlow: c.flow ?? null,
    requestedSlot: c.asked ?? null,
    slots: c.slots ?? {},
    history: [],
    channel: c.channel ?? 'rest',
  };
  const t = performance.now();
  let got: Command[] = [];
  try {
    const result = await llm.understand(c.say, context);
    got = result.commands;
    promptTokens += result.usage?.promptTokens ?? 0;
    completionTokens += result.usage?.completionTokens ?? 0;
  } catch (error) {
    console.log(`  error: ${error instanceof Error ? error.message : String(error)}`);
  }
  latencies.push(performance.now() - t);
  const ok = c.expect.every((e) => got.some((g) => same(g, e)));
  if (ok) passed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} «${c.say}» → ${got.map((g) => JSON.stringify(g)).join(' ')}`);
}
const sorted = [...latencies].sort((a, b) => a - b);
console.log(`model ${settings.model} at ${settings.baseURL}`);
console.log(`accuracy: ${passed}/${CASES.length} cases with every expected command`);
console.log(`latency per turn: p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`);
console.log(`tokens: ${promptTokens} prompt, ${completionTokens} completion (${(promptTokens / CASES.length).toFixed(0)} prompt tokens per turn)`);
