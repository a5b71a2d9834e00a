// Stops calling an LLM that keeps failing: after N consecutive failures the breaker opens and calls fail fast
// (the offline generator answers at once); after a cool-down one probe call is let through (half-open).

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  failureThreshold: number;
  coolDownMs: number;
  now?: () => number;
  onStateChange?: (state: BreakerState, previous: BreakerState) => void;
}

export class CircuitBreaker {
  private state: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private probeInFlight = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Current state, moving open → half-open when the cool-down has passed. */
  get current(): BreakerState {
    if (this.state === 'open' && this.now() - this.openedAt >= this.options.coolDownMs) this.transition('half-open');
    return this.state;
  }

  /** Whether a call may go out now; in half-open only one probe at a time. */
  tryAcquire(): boolean {
    const state = this.current;
    if (state === 'closed') return true;
    if (state === 'open' || this.probeInFlight) return false;
    this.probeInFlight = true;
    return true;
  }

  /** Milliseconds until the breaker lets a probe through (0 when calls may go out). */
  retryInMs(): number {
    return this.current === 'open' ? Math.max(0, this.options.coolDownMs - (this.now() - this.openedAt)) : 0;
  }

  /** The call ended without telling us anything about the LLM's health (the caller aborted it). */
  release(): void {
    this.probeInFlight = false;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.probeInFlight = false;
    if (this.state !== 'closed') this.transition('closed');
  }

  recordFailure(): void {
    this.failures++;
    const probeFailed = this.state === 'half-open';
    this.probeInFlight = false;
    if (probeFailed || (this.state === 'closed' && this.failures >= this.options.failureThreshold)) {
      this.openedAt = this.now();
      this.transition('open');
    }
  }

  private transition(next: BreakerState): void {
    const previous = this.state;
    this.state = next;
    if (previous !== next) this.options.onStateChange?.(next, previous);
  }
}
