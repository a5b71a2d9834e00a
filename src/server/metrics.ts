// Prometheus metrics for GET /metrics: turn latency, turns, failures and where understanding came from.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Runtime } from '../runtime/types.ts';

export interface ServerMetrics {
  registry: Registry;
  /** Counts one answered HTTP request (route pattern, not the raw URL, so ids do not explode the labels). */
  request(method: string, route: string, status: number): void;
  /** Stops listening to the runtime. */
  detach(): void;
}

export function createMetrics(runtime: Runtime): ServerMetrics {
  const own = new Registry();
  collectDefaultMetrics({ register: own, prefix: 'portier_' });
  // One registry for /metrics: the server's own metrics plus those of the runtime's parts (the LLM's).
  const registry = runtime.metricRegistries?.length ? Registry.merge([own, ...runtime.metricRegistries]) : own;
  const latency = new Histogram({
    name: 'portier_turn_duration_seconds',
    help: 'Time from receiving a message to having the reply ready, events persisted',
    labelNames: ['channel'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const turns = new Counter({ name: 'portier_turns_total', help: 'Turns processed', labelNames: ['channel', 'outcome'], registers: [registry] });
  const errors = new Counter({ name: 'portier_turn_errors_total', help: 'Turns that failed', labelNames: ['channel'], registers: [registry] });
  const understood = new Counter({
    name: 'portier_understanding_total',
    help: 'Messages understood, by the generator that produced the commands',
    labelNames: ['source'],
    registers: [registry],
  });
  const fallbacks = new Counter({
    name: 'portier_understanding_fallbacks_total',
    help: 'Messages the assistant could not understand (cannot handle) or understood by a fallback generator',
    labelNames: ['source', 'kind'],
    registers: [registry],
  });
  new Gauge({
    name: 'portier_turns_in_flight',
    help: 'Turns being processed right now',
    registers: [registry],
    collect() {
      this.set(runtime.inFlight);
    },
  });
  const requests = new Counter({
    name: 'portier_http_requests_total',
    help: 'HTTP requests answered, by route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const detach = runtime.onTurn((report) => {
    latency.observe({ channel: report.channel }, report.latencyMs / 1000);
    turns.inc({ channel: report.channel, outcome: report.ok ? 'ok' : 'error' });
    if (!report.ok) {
      errors.inc({ channel: report.channel });
      return;
    }
    understood.inc({ source: report.source });
    if (report.source.includes('fallback')) fallbacks.inc({ source: report.source, kind: 'fallback_generator' });
    if (report.commands.includes('cannot handle')) fallbacks.inc({ source: report.source, kind: 'cannot_handle' });
  });
  return {
    registry,
    detach,
    request: (method, route, status) => requests.inc({ method, route, status: String(status) }),
  };
}
