// Yandex SpeechKit synthesis (API v3, gRPC UtteranceSynthesis): Russian voices (alena, filipp, jane, …) as
// raw 8 kHz LINEAR16, so no resampling, encoded to μ-law chunk by chunk as the server streams them.
// Speed and emotion (SpeechKit's `role`, e.g. good, neutral) go out as hints. The TTS cache sits in front.
import {
  RawAudio_AudioEncoding,
  UtteranceSynthesisRequest,
  UtteranceSynthesisRequest_LoudnessNormalizationType,
  type UtteranceSynthesisResponse,
} from '@yandex-cloud/nodejs-sdk/dist/generated/yandex/cloud/ai/tts/v3/tts.js';
import { SynthesizerClient } from '@yandex-cloud/nodejs-sdk/dist/generated/yandex/cloud/ai/tts/v3/tts_service.js';
import { mulawEncode } from '../audio/mulaw.ts';
import { type SpeechSynthesizer, type SynthesisRequest, SynthesizerError } from '../tts/types.ts';
import { type YandexSpeechSettings, yandexChannelCredentials, yandexMetadata, yandexWhere } from './settings.ts';

export interface YandexVoiceOptions {
  voice?: string;
  speed?: number;
  /** SpeechKit's role of the voice: good, neutral, friendly, … (what each voice offers differs). */
  emotion?: string;
  timeoutMs?: number;
}

export class YandexSynthesizer implements SpeechSynthesizer {
  readonly name = 'yandex';
  readonly #client: SynthesizerClient;
  readonly voice: string;

  constructor(
    readonly settings: YandexSpeechSettings,
    readonly options: YandexVoiceOptions = {},
  ) {
    this.#client = new SynthesizerClient(settings.endpoint, yandexChannelCredentials(settings));
    this.voice = options.voice ?? 'alena';
  }

  request(text: string): UtteranceSynthesisRequest {
    const hints = [
      { voice: this.voice },
      ...(this.options.speed ? [{ speed: this.options.speed }] : []),
      ...(this.options.emotion ? [{ role: this.options.emotion }] : []),
    ];
    return UtteranceSynthesisRequest.fromPartial({
      text,
      hints,
      outputAudioSpec: { rawAudio: { audioEncoding: RawAudio_AudioEncoding.LINEAR16_PCM, sampleRateHertz: 8000 } },
      loudnessNormalizationType: UtteranceSynthesisRequest_LoudnessNormalizationType.LUFS,
    });
  }

  /** A test synthesis at start: a wrong key or endpoint is reported in one line naming where it went. */
  async check(): Promise<void> {
    let bytes = 0;
    for await (const chunk of this.synthesize({ text: 'Проверка.', signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) })) bytes += chunk.length;
    if (bytes === 0) throw new SynthesizerError('yandex', `test synthesis returned no audio from ${yandexWhere(this.settings)}`);
  }

  async *synthesize({ text, signal }: SynthesisRequest): AsyncIterable<Uint8Array> {
    const deadline = new Date(Date.now() + (this.options.timeoutMs ?? 10_000));
    const call = this.#client.utteranceSynthesis(this.request(text), yandexMetadata(this.settings), { deadline });
    const cancel = () => call.cancel();
    signal.addEventListener('abort', cancel, { once: true });
    // LINEAR16 arrives in chunks of any byte length: a sample split across two chunks is carried over.
    let carry: Buffer = Buffer.alloc(0);
    try {
      for await (const response of call as AsyncIterable<UtteranceSynthesisResponse>) {
        if (signal.aborted) return;
        const data = response.audioChunk?.data;
        if (!data?.length) continue;
        const bytes = carry.length ? Buffer.concat([carry, data]) : data;
        const whole = bytes.length - (bytes.length % 2);
        carry = Buffer.from(bytes.subarray(whole));
        const pcm = new Int16Array(whole / 2);
        for (let i = 0; i < pcm.length; i++) pcm[i] = bytes.readInt16LE(i * 2);
        yield mulawEncode(pcm);
      }
    } catch (error) {
      if (signal.aborted) return;
      const e = error as Error & { details?: string };
      throw new SynthesizerError('yandex', `${e.details ?? e.message} (${yandexWhere(this.settings)})`);
    } finally {
      signal.removeEventListener('abort', cancel);
    }
  }
}
