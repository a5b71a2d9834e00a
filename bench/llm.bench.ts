// LLM understanding overhead on our side: prompt size and render time for the shipped hotel project, parse time,
// and the round trip through the openai SDK to a local chat-completions server (our stack, not the model).
// Run: npm run bench -- llm
import { performance } from 'node:perf_hooks';
import { loadProject } from '../src/config/project.ts';
import { parseCommands } from '../src/understanding/llm/command-parser.ts';
import { composeUnderstanding, createLlmCommandGenerator } from '../src/understanding/llm/index.ts';
import { createSlotNormaliser } from '../src/understanding/llm/normalise.ts';
import { CommandPrompt } from '../src/understanding/llm/prompt.ts';
import { russianReaders } from '../src/understanding/llm/russian-readers.ts';
import { resolveLlmSettings } from '../src/understanding/llm/settings.ts';
import type { CommandGenerator, Understanding, UnderstandingContext } from '../src/understanding/types.ts';
import { startFakeOpenAi } from '../tests/understanding/llm/fake-openai.ts';

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  return `mean ${mean.toFixed(3)} ms, p50 ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms (n=${samples.length})`;
}

async function time(n: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

const project = await loadProject(process.cwd(), { ...process.env });
const timezone = project.hotel?.hotel.timezone ?? 'Europe/Moscow';
const now = new Date(process.env.PORTIER_NOW ?? '2026-11-24T12:00:00+03:00');
const history: UnderstandingContext['history'] = [];
for (let i = 0; i < 10; i++) {
  history.push({ role: 'user', text: 'Хочу забронировать номер на двоих с пятницы на две ночи, если есть с видом на реку' });
  history.push({ role: 'bot', text: 'Номер «Комфорт» с видом на Фонтанку свободен, 9 900 ₽ за ночь. На чьё имя оформить бронь?' });
}
const idle: UnderstandingContext = { senderId: 'bench', now, timezone, activeFlow: null, requestedSlot: null, slots: {}, history: [], channel: 'rest' };
const deep: UnderstandingContext = {
  ...idle,
  activeFlow: 'book_room',
  requestedSlot: 'guest_name',
  slots: { check_in_date: '2026-11-27', check_out_date: '2026-11-29', adults: 2, children: 0, room_type: 'comfort' },
  history,
  channel: 'twilio_media_streams',
};

const prompt = new CommandPrompt({ flows: project.flows, domain: project.domain, hotelTimezone: timezone, historyTurns: 20 });
for (const [label, ctx] of [
  ['first turn, no flow', idle],
  ['booking, 20 messages of history', deep],
] as const) {
  const text = prompt.render('Анна Смирнова', ctx);
  console.log(`prompt (${label}): ${text.length} chars, ${Buffer.byteLength(text)} bytes UTF-8, ${text.split('\n').length} lines`);
  console.log(`  render: ${stats(await time(500, () => prompt.render('Анна Смирнова', ctx)))}`);
}

const normalise = createSlotNormaliser(russianReaders(project.hotel?.room_types ?? []));
const answer =
  'start flow book_room\nset slot check_in_date 2026-11-27\nset slot check_out_date 2026-11-29\nset slot adults двое\nset slot room_type комфорт\nset slot guest_phone 8 912 555-01-48';
const parsed = parseCommands(answer, { flows: project.flows, domain: project.domain, context: idle, normalise });
console.log(`parse (6 lines, Russian values): ${parsed.commands.length} commands, ${parsed.dropped.length} dropped`);
console.log(`  ${stats(await time(2000, () => parseCommands(answer, { flows: project.flows, domain: project.domain, context: idle, normalise })))}`);

const fake = await startFakeOpenAi();
class Offline implements CommandGenerator {
  readonly name = 'offline';
  async understand(text: string): Promise<Understanding> {
    return { text, intent: { name: null, confidence: 0 }, entities: [], commands: [{ command: 'cannot handle' }], source: 'nlu' };
  }
}
for (const stream of [false, true]) {
  const settings = resolveLlmSettings(
    { name: 'CompactLLMCommandGenerator', llm: { provider: 'openai', model: 'gpt-4', api_base: fake.baseURL, timeout: 5, stream } },
    {},
    { OPENAI_API_KEY: 'sk-bench' },
  );
  const llm = createLlmCommandGenerator({ settings, flows: project.flows, domain: project.domain, hotelTimezone: timezone });
  const understanding = composeUnderstanding(llm, new Offline()).generator;
  fake.fallback = { kind: 'answer', text: answer };
  await understanding.understand('прогрев', deep);
  const samples = await time(200, () => understanding.understand('Анна Смирнова', deep));
  console.log(`turn through the SDK to a local server (${stream ? 'SSE streaming' : 'JSON'}): ${stats(samples)}`);
}
{
  const settings = resolveLlmSettings(
    { name: 'CompactLLMCommandGenerator', llm: { provider: 'openai', model: 'gpt-4', api_base: fake.baseURL, timeout: 1 } },
    {},
    { OPENAI_API_KEY: 'sk-bench' },
  );
  const understanding = composeUnderstanding(
    createLlmCommandGenerator({ settings, flows: project.flows, domain: project.domain, hotelTimezone: timezone }),
    new Offline(),
  ).generator;
  fake.fallback = { kind: 'hang' };
  // The breaker (3 failures) opens after the first three timeouts; later turns fall back at once.
  const byReason = new Map<string, number[]>();
  for (let i = 0; i < 6; i++) {
    const t = performance.now();
    const result = await understanding.understand('Анна Смирнова', deep);
    const reason = result.usage?.fallbackReason ?? 'none';
    byReason.set(reason, [...(byReason.get(reason) ?? []), performance.now() - t]);
  }
  for (const [reason, samples] of byReason) console.log(`fallback on a hanging LLM (timeout 1 s), reason ${reason}: ${stats(samples)}`);
}
await fake.close();
