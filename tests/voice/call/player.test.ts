import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { PacedPlayer } from '../../../src/voice/call/player.ts';
import { PlaybackLedger, splitSentences } from '../../../src/voice/call/ledger.ts';

/**
 * The pacing clock's timer is real: on a busy machine it fires late. So the tests wait for a count to be reached
 * (within seconds) rather than for a fixed time; a count that must not grow is checked after a further pause,
 * which load can only make fewer frames, never more.
 */
async function until(condition: () => boolean, withinMs = 5000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!condition() && Date.now() < deadline) await pause(5);
}
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('paced player', () => {
  // A failed assertion must not leave a player re-arming its timer against a clock that never moves (the test
  // process would never exit).
  const players: PacedPlayer[] = [];
  afterEach(() => {
    for (const p of players.splice(0)) p.close();
  });
  const track = (p: PacedPlayer) => {
    players.push(p);
    return p;
  };
  it('sends half the lead at once, builds up the rest frame by frame, then one frame per 20 ms', async () => {
    const sent: string[] = [];
    const clock = fakeClock();
    const player = track(
      new PacedPlayer(
        { media: () => sent.push('m'), mark: (n) => sent.push(n), clear: () => sent.push('clear') },
        { leadMs: 300, timeScale: 1, now: clock.now },
      ),
    );
    player.enqueueFrames(Array.from({ length: 50 }, () => new Uint8Array(160)));
    player.enqueueMark('end');
    assert.equal(sent.length, 8, 'the first 160 ms go at once');
    await until(() => sent.length >= 15);
    await pause(60);
    assert.equal(sent.length, 15, 'then up to 300 ms of lead = 15 frames, and no more');
    clock.advance(100);
    await until(() => sent.length >= 20);
    await pause(60);
    assert.equal(sent.length, 20);
    player.clear();
    assert.equal(sent.at(-1), 'clear');
    clock.advance(5000);
    await pause(50);
    assert.equal(sent.filter((s) => s === 'm').length, 20, 'nothing is sent after clear');
    assert.ok(!sent.includes('end'));
    player.close();
  });

  it('reports the pace of frames once the lead is full, not the lead burst', async () => {
    const clock = fakeClock();
    const jitter: number[] = [];
    const observer = { onWake: () => undefined, onUnderrun: () => undefined, onJitter: (ms: number) => jitter.push(ms) };
    let frames = 0;
    const player = track(
      new PacedPlayer({ media: () => frames++, mark: () => undefined, clear: () => undefined }, { leadMs: 300, timeScale: 1, now: clock.now, observer }),
    );
    player.enqueueFrames(Array.from({ length: 40 }, () => new Uint8Array(160)));
    await until(() => frames >= 15);
    assert.equal(jitter.length, 0, 'building the lead is not jitter');
    clock.advance(20);
    await until(() => frames >= 16);
    clock.advance(30); // a late wake-up: 30 ms since the last frame
    await until(() => jitter.length >= 2);
    assert.ok(jitter.length >= 2, `observed ${jitter.length}`);
    assert.ok(jitter.includes(10), `intervals ${jitter}`);
    player.close();
  });

  it('sends a mark right after the frames before it', () => {
    const sent: string[] = [];
    const clock = fakeClock();
    const player = track(
      new PacedPlayer({ media: () => sent.push('m'), mark: (n) => sent.push(n), clear: () => {} }, { leadMs: 300, timeScale: 1, now: clock.now }),
    );
    player.enqueueFrames([new Uint8Array(160), new Uint8Array(160)]);
    player.enqueueMark('s1');
    assert.deepEqual(sent, ['m', 'm', 's1']);
    player.close();
  });
});

describe('playback ledger', () => {
  it('knows what was heard: echoed marks count, cleared ones do not', () => {
    const ledger = new PlaybackLedger();
    assert.ok(!ledger.hasOutstanding);
    const a = ledger.add('Первое.', 1, true);
    const b = ledger.add('Второе.', 1, true);
    ledger.echoed(a.mark);
    assert.equal(ledger.echoed(a.mark), undefined, 'echoed twice counts once');
    assert.ok(ledger.hasOutstanding);
    assert.deepEqual(
      ledger.clearOutstanding().map((s) => s.text),
      ['Второе.'],
    );
    assert.ok(!ledger.hasOutstanding);
    assert.equal(ledger.echoed(b.mark), undefined, 'a mark echoed after clear is not playback');
    assert.equal(ledger.played(1), 'Первое.');
    const c = ledger.add('Третье.', 2, true);
    assert.ok(ledger.hasOutstanding);
    ledger.echoed(c.mark);
    assert.ok(!ledger.hasOutstanding, 'all heard');
  });

  it('drops what cannot be spoken', () => {
    assert.deepEqual(splitSentences('**Готово!** 🎉 Ваш номер забронирован 👍'), ['Готово!', 'Ваш номер забронирован']);
  });

  it('splits replies into sentences', () => {
    assert.deepEqual(splitSentences('Здравствуйте! Чем могу помочь?\nЖду ответа… Да.'), ['Здравствуйте!', 'Чем могу помочь?', 'Жду ответа…', 'Да.']);
  });
});
