// Parts of bench/voice.bench.ts for issue 15: the recogniser worker thread's cost and capacity, and slot-aware
// end of turn. No sherpa-onnx recognition model can be had on this machine (no npm or Debian package ships
// one), so the worker runs the scripted engine, which spends a set CPU time per 300 ms chunk as a streaming
// model does; the figures are the worker's own overhead and how many calls one core carries at a given cost.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { toFrames } from '../src/voice/audio/frames.ts';
import { mulawDecode } from '../src/voice/audio/mulaw.ts';
import { SherpaRecognizer } from '../src/voice/asr/sherpa.ts';
import { espeakToMulaw } from '../src/voice/tts/espeak.ts';

const fmt = (x: number) => x.toFixed(1);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : Number.NaN;
};

/**
 * n calls speak at once for `seconds` of real time, each turn ended after its line; the worker decodes with
 * `costMsPerChunk` of CPU per 300 ms chunk. Reports CPU per call-second, end-of-turn → text latency, and the
 * main thread's event-loop delay (what the calls' audio pacing would feel).
 */
async function recogniserLoad(n: number, costMsPerChunk: number, seconds: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'portier-asr-bench-'));
  writeFileSync(join(dir, 'tokens.txt'), '<blk> 0\n');
  const line = 'хочу забронировать номер на двоих с первого по третье декабря';
  const frames = toFrames(await espeakToMulaw(line)).map((f) => mulawDecode(f));
  const recognizer = new SherpaRecognizer(dir, {
    engineModule: new URL('../src/voice/asr/scripted-engine.ts', import.meta.url),
    engineOptions: { script: Array.from({ length: n * 200 }, () => line), costUsPerChunk: costMsPerChunk * 1000, chunkFrames: 15 },
  });
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
      // every call at its own offset in the line, so chunks do not all fall due at once
      for (let i = 0; i < n; i++) {
        const at = (tick + i * 7) % (frames.length + 25);
        if (at < frames.length) streams[i]!.pushAudio({ pcm: frames[at]!, mulaw: new Uint8Array(160) });
        else if (at === frames.length + 24) {
          const asked = performance.now();
          void streams[i]!.endTurn().then((text) => {
            latencies.push(performance.now() - asked);
            if (text && text !== line) wrong++;
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
  rmSync(dir, { recursive: true, force: true });
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const cpuPerCallS = (1000 * cpuS) / (wallS * n);
  return `  ${String(n).padStart(3)} calls, decode cost ${costMsPerChunk} ms per 300 ms chunk (RTF ${(costMsPerChunk / 300).toFixed(2)}): process CPU ${fmt((100 * cpuS) / wallS)} % of a core = ${fmt(cpuPerCallS)} ms per call-second (one core: ≈ ${Math.floor(1000 / cpuPerCallS)} calls); end of turn → text p50 ${fmt(quantile(latencies, 0.5))} ms, p99 ${fmt(quantile(latencies, 0.99))} ms (${latencies.length} turns${wrong ? `, ${wrong} wrong` : ''}); main event-loop delay p99 ${fmt(loop.percentile(99) / 1e6)} ms`;
}

export async function recogniserWorker(): Promise<string> {
  const lines = ['recogniser worker thread (scripted engine standing in for sherpa-onnx; 20 s per row):'];
  for (const [n, cost] of [
    [50, 0],
    [200, 0],
    [5, 30],
    [10, 30],
    [20, 12],
  ] as const)
    lines.push(await recogniserLoad(n, cost, 20));
  return lines.join('\n');
}
