// Per-turn latency in prom-client metrics. The stages follow one caller turn to the first audio the caller hears.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { VadStats } from '../vad/types.ts';
import type { PacingObserver } from './player.ts';

export const TURN_STAGES = ['end_of_turn', 'transcript', 'agent_reply', 'first_audio_sent', 'first_mark_echoed'] as const;
export type TurnStage = (typeof TURN_STAGES)[number];

export interface VoiceMetrics {
  /** Seconds from the VAD stop (last voiced frame) to each stage. */
  turnStage: Histogram<'stage'>;
  bargeInToClear: Histogram<string>;
  activeCalls: Gauge<string>;
  calls: Counter<'outcome'>;
  bargeIns: Counter<'kind'>;
  /** How late the outbound pacing timer fired (each wake sends the next frame). */
  frameLateness: Histogram<string>;
  /** |interval between consecutive frames sent − 20 ms| while an answer streams at full lead. */
  outboundJitter: Histogram<string>;
  /** Audio gaps the caller heard because a frame was sent after Twilio's buffer ran dry. */
  underrunSeconds: Counter<string>;
}

const byRegistry = new WeakMap<Registry, VoiceMetrics>();
let standalone: VoiceMetrics | undefined;

export function voiceMetrics(registry?: Registry): VoiceMetrics {
  const existing = registry ? byRegistry.get(registry) : standalone;
  if (existing) return existing;
  const registers = registry ? [registry] : [];
  const buckets = [0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1, 1.5, 2, 3, 5];
  const metrics: VoiceMetrics = {
    turnStage: new Histogram({
      name: 'portier_voice_turn_latency_seconds',
      help: 'Time from the VAD stop of a caller turn to each stage',
      labelNames: ['stage'],
      buckets,
      registers,
    }),
    bargeInToClear: new Histogram({
      name: 'portier_voice_barge_in_clear_seconds',
      help: 'Caller speech onset to the clear sent to Twilio',
      buckets,
      registers,
    }),
    activeCalls: new Gauge({ name: 'portier_voice_active_calls', help: 'Calls with an open media stream', registers }),
    calls: new Counter({ name: 'portier_voice_calls_total', help: 'Calls by how they ended', labelNames: ['outcome'], registers }),
    frameLateness: new Histogram({
      name: 'portier_voice_frame_send_lateness_seconds',
      help: 'Lateness of the outbound audio pacing timer',
      buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5],
      registers,
    }),
    outboundJitter: new Histogram({
      name: 'portier_voice_outbound_jitter_seconds',
      help: 'Deviation of outbound frame intervals from 20 ms while an answer streams',
      buckets: [0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.0125, 0.015, 0.0175, 0.02, 0.025, 0.03, 0.05, 0.1],
      registers,
    }),
    underrunSeconds: new Counter({ name: 'portier_voice_playout_underrun_seconds_total', help: 'Silence inserted into bot speech by late frames', registers }),
    bargeIns: new Counter({ name: 'portier_voice_barge_ins_total', help: 'Interruptions of the bot by the caller', labelNames: ['kind'], registers }),
  };
  if (registry) byRegistry.set(registry, metrics);
  else standalone = metrics;
  return metrics;
}

/** How a call's paced sender reports its timer, its playout gaps and its outbound jitter. */
export function pacingObserver(metrics: VoiceMetrics): PacingObserver {
  return {
    onWake: (ms) => metrics.frameLateness.observe(ms / 1000),
    onUnderrun: (ms) => metrics.underrunSeconds.inc(ms / 1000),
    onJitter: (ms) => metrics.outboundJitter.observe(ms / 1000),
  };
}

const vadStatsByRegistry = new WeakMap<Registry, () => VadStats>();

/** Caller frames by what decided them, read from the VAD at scrape time: shows how often Silero fell behind. */
export function exposeVadStats(registry: Registry | undefined, stats: (() => VadStats) | undefined): void {
  if (!registry || !stats) return;
  const known = vadStatsByRegistry.has(registry);
  vadStatsByRegistry.set(registry, stats);
  if (known) return;
  new Gauge({
    name: 'portier_voice_vad_frames',
    help: 'Caller frames since start by what decided them: quiet (gate), model (Silero), energy (while the model was behind, or the energy VAD)',
    labelNames: ['decided_by'],
    registers: [registry],
    collect() {
      const current = vadStatsByRegistry.get(registry)?.();
      if (!current) return;
      for (const [by, frames] of Object.entries(current)) this.set({ decided_by: by }, frames);
    },
  });
}
