// Prometheus metrics for LLM understanding, registered on the Registry the runtime passes in.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { BreakerState } from './circuit-breaker.ts';

export interface LlmMetrics {
  /** One per LLM request (after retries): outcome ok | timeout | auth | rate-limit | server | connectivity | breaker-open | ... */
  requests: Counter<'model' | 'outcome'>;
  /** Per HTTP attempt that was retried. */
  retries: Counter<'model' | 'category'>;
  latency: Histogram<'model' | 'outcome'>;
  tokens: Counter<'model' | 'kind'>;
  /** Turns the offline generator understood because the LLM failed, by reason. */
  fallbacks: Counter<'reason'>;
  /** 0 closed, 1 half-open, 2 open. */
  breaker: Gauge<'model'>;
  /** Rephrased responses and knowledge answers: ok, or why the original text was kept. */
  phrasings: Counter<'kind' | 'outcome'>;
}

const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

/** Reuses metrics already on the registry, so two generators (or a restart in tests) share them. */
function getOrCreate<T>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}

export function createLlmMetrics(registry: Registry): LlmMetrics {
  const registers = [registry];
  return {
    requests: getOrCreate(
      registry,
      'portier_llm_requests_total',
      () =>
        new Counter({ name: 'portier_llm_requests_total', help: 'LLM command-generation requests by outcome', labelNames: ['model', 'outcome'], registers }),
    ),
    retries: getOrCreate(
      registry,
      'portier_llm_retries_total',
      () =>
        new Counter({ name: 'portier_llm_retries_total', help: 'LLM HTTP attempts retried, by error category', labelNames: ['model', 'category'], registers }),
    ),
    latency: getOrCreate(
      registry,
      'portier_llm_latency_seconds',
      () =>
        new Histogram({
          name: 'portier_llm_latency_seconds',
          help: 'Time from sending the prompt to the parsed answer (retries included)',
          labelNames: ['model', 'outcome'],
          buckets: [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 8, 13],
          registers,
        }),
    ),
    tokens: getOrCreate(
      registry,
      'portier_llm_tokens_total',
      () => new Counter({ name: 'portier_llm_tokens_total', help: 'Tokens reported by the LLM API', labelNames: ['model', 'kind'], registers }),
    ),
    fallbacks: getOrCreate(
      registry,
      'portier_llm_fallbacks_total',
      () => new Counter({ name: 'portier_llm_fallbacks_total', help: 'Turns understood offline because the LLM failed', labelNames: ['reason'], registers }),
    ),
    breaker: getOrCreate(
      registry,
      'portier_llm_breaker_state',
      () => new Gauge({ name: 'portier_llm_breaker_state', help: 'LLM circuit breaker: 0 closed, 1 half-open, 2 open', labelNames: ['model'], registers }),
    ),
    phrasings: getOrCreate(
      registry,
      'portier_llm_phrasings_total',
      () =>
        new Counter({
          name: 'portier_llm_phrasings_total',
          help: 'LLM-phrased texts (kind rephrase | knowledge) by outcome (ok, failed, changed-facts, no-answer)',
          labelNames: ['kind', 'outcome'],
          registers,
        }),
    ),
  };
}

export function breakerValue(state: BreakerState): number {
  return BREAKER_VALUE[state];
}
