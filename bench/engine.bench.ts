// Engine turn time: commands in → events out, in memory, over the hotel's flows, domain and real custom actions
// (hotel system on in-memory SQLite). Understanding is excluded: a generator replays the commands a booking
// conversation produces. Three paths: a cold tracker rebuilt from the stored events every turn, a tracker kept
// between turns (what the runtime does), and a kept tracker with the hotel actions' results replayed (the
// engine alone).
// Reports p50/p99 wall time per turn, turns per CPU-second of this process (one core: the loop is sequential, so
// CPU time keeps the rate honest on a shared, busy machine), and turn 500 vs turn 5 of one long conversation.
// Run: node --import tsx bench/engine.bench.ts   (BENCH_TURNS=20000, BENCH_LONG=600)
import { hotelActions } from '../actions/index.ts';
import type { Problem } from '../src/config/errors.ts';
import type { ActionCall, ActionResult, ActionRunner } from '../src/engine/actions.ts';
import type { Command } from '../src/engine/commands.ts';
import type { TrackerEvent } from '../src/engine/events.ts';
import { InProcessActions } from '../src/engine/executor/action-registry.ts';
import { loadEngineProject } from '../src/config/engine-files.ts';
import { type DialogueTracker, MessageProcessor } from '../src/engine/index.ts';
import { loadHotel } from '../src/config/hotel-file.ts';
import { SqliteHotelStore } from '../src/stores/hotel-sqlite.ts';
import type { CommandGenerator, Understanding } from '../src/understanding/types.ts';

const TURNS = Number(process.env['BENCH_TURNS'] ?? 20_000);
const LONG = Number(process.env['BENCH_LONG'] ?? 600);
const START = new Date('2026-11-24T12:00:00+03:00').getTime();

const set = (name: string, value: string | number | boolean): Command => ({ command: 'set slot', name, value, extractor: 'LLM' });

/** One booking conversation as commands; the guest declines the summary so the hotel's inventory stays the same. */
const SCRIPT: { text: string; commands: Command[] }[] = [
  { text: 'Хочу забронировать номер', commands: [{ command: 'start flow', flow: 'book_room' }] },
  { text: 'с 14 по 16 декабря', commands: [set('check_in_date', '2026-12-14'), set('check_out_date', '2026-12-16')] },
  { text: 'двое взрослых', commands: [set('adults', 2)] },
  { text: 'комфорт', commands: [set('room_type', 'comfort')] },
  { text: 'Пётр Сидоров', commands: [set('guest_name', 'Пётр Сидоров')] },
  { text: '+7 900 000-00-01', commands: [set('guest_phone', '+79000000001')] },
  { text: 'нет', commands: [set('booking_confirmation', false)] },
  { text: 'спасибо', commands: [] },
];
const byText = new Map(SCRIPT.map((s) => [s.text, s.commands]));

/** Replays the script's commands: the engine is measured, not understanding. */
const replay: CommandGenerator = {
  name: 'replay',
  async understand(text: string): Promise<Understanding> {
    return { text, intent: { name: null, confidence: 1 }, entities: [], commands: byText.get(text) ?? [], source: 'replay' };
  },
};

const problems: Problem[] = [];
const project = loadEngineProject({ root: '.', problems });
const errors = problems.filter((p) => p.severity === 'error');
if (errors.length) throw new Error(errors.map((p) => p.message).join('\n'));
const hotel = loadHotel('data/hotel.yml');
let clockMs = START;
const now = () => new Date(clockMs);
const pms = new SqliteHotelStore(':memory:', { hotel, now });
const realActions = new InProcessActions(hotelActions(), { now, pms, hotel });

/**
 * The hotel actions' results recorded once per distinct call (action name + slots) and replayed afterwards, so
 * the `recorded` mode measures the engine without the hotel system's SQLite queries and date arithmetic.
 */
class RecordedActions implements ActionRunner {
  replaying = false;
  misses = 0;
  private readonly results = new Map<string, ActionResult>();
  has(name: string): boolean {
    return realActions.has(name);
  }
  async run(name: string, call: ActionCall): Promise<ActionResult> {
    if (!this.replaying) return realActions.run(name, call);
    const key = `${name}|${JSON.stringify(call.tracker.slots)}`;
    const hit = this.results.get(key);
    if (hit) return hit;
    this.misses++;
    const result = await realActions.run(name, call);
    this.results.set(key, result);
    return result;
  }
}
const actions = new RecordedActions();

const processor = new MessageProcessor(project, {
  actions,
  now,
  seed: 1,
  transferTarget: hotel.hotel.phone,
  timezone: hotel.hotel.timezone,
});

/** A conversation as the runtime keeps it (stored events) and, for the `live` mode, the engine's tracker. */
interface Conversation {
  sender: string;
  history: TrackerEvent[];
  live: DialogueTracker | null;
}

type Mode = 'rebuild' | 'live' | 'recorded';

function conversation(sender: string): Conversation {
  return { sender, history: [], live: null };
}

/**
 * One turn. `rebuild`: the tracker is rebuilt from the stored events first (a cold conversation).
 * `live` / `recorded`: the tracker is kept between turns, as the runtime keeps recent conversations.
 */
async function turn(c: Conversation, text: string, mode: Mode): Promise<number> {
  clockMs += 5_000; // a guest answers every few seconds: no session expiry, timestamps in order
  const t0 = performance.now();
  const keep = mode !== 'rebuild';
  if (keep && !c.live) c.live = processor.tracker(c.sender, []);
  const tracker = keep && c.live ? c.live : processor.tracker(c.sender, c.history);
  const out = await processor.handleMessage(tracker, { sender: c.sender, text, channel: 'rest' }, replay);
  const dt = performance.now() - t0;
  for (const e of out.events) c.history.push(e);
  return dt;
}

/** A fresh conversation per booking script; returns each turn's milliseconds. */
async function conversations(totalTurns: number, mode: Mode): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; times.length < totalTurns; i++) {
    const c = conversation(`bench-${mode}-${i}`);
    for (const step of SCRIPT) times.push(await turn(c, step.text, mode));
  }
  return times;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

const median = (xs: number[]) =>
  quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
const ms = (x: number) => `${x.toFixed(3)} ms`;

async function measure(mode: Mode): Promise<Record<string, string | number>> {
  await conversations(1_000, mode); // warm-up: JIT, statement caches
  const cpu0 = process.cpuUsage();
  const times = await conversations(TURNS, mode);
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const sorted = [...times].sort((a, b) => a - b);

  // One long conversation: the booking script over and over. Turn 5 and turn 500 are the medians of the
  // turns around them, over several runs.
  const around5: number[] = [];
  const around500: number[] = [];
  let events = 0;
  for (let run = 0; run < 3; run++) {
    const c = conversation(`long-${mode}-${run}`);
    for (let i = 1; i <= LONG; i++) {
      const dt = await turn(c, SCRIPT[(i - 1) % SCRIPT.length]!.text, mode);
      if (i >= 3 && i <= 10) around5.push(dt);
      if (i >= 497 && i <= 504) around500.push(dt);
    }
    events = c.history.length;
  }
  const t5 = median(around5);
  const t500 = median(around500);
  const p99 = quantile(sorted, 0.99);
  const tps = times.length / cpuSeconds;
  return {
    turns: times.length,
    p50: ms(quantile(sorted, 0.5)),
    p99: ms(p99),
    'CPU per turn (mean)': ms((cpuSeconds * 1000) / times.length),
    'turns/s (one core)': Math.round(tps),
    'turn 5': ms(t5),
    'turn 500': ms(t500),
    'turn 500 / turn 5': `${(t500 / t5).toFixed(2)}x`,
    [`events after ${LONG} turns`]: events,
    targets: `p99<1ms ${p99 < 1 ? 'met' : 'MISSED'}, >=10k turns/s ${tps >= 10_000 ? 'met' : 'MISSED'}, 500th<=1.5x 5th ${t500 / t5 <= 1.5 ? 'met' : 'MISSED'}`,
  };
}

async function main(): Promise<void> {
  const titles: Record<Mode, string> = {
    rebuild: 'cold path: tracker rebuilt from the stored events every turn (after a restart, or when another instance wrote), real hotel actions',
    live: 'runtime path: tracker kept between turns (as src/runtime/calm-engine.ts does), real hotel actions',
    recorded: 'engine only: tracker kept between turns, hotel action results replayed',
  };
  for (const mode of process.env['BENCH_MODE'] ? [process.env['BENCH_MODE'] as Mode] : (['rebuild', 'live', 'recorded'] as const)) {
    actions.replaying = mode === 'recorded';
    const figures = await measure(mode);
    if (mode === 'recorded') figures['recorded calls missing'] = actions.misses;
    console.log(`\n${titles[mode]}`);
    for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(24)} ${v}`);
  }
  await pms.close();
}

await main();
