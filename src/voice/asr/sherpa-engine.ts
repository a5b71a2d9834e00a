// The sherpa-onnx streaming decoder, run on the recogniser worker thread (recognizer-worker.ts).
import { createRequire } from 'node:module';
import { int16ToFloat } from '../audio/resample.ts';
import type { DecoderEngine, DecoderEngineOptions, DecoderStream } from './decoder.ts';
import { sherpaModelConfig } from './sherpa-model.ts';

interface OnlineStream {
  acceptWaveform(input: { samples: Float32Array; sampleRate: number }): void;
}
interface OnlineRecognizer {
  createStream(): OnlineStream;
  isReady(s: OnlineStream): boolean;
  decode(s: OnlineStream): void;
  isEndpoint(s: OnlineStream): boolean;
  getResult(s: OnlineStream): { text: string };
  reset(s: OnlineStream): void;
  decodeStreams(s: OnlineStream[]): void;
}

export function createEngine(options: DecoderEngineOptions): DecoderEngine {
  const { recognizer: config } = sherpaModelConfig(
    options.modelDir,
    options.endpointSilenceS === undefined ? undefined : { trailingSilenceS: options.endpointSilenceS },
  );
  const require = createRequire(import.meta.url);
  const { OnlineRecognizer } = require('sherpa-onnx-node') as { OnlineRecognizer: new (c: object) => OnlineRecognizer };
  const recognizer = new OnlineRecognizer(config);
  const native = new WeakMap<DecoderStream, OnlineStream>();
  return {
    open(): DecoderStream {
      const stream = recognizer.createStream();
      const text = () => recognizer.getResult(stream).text.trim().toLowerCase();
      const opened: DecoderStream = {
        accept(pcm) {
          // Line audio is 8 kHz; a 16 kHz model's front end resamples it.
          stream.acceptWaveform({ samples: int16ToFloat(pcm), sampleRate: 8000 });
        },
        partial: text,
        endpoint: () => recognizer.isEndpoint(stream),
        finish() {
          const final = text();
          recognizer.reset(stream);
          return final;
        },
      };
      native.set(opened, stream);
      return opened;
    },
    decode(streams) {
      let waiting = streams.flatMap((s) => native.get(s) ?? []);
      for (;;) {
        waiting = waiting.filter((s) => recognizer.isReady(s));
        if (waiting.length === 0) return;
        if (waiting.length === 1) recognizer.decode(waiting[0]!);
        else recognizer.decodeStreams(waiting);
      }
    },
  };
}
