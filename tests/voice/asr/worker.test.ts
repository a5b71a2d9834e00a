// The recogniser worker thread, run with the scripted engine (a test double of sherpa-onnx that needs a model
// folder and answers the script for the audio it hears): frames go over batched, partial text streams back
// while the caller speaks, the turn's text comes back on endTurn, and the model's endpoint is reported.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { FRAME_BYTES } from '../../../src/voice/audio/frames.ts';
import { mulawDecode } from '../../../src/voice/audio/mulaw.ts';
import { SherpaRecognizer } from '../../../src/voice/asr/sherpa.ts';
import { espeakToMulaw } from '../../../src/voice/tts/espeak.ts';

const dir = mkdtempSync(join(tmpdir(), 'portier-asr-worker-'));
writeFileSync(join(dir, 'tokens.txt'), '<blk> 0\n');
const engineModule = new URL('../../../src/voice/asr/scripted-engine.ts', import.meta.url);
after(() => rmSync(dir, { recursive: true, force: true }));

async function feed(push: (pcm: Int16Array, mulaw: Uint8Array) => void, mulaw: Uint8Array): Promise<void> {
  for (let at = 0; at + FRAME_BYTES <= mulaw.length; at += FRAME_BYTES) {
    const frame = mulaw.subarray(at, at + FRAME_BYTES);
    push(mulawDecode(frame), frame);
    // a frame per event-loop turn or so, like a call
    if ((at / FRAME_BYTES) % 5 === 0) await new Promise((r) => setImmediate(r));
  }
}

describe('the recogniser worker thread', () => {
  it('streams partial text while the caller speaks, reports the endpoint, and returns the turn', { timeout: 30_000 }, async () => {
    const line = 'хочу забронировать номер на двоих';
    const recognizer = new SherpaRecognizer(dir, { engineModule, engineOptions: { script: [line], costUsPerChunk: 200 }, endpointSilenceS: 0.3 });
    await recognizer.check();
    const partials: string[] = [];
    let endpoints = 0;
    const stream = await recognizer.open({
      callId: 'CA1',
      language: 'ru-RU',
      phraseHints: [],
      onPartial: (t) => partials.push(t),
      onEndpoint: () => endpoints++,
    });
    const speech = await espeakToMulaw(line);
    const silence = new Uint8Array(FRAME_BYTES * 30).fill(0xff);
    await feed((pcm, mulaw) => stream.pushAudio({ pcm, mulaw }), new Uint8Array([...speech, ...silence]));
    const text = await stream.endTurn();
    assert.equal(text, line);
    assert.ok(partials.length >= 2 && partials.at(-1) === line, `partials: ${partials.join(' | ')}`);
    assert.ok(partials[0]!.split(' ').length < line.split(' ').length, 'the first partial is part of the line');
    assert.equal(endpoints, 1);
    assert.equal(await stream.endTurn(), '', 'nothing heard since');
    await stream.close();
    await recognizer.close();
  });

  it('does not decode the long silences of a line: frames more than a second after the last sound are skipped', { timeout: 30_000 }, async () => {
    const first = 'мне нужен номер на двоих';
    const second = 'с пятого по седьмое';
    const recognizer = new SherpaRecognizer(dir, { engineModule, engineOptions: { script: [first, second] } });
    await recognizer.check();
    const stream = await recognizer.open({ callId: 'CA2', language: 'ru-RU', phraseHints: [] });
    const push = (pcm: Int16Array, mulaw: Uint8Array) => stream.pushAudio({ pcm, mulaw });
    const silence = (seconds: number) => new Uint8Array(FRAME_BYTES * 50 * seconds).fill(0xff);
    await feed(push, await espeakToMulaw(first));
    const beforePause = recognizer.framesSkipped; // espeak-ng's leading silence may already be skipped
    await feed(push, silence(0.5)); // a turn ends 600 ms after the last voiced frame
    assert.equal(recognizer.framesSkipped, beforePause, 'the pause that ends a turn is decoded');
    assert.equal(await stream.endTurn(), first);
    // the caller listens to a long answer: 6 s of quiet line, all but the rest of the second after the sound skipped
    await feed(push, silence(6));
    const skipped = recognizer.framesSkipped - beforePause;
    assert.ok(skipped >= 6 * 50 - 15 && skipped <= 6 * 50, `${skipped} frames skipped`);
    // the next sound is heard at once
    await feed(push, new Uint8Array([...(await espeakToMulaw(second)), ...silence(1)]));
    assert.equal(await stream.endTurn(), second);
    await stream.close();
    await recognizer.close();
  });

  it('a folder without the model’s files is refused before a call', async () => {
    await assert.rejects(new SherpaRecognizer(join(dir, 'missing')).check(), /model folder .* not found/);
    const empty = mkdtempSync(join(tmpdir(), 'portier-asr-empty-'));
    await assert.rejects(new SherpaRecognizer(empty, { engineModule }).check(), /tokens\.txt/);
    rmSync(empty, { recursive: true });
  });
});
