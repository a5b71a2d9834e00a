// One timer for the paced audio of every call. Each call's sender sleeps until its next frame is due; with a
// timer per call, 300 calls meant 15,000 timer wake-ups a second, each its own macrotask with a fresh Timeout.
// Here a sleeper is woken at the first tick of a shared grid at or after its due time, so all calls due in the
// same few milliseconds are served by one wake-up, and their frames leave in one burst. A frame is at most one
// tick late; at the default 5 ms tick its 20 ms spacing on the wire varies by less than that.

/** A sleeper's wake-up, cancelled when its call clears or closes. */
export interface Wake {
  cancel(): void;
}

interface Sleeper {
  at: number;
  run: () => void;
  cancelled: boolean;
}

export class PacingClock {
  #sleepers: Sleeper[] = [];
  #timer: NodeJS.Timeout | undefined;
  #armedFor = Number.POSITIVE_INFINITY;

  constructor(
    /** Grid step, wall ms. */
    readonly tickMs: number,
    readonly now: () => number = () => performance.now(),
  ) {}

  /** Runs `run` at the first tick at least `delayMs` from now. */
  sleep(delayMs: number, run: () => void): Wake {
    const sleeper: Sleeper = { at: this.now() + delayMs, run, cancelled: false };
    this.#sleepers.push(sleeper);
    const tick = Math.ceil(sleeper.at / this.tickMs) * this.tickMs;
    if (tick < this.#armedFor) this.#arm(tick);
    return {
      cancel: () => {
        sleeper.cancelled = true;
      },
    };
  }

  /** Sleepers waiting (cancelled ones included until the next tick sweeps them). */
  get waiting(): number {
    return this.#sleepers.length;
  }

  #arm(tick: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#armedFor = tick;
    this.#timer = setTimeout(() => this.#fire(), Math.max(0, tick - this.now()));
    // A line that is only waiting on its audio does not keep the process alive (as a call's own timer did not
    // either: the socket does).
    this.#timer.unref();
  }

  #fire(): void {
    this.#timer = undefined;
    this.#armedFor = Number.POSITIVE_INFINITY;
    // Never early: a sender woken before its frame is due would only go back to sleep.
    const horizon = this.now();
    const due: Sleeper[] = [];
    const later: Sleeper[] = [];
    for (const s of this.#sleepers) {
      if (s.cancelled) continue;
      (s.at <= horizon ? due : later).push(s);
    }
    this.#sleepers = later;
    due.sort((a, b) => a.at - b.at);
    for (const s of due) if (!s.cancelled) s.run();
    let next = Number.POSITIVE_INFINITY;
    for (const s of this.#sleepers) if (!s.cancelled && s.at < next) next = s.at;
    if (next !== Number.POSITIVE_INFINITY) {
      const tick = Math.ceil(next / this.tickMs) * this.tickMs;
      if (tick < this.#armedFor) this.#arm(tick);
    }
  }
}

const shared = new Map<number, PacingClock>();

/** The process's clock for one grid step: calls at the same time scale share one timer. */
export function sharedPacingClock(tickMs: number): PacingClock {
  let clock = shared.get(tickMs);
  if (!clock) {
    clock = new PacingClock(tickMs);
    shared.set(tickMs, clock);
  }
  return clock;
}
