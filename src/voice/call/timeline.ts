// Latency of one caller turn, from the VAD stop to the first mark echoed (the caller starts hearing the answer).
import type { Logger } from 'pino';
import type { TurnStage, VoiceMetrics } from './metrics.ts';

export class TurnTimeline {
  readonly #at = new Map<TurnStage, number>();
  #replyId = -1;
  #done = false;

  constructor(
    readonly vadStopAt: number,
    readonly metrics: VoiceMetrics,
    readonly logger: Logger,
    readonly onFinish?: (ms: Record<string, number | string>) => void,
  ) {}

  attach(replyId: number): void {
    if (this.#replyId < 0) this.#replyId = replyId;
  }

  has(stage: TurnStage): boolean {
    return this.#at.has(stage);
  }

  mark(stage: TurnStage, at: number): void {
    if (this.#done || this.#at.has(stage)) return;
    this.#at.set(stage, at);
    this.metrics.turnStage.observe({ stage }, Math.max(0, at - this.vadStopAt) / 1000);
  }

  markPlayed(replyId: number, at: number): void {
    if (replyId !== this.#replyId || this.#done) return;
    this.mark('first_mark_echoed', at);
    this.finish('played');
  }

  finish(outcome: string): void {
    if (this.#done) return;
    this.#done = true;
    const ms: Record<string, number> = {};
    for (const [stage, at] of this.#at) ms[`${stage}_ms`] = Math.round((at - this.vadStopAt) * 10) / 10;
    this.logger.info({ turn_latency: ms, outcome }, 'turn latency (ms from VAD stop)');
    this.onFinish?.({ ...ms, outcome });
  }
}
