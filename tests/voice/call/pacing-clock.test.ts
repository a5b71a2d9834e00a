// The timer every call's sender shares: sleepers are woken on a grid, never early, many per wake-up.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PacingClock } from '../../../src/voice/call/pacing-clock.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('shared pacing clock', () => {
  it('wakes each sleeper at or after its due time, never before, in due order', async () => {
    const clock = new PacingClock(5);
    const woke: { due: number; at: number }[] = [];
    const t0 = performance.now();
    for (const delay of [1, 3, 7, 12]) {
      const due = performance.now() + delay;
      clock.sleep(delay, () => woke.push({ due, at: performance.now() }));
    }
    await wait(60);
    assert.equal(woke.length, 4);
    for (const w of woke) {
      assert.ok(w.at >= w.due - 0.01, `woken ${(w.due - w.at).toFixed(2)} ms early`);
    }
    assert.ok(
      woke.every((w, i) => i === 0 || w.at >= woke[i - 1]!.at),
      'in due order',
    );
    assert.ok(performance.now() - t0 < 1000);
  });

  it('serves sleepers due within one tick in one wake-up', async () => {
    const clock = new PacingClock(20);
    const at: number[] = [];
    // Start early in a tick, so that all 50 are due before the same grid point.
    while (performance.now() % 20 > 5) await wait(1);
    for (let i = 0; i < 50; i++) clock.sleep(1 + (i % 10) / 10, () => at.push(performance.now()));
    await wait(80);
    assert.equal(at.length, 50);
    assert.ok(Math.max(...at) - Math.min(...at) < 10, 'the same wake-up (the next one is a 20 ms tick later)');
  });

  it('does not run a cancelled sleeper, and lets a woken sleeper sleep again', async () => {
    const clock = new PacingClock(2);
    const ran: string[] = [];
    const wake = clock.sleep(5, () => ran.push('cancelled'));
    wake.cancel();
    let again = 0;
    const loop = () => {
      ran.push('loop');
      if (++again < 3) clock.sleep(3, loop);
    };
    clock.sleep(3, loop);
    await wait(60);
    assert.deepEqual(ran, ['loop', 'loop', 'loop']);
    assert.equal(clock.waiting, 0);
  });
});
