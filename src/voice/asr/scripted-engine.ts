// A test double of the sherpa-onnx engine for the recogniser worker (tests and benchmarks): it needs a model
// folder like the real one (reads its tokens.txt), hears the audio frame by frame, answers the next line of its
// script as ScriptedHearing does, and does a fixed amount of arithmetic on every `chunkFrames` frames — what
// takes `costUsPerChunk` on an idle core — as a streaming model decodes a chunk: a fixed amount of work, so on a
// busy machine it takes longer instead of costing less. Never configured by name: only
// SherpaOptions.engineModule selects it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DecoderEngine, DecoderEngineOptions, DecoderStream } from './decoder.ts';
import { ScriptedHearing } from './scripted.ts';

let sink = 0;
function work(iterations: number): void {
  let x = sink;
  for (let i = 0; i < iterations; i++) x = (x * 1.000001 + i) % 1e9;
  sink = x;
}

/** Iterations per microsecond on this core: the fastest of several short runs (the least preempted). */
function calibrate(): number {
  let best = Number.POSITIVE_INFINITY;
  for (let trial = 0; trial < 30; trial++) {
    const t = performance.now();
    work(100_000);
    best = Math.min(best, performance.now() - t);
  }
  return 100_000 / (best * 1000);
}

export function createEngine(options: DecoderEngineOptions): DecoderEngine {
  readFileSync(join(options.modelDir, 'tokens.txt'), 'utf8');
  const extra = options.extra ?? {};
  const script = Array.isArray(extra.script) ? extra.script.map(String) : [];
  const costUs = typeof extra.costUsPerChunk === 'number' ? extra.costUsPerChunk : 0;
  const chunkFrames = typeof extra.chunkFrames === 'number' ? extra.chunkFrames : 15;
  const iterations = costUs > 0 ? Math.round(costUs * calibrate()) : 0;
  const endpointFrames = Math.round(((options.endpointSilenceS ?? Number.POSITIVE_INFINITY) * 1000) / 20);
  return {
    open(): DecoderStream {
      const hearing = new ScriptedHearing(() => script.shift() ?? '');
      let frames = 0;
      return {
        accept(pcm) {
          hearing.accept(pcm);
          // the chunk is decoded at once: a batch costs what its chunks cost one by one
          if (++frames % chunkFrames === 0 && iterations > 0) work(iterations);
        },
        partial: () => hearing.partial(),
        endpoint: () => hearing.settled() && hearing.quietFrames >= endpointFrames,
        finish: () => hearing.finish(),
      };
    },
    decode() {},
  };
}
