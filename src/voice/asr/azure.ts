// Azure Speech continuous recognition: caller mu-law pushed as is (8 kHz), partials while the caller speaks,
// finals per phrase. The turn is closed by our VAD; then we take the final if it comes within a short grace,
// else the last partial (Azure's own end-of-speech events come late).
import { FinalWait } from './final-wait.ts';
import sdk from 'microsoft-cognitiveservices-speech-sdk';
import { azureSpeechConfig } from '../azure-config.ts';
import { type AzureSpeechSettings, azureWhere } from '../azure-settings.ts';
import { type AudioFrame, type RecognitionOptions, type RecognitionStream, RecognizerError, type SpeechRecognizer } from './types.ts';

export class AzureRecognizer implements SpeechRecognizer {
  readonly streamsPartials = true;
  readonly name = 'azure';
  constructor(
    readonly settings: AzureSpeechSettings,
    readonly finalGraceMs = 700,
  ) {}

  async open(options: RecognitionOptions): Promise<RecognitionStream> {
    const config = azureSpeechConfig(this.settings);
    config.speechRecognitionLanguage = options.language;
    config.setProperty(sdk.PropertyId.Speech_SegmentationSilenceTimeoutMs, '300');
    config.setProperty(sdk.PropertyId.SpeechServiceConnection_InitialSilenceTimeoutMs, '15000');
    const format = sdk.AudioStreamFormat.getWaveFormat(8000, 8, 1, sdk.AudioFormatTag.MuLaw);
    const push = sdk.AudioInputStream.createPushStream(format);
    const recognizer = new sdk.SpeechRecognizer(config, sdk.AudioConfig.fromStreamInput(push));
    if (options.phraseHints.length) {
      const phrases = sdk.PhraseListGrammar.fromRecognizer(recognizer);
      for (const hint of options.phraseHints) phrases.addPhrase(hint);
    }
    const finals: string[] = [];
    let partial = '';
    const finalWait = new FinalWait();
    let failure: string | undefined;
    recognizer.recognizing = (_s, e) => {
      partial = e.result.text;
      options.onPartial?.(partial);
    };
    recognizer.recognized = (_s, e) => {
      if (e.result.reason === sdk.ResultReason.RecognizedSpeech && e.result.text) finals.push(e.result.text);
      partial = '';
      finalWait.arrived();
    };
    recognizer.canceled = (_s, e) => {
      if (e.reason === sdk.CancellationReason.Error) failure = `${e.errorDetails} (${azureWhere(this.settings)})`;
      finalWait.arrived();
    };
    await new Promise<void>((resolve, reject) =>
      recognizer.startContinuousRecognitionAsync(resolve, (err) => reject(new RecognizerError('azure', `${err} (${azureWhere(this.settings)})`))),
    );
    const grace = this.finalGraceMs;
    return {
      pushAudio(frame: AudioFrame) {
        push.write(frame.mulaw.buffer.slice(frame.mulaw.byteOffset, frame.mulaw.byteOffset + frame.mulaw.byteLength) as ArrayBuffer);
      },
      async endTurn() {
        if (failure) throw new RecognizerError('azure', failure);
        if (partial) {
          await finalWait.within(grace);
        }
        const text = [...finals, partial].filter(Boolean).join(' ');
        finals.length = 0;
        partial = '';
        return text;
      },
      async close() {
        push.close();
        // Stopping waits for the service to end its turn; a dead connection must not hold the call open.
        await Promise.race([
          new Promise<void>((resolve) => recognizer.stopContinuousRecognitionAsync(resolve, () => resolve())),
          new Promise<void>((resolve) => setTimeout(resolve, 3000).unref()),
        ]);
        recognizer.close();
      },
    };
  }
}
