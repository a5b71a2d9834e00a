import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BreakerState, CircuitBreaker } from '../../../src/understanding/llm/circuit-breaker.ts';

function breaker() {
  let now = 0;
  const changes: BreakerState[] = [];
  const b = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 1000, now: () => now, onStateChange: (s) => changes.push(s) });
  return { b, changes, advance: (ms: number) => (now += ms) };
}

describe('circuit breaker', () => {
  it('opens after N consecutive failures, not after scattered ones', () => {
    const { b } = breaker();
    b.recordFailure();
    b.recordFailure();
    b.recordSuccess();
    b.recordFailure();
    b.recordFailure();
    assert.equal(b.current, 'closed');
    b.recordFailure();
    assert.equal(b.current, 'open');
    assert.equal(b.tryAcquire(), false);
  });

  it('half-opens after the cool-down, lets one probe through, closes on its success', () => {
    const { b, changes, advance } = breaker();
    for (let i = 0; i < 3; i++) b.recordFailure();
    advance(999);
    assert.equal(b.tryAcquire(), false);
    assert.equal(b.retryInMs(), 1);
    advance(1);
    assert.equal(b.tryAcquire(), true);
    assert.equal(b.current, 'half-open');
    assert.equal(b.tryAcquire(), false, 'only one probe at a time');
    b.recordSuccess();
    assert.equal(b.current, 'closed');
    assert.deepEqual(changes, ['open', 'half-open', 'closed']);
  });

  it('re-opens at once when the probe fails', () => {
    const { b, advance } = breaker();
    for (let i = 0; i < 3; i++) b.recordFailure();
    advance(1000);
    assert.equal(b.tryAcquire(), true);
    b.recordFailure();
    assert.equal(b.current, 'open');
    assert.equal(b.retryInMs(), 1000);
  });
});

describe('circuit breaker: aborted probes', () => {
  it('a released probe neither closes nor re-opens the breaker, and frees the probe slot', () => {
    let now = 0;
    const b = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 100, now: () => now });
    b.recordFailure();
    now = 100;
    assert.equal(b.tryAcquire(), true);
    b.release();
    assert.equal(b.current, 'half-open');
    assert.equal(b.tryAcquire(), true);
  });
});
