// Offline streaming recognition with sherpa-onnx-node and a T-one model (Russian telephony, native 8 kHz).
// The model is not shipped: docs/voice.md says how to fetch it on a machine with internet.
import { createRequire } from 'node:module';
import { int16ToFloat } from '../audio/resample.ts';
import { sherpaModelConfig } from './sherpa-model.ts';
import type { AudioFrame, RecognitionStream, SpeechRecognizer } from './types.ts';

interface OnlineStream {
  acceptWaveform(input: { samples: Float32Array; sampleRate: number }): void;
}
interface OnlineRecognizer {
  createStream(): OnlineStream;
  isReady(s: OnlineStream): boolean;
  decode(s: OnlineStream): void;
  getResult(s: OnlineStream): { text: string };
  reset(s: OnlineStream): void;
}

export class SherpaRecognizer implements SpeechRecognizer {
  readonly streamsPartials = false;
  readonly name = 'sherpa';
  #recognizer: OnlineRecognizer | undefined;

  constructor(readonly modelDir: string) {}

  #load(): OnlineRecognizer {
    if (this.#recognizer) return this.#recognizer;
    const { recognizer } = sherpaModelConfig(this.modelDir);
    const require = createRequire(import.meta.url);
    const { OnlineRecognizer } = require('sherpa-onnx-node') as { OnlineRecognizer: new (c: object) => OnlineRecognizer };
    this.#recognizer = new OnlineRecognizer(recognizer);
    return this.#recognizer;
  }

  async check(): Promise<void> {
    this.#load();
  }

  async open(): Promise<RecognitionStream> {
    const recognizer = this.#load();
    const stream = recognizer.createStream();
    return {
      pushAudio(frame: AudioFrame) {
        stream.acceptWaveform({ samples: int16ToFloat(frame.pcm), sampleRate: 8000 });
        while (recognizer.isReady(stream)) recognizer.decode(stream);
      },
      async endTurn() {
        const text = recognizer.getResult(stream).text.trim().toLowerCase();
        recognizer.reset(stream);
        return text;
      },
      async close() {},
    };
  }
}
