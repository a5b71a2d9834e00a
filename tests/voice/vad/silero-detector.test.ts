// The main-thread half of Silero: ordering of decisions, the quiet gate, dating by energy runs, and shedding
// to the energy detector while the worker is behind. The worker is replaced by a link the test answers.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SileroDetector, type SileroLink } from '../../../src/voice/vad/silero-detector.ts';

function fakeLink(): SileroLink & { sent: number; rests: number; lagging: boolean } {
  return {
    gateDbfs: -55,
    stats: { quiet: 0, model: 0, energy: 0 },
    sent: 0,
    rests: 0,
    lagging: false,
    behind() {
      return this.lagging;
    },
    send() {
      this.sent++;
    },
    rest() {
      this.rests++;
    },
    release() {},
  };
}

const loud = () => Int16Array.from({ length: 160 }, (_, i) => Math.round(8000 * Math.sin(i / 3)));
const silent = () => new Int16Array(160);

describe('Silero detector (main thread)', () => {
  it('delivers one decision per frame in frame order, gated silence waiting behind frames the network holds', () => {
    const link = fakeLink();
    const got: boolean[] = [];
    const vad = new SileroDetector(1, link, (speech) => got.push(speech));
    for (let i = 0; i < 3; i++) vad.push(loud());
    for (let i = 0; i < 20; i++) vad.push(silent()); // 15 frames of hangover still go to the network, then the gate
    assert.equal(link.sent, 18);
    assert.equal(got.length, 0, 'nothing is delivered before the network answers the first frame');
    for (let i = 0; i < 18; i++) vad.answered(i < 3);
    assert.deepEqual(got, [true, true, true, ...Array(20).fill(false)]);
    assert.equal(link.rests, 1, 'the network goes back to the pool once the line is quiet');
    assert.deepEqual(link.stats, { quiet: 5, model: 18, energy: 0 });
  });

  it('dates a late onset and a late end by the energy runs before them', () => {
    const link = fakeLink();
    const got: [boolean, number][] = [];
    const vad = new SileroDetector(1, link, (speech, lead) => got.push([speech, lead]));
    for (let i = 0; i < 10; i++) vad.push(loud());
    for (let i = 0; i < 5; i++) vad.answered(false); // Silero hesitates for 5 frames…
    vad.answered(true); // …and confirms on the 6th loud frame: speech began 5 frames earlier
    for (let i = 0; i < 4; i++) vad.answered(true);
    for (let i = 0; i < 8; i++) vad.push(silent());
    for (let i = 0; i < 6; i++) vad.answered(true); // still «speech» on 6 quiet frames
    vad.answered(false); // the 7th quiet frame: the end was 6 frames earlier
    assert.deepEqual(got[5], [true, 5]);
    assert.deepEqual(got[16], [false, 6]);
    assert.ok(got.every(([, lead], i) => lead === 0 || i === 5 || i === 16));
  });

  it('lets the energy detector decide while the worker is behind, without reordering', () => {
    const link = fakeLink();
    const got: boolean[] = [];
    const vad = new SileroDetector(1, link, (speech) => got.push(speech));
    vad.push(loud());
    link.lagging = true;
    vad.push(loud());
    vad.push(loud());
    assert.equal(link.sent, 1, 'no more frames for a worker that is behind');
    assert.equal(link.rests, 1, 'the network state is given up: frames are missing from it');
    assert.equal(got.length, 0, 'energy decisions wait behind the frame the worker holds');
    vad.answered(false);
    assert.deepEqual(got, [false, true, true]);
    link.lagging = false;
    vad.push(loud());
    assert.equal(link.sent, 2, 'the network takes over again once the worker has caught up');
    assert.deepEqual(link.stats, { quiet: 0, model: 2, energy: 2 });
  });
});
