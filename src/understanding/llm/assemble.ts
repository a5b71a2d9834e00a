// One call for the runtime: from config.yml's pipeline + endpoints.yml + environment to the CommandGenerator
// the engine uses (LLM with offline fallback, or offline alone), with the reason logged and the key checked.
import { Registry } from 'prom-client';
import type { Domain } from '../../engine/domain/types.ts';
import type { Flow } from '../../engine/flows/types.ts';
import type { RoomType } from '../../hotel/types.ts';
import type { CommandGenerator } from '../types.ts';
import { LlmStartupError } from './errors.ts';
import { FallbackCommandGenerator } from './fallback-generator.ts';
import { LlmCommandGenerator } from './llm-command-generator.ts';
import { type LlmLogger, silentLogger } from './logger.ts';
import type { FlowGuard } from './prompt-data.ts';
import type { Env } from '../../config/env.ts';
import {
  decideUnderstanding,
  findLlmPipelineEntry,
  type LlmSettings,
  resolveLlmSettings,
  type UnderstandingDecision,
  type UnderstandingMode,
} from './settings.ts';
import { verifyLlm } from './verify.ts';
import { LlmWithoutFallback, NoUnderstanding } from './without-fallback.ts';

export interface AssembleUnderstandingOptions {
  /** config.yml `pipeline` as loaded (plain objects). */
  pipeline: readonly unknown[] | undefined;
  /** endpoints.yml as loaded (plain object with model_groups). */
  endpoints: unknown;
  env: Env;
  /** config.yml `portier.understanding`. */
  mode?: UnderstandingMode;
  flows: readonly Flow[];
  domain: Domain;
  hotelTimezone: string;
  rooms?: readonly RoomType[];
  projectDir?: string;
  flowGuard?: FlowGuard;
  /** The offline generator; null when the project has no NLU data (then the LLM answers alone). */
  offline: CommandGenerator | null;
  registry?: Registry;
  logger?: LlmLogger;
  /** Run verifyLlm at startup (default true). Auth and unknown-model failures throw; others only warn. */
  verify?: boolean;
}

export interface AssembledUnderstanding {
  generator: CommandGenerator;
  decision: UnderstandingDecision;
  settings: LlmSettings | null;
  /** For /status: "llm+nlu" or the offline generator's name. */
  name: string;
  /**
   * Where the LLM metrics live: the registry passed in, or a new one the server can merge into /metrics
   * (`Registry.merge([serverRegistry, assembled.registry])`).
   */
  registry: Registry;
}

/** Failures no retry will fix: stop at startup with one line rather than fall back on every turn. */
const FATAL_AT_STARTUP = new Set(['auth', 'quota', 'not-found', 'config']);

/**
 * Builds the understanding for the runtime.
 * @throws LlmConfigError for unusable settings, LlmStartupError (one line) for a rejected key or unknown model.
 */
export async function assembleUnderstanding(options: AssembleUnderstandingOptions): Promise<AssembledUnderstanding> {
  const logger = options.logger ?? silentLogger;
  const registry = options.registry ?? new Registry();
  const entry = findLlmPipelineEntry(options.pipeline);
  const settings = entry ? resolveLlmSettings(entry, options.endpoints, options.env) : null;
  const decision = decideUnderstanding(settings, options.env, options.mode ?? 'auto');
  logger.info({ use: decision.use, reason: decision.reason }, 'understanding.mode');
  if (decision.use === 'offline' || !settings) {
    if (options.offline) return { generator: options.offline, decision, settings, name: options.offline.name, registry };
    const none = new NoUnderstanding(`no NLU training data and ${decision.reason}`);
    logger.warn({ reason: none.reason }, 'understanding.none: only /intent and /SetSlots(...) payloads are understood');
    return { generator: none, decision, settings, name: none.name, registry };
  }
  if (options.verify ?? true) {
    try {
      const check = await verifyLlm(settings);
      logger.info({ model: check.model, baseURL: check.baseURL, latencyMs: check.latencyMs }, 'llm.check.ok');
    } catch (error) {
      if (error instanceof LlmStartupError && !FATAL_AT_STARTUP.has(error.category)) {
        // A network blip at boot should not stop the phone line; the breaker and fallback cover it.
        logger.warn({ category: error.category, error: error.message }, 'llm.check.failed');
      } else throw error;
    }
  }
  const llm = new LlmCommandGenerator({
    settings,
    flows: options.flows,
    domain: options.domain,
    hotelTimezone: options.hotelTimezone,
    logger,
    registry,
    ...(options.rooms ? { rooms: options.rooms } : {}),
    ...(options.projectDir !== undefined ? { projectDir: options.projectDir } : {}),
    ...(options.flowGuard ? { flowGuard: options.flowGuard } : {}),
  });
  return { ...composeUnderstanding(llm, options.offline, logger, registry), decision, settings, registry };
}

/**
 * What the runtime calls understand() on once the LLM is chosen: the LLM with the offline generator behind it
 * (the fallback's hard cap is the LLM's turn budget plus one second), or the LLM alone when there is no NLU data.
 */
export function composeUnderstanding(
  llm: LlmCommandGenerator,
  offline: CommandGenerator | null,
  logger: LlmLogger = silentLogger,
  registry?: Registry,
): { generator: CommandGenerator; name: string } {
  if (!offline) return { generator: new LlmWithoutFallback(llm, logger), name: llm.name };
  const generator = new FallbackCommandGenerator({
    primary: llm,
    fallback: offline,
    primaryTimeoutMs: llm.settings.timeoutMs + 1000,
    model: llm.settings.model,
    logger,
    ...(registry ? { registry } : {}),
  });
  return { generator, name: `llm+${offline.name}` };
}
