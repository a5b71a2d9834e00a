// Azure neural TTS (ru-RU-SvetlanaNeural) straight into Twilio's format: raw 8 kHz 8-bit mu-law, streamed
// chunk by chunk from the SDK's synthesizing events. Cancelling closes that synthesizer; late chunks are dropped.
import sdk from 'microsoft-cognitiveservices-speech-sdk';
import { AsyncQueue } from '../async-queue.ts';
import { azureSpeechConfig } from '../azure-config.ts';
import { type AzureSpeechSettings, azureWhere } from '../azure-settings.ts';
import { escapeXml } from '../call/twilio-rest.ts';
import { type SpeechSynthesizer, type SynthesisRequest, SynthesizerError } from './types.ts';

export interface AzureVoiceOptions {
  voice?: string;
  language?: string;
  timeoutMs?: number;
}

export function azureSsml(text: string, voice: string, language: string): string {
  return (
    `<speak version='1.0' xml:lang='${language}' xmlns='http://www.w3.org/2001/10/synthesis' xmlns:mstts='http://www.w3.org/2001/mstts'>` +
    `<voice name='${voice}'><mstts:silence type='Sentenceboundary' value='20ms'/>${escapeXml(text)}</voice></speak>`
  );
}

export class AzureSynthesizer implements SpeechSynthesizer {
  readonly name = 'azure';
  readonly #idle: sdk.SpeechSynthesizer[] = [];
  readonly voice: string;
  readonly language: string;
  readonly timeoutMs: number;

  constructor(
    readonly settings: AzureSpeechSettings,
    options: AzureVoiceOptions = {},
  ) {
    this.voice = options.voice ?? 'ru-RU-SvetlanaNeural';
    this.language = options.language ?? 'ru-RU';
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  #take(): sdk.SpeechSynthesizer {
    const reused = this.#idle.pop();
    if (reused) return reused;
    const config = azureSpeechConfig(this.settings);
    config.speechSynthesisOutputFormat = sdk.SpeechSynthesisOutputFormat.Raw8Khz8BitMonoMULaw;
    config.speechSynthesisVoiceName = this.voice;
    return new sdk.SpeechSynthesizer(config, null as unknown as sdk.AudioConfig);
  }

  /** A test synthesis: a wrong key or region is reported at start, in one line naming where it went. */
  async check(): Promise<void> {
    let bytes = 0;
    try {
      for await (const chunk of this.synthesize({ text: 'Проверка.', signal: AbortSignal.timeout(this.timeoutMs) })) bytes += chunk.length;
    } catch (err) {
      throw new SynthesizerError('azure', `test synthesis failed for ${azureWhere(this.settings)}: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (bytes === 0) throw new SynthesizerError('azure', `test synthesis returned no audio for ${azureWhere(this.settings)}`);
  }

  synthesize({ text, signal }: SynthesisRequest): AsyncIterable<Uint8Array> {
    const queue = new AsyncQueue<Uint8Array>();
    if (signal.aborted) {
      queue.end();
      return queue;
    }
    const synth = this.#take();
    let finished = false;
    const onAbort = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      synth.close();
      queue.end();
    };
    // tts.timeout: a service that stops answering must not leave the caller in silence forever.
    const timer = setTimeout(() => {
      if (finished) return;
      finished = true;
      synth.close();
      queue.end(new SynthesizerError('azure', `no complete answer within ${this.timeoutMs} ms (${azureWhere(this.settings)})`));
    }, this.timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
    synth.synthesizing = (_s, e) => {
      if (!finished && e.result.audioData.byteLength) queue.push(new Uint8Array(e.result.audioData));
    };
    synth.speakSsmlAsync(
      azureSsml(text, this.voice, this.language),
      (result) => {
        signal.removeEventListener('abort', onAbort);
        clearTimeout(timer);
        if (finished) return;
        finished = true;
        if (result.reason === sdk.ResultReason.Canceled) {
          const details = sdk.CancellationDetails.fromResult(result);
          synth.close();
          queue.end(new SynthesizerError('azure', `${details.errorDetails} (${azureWhere(this.settings)})`));
          return;
        }
        this.#idle.push(synth);
        queue.end();
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        clearTimeout(timer);
        if (finished) return;
        finished = true;
        synth.close();
        queue.end(new SynthesizerError('azure', `${error} (${azureWhere(this.settings)})`));
      },
    );
    return queue;
  }
}
