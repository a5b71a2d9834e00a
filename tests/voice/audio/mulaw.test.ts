import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FrameChunker, toFrames } from '../../../src/voice/audio/frames.ts';
import { MULAW_SILENCE, mulawDecode, mulawDecodeSample, mulawEncode, mulawEncodeSample } from '../../../src/voice/audio/mulaw.ts';
import { floatToInt16, int16ToFloat, resampleFloat } from '../../../src/voice/audio/resample.ts';
import { readWav, writeWavPcm16 } from '../../../src/voice/audio/wav.ts';

describe('G.711 mu-law', () => {
  it('decodes the standard table values', () => {
    assert.equal(mulawDecodeSample(0x00), -32124);
    assert.equal(mulawDecodeSample(0x80), 32124);
    assert.equal(mulawDecodeSample(0x01), -31100);
    assert.equal(mulawDecodeSample(MULAW_SILENCE), 0);
    assert.equal(mulawDecodeSample(0x7f), 0);
  });

  it('encodes to the standard codes and round-trips within the segment step', () => {
    assert.equal(mulawEncodeSample(0), 0xff);
    assert.equal(mulawEncodeSample(32767), 0x80);
    assert.equal(mulawEncodeSample(-32768), 0x00);
    for (let s = -32000; s <= 32000; s += 97) {
      const back = mulawDecodeSample(mulawEncodeSample(s));
      assert.ok(Math.abs(back - s) <= Math.max(8, Math.abs(s) / 16), `${s} → ${back}`);
    }
    const pcm = new Int16Array([0, 1000, -1000]);
    assert.deepEqual([...mulawDecode(mulawEncode(pcm))], [0, 988, -988]);
  });
});

describe('frames', () => {
  it('cuts 20 ms frames and pads the last one with silence', () => {
    const frames = toFrames(new Uint8Array(400).fill(1));
    assert.equal(frames.length, 3);
    assert.equal(frames[2]![79], 1);
    assert.equal(frames[2]![80], MULAW_SILENCE);
  });

  it('re-chunks a stream of odd-sized pieces into whole frames', () => {
    const chunker = new FrameChunker();
    assert.equal(chunker.push(new Uint8Array(100)).length, 0);
    assert.equal(chunker.push(new Uint8Array(250)).length, 2);
    assert.equal(chunker.flush().length, 1);
  });
});

describe('resampling', () => {
  const tone = (hz: number, rate: number, seconds: number) =>
    Float32Array.from({ length: rate * seconds }, (_, i) => 0.5 * Math.sin((2 * Math.PI * hz * i) / rate));
  const rms = (x: Float32Array) => Math.sqrt(x.reduce((a, v) => a + v * v, 0) / x.length);

  it('keeps a 1 kHz tone when going from 22.05 kHz to 8 kHz', () => {
    const out = resampleFloat(tone(1000, 22050, 1), 22050, 8000);
    assert.equal(out.length, 8000);
    assert.ok(Math.abs(rms(out.subarray(100, 7900)) - 0.3536) < 0.02);
  });

  it('removes a 6 kHz tone instead of aliasing it into the telephone band', () => {
    const out = resampleFloat(tone(6000, 22050, 1), 22050, 8000);
    assert.ok(rms(out.subarray(100, 7900)) < 0.02, `alias energy ${rms(out)}`);
  });

  it('converts between float and int16', () => {
    assert.deepEqual([...floatToInt16(int16ToFloat(new Int16Array([0, 16384, -16384])))], [0, 16384, -16383]);
  });
});

describe('WAV', () => {
  it('writes and reads 16-bit PCM', () => {
    const samples = new Int16Array([0, 1, -1, 32767, -32768]);
    const back = readWav(writeWavPcm16(samples, 8000));
    assert.equal(back.sampleRate, 8000);
    assert.deepEqual([...back.samples], [...samples]);
  });
});
