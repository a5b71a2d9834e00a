// A test double of the sherpa-onnx engine for the recogniser worker (tests and benchmarks): it needs a model
// folder like the real one (reads its tokens.txt), hears the audio frame by frame, answers the next line of its
// script as ScriptedHearing does, and spends `costUsPerChunk` of CPU on every `chunkFrames` frames, as a
// streaming model decodes a chunk. Never configured by name: only SherpaOptions.engineModule selects it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DecoderEngine, DecoderEngineOptions, DecoderStream } from './decoder.ts';
import { ScriptedHearing } from './scripted.ts';

export function createEngine(options: DecoderEngineOptions): DecoderEngine {
  readFileSync(join(options.modelDir, 'tokens.txt'), 'utf8');
  const extra = options.extra ?? {};
  const script = Array.isArray(extra.script) ? extra.script.map(String) : [];
  const costUs = typeof extra.costUsPerChunk === 'number' ? extra.costUsPerChunk : 0;
  const chunkFrames = typeof extra.chunkFrames === 'number' ? extra.chunkFrames : 15;
  const endpointFrames = Math.round(((options.endpointSilenceS ?? Number.POSITIVE_INFINITY) * 1000) / 20);
  return {
    open(): DecoderStream {
      const hearing = new ScriptedHearing(() => script.shift() ?? '');
      let frames = 0;
      return {
        accept(pcm) {
          hearing.accept(pcm);
          if (++frames % chunkFrames === 0 && costUs > 0) {
            const until = performance.now() + costUs / 1000;
            while (performance.now() < until) {
              // the CPU a model spends decoding one chunk
            }
          }
        },
        partial: () => hearing.partial(),
        endpoint: () => hearing.settled() && hearing.quietFrames >= endpointFrames,
        finish: () => hearing.finish(),
      };
    },
  };
}
