import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CachedSynthesizer } from '../../../src/voice/tts/cache.ts';
import { EspeakSynthesizer, espeakToMulaw } from '../../../src/voice/tts/espeak.ts';
import type { SpeechSynthesizer, SynthesisRequest } from '../../../src/voice/tts/types.ts';

describe('espeak-ng synthesis', () => {
  it('speaks Russian as 8 kHz mu-law', async () => {
    const audio = await espeakToMulaw('Здравствуйте');
    assert.ok(audio.length > 4000 && audio.length < 16000, `${audio.length / 8000} s`);
    assert.ok(
      audio.some((b) => b < 0x60),
      'has loud samples',
    );
  });

  it('reports a missing program with how to install it', async () => {
    const tts = new EspeakSynthesizer({ binary: 'espeak-ng-not-installed' });
    await assert.rejects(tts.check(), /apt-get install espeak-ng/);
  });
});

describe('TTS cache', () => {
  it('synthesises a fixed response once and replays it', async () => {
    let calls = 0;
    const inner: SpeechSynthesizer = {
      name: 'counting',
      async *synthesize({ text }: SynthesisRequest) {
        calls++;
        yield new Uint8Array(text.length).fill(1);
        yield new Uint8Array(10).fill(2);
      },
    };
    const cache = new CachedSynthesizer(inner, 2);
    const collect = async (text: string) => {
      const parts: Uint8Array[] = [];
      for await (const c of cache.synthesize({ text, signal: new AbortController().signal })) parts.push(c);
      return parts.reduce((n, p) => n + p.length, 0);
    };
    assert.equal(await collect('привет'), 16);
    assert.equal(await collect('привет'), 16);
    assert.equal(calls, 1);
    await collect('a');
    await collect('b');
    await collect('привет');
    assert.equal(calls, 4, 'least recently used entry evicted');
  });
});
