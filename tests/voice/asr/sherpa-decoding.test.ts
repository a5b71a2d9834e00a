// Real sherpa-onnx decoding on the recogniser worker thread. No Russian model can be downloaded here, so the
// test builds a small model in the layout sherpa-onnx loads as T-one (bench/asr-model/tone-shaped-model.ts)
// with random weights: its text is noise, but it is the model's own CTC output, decoded by sherpa-onnx, and
// the same audio must give the same text whether a call is decoded alone or in a batch with other calls.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { writeToneShapedModel } from '../../../bench/asr-model/tone-shaped-model.ts';
import { FRAME_BYTES } from '../../../src/voice/audio/frames.ts';
import { mulawDecode } from '../../../src/voice/audio/mulaw.ts';
import { SherpaRecognizer } from '../../../src/voice/asr/sherpa.ts';
import type { RecognitionStream } from '../../../src/voice/asr/types.ts';
import { espeakToMulaw } from '../../../src/voice/tts/espeak.ts';

const dir = mkdtempSync(join(tmpdir(), 'portier-tone-small-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function speak(streams: RecognitionStream[], mulaw: Uint8Array): Promise<void> {
  for (let at = 0; at + FRAME_BYTES <= mulaw.length; at += FRAME_BYTES) {
    const frame = mulaw.subarray(at, at + FRAME_BYTES);
    for (const s of streams) s.pushAudio({ pcm: mulawDecode(frame), mulaw: frame });
    if ((at / FRAME_BYTES) % 5 === 0) await new Promise((r) => setImmediate(r));
  }
}

describe('sherpa-onnx decoding on the worker thread (a T-one-layout model built here)', () => {
  it('loads the model, streams partial text, returns the turn, and decodes a batch of calls as it decodes one', { timeout: 60_000 }, async () => {
    const model = writeToneShapedModel(dir, { layers: 2, width: 64, feedForward: 128, contextFrames: 30 });
    assert.ok(model.parameters > 50_000 && model.megabytes < 2, 'a small model for the test');
    const recognizer = new SherpaRecognizer(dir);
    await recognizer.check();
    const partials = new Map<string, string[]>();
    const open = (callId: string) =>
      recognizer.open({ callId, language: 'ru-RU', phraseHints: [], onPartial: (t) => partials.set(callId, [...(partials.get(callId) ?? []), t]) });
    const alone = await open('CA-alone');
    const audio = await espeakToMulaw('добрый день, мне нужен номер на выходные');
    await speak([alone], audio);
    const aloneText = await alone.endTurn();
    // two more calls hear the same audio at the same moments, so their chunks are decoded together
    const [a, b] = await Promise.all([open('CA-a'), open('CA-b')]);
    await speak([a!, b!], audio);
    const [aText, bText] = await Promise.all([a!.endTurn(), b!.endTurn()]);

    assert.match(aloneText, /^[а-яё ]+$/, "the text is made of the model's tokens (Russian letters and spaces)");
    assert.ok((partials.get('CA-alone') ?? []).length >= 2, 'partial text streamed while the audio came in');
    assert.equal(partials.get('CA-alone')?.at(-1), aloneText, 'the turn returns the last partial');
    assert.equal(aText, aloneText, 'batched decoding gives what decoding alone gives');
    assert.equal(bText, aloneText);

    // the stream starts afresh after a turn: the next turn's text is decoded from its own audio only
    await speak([alone], audio.subarray(0, Math.floor(audio.length / 2)));
    const second = await alone.endTurn();
    assert.ok(second.length < aloneText.length, "the second turn does not carry the first one's text");
    await Promise.all([alone, a!, b!].map((s) => s.close()));
    await recognizer.close();
  });
});
