// Part of bench/voice.bench.ts for issue 15: the recogniser worker thread's cost and capacity. No Russian
// sherpa-onnx recognition model can be had on this machine (no npm or Debian package ships one, nothing else
// can be downloaded), so the worker runs real sherpa-onnx decoding on a model built here with T-one's layout,
// size and work per chunk and random weights (asr-model/tone-shaped-model.ts); and, for the worker's own
// overhead, the scripted engine, which spends a set CPU time per 300 ms chunk.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { toFrames } from '../src/voice/audio/frames.ts';
import { mulawDecode } from '../src/voice/audio/mulaw.ts';
import { SherpaRecognizer } from '../src/voice/asr/sherpa.ts';
import { createEngine } from '../src/voice/asr/sherpa-engine.ts';
import { espeakToMulaw } from '../src/voice/tts/espeak.ts';
import { writeToneShapedModel } from './asr-model/tone-shaped-model.ts';

const fmt = (x: number) => x.toFixed(1);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : Number.NaN;
};

type Engine = { scripted: true; costMsPerChunk: number } | { scripted: false; modelDir: string };

/**
 * n calls speak at once for `seconds` of real time, each turn ended after its line: the worker decodes with
 * sherpa-onnx on `modelDir`, or with the scripted engine at `costMsPerChunk` of CPU per 300 ms chunk. Reports
 * CPU per call-second, end-of-turn → text latency, and the main thread's event-loop delay (what the calls'
 * audio pacing would feel).
 */
async function recogniserLoad(n: number, engine: Engine, seconds: number, listenFrames = 25): Promise<{ line: string; keptUp: boolean; cpuPerCallS: number }> {
  const dir = engine.scripted ? mkdtempSync(join(tmpdir(), 'portier-asr-bench-')) : engine.modelDir;
  if (engine.scripted) writeFileSync(join(dir, 'tokens.txt'), '<blk> 0\n');
  const line = 'хочу забронировать номер на двоих с первого по третье декабря';
  const frames = toFrames(await espeakToMulaw(line)).map((f) => mulawDecode(f));
  const recognizer = new SherpaRecognizer(
    dir,
    engine.scripted
      ? {
          engineModule: new URL('../src/voice/asr/scripted-engine.ts', import.meta.url),
          engineOptions: { script: Array.from({ length: n * 200 }, () => line), costUsPerChunk: engine.costMsPerChunk * 1000, chunkFrames: 15 },
        }
      : {},
  );
  await recognizer.check();
  const streams = await Promise.all(Array.from({ length: n }, (_, i) => recognizer.open({ callId: `CA${i}`, language: 'ru-RU', phraseHints: [] })));
  const latencies: number[] = [];
  let wrong = 0;
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let tick = 0;
  await new Promise<void>((resolve) => {
    const step = () => {
      // every call at its own offset, spread over the cycle: real callers do not speak in step
      const cycle = frames.length + listenFrames;
      for (let i = 0; i < n; i++) {
        const at = (tick + Math.floor((i * cycle) / n)) % cycle;
        if (at < frames.length) streams[i]!.pushAudio({ pcm: frames[at]!, mulaw: new Uint8Array(160) });
        else if (at === frames.length + 24) {
          const asked = performance.now();
          void streams[i]!.endTurn().then((text) => {
            latencies.push(performance.now() - asked);
            if (engine.scripted && text && text !== line) wrong++;
          });
        } else streams[i]!.pushAudio({ pcm: new Int16Array(160), mulaw: new Uint8Array(160) });
      }
      tick++;
      if (performance.now() - t0 >= seconds * 1000) return resolve();
      setTimeout(step, Math.max(0, t0 + tick * 20 - performance.now()));
    };
    step();
  });
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  loop.disable();
  await Promise.all(streams.map((s) => s.close()));
  await recognizer.close();
  if (engine.scripted) rmSync(dir, { recursive: true, force: true });
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const cpuPerCallS = (1000 * cpuS) / (wallS * n);
  const p99 = quantile(latencies, 0.99);
  // Kept up: every call's turns were answered and no text waited a second (a backlog that grows ends both).
  const expectedTurns = n * Math.floor((seconds * 1000) / 20 / (frames.length + listenFrames));
  const keptUp = latencies.length >= expectedTurns && p99 < 1000;
  const cost = engine.scripted
    ? `scripted engine, ${engine.costMsPerChunk} ms per 300 ms chunk (RTF ${(engine.costMsPerChunk / 300).toFixed(2)})`
    : 'sherpa-onnx, T-one-shaped model';
  return {
    keptUp,
    cpuPerCallS,
    line: `  ${String(n).padStart(3)} calls, ${cost}: process CPU ${fmt((100 * cpuS) / wallS)} % of a core = ${fmt(cpuPerCallS)} ms per call-second; end of turn → text p50 ${fmt(quantile(latencies, 0.5))} ms, p99 ${fmt(p99)} ms (${latencies.length}/${expectedTurns} turns${wrong ? `, ${wrong} wrong` : ''}; ${keptUp ? 'kept up' : 'BEHIND'}); main event-loop delay p99 ${fmt(loop.percentile(99) / 1e6)} ms; load average ${loadavg()[0]!.toFixed(2)}`,
  };
}

/** The worker's own overhead (no decoding) and a fixed decode cost, with the scripted engine. */
export async function recogniserWorker(): Promise<string> {
  const lines = ['recogniser worker thread, scripted engine (20 s per row):'];
  for (const [n, cost] of [
    [50, 0],
    [200, 0],
  ] as const)
    lines.push((await recogniserLoad(n, { scripted: true, costMsPerChunk: cost }, 20)).line);
  return lines.join('\n');
}

/** CPU per call-second of 8 calls' audio decoded one call at a time and as batches, on this thread. */
function batchingGain(modelDir: string): string {
  const engine = createEngine({ modelDir });
  const audio = new Int16Array(160).map((_, i) => Math.round(3000 * Math.sin(i / 3)));
  const cost = (batched: boolean) => {
    const streams = Array.from({ length: 8 }, () => engine.open());
    const cpu0 = process.cpuUsage();
    for (let f = 0; f < 250; f++) {
      for (const s of streams) s.accept(audio);
      if (batched) engine.decode(streams);
      else for (const s of streams) engine.decode([s]);
    }
    const cpu = process.cpuUsage(cpu0);
    return (cpu.user + cpu.system) / 1000 / (8 * 5);
  };
  cost(true); // warm-up
  const [one, batch] = [cost(false), cost(true)];
  return `  decoding alone (this thread, 8 calls × 5 s): one call at a time ${fmt(one)} ms CPU per call-second, batched ${fmt(batch)} ms (× ${(batch / one).toFixed(2)})`;
}

/**
 * Real sherpa-onnx decoding on the worker thread, with a model of T-one's size built for the run: how much
 * CPU a call costs and how many calls the one worker thread (one core) recognises at once in real time.
 * Rows go up in calls until the worker falls behind (`VOICE_BENCH_ASR_CALLS` lists them).
 */
export async function realRecogniser(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'portier-tone-shaped-'));
  const t0 = performance.now();
  const model = writeToneShapedModel(dir);
  const lines = [
    `recogniser worker thread, real sherpa-onnx decoding (T-one layout, random weights: ${(model.parameters / 1e6).toFixed(1)}M parameters, ${(model.flopsPerChunk / 1e9).toFixed(2)} GFLOP per 300 ms chunk, ${model.megabytes.toFixed(0)} MB, built in ${fmt((performance.now() - t0) / 1000)} s; 20 s per row):`,
  ];
  lines.push(batchingGain(dir));
  // Callers who talk without pause (each line followed by 0.5 s), then callers who listen to a 6 s answer after
  // each line, as on a real call: quiet frames more than a second after the last sound are not decoded.
  const rows = [
    { what: 'talking all the time', listenFrames: 25, counts: process.env.VOICE_BENCH_ASR_CALLS ?? '1,4,8,12,16,20' },
    { what: 'speaking, then listening to a 6 s answer', listenFrames: 300, counts: process.env.VOICE_BENCH_ASR_LISTEN_CALLS ?? '12,16,24,32,40' },
  ];
  try {
    for (const { what, listenFrames, counts } of rows) {
      lines.push(` callers ${what}:`);
      const tried = counts.split(',').map(Number);
      let carried = 0;
      for (const n of tried) {
        const row = await recogniserLoad(n, { scripted: false, modelDir: dir }, 20, listenFrames);
        lines.push(row.line);
        if (!row.keptUp) break;
        carried = n;
      }
      lines.push(`  one worker thread (one core) kept up with ${carried} calls at once${carried === tried.at(-1) ? ' (the most tried)' : ''}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines.join('\n');
}
