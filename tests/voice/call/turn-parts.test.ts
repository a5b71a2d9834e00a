// The parts of a call's turn-taking, each alone: key presses collected into one answer, the caller's silence
// after the bot, and when speech over the bot counts as an interruption.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BargeIn, countWords } from '../../../src/voice/call/barge-in.ts';
import { DtmfCollector } from '../../../src/voice/call/dtmf-collector.ts';
import { SilenceTimer } from '../../../src/voice/call/silence-timer.ts';

const frames = (n: number, each: () => unknown) => Array.from({ length: n }, each);

describe('DTMF collector', () => {
  it('treats 0 as the reception key only before any other key', () => {
    const keys = new DtmfCollector(2000);
    assert.ok(keys.isReceptionKey('0'));
    assert.equal(keys.press('1'), undefined);
    assert.ok(!keys.isReceptionKey('0'), 'a 0 inside a number is a digit');
    assert.equal(keys.press('0'), undefined);
    assert.equal(keys.digits, '10');
  });

  it('closes the answer with #, and # alone gives an empty answer', () => {
    const keys = new DtmfCollector(2000);
    for (const d of '204') keys.press(d);
    assert.equal(keys.press('#'), '204');
    assert.equal(keys.digits, '');
    assert.equal(keys.press('#'), '');
  });

  it('closes the answer after the idle time in caller frames, counted from the last key', () => {
    const keys = new DtmfCollector(100); // 5 frames
    keys.press('1');
    assert.deepEqual(
      frames(3, () => keys.frame()),
      [undefined, undefined, undefined],
    );
    keys.press('2'); // restarts the pause
    assert.deepEqual(
      frames(4, () => keys.frame()),
      [undefined, undefined, undefined, undefined],
    );
    assert.equal(keys.frame(), '12');
    assert.equal(keys.frame(), undefined, 'given once');
  });

  it('counts no pause while nothing is collected', () => {
    const keys = new DtmfCollector(40);
    frames(10, () => keys.frame());
    keys.press('7');
    assert.equal(keys.frame(), undefined);
    assert.equal(keys.frame(), '7');
  });
});

describe('silence timer', () => {
  it('fires once after the timeout of quiet frames, only when armed', () => {
    const silence = new SilenceTimer(100); // 5 frames
    assert.deepEqual(frames(10, () => silence.frame(true)).filter(Boolean), [], 'not armed: never fires');
    silence.arm();
    const fired = frames(10, () => silence.frame(true));
    assert.equal(fired.indexOf(true), 4);
    assert.equal(fired.filter(Boolean).length, 1);
    assert.ok(!silence.armed);
  });

  it('does not count frames while the line is busy, and starts again when re-armed', () => {
    const silence = new SilenceTimer(100);
    silence.arm();
    frames(4, () => silence.frame(true));
    assert.equal(silence.frame(false), false, 'someone speaking or a turn pending');
    assert.equal(silence.frame(true), true, 'the 5th quiet frame');
    silence.arm();
    frames(3, () => silence.frame(true));
    silence.arm();
    assert.deepEqual(
      frames(5, () => silence.frame(true)),
      [false, false, false, false, true],
    );
  });

  it('disarms when the caller speaks or presses a key', () => {
    const silence = new SilenceTimer(40);
    silence.arm();
    silence.disarm();
    assert.deepEqual(frames(5, () => silence.frame(true)).filter(Boolean), []);
  });
});

describe('barge-in', () => {
  const cutOff = { replyId: 3, heard: 'У нас есть номера.', resume: [{ text: 'Стандартный номер…', interruptible: true }] };

  it('stops an interruptible bot once the caller has spoken over it long enough', () => {
    const b = new BargeIn({ enabled: true, minSpeechMs: 400, minWords: 0, countsWords: false });
    b.speechStarted(1000, true);
    assert.ok(!b.due(380, true, true));
    assert.ok(b.due(400, true, true));
    assert.ok(!b.due(400, true, false), 'a phrase that must be heard to the end');
    assert.ok(!b.due(400, false, true), 'the bot is not speaking');
    b.stopped(cutOff);
    assert.ok(!b.due(600, true, true), 'once per turn');
    assert.deepEqual(b.turnEnded(false), { barged: true, overlapped: false });
    assert.equal(b.interrupted, cutOff);
    b.settle();
    assert.equal(b.interrupted, undefined);
  });

  it('never interrupts when interruptions are off', () => {
    const b = new BargeIn({ enabled: false, minSpeechMs: 400, minWords: 0, countsWords: false });
    b.speechStarted(0, true);
    assert.ok(!b.due(5000, true, true));
  });

  it('waits for min_words when the recogniser streams partial text, and only then', () => {
    const b = new BargeIn({ enabled: true, minSpeechMs: 400, minWords: 2, countsWords: true });
    b.speechStarted(0, true);
    b.heard('ага');
    assert.ok(!b.due(800, true, true));
    b.heard('подождите пожалуйста');
    assert.ok(b.due(800, true, true));
    const noPartials = new BargeIn({ enabled: true, minSpeechMs: 400, minWords: 2, countsWords: false });
    noPartials.speechStarted(0, true);
    assert.ok(noPartials.due(400, true, true), 'words cannot be counted: the duration decides');
  });

  it('tells speech over the bot below the threshold (overlap) from an answer after it', () => {
    const b = new BargeIn({ enabled: true, minSpeechMs: 400, minWords: 0, countsWords: false });
    b.speechStarted(0, true);
    assert.deepEqual(b.turnEnded(true), { barged: false, overlapped: true }, 'bot still talking: a backchannel');
    assert.deepEqual(b.turnEnded(false), { barged: false, overlapped: false }, 'bot finished meanwhile: an answer');
    b.speechStarted(0, false);
    assert.deepEqual(b.turnEnded(true), { barged: false, overlapped: false }, 'began before the bot spoke');
  });

  it('counts words, not punctuation or fillers of symbols', () => {
    assert.equal(countWords('  да, — 2 ночи  '), 3);
    assert.equal(countWords('…'), 0);
  });
});
