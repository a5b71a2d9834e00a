// A local gRPC server implementing Yandex SpeechKit v3's Recognizer.RecognizeStreaming and
// Synthesizer.UtteranceSynthesis from the official service definitions (@yandex-cloud/nodejs-sdk's generated
// protos). It checks the authorization metadata like the real service (UNAUTHENTICATED otherwise) and the
// session options the client sends. Recognition is scripted, as no speech model runs here: it listens to the
// LINEAR16 audio, sends the first word of the next scripted phrase as a partial once speech starts and the
// whole phrase as a final after 300 ms of silence. Synthesis answers a 440 Hz tone whose length follows the
// text, in chunks of odd byte lengths (a sample may be split between two chunks, as on the wire).
import { Server, ServerCredentials, type ServerDuplexStream, type ServerWritableStream, status } from '@grpc/grpc-js';
import { type StreamingRequest, StreamingResponse } from '@yandex-cloud/nodejs-sdk/dist/generated/yandex/cloud/ai/stt/v3/stt.js';
import { RecognizerService } from '@yandex-cloud/nodejs-sdk/dist/generated/yandex/cloud/ai/stt/v3/stt_service.js';
import { type UtteranceSynthesisRequest, UtteranceSynthesisResponse } from '@yandex-cloud/nodejs-sdk/dist/generated/yandex/cloud/ai/tts/v3/tts.js';
import { SynthesizerService } from '@yandex-cloud/nodejs-sdk/dist/generated/yandex/cloud/ai/tts/v3/tts_service.js';

export interface FakeSpeechKit {
  endpoint: string;
  apiKey: string;
  /** Phrases the caller will say, in order. */
  script: string[];
  sessions: StreamingRequest['sessionOptions'][];
  syntheses: UtteranceSynthesisRequest[];
  /** Cut the next recognition stream after this many audio chunks (a dropped connection). */
  cutAfterChunks: number | null;
  /** Delay before each final result, in ms (a slow service). */
  finalDelayMs: number;
  close(): Promise<void>;
}

const rms = (pcm: Buffer): number => {
  let sum = 0;
  for (let i = 0; i + 1 < pcm.length; i += 2) sum += pcm.readInt16LE(i) ** 2;
  return Math.sqrt(sum / Math.max(1, pcm.length / 2));
};

const update = (text: string) => ({ alternatives: [{ text, confidence: 1 }], channelTag: '0' });

export async function startFakeSpeechKit(apiKey = 'AQVN-test-key'): Promise<FakeSpeechKit> {
  const fake: FakeSpeechKit = {
    endpoint: '',
    apiKey,
    script: [],
    sessions: [],
    syntheses: [],
    cutAfterChunks: null,
    finalDelayMs: 0,
    close: () => new Promise((resolve) => server.tryShutdown(() => resolve())),
  };
  const authorised = (metadata: { get(key: string): unknown[] }) => metadata.get('authorization')[0] === `Api-Key ${fake.apiKey}`;
  const server = new Server();
  server.addService(RecognizerService, {
    recognizeStreaming(call: ServerDuplexStream<StreamingRequest, StreamingResponse>) {
      if (!authorised(call.metadata)) {
        call.emit('error', { code: status.UNAUTHENTICATED, details: 'The token is invalid' });
        return;
      }
      let chunks = 0;
      let voicedMs = 0;
      let silentMs = 0;
      let phrase: string | null = null;
      const send = (response: { partial?: ReturnType<typeof update>; final?: ReturnType<typeof update>; channelTag: string }) =>
        call.write(StreamingResponse.fromPartial(response));
      call.on('data', (request: StreamingRequest) => {
        if (request.sessionOptions) fake.sessions.push(request.sessionOptions);
        const data = request.chunk?.data;
        if (!data) return;
        chunks++;
        if (fake.cutAfterChunks !== null && chunks >= fake.cutAfterChunks) {
          fake.cutAfterChunks = null;
          call.emit('error', { code: status.UNAVAILABLE, details: 'Connection reset by peer' });
          return;
        }
        const ms = data.length / 16; // 8 kHz, 2 bytes a sample
        if (rms(data) > 300) {
          voicedMs += ms;
          silentMs = 0;
          if (phrase === null && voicedMs >= 100) {
            phrase = fake.script.shift() ?? '';
            if (phrase) send({ partial: update(phrase.split(' ')[0] ?? ''), channelTag: '0' });
          }
        } else if (phrase !== null) {
          silentMs += ms;
          if (silentMs >= 300) {
            const said = phrase;
            phrase = null;
            voicedMs = 0;
            setTimeout(() => {
              if (said && !call.writableEnded) send({ final: update(said), channelTag: '0' });
            }, fake.finalDelayMs);
          }
        }
      });
      call.on('end', () => call.end());
    },
  });
  server.addService(SynthesizerService, {
    utteranceSynthesis(call: ServerWritableStream<UtteranceSynthesisRequest, UtteranceSynthesisResponse>) {
      if (!authorised(call.metadata)) {
        call.emit('error', { code: status.UNAUTHENTICATED, details: 'The token is invalid' });
        return;
      }
      fake.syntheses.push(call.request);
      const samples = Math.max(800, (call.request.text ?? '').length * 480); // ~60 ms a character
      const pcm = Buffer.alloc(samples * 2);
      for (let i = 0; i < samples; i++) pcm.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * 440 * i) / 8000)), i * 2);
      for (let at = 0; at < pcm.length; at += 1601) call.write(UtteranceSynthesisResponse.fromPartial({ audioChunk: { data: pcm.subarray(at, at + 1601) } }));
      call.end();
    },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  fake.endpoint = `127.0.0.1:${port}`;
  return fake;
}
