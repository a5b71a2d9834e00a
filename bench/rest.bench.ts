// REST channel benchmark on loopback: turn latency (p50/p99) and turns per second with 50 concurrent
// conversations, the same workload without HTTP (runtime only), a bare fastify baseline for this machine's
// loopback cost, and memory after 10,000 conversations. Real assembly: offline NLU, CALM engine, in-process
// actions, SQLite tracker and hotel stores in a temporary data folder.
// usage: node --import tsx bench/rest.bench.ts   (BENCH_CONCURRENCY, BENCH_ROUNDS, BENCH_CONVERSATIONS)
// The server runs as its own process (bin/portier.mjs run); memory is read from its /metrics.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { pino } from 'pino';
import { createRuntime } from '../src/runtime/create-runtime.ts';
import { startPortier } from '../tests/helpers/portier-process.ts';
import { hotelActions } from '../actions/index.ts';

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

/** Opens the client's keep-alive connections first, so connection setup is not counted as turn latency. */
async function openConnections(url: string): Promise<void> {
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, c) => post(url, { sender: `connect-${c}`, message: 'Здравствуйте' })));
}

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
await openConnections(bareUrl);
await load('bare fastify (baseline)', (sender, message) => post(bareUrl, { sender, message }));
await bare.close();

const dataDir = mkdtempSync(join(tmpdir(), 'portier-bench-'));
const env: Record<string, string | undefined> = {
  ...process.env,
  PORTIER_DATA_DIR: dataDir,
  PORTIER_NOW: '2026-11-24T12:00:00+03:00',
  // production default: one JSON line per turn
  LOG_LEVEL: 'info',
  PORTIER_API_TOKEN: 'bench',
  PORTIER_LLM: 'off',
  DATABASE_URL: '',
  REDIS_URL: '',
};

// The server as it runs in production: its own process (`portier run`), so client and server do not share a loop.
const server = await startPortier(['run', '--port', '0', '--interface', '127.0.0.1'], env);
const webhook = `${server.url}/webhooks/rest/webhook`;
for (const line of SCRIPT) await post(webhook, { sender: 'warmup', message: line });
await openConnections(webhook);
await load('REST over HTTP, server in its own process', (sender, message) => post(webhook, { sender, message }));

/** The server's resident memory and heap in MB, from its /metrics. */
async function serverMemory(): Promise<{ rss: number; heap: number }> {
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? Number.NaN) / 1024 / 1024;
  return { rss: read('portier_process_resident_memory_bytes'), heap: read('portier_nodejs_heap_size_used_bytes') };
}

const before = await serverMemory();
const memStarted = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < CONVERSATIONS) {
      const n = next++;
      await post(webhook, { sender: `mem-${n}`, message: 'Здравствуйте, хочу номер на двоих с 1 по 3 декабря' });
    }
  }),
);
const afterMem = await serverMemory();
console.log(
  `server memory: ${CONVERSATIONS} more conversations over HTTP in ${((performance.now() - memStarted) / 1000).toFixed(1)} s; ` +
    `rss ${before.rss.toFixed(1)} → ${afterMem.rss.toFixed(1)} MB, heap used ${before.heap.toFixed(1)} → ${afterMem.heap.toFixed(1)} MB`,
);
server.child.kill('SIGTERM');
await server.exited;

// The same turns without HTTP: what the runtime (engine, understanding, stores) sustains on its own.
const runtime = await createRuntime({ customActions: hotelActions(), root: '.', env, logger: pino({ level: 'silent' }), log: () => {} });
for (const line of SCRIPT) await runtime.handleMessage({ sender: 'warmup-rt', text: line, channel: 'rest' });
await load('runtime without HTTP, same process', async (sender, text) => {
  await runtime.handleMessage({ sender, text, channel: 'rest' });
});
await runtime.close();
rmSync(dataDir, { recursive: true, force: true });
