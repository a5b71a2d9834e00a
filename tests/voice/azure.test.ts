import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AzureRecognizer } from '../../src/voice/asr/azure.ts';
import { mulawDecode } from '../../src/voice/audio/mulaw.ts';
import { toFrames } from '../../src/voice/audio/frames.ts';
import { AzureSynthesizer } from '../../src/voice/tts/azure.ts';
import { espeakToMulaw } from '../../src/voice/tts/espeak.ts';
import { type AzureFake, startAzureFake } from './azure-fake.ts';

describe('Azure Speech against a local server speaking its WebSocket protocol', () => {
  let fake: AzureFake;
  before(async () => {
    fake = await startAzureFake({ key: 'good-key', phrases: ['Хочу забронировать полулюкс'] });
  });
  after(() => fake.close());

  it('synthesises SSML with ru-RU-SvetlanaNeural as raw 8 kHz mu-law, streamed', async () => {
    const tts = new AzureSynthesizer({ key: 'good-key', host: fake.url });
    const chunks: Uint8Array[] = [];
    for await (const c of tts.synthesize({ text: 'Добрый день!', signal: new AbortController().signal })) chunks.push(c);
    assert.ok(chunks.length >= 2, 'audio arrives in several chunks');
    assert.ok(chunks.every((c) => c.every((b) => b === 0x55)));
    const ssml = fake.messages.find((m) => m.path === 'ssml')!.body;
    assert.match(ssml, /<voice name='ru-RU-SvetlanaNeural'>/);
    assert.match(ssml, /xml:lang='ru-RU'/);
    const config = fake.messages.find((m) => m.path === 'synthesis.context')!.body;
    assert.match(config, /raw-8khz-8bit-mono-mulaw/);
  });

  it('reports a wrong key at start in one line naming where it went', async () => {
    const tts = new AzureSynthesizer({ key: 'wrong-key-0123456789abcd', keySource: 'AZURE_SPEECH_KEY', host: fake.url });
    await assert.rejects(tts.check(), (err: Error) => {
      assert.match(err.message, /^azure speech synthesis: test synthesis failed for host ws:\/\/127\.0\.0\.1:\d+ with key …abcd from AZURE_SPEECH_KEY/);
      assert.doesNotMatch(err.message, /wrong-key-0123/, 'the key itself never reaches the log');
      assert.doesNotMatch(err.message, /\n/);
      return true;
    });
  });

  it('gives up on a service that stops answering after tts.timeout', async () => {
    const silent = await startAzureFake({ key: 'good-key', silent: true });
    const tts = new AzureSynthesizer({ key: 'good-key', host: silent.url }, { timeoutMs: 400 });
    const started = performance.now();
    await assert.rejects(async () => {
      for await (const _ of tts.synthesize({ text: 'Алло', signal: new AbortController().signal })) {
        // no audio expected
      }
    }, /no complete answer within 400 ms/);
    assert.ok(performance.now() - started < 3000);
    await silent.close();
  });

  it('recognises pushed caller audio continuously with partials and returns the turn transcript', async () => {
    const asr = new AzureRecognizer({ key: 'good-key', host: fake.url }, 1500);
    const partials: string[] = [];
    const stream = await asr.open({ callId: 'CA1', language: 'ru-RU', phraseHints: ['полулюкс'], onPartial: (t) => partials.push(t) });
    const audio = await espeakToMulaw('Хочу забронировать полулюкс');
    for (const f of toFrames(audio)) stream.pushAudio({ mulaw: f, pcm: mulawDecode(f) });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await stream.endTurn(), 'Хочу забронировать полулюкс');
    assert.deepEqual(partials, ['Хочу']);
    await stream.close();
    assert.ok(
      fake.paths.some((p) => p.startsWith('/speech/recognition/')),
      fake.paths.join(','),
    );
    const context = fake.messages.find((m) => m.path === 'speech.context')?.body ?? '';
    assert.match(context, /полулюкс/, 'phrase hints are sent');
    assert.ok(fake.audioBytes >= audio.length);
    const header = fake.firstAudio!;
    assert.equal(header.subarray(0, 4).toString(), 'RIFF');
    assert.equal(header.readUInt16LE(20), 7, 'WAV format tag 7 = mu-law');
    assert.equal(header.readUInt32LE(24), 8000, '8 kHz');
  });
});
