// Yandex SpeechKit streaming recognition (API v3, gRPC RecognizeStreaming): the caller's μ-law decoded to
// 8 kHz LINEAR16 and streamed as it comes, partial results while the caller speaks, finals per utterance
// (with the normalised refinement when it arrives). Our VAD closes the turn; as with Azure, we then wait a
// short grace for the final and otherwise use the last partial. SpeechKit's own end-of-utterance classifier
// is set too (sensitivity, longest pause between words), so its finals come close to the end of speech.
import { FinalWait } from '../asr/final-wait.ts';
import type { ClientDuplexStream } from '@grpc/grpc-js';
import {
  DefaultEouClassifier_EouSensitivity,
  LanguageRestrictionOptions_LanguageRestrictionType,
  RawAudio_AudioEncoding,
  RecognitionModelOptions_AudioProcessingType,
  StreamingRequest,
  type StreamingResponse,
  TextNormalizationOptions_TextNormalization,
} from '@yandex-cloud/nodejs-sdk/dist/generated/yandex/cloud/ai/stt/v3/stt.js';
import { RecognizerClient } from '@yandex-cloud/nodejs-sdk/dist/generated/yandex/cloud/ai/stt/v3/stt_service.js';
import { type AudioFrame, type RecognitionOptions, type RecognitionStream, RecognizerError, type SpeechRecognizer } from '../asr/types.ts';
import { type YandexSpeechSettings, yandexChannelCredentials, yandexMetadata, yandexWhere } from './settings.ts';

export interface YandexRecognizerOptions {
  model?: string;
  /** `high` ends utterances sooner; `default` waits for longer pauses. */
  eouSensitivity?: 'default' | 'high';
  maxPauseBetweenWordsMs?: number;
  finalGraceMs?: number;
}

const text = (update: StreamingResponse['partial']): string => update?.alternatives[0]?.text?.trim() ?? '';

export class YandexRecognizer implements SpeechRecognizer {
  readonly name = 'yandex';
  readonly streamsPartials = true;
  readonly #client: RecognizerClient;

  constructor(
    readonly settings: YandexSpeechSettings,
    readonly options: YandexRecognizerOptions = {},
  ) {
    this.#client = new RecognizerClient(settings.endpoint, yandexChannelCredentials(settings));
  }

  #sessionOptions(language: string): StreamingRequest {
    return StreamingRequest.fromPartial({
      sessionOptions: {
        recognitionModel: {
          model: this.options.model ?? 'general',
          audioFormat: { rawAudio: { audioEncoding: RawAudio_AudioEncoding.LINEAR16_PCM, sampleRateHertz: 8000, audioChannelCount: 1 } },
          textNormalization: {
            textNormalization: TextNormalizationOptions_TextNormalization.TEXT_NORMALIZATION_ENABLED,
            profanityFilter: false,
            literatureText: false,
          },
          languageRestriction: { restrictionType: LanguageRestrictionOptions_LanguageRestrictionType.WHITELIST, languageCode: [language] },
          audioProcessingType: RecognitionModelOptions_AudioProcessingType.REAL_TIME,
        },
        eouClassifier: {
          defaultClassifier: {
            type: this.options.eouSensitivity === 'default' ? DefaultEouClassifier_EouSensitivity.DEFAULT : DefaultEouClassifier_EouSensitivity.HIGH,
            maxPauseBetweenWordsHintMs: this.options.maxPauseBetweenWordsMs ?? 600,
          },
        },
      },
    });
  }

  async open(options: RecognitionOptions): Promise<RecognitionStream> {
    const where = yandexWhere(this.settings);
    const call: ClientDuplexStream<StreamingRequest, StreamingResponse> = this.#client.recognizeStreaming(yandexMetadata(this.settings));
    const finals: string[] = [];
    let partial = '';
    let failure: string | undefined;
    const finalWait = new FinalWait();
    call.on('data', (response: StreamingResponse) => {
      if (response.partial) {
        partial = text(response.partial);
        if (partial) options.onPartial?.(partial);
      }
      if (response.final) {
        const said = text(response.final);
        if (said) finals.push(said);
        partial = '';
        finalWait.arrived();
      }
      const refined = text(response.finalRefinement?.normalizedText);
      if (refined && finals.length > 0) finals[finals.length - 1] = refined;
    });
    call.on('error', (error: Error & { code?: number; details?: string }) => {
      // A cancelled call is our own close(); anything else (bad key, stream cut) fails the turn.
      if (error.code !== 1) failure = `${error.details ?? error.message} (${where})`;
      finalWait.arrived();
    });
    call.write(this.#sessionOptions(options.language));
    const grace = this.options.finalGraceMs ?? 700;
    return {
      pushAudio(frame: AudioFrame) {
        if (failure || call.writableEnded) return;
        call.write(StreamingRequest.fromPartial({ chunk: { data: Buffer.from(frame.pcm.buffer, frame.pcm.byteOffset, frame.pcm.byteLength) } }));
      },
      async endTurn() {
        if (partial && !failure) {
          await finalWait.within(grace);
        }
        if (failure && finals.length === 0 && !partial) throw new RecognizerError('yandex', failure);
        const said = [...finals, partial].filter(Boolean).join(' ');
        finals.length = 0;
        partial = '';
        return said;
      },
      async close() {
        if (!call.writableEnded) call.end();
        call.cancel();
      },
    };
  }
}
