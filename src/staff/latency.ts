// Latency per stage of a call from the histograms the server already keeps for /metrics: percentiles are read
// off the cumulative buckets (the upper bound of the bucket the percentile falls in), since the server started.
import type { Registry } from 'prom-client';

export interface StageLatency {
  stage: string;
  count: number;
  /** Milliseconds; null when nothing was measured. */
  p50: number | null;
  p90: number | null;
}

interface MetricValue {
  value: number;
  labels: Record<string, string | number>;
  metricName?: string;
}

/** Voice stages in call order, then the assistant's own turn time (chat and phone). */
const SOURCES = [
  { metric: 'portier_voice_turn_latency_seconds', label: 'stage' },
  { metric: 'portier_turn_duration_seconds', label: null, stage: 'turn' },
] as const;
const STAGE_ORDER = ['end_of_turn', 'transcript', 'agent_reply', 'first_audio_sent', 'first_mark_echoed', 'turn'];

function percentile(buckets: readonly { le: number; count: number }[], total: number, q: number): number | null {
  if (total === 0) return null;
  const rank = q * total;
  for (const bucket of buckets) if (bucket.count >= rank) return Number.isFinite(bucket.le) ? Math.round(bucket.le * 1000) : null;
  return null;
}

export async function stageLatencies(registry: Registry): Promise<StageLatency[]> {
  const stages = new Map<string, Map<number, number>>();
  for (const source of SOURCES) {
    const metric = registry.getSingleMetric(source.metric);
    if (!metric) continue;
    const { values } = (await metric.get()) as { values: MetricValue[] };
    for (const v of values) {
      if (!v.metricName?.endsWith('_bucket')) continue;
      const stage = source.label ? String(v.labels[source.label]) : source.stage;
      const le = v.labels.le === '+Inf' ? Number.POSITIVE_INFINITY : Number(v.labels.le);
      const buckets = stages.get(stage) ?? new Map<number, number>();
      // Labels other than the stage (the channel) are summed.
      buckets.set(le, (buckets.get(le) ?? 0) + v.value);
      stages.set(stage, buckets);
    }
  }
  return [...stages]
    .sort(([a], [b]) => STAGE_ORDER.indexOf(a) - STAGE_ORDER.indexOf(b))
    .map(([stage, byLe]) => {
      const buckets = [...byLe].map(([le, count]) => ({ le, count })).sort((a, b) => a.le - b.le);
      const total = buckets.at(-1)?.count ?? 0;
      return { stage, count: total, p50: percentile(buckets, total, 0.5), p90: percentile(buckets, total, 0.9) };
    });
}
