// REST channel benchmark on loopback: turn latency (p50/p99) and turns per second with 50 concurrent
// conversations, the same workload without HTTP (runtime only), a bare fastify baseline for this machine's
// loopback cost, and memory after 10,000 conversations. Real assembly: offline NLU, CALM engine, in-process
// actions, SQLite tracker and hotel stores in a temporary data folder.
// usage: node --import tsx bench/rest.bench.ts   (BENCH_CONCURRENCY, BENCH_ROUNDS, BENCH_CONVERSATIONS)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fastify from 'fastify';
import { serve } from '../src/cli/commands/run.ts';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 10_000);

// A booking as a caller types it, then a question and goodbye; each conversation plays it from the start.
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

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Runs `CONCURRENCY` conversations × `ROUNDS` through `turn`; returns sorted latencies and turns/s. */
async function load(name: string, turn: (sender: string, text: string) => Promise<void>): Promise<void> {
  const latencies: number[] = [];
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, c) => {
        for (const line of SCRIPT) {
          const t = performance.now();
          await turn(`${name}-${round}-${c}`, line);
          latencies.push(performance.now() - t);
        }
      }),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  console.log(
    `${name}: ${latencies.length} turns, ${CONCURRENCY} concurrent conversations, ${(latencies.length / seconds).toFixed(1)} turns/s; ` +
      `latency ms p50 ${quantile(latencies, 0.5).toFixed(1)}, p90 ${quantile(latencies, 0.9).toFixed(1)}, p99 ${quantile(latencies, 0.99).toFixed(1)}, max ${latencies.at(-1)!.toFixed(1)}`,
  );
}

async function post(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  await res.arrayBuffer();
}

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);

// What loopback HTTP alone costs here: a bare fastify route answering a REST-sized body.
const bare = Fastify();
bare.post('/webhook', async () => [{ recipient_id: 'x', text: 'Сколько гостей будет проживать? '.repeat(3) }]);
await bare.listen({ port: 0, host: '127.0.0.1' });
const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/webhook`;
await load('bare fastify (baseline)', (sender, message) => post(bareUrl, { sender, message }));
await bare.close();

const dataDir = mkdtempSync(join(tmpdir(), 'portier-bench-'));
const env: Record<string, string | undefined> = {
  ...process.env,
  PORTIER_DATA_DIR: dataDir,
  PORTIER_NOW: '2026-11-24T12:00:00+03:00',
  LOG_LEVEL: 'silent',
  PORTIER_API_TOKEN: 'bench',
  PORTIER_LLM: 'off',
  DATABASE_URL: '',
  REDIS_URL: '',
};
const server = await serve({ root: '.', env, port: 0, host: '127.0.0.1', announce: () => {} });
const webhook = `${server.url}/webhooks/rest/webhook`;
for (const line of SCRIPT) await post(webhook, { sender: 'warmup', message: line });

await load('REST over HTTP', (sender, message) => post(webhook, { sender, message }));
await load('runtime without HTTP', async (sender, text) => {
  await server.runtime.handleMessage({ sender, text, channel: 'rest' });
});

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
      await server.runtime.handleMessage({ sender: `mem-${n}`, text: 'Здравствуйте, хочу номер на двоих с 1 по 3 декабря', channel: 'rest' });
    }
  }),
);
gc();
const afterMem = process.memoryUsage();
console.log(
  `memory: ${CONVERSATIONS} more conversations in ${((performance.now() - memStarted) / 1000).toFixed(1)} s; ` +
    `rss ${mb(before.rss)} → ${mb(afterMem.rss)} MB, heap used ${mb(before.heapUsed)} → ${mb(afterMem.heapUsed)} MB (after GC)`,
);
await server.close();
rmSync(dataDir, { recursive: true, force: true });
