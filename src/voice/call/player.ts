// Paces outbound audio like a sound card with a bounded lead over Twilio's playhead: enough to absorb
// network jitter, small enough that `clear` silences the bot at once. Marks ride in the same queue.
import { FRAME_MS } from '../audio/frames.ts';
import { type PacingClock, sharedPacingClock, type Wake } from './pacing-clock.ts';

export interface PlayerSink {
  media(frame: Uint8Array): void;
  mark(name: string): void;
  clear(): void;
}

/** How well pacing kept up: per timer wake-up, how late it fired; frames that reached Twilio after its buffer ran dry. */
export interface PacingObserver {
  onWake(latenessMs: number): void;
  onUnderrun(gapMs: number): void;
  /** |interval since the previous frame − 20 ms|, once an answer has reached its full lead. */
  onJitter?(ms: number): void;
}

export interface PlayerOptions {
  leadMs: number;
  observer?: PacingObserver;
  /** Tests and benchmarks run calls faster than real time; 1 on a real line. */
  timeScale: number;
  now: () => number;
  /** The timer shared by every call's sender (default: the process's, with a 5 ms tick at real time). */
  clock?: PacingClock;
}

/** Grid step of the shared pacing timer at real time: a frame leaves at most this late. */
export const PACING_TICK_MS = 5;

type Item = { kind: 'frame'; data: Uint8Array } | { kind: 'mark'; name: string };

export class PacedPlayer {
  readonly #queue: Item[] = [];
  #head = 0;
  #playEnd = 0;
  #timer: Wake | undefined;
  readonly #clock: PacingClock;
  #closed = false;
  /** The lead has been full since the answer began: intervals between frames are the stream's pace. */
  #steady = false;
  #lastSentAt = 0;
  framesSent = 0;
  onFrameSent?: () => void;

  constructor(
    readonly sink: PlayerSink,
    readonly options: PlayerOptions,
  ) {
    this.#clock = options.clock ?? sharedPacingClock(PACING_TICK_MS / options.timeScale);
  }

  get queuedFrames(): number {
    let n = 0;
    for (let i = this.#head; i < this.#queue.length; i++) if (this.#queue[i]!.kind === 'frame') n++;
    return n;
  }

  /** Audio sent but (by our clock) not yet played, in ms of audio. */
  get aheadMs(): number {
    return Math.max(0, (this.#playEnd - this.options.now()) * this.options.timeScale);
  }

  enqueueFrames(frames: Uint8Array[]): void {
    for (const data of frames) this.#queue.push({ kind: 'frame', data });
    this.#pump();
  }

  enqueueMark(name: string): void {
    this.#queue.push({ kind: 'mark', name });
    this.#pump();
  }

  /** Drops everything queued here and tells Twilio to drop what it buffered. */
  clear(): void {
    this.#queue.length = 0;
    this.#head = 0;
    this.#playEnd = 0;
    this.#steady = false;
    this.#timer?.cancel();
    this.#timer = undefined;
    if (!this.#closed) this.sink.clear();
  }

  close(): void {
    this.#closed = true;
    this.#queue.length = 0;
    this.#head = 0;
    this.#timer?.cancel();
    this.#timer = undefined;
  }

  #pump(): void {
    if (this.#timer || this.#closed) return;
    const frameWallMs = FRAME_MS / this.options.timeScale;
    const leadWallMs = this.options.leadMs / this.options.timeScale;
    let sentThisWake = 0;
    while (this.#head < this.#queue.length) {
      const item = this.#queue[this.#head]!;
      if (item.kind === 'mark') {
        this.#head++;
        this.sink.mark(item.name);
        continue;
      }
      const now = this.options.now();
      if (this.#playEnd < now) this.#playEnd = now;
      const ahead = this.#playEnd - now;
      const full = ahead + frameWallMs > leadWallMs + 1e-9 && ahead > 0;
      // Behind the lead (a late wake-up, or an answer starting) but with half of it still buffered, the lead is
      // rebuilt one frame per short wait instead of in a burst, so Twilio receives an even stream.
      const catchingUp = !full && sentThisWake > 0 && ahead >= leadWallMs / 2;
      if (full) this.#steady = true;
      if (full || catchingUp) {
        const delay = full ? Math.max(1, ahead + frameWallMs - leadWallMs) : Math.max(1, frameWallMs / 4);
        this.#sleep(delay);
        return;
      }
      this.#head++;
      this.#playEnd += frameWallMs;
      this.framesSent++;
      sentThisWake++;
      if (this.#steady) this.options.observer?.onJitter?.(Math.abs((now - this.#lastSentAt) * this.options.timeScale - FRAME_MS));
      this.#lastSentAt = now;
      this.sink.media(item.data);
      this.onFrameSent?.();
    }
    // The answer is all sent: the next one starts with its lead burst.
    this.#steady = false;
    this.#queue.length = 0;
    this.#head = 0;
  }

  #sleep(delay: number): void {
    const target = this.options.now() + delay;
    const playEnd = this.#playEnd;
    this.#timer = this.#clock.sleep(delay, () => {
      this.#timer = undefined;
      const woke = this.options.now();
      // Audio was waiting, so a playhead that ran dry before we woke is a gap the caller hears.
      if (woke > playEnd) this.options.observer?.onUnderrun((woke - playEnd) * this.options.timeScale);
      this.options.observer?.onWake(Math.max(0, woke - target) * this.options.timeScale);
      this.#pump();
    });
  }
}
