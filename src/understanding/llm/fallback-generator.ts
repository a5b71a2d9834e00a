// A turn is never lost: when the LLM fails (timeout, HTTP error, breaker open, unusable answer) the offline
// generator understands the message instead, and the Understanding says so (source "nlu-fallback").
import type { Registry } from 'prom-client';
import type { CommandGenerator, Understanding, UnderstandingContext } from '../types.ts';
import { LlmError } from './errors.ts';
import { type LlmLogger, silentLogger } from './logger.ts';
import { createLlmMetrics, type LlmMetrics } from './metrics.ts';

export interface FallbackCommandGeneratorOptions {
  primary: CommandGenerator;
  fallback: CommandGenerator;
  /**
   * Hard cap on waiting for the primary, in ms; past it the fallback answers even if the primary never settles.
   * The LLM client keeps its own deadline; this guards against anything else that might hang.
   */
  primaryTimeoutMs?: number;
  /** Model name for usage records when the primary failed before reporting it. */
  model?: string;
  registry?: Registry;
  logger?: LlmLogger;
}

class PrimaryTimeout extends Error {}

export class FallbackCommandGenerator implements CommandGenerator {
  readonly name: string;
  private readonly logger: LlmLogger;
  private readonly metrics: LlmMetrics | null;

  constructor(private readonly options: FallbackCommandGeneratorOptions) {
    this.name = `${options.primary.name}+${options.fallback.name}`;
    this.logger = options.logger ?? silentLogger;
    this.metrics = options.registry ? createLlmMetrics(options.registry) : null;
  }

  async understand(text: string, context: UnderstandingContext): Promise<Understanding> {
    const started = Date.now();
    try {
      return await this.primaryWithCap(text, context);
    } catch (error) {
      const reason = error instanceof LlmError ? error.category : error instanceof PrimaryTimeout ? 'timeout' : 'error';
      this.metrics?.fallbacks.inc({ reason });
      this.logger.warn({ senderId: context.senderId, reason, error: error instanceof Error ? error.message : String(error) }, 'understanding.fallback');
      const offline = await this.options.fallback.understand(text, context);
      const latencyMs = error instanceof LlmError && error.context.latencyMs !== undefined ? error.context.latencyMs : Date.now() - started;
      return {
        ...offline,
        source: 'nlu-fallback',
        usage: {
          model: (error instanceof LlmError ? error.context.model : undefined) ?? this.options.model ?? this.options.primary.name,
          promptTokens: null,
          completionTokens: null,
          latencyMs,
          attempts: 0,
          fallbackReason: reason,
        },
      };
    }
  }

  private primaryWithCap(text: string, context: UnderstandingContext): Promise<Understanding> {
    const cap = this.options.primaryTimeoutMs;
    const call = this.options.primary.understand(text, context);
    if (!cap) return call;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrimaryTimeout(`${this.options.primary.name} did not answer within ${cap} ms`)), cap);
    });
    // The losing promise must not surface as an unhandled rejection.
    call.catch(() => {});
    return Promise.race([call, timeout]).finally(() => clearTimeout(timer));
  }
}
