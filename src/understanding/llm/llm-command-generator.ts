// CompactLLMCommandGenerator for OpenAI-compatible APIs: render the prompt, ask the LLM, parse the action list.
// Failures surface as LlmError so FallbackCommandGenerator can hand the turn to the offline generator.
import type { Registry } from 'prom-client';
import type { Domain } from '../../engine/domain/types.ts';
import type { RoomType } from '../../hotel/types.ts';
import type { Flow } from '../../engine/flows/types.ts';
import { splitOpening } from '../lang-ru/spoken.ts';
import type { CommandGenerator, Understanding, UnderstandingContext } from '../types.ts';
import { LlmClient } from './client.ts';
import { commandsOrCannotHandle, parseCommands, type SlotValueNormaliser } from './command-parser.ts';
import { LlmError } from './errors.ts';
import { type LlmLogger, silentLogger } from './logger.ts';
import { createLlmMetrics, type LlmMetrics } from './metrics.ts';
import { createSlotNormaliser } from './normalise.ts';
import { CommandPrompt } from './prompt.ts';
import { russianReaders } from './russian-readers.ts';
import { type FlowGuard, slotGuard } from './prompt-data.ts';
import type { LlmSettings } from './settings.ts';

export interface LlmCommandGeneratorOptions {
  settings: LlmSettings;
  flows: readonly Flow[];
  domain: Domain;
  hotelTimezone: string;
  registry?: Registry;
  logger?: LlmLogger;
  /** Slot value normaliser; default: built-in parsing plus nlu-ru's Russian readers (see russian-readers.ts). */
  normalise?: SlotValueNormaliser;
  /** The hotel's room types (hotel.yml), so «люкс» written by the LLM becomes the code `suite`. */
  rooms?: readonly RoomType[];
  /** Evaluates flows' `if:` guards; default: the engine's predicate evaluator over the current slots. */
  flowGuard?: FlowGuard;
  /** Base for a relative prompt_template path. */
  projectDir?: string;
  /**
   * What to do when the answer holds no usable command: 'throw' (LlmError "unparsable", so a fallback
   * generator takes the turn; the default) or 'cannot-handle' (Rasa's behaviour without a fallback).
   */
  onUnusableAnswer?: 'throw' | 'cannot-handle';
  /** Injected in tests. */
  client?: LlmClient;
  now?: () => number;
}

export class LlmCommandGenerator implements CommandGenerator {
  readonly name = 'llm';
  readonly client: LlmClient;
  readonly prompt: CommandPrompt;
  readonly settings: LlmSettings;
  private readonly logger: LlmLogger;
  private readonly metrics: LlmMetrics | null;
  private readonly normalise: SlotValueNormaliser;
  private readonly now: () => number;

  constructor(private readonly options: LlmCommandGeneratorOptions) {
    this.settings = options.settings;
    this.logger = options.logger ?? silentLogger;
    this.metrics = options.registry ? createLlmMetrics(options.registry) : null;
    this.normalise = options.normalise ?? createSlotNormaliser(russianReaders(options.rooms));
    this.now = options.now ?? Date.now;
    this.prompt = new CommandPrompt({
      flows: options.flows,
      domain: options.domain,
      hotelTimezone: options.hotelTimezone,
      historyTurns: this.settings.historyTurns,
      templatePath: this.settings.promptTemplate,
      ...(options.projectDir !== undefined ? { projectDir: options.projectDir } : {}),
      flowGuard: options.flowGuard ?? slotGuard,
    });
    this.client = options.client ?? new LlmClient({ settings: this.settings, logger: this.logger, metrics: this.metrics });
  }

  /** Resolves with the LLM's commands; rejects with LlmError when the LLM fails or answers nothing usable. */
  async understand(text: string, context: UnderstandingContext): Promise<Understanding> {
    const guard = this.checkInput(text);
    if (guard) return guard;
    const model = this.settings.model;
    const prompt = this.prompt.render(text, context);
    const started = this.now();
    let result: Awaited<ReturnType<LlmClient['complete']>>;
    try {
      result = await this.client.complete(prompt);
    } catch (error) {
      const llmError = error instanceof LlmError ? error : this.client.toLlmError(error);
      const latencyMs = this.now() - started;
      this.metrics?.requests.inc({ model, outcome: llmError.category });
      this.metrics?.latency.observe({ model, outcome: llmError.category }, latencyMs / 1000);
      this.logger.warn({ senderId: context.senderId, model, category: llmError.category, status: llmError.context.status, latencyMs }, 'llm.request.failed');
      throw new LlmError(llmError.message, llmError.category, { ...llmError.context, latencyMs });
    }

    const parsed = parseCommands(result.text, { flows: this.options.flows, domain: this.options.domain, context, normalise: this.normalise });
    for (const d of parsed.dropped) this.logger.info({ senderId: context.senderId, line: d.line, reason: d.reason }, 'llm.command.dropped');
    const outcome = parsed.commands.length ? 'ok' : 'unparsable';
    this.metrics?.requests.inc({ model, outcome });
    this.metrics?.latency.observe({ model, outcome }, result.latencyMs / 1000);
    if (result.usage) {
      this.metrics?.tokens.inc({ model, kind: 'prompt' }, result.usage.promptTokens);
      this.metrics?.tokens.inc({ model, kind: 'completion' }, result.usage.completionTokens);
    }
    this.logger.info(
      {
        senderId: context.senderId,
        model,
        latencyMs: result.latencyMs,
        attempts: result.attempts,
        usage: result.usage,
        answer: result.text,
        commands: parsed.commands,
      },
      'llm.turn',
    );
    if (!parsed.commands.length && (this.options.onUnusableAnswer ?? 'throw') === 'throw') {
      throw new LlmError(`LLM answer holds no usable command: ${JSON.stringify(result.text.slice(0, 200))}`, 'unparsable', {
        model,
        baseURL: this.settings.baseURL,
        latencyMs: result.latencyMs,
      });
    }
    return {
      text,
      intent: { name: null, confidence: 1 },
      entities: [],
      commands: commandsOrCannotHandle(parsed),
      // as offline: a first message that holds a request gets a brief greeting before the answer, not the
      // introduction; only «алло, здравствуйте» alone is a greeting
      opening: splitOpening(text).only ? 'greeting' : 'request',
      source: 'llm',
      usage: {
        model,
        promptTokens: result.usage?.promptTokens ?? null,
        completionTokens: result.usage?.completionTokens ?? null,
        latencyMs: result.latencyMs,
        attempts: result.attempts,
      },
    };
  }

  /** Rasa's guards before any LLM call: empty input and input over user_input.max_characters. */
  private checkInput(text: string): Understanding | null {
    const base = { text, intent: { name: null, confidence: 1 }, entities: [], source: 'llm' };
    if (!text.trim()) return { ...base, commands: [{ command: 'error', errorType: 'rasa_internal_error_user_input_empty' }] };
    if (text.length > this.settings.maxInputCharacters) {
      return {
        ...base,
        commands: [{ command: 'error', errorType: 'rasa_internal_error_user_input_too_long', info: { max_characters: this.settings.maxInputCharacters } }],
      };
    }
    return null;
  }
}
