import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mulawDecode } from '../../../src/voice/audio/mulaw.ts';
import { toFrames } from '../../../src/voice/audio/frames.ts';
import { espeakToMulaw } from '../../../src/voice/tts/espeak.ts';
import { EnergyVad } from '../../../src/voice/vad/energy.ts';
import { TurnDetector } from '../../../src/voice/vad/turn.ts';

const frame = (amplitude: number, hz = 300) => Int16Array.from({ length: 160 }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / 8000));

describe('energy VAD', () => {
  it('hears speech-level audio and not silence or faint line noise', () => {
    const vad = new EnergyVad();
    assert.equal(vad.isSpeech(frame(0)), false);
    assert.equal(vad.isSpeech(frame(30)), false);
    assert.equal(vad.isSpeech(frame(8000)), true);
  });

  it('finds the words of espeak-ng Russian speech', async () => {
    const vad = new EnergyVad();
    const frames = toFrames(await espeakToMulaw('Добрый день, я хочу забронировать номер'));
    const voiced = frames.filter((f) => vad.isSpeech(mulawDecode(f))).length;
    assert.ok(voiced > frames.length * 0.5 && voiced < frames.length, `${voiced}/${frames.length}`);
  });
});

describe('turn detector', () => {
  it('starts after the start run, stops at the first silence and ends the turn after the configured silence', () => {
    const turn = new TurnDetector({ startSpeechMs: 100, endSilenceMs: 600 });
    const events: (string | null)[] = [];
    for (let i = 0; i < 4; i++) events.push(turn.push(true));
    assert.deepEqual(events, [null, null, null, null]);
    assert.equal(turn.push(true), 'speech_start');
    for (let i = 0; i < 20; i++) turn.push(true);
    assert.equal(turn.speechMs, 500);
    assert.equal(turn.push(false), 'vad_stop');
    for (let i = 0; i < 28; i++) assert.equal(turn.push(false), null);
    assert.equal(turn.push(false), 'turn_end');
    assert.equal(turn.speaking, false);
  });

  it('counts speech from the onset a late detector reports, not from its confirmation', () => {
    const turn = new TurnDetector({ startSpeechMs: 100, endSilenceMs: 600 });
    for (let i = 0; i < 6; i++) assert.equal(turn.push(false), null);
    // Silero says speech on this frame and that it began 6 frames (120 ms) earlier
    assert.equal(turn.push(true, 6), 'speech_start');
    assert.equal(turn.speechMs, 140);
    assert.equal(turn.voicedMs, 140);
    for (let i = 0; i < 13; i++) turn.push(true);
    assert.equal(turn.speechMs, 400);
  });

  it('ends the turn after the silence that really followed speech, when the detector reports its end late', () => {
    const turn = new TurnDetector({ startSpeechMs: 100, endSilenceMs: 600 });
    for (let i = 0; i < 40; i++) turn.push(true);
    // the detector says silence now, and that it began 9 frames (180 ms) ago
    assert.equal(turn.push(false, 9), 'vad_stop');
    assert.equal(turn.silenceMs, 200);
    assert.equal(turn.voicedMs, 800 - 180);
    for (let i = 0; i < 19; i++) assert.equal(turn.push(false), null);
    assert.equal(turn.push(false), 'turn_end', '600 ms after the real end of speech');
  });

  it('does not end the turn on a pause shorter than the end-of-turn silence', () => {
    const turn = new TurnDetector({ startSpeechMs: 20, endSilenceMs: 600 });
    turn.push(true);
    for (let i = 0; i < 20; i++) assert.notEqual(turn.push(false), 'turn_end');
    turn.push(true);
    assert.equal(turn.speaking, true);
  });
});
