// REST channel benchmark: turn latency (p50/p99) and turns per second with 50 concurrent conversations over
// loopback HTTP, then memory after 10,000 conversations. Runs the real assembly (offline NLU, CALM engine,
// SQLite tracker and hotel stores in a temporary data folder).
// usage: node --import tsx bench/rest.bench.ts   (BENCH_CONCURRENCY, BENCH_ROUNDS, BENCH_CONVERSATIONS to change)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { serve } from '../src/cli/commands/run.ts';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 10_000);

// A booking as a caller types it; each conversation plays it from the start.
const SCRIPT = [
  'Здравствуйте',
  'Хочу забронировать номер',
  'с 1 по 3 декабря',
  'двое взрослых',
  'стандартный',
  'Иван Петров',
  '+7 916 123-45-67',
  'да',
  'сколько стоит завтрак?',
  'спасибо, до свидания',
];

const dataDir = mkdtempSync(join(tmpdir(), 'portier-bench-'));
const env: Record<string, string | undefined> = { ...process.env, PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', LOG_LEVEL: 'silent', PORTIER_API_TOKEN: 'bench', PORTIER_LLM: 'off' };
delete env.DATABASE_URL;
delete env.REDIS_URL;
const server = await serve({ root: '.', env, port: 0, host: '127.0.0.1', announce: () => {} });

async function say(sender: string, message: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${server.url}/webhooks/rest/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sender, message }),
  });
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  await res.arrayBuffer();
  return performance.now() - started;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

// Warm-up: morphology dictionaries, JIT, SQLite pages.
for (const line of SCRIPT) await say('warmup', line);

const latencies: number[] = [];
const started = performance.now();
for (let round = 0; round < ROUNDS; round++) {
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, c) => {
      for (const line of SCRIPT) latencies.push(await say(`bench-${round}-${c}`, line));
    }),
  );
}
const seconds = (performance.now() - started) / 1000;
latencies.sort((x, y) => x - y);
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);
console.log(
  `turns: ${latencies.length} in ${seconds.toFixed(1)} s over ${CONCURRENCY} concurrent conversations → ${(latencies.length / seconds).toFixed(1)} turns/s`,
);
console.log(`turn latency ms: p50 ${quantile(latencies, 0.5).toFixed(1)}, p90 ${quantile(latencies, 0.9).toFixed(1)}, p99 ${quantile(latencies, 0.99).toFixed(1)}, max ${latencies.at(-1)!.toFixed(1)}`);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
gc();
const before = process.memoryUsage();
const memStarted = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < CONVERSATIONS) {
      const n = next++;
      await say(`mem-${n}`, 'Здравствуйте, хочу номер на двоих с 1 по 3 декабря');
    }
  }),
);
gc();
const afterMem = process.memoryUsage();
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(
  `after ${CONVERSATIONS} more conversations (${((performance.now() - memStarted) / 1000).toFixed(1)} s): rss ${mb(before.rss)} → ${mb(afterMem.rss)} MB, heap used ${mb(before.heapUsed)} → ${mb(afterMem.heapUsed)} MB`,
);
await server.close();
rmSync(dataDir, { recursive: true, force: true });
