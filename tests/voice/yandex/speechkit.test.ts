// Yandex SpeechKit v3 over gRPC against a local server built from the official service definitions:
// recognition (session options, partials, finals, bad key, a cut stream, a slow final) and synthesis.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { mulawEncode } from '../../../src/voice/audio/mulaw.ts';
import type { AudioFrame } from '../../../src/voice/asr/types.ts';
import { YandexRecognizer } from '../../../src/voice/yandex/recognizer.ts';
import { yandexSpeechSettings } from '../../../src/voice/yandex/settings.ts';
import { YandexSynthesizer } from '../../../src/voice/yandex/synthesizer.ts';
import { type FakeSpeechKit, startFakeSpeechKit } from './fake-speechkit.ts';

let fake: FakeSpeechKit;
before(async () => {
  fake = await startFakeSpeechKit();
});
after(() => fake.close());
beforeEach(() => {
  fake.script.length = 0;
  fake.sessions.length = 0;
  fake.syntheses.length = 0;
  fake.cutAfterChunks = null;
  fake.finalDelayMs = 0;
});

const settings = (key = fake.apiKey) =>
  yandexSpeechSettings({ endpoint: fake.endpoint }, 'unused:443', { YANDEX_API_KEY: key, YANDEX_FOLDER_ID: 'b1gfolder' })!;

function frame(loud: boolean, index: number): AudioFrame {
  const pcm = new Int16Array(160);
  if (loud) for (let i = 0; i < 160; i++) pcm[i] = Math.round(6000 * Math.sin((2 * Math.PI * 300 * (index * 160 + i)) / 8000));
  return { pcm, mulaw: mulawEncode(pcm) };
}

/** 600 ms of speech then 400 ms of silence, paced a little so the server's answers can arrive. */
async function speak(push: (f: AudioFrame) => void): Promise<void> {
  for (let i = 0; i < 50; i++) {
    push(frame(i < 30, i));
    if (i % 10 === 9) await new Promise((r) => setTimeout(r, 5));
  }
  await new Promise((r) => setTimeout(r, 50));
}

describe('SpeechKit recognition', () => {
  it('streams 8 kHz LINEAR16 with Russian and end-of-utterance settings, and returns the final with partials on the way', async () => {
    fake.script.push('хочу забронировать номер');
    const partials: string[] = [];
    const recognizer = new YandexRecognizer(settings(), { eouSensitivity: 'high', maxPauseBetweenWordsMs: 500 });
    const stream = await recognizer.open({ callId: 'c1', language: 'ru-RU', phraseHints: [], onPartial: (t) => partials.push(t) });
    await speak((f) => stream.pushAudio(f));
    assert.equal(await stream.endTurn(), 'хочу забронировать номер');
    await stream.close();
    assert.deepEqual(partials, ['хочу']);
    const model = fake.sessions[0]?.recognitionModel;
    assert.equal(model?.audioFormat?.rawAudio?.sampleRateHertz, 8000);
    assert.equal(model?.audioFormat?.rawAudio?.audioEncoding, 1, 'LINEAR16_PCM');
    assert.deepEqual(model?.languageRestriction?.languageCode, ['ru-RU']);
    assert.equal(fake.sessions[0]?.eouClassifier?.defaultClassifier?.maxPauseBetweenWordsHintMs, 500);
  });

  it('a slow final: the turn ends with the last partial after the grace period', async () => {
    fake.script.push('двое взрослых');
    fake.finalDelayMs = 2000;
    const stream = await new YandexRecognizer(settings(), { finalGraceMs: 150 }).open({ callId: 'c2', language: 'ru-RU', phraseHints: [] });
    await speak((f) => stream.pushAudio(f));
    const started = Date.now();
    assert.equal(await stream.endTurn(), 'двое');
    assert.ok(Date.now() - started < 1000);
    await stream.close();
  });

  it('a wrong key fails the turn with a message naming the endpoint and the variable, never the key', async () => {
    fake.script.push('алло');
    const stream = await new YandexRecognizer(settings('AQVN-wrong-key-1234')).open({ callId: 'c3', language: 'ru-RU', phraseHints: [] });
    await speak((f) => stream.pushAudio(f));
    await assert.rejects(
      stream.endTurn(),
      (e: Error) =>
        /yandex speech recognition: The token is invalid/.test(e.message) && /YANDEX_API_KEY …1234/.test(e.message) && !e.message.includes('AQVN-wrong'),
    );
    await stream.close();
  });

  it('a stream cut in the middle fails the turn instead of hanging', async () => {
    fake.script.push('алло');
    fake.cutAfterChunks = 5;
    const stream = await new YandexRecognizer(settings()).open({ callId: 'c4', language: 'ru-RU', phraseHints: [] });
    await speak((f) => stream.pushAudio(f));
    await assert.rejects(stream.endTurn(), /Connection reset by peer/);
    await stream.close();
  });
});

describe('SpeechKit synthesis', () => {
  it('asks for raw 8 kHz LINEAR16 with the voice, speed and emotion, and yields μ-law with every sample', async () => {
    const synthesizer = new YandexSynthesizer(settings(), { voice: 'filipp', speed: 1.1, emotion: 'good' });
    const chunks: Uint8Array[] = [];
    for await (const chunk of synthesizer.synthesize({ text: 'Здравствуйте!', signal: new AbortController().signal })) chunks.push(chunk);
    const request = fake.syntheses[0]!;
    assert.equal(request.outputAudioSpec?.rawAudio?.sampleRateHertz, 8000);
    assert.deepEqual(
      request.hints.map((h) => h.voice ?? h.speed ?? h.role),
      ['filipp', 1.1, 'good'],
    );
    const samples = chunks.reduce((n, c) => n + c.length, 0);
    assert.equal(samples, 'Здравствуйте!'.length * 480, 'no sample lost where chunks split one');
  });

  it('a wrong key is a one-line error at the start check', async () => {
    await assert.rejects(new YandexSynthesizer(settings('AQVN-wrong-key-9999')).check(), /yandex speech synthesis: The token is invalid .*…9999/);
  });
});
