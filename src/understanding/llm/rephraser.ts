// Rasa's contextual response rephraser (endpoints.yml `nlg: {type: rephrase}`), off by default: rewords a
// response to fit the conversation, and keeps the original whenever the LLM fails or changes a fact.
import { fileURLToPath } from 'node:url';
import type { Registry } from 'prom-client';
import type { UnderstandingContext } from '../types.ts';
import { LlmClient } from './client.ts';
import { checkFacts } from './fact-guard.ts';
import { type LlmLogger, silentLogger } from './logger.ts';
import { createLlmMetrics, type LlmMetrics } from './metrics.ts';
import { sanitiseUserMessage } from './prompt-data.ts';
import type { Env } from '../../config/env.ts';
import { endpointsSchema, type LlmSettings, resolveLlmSettings } from './settings.ts';
import { type LoadedTemplate, loadTemplate } from './template.ts';

export const DEFAULT_REPHRASE_TEMPLATE = fileURLToPath(new URL('../../../prompts/rephrase_ru.jinja2', import.meta.url));

export interface RephraserSettings {
  llm: LlmSettings;
  /** Rephrase every response unless it says `metadata: {rephrase: false}`; otherwise only those with `rephrase: true`. */
  rephraseAll: boolean;
  promptTemplate: string | null;
}

/** Reads endpoints.yml `nlg`; null unless `type: rephrase`. The LLM is `nlg.llm`, else the first model group. */
export function resolveRephraserSettings(endpoints: unknown, env: Env): RephraserSettings | null {
  const parsed = endpointsSchema.parse(endpoints ?? {});
  const nlg = (parsed.nlg ?? {}) as { type?: string; llm?: unknown; prompt?: string; rephrase_all?: boolean };
  if (nlg.type !== 'rephrase') return null;
  const firstGroup = parsed.model_groups?.[0]?.id;
  const llm = nlg.llm ?? (firstGroup ? { model_group: firstGroup } : { provider: 'openai', model: 'gpt-4' });
  return {
    llm: resolveLlmSettings({ name: 'ContextualResponseRephraser', llm }, endpoints, env),
    rephraseAll: nlg.rephrase_all === true,
    promptTemplate: nlg.prompt ?? null,
  };
}

export interface RephraseResult {
  text: string;
  rephrased: boolean;
  /** Why the original was kept. */
  reason?: 'not-requested' | 'failed' | 'changed-facts' | 'empty';
}

export interface ResponseRephraserOptions {
  settings: RephraserSettings;
  projectDir?: string;
  client?: LlmClient;
  registry?: Registry;
  logger?: LlmLogger;
}

export class ResponseRephraser {
  private readonly template: LoadedTemplate;
  private readonly client: LlmClient;
  private readonly logger: LlmLogger;
  private readonly metrics: LlmMetrics | null;

  constructor(private readonly options: ResponseRephraserOptions) {
    this.template = loadTemplate(options.settings.promptTemplate ?? DEFAULT_REPHRASE_TEMPLATE, options.projectDir);
    this.logger = options.logger ?? silentLogger;
    this.metrics = options.registry ? createLlmMetrics(options.registry) : null;
    this.client = options.client ?? new LlmClient({ settings: options.settings.llm, logger: this.logger, metrics: this.metrics });
  }

  /** Whether a response variation asks to be rephrased (its `metadata.rephrase`, or `rephrase_all`). */
  wants(metadata?: { rephrase?: unknown } | null): boolean {
    if (metadata?.rephrase === false) return false;
    return metadata?.rephrase === true || this.options.settings.rephraseAll;
  }

  async rephrase(text: string, context: Pick<UnderstandingContext, 'senderId' | 'history'>, metadata?: { rephrase?: unknown } | null): Promise<RephraseResult> {
    if (!this.wants(metadata)) return { text, rephrased: false, reason: 'not-requested' };
    const history = context.history.map((h) => `${h.role === 'user' ? 'USER' : 'AI'}: ${sanitiseUserMessage(h.text)}`).join('\n');
    const lastUser = [...context.history].reverse().find((h) => h.role === 'user')?.text ?? '';
    const prompt = this.template.render({ history, current_input: sanitiseUserMessage(lastUser), suggested_response: text });
    let candidate: string;
    try {
      candidate = (await this.client.complete(prompt)).text
        .trim()
        .replace(/^["«“]|["»”]$/g, '')
        .trim();
    } catch (error) {
      return this.keep(text, 'failed', context.senderId, { error: error instanceof Error ? error.message : String(error) });
    }
    if (!candidate) return this.keep(text, 'empty', context.senderId, {});
    const facts = checkFacts(text, candidate);
    if (!facts.ok) return this.keep(text, 'changed-facts', context.senderId, { candidate, missing: facts.missing, added: facts.added });
    this.metrics?.phrasings.inc({ kind: 'rephrase', outcome: 'ok' });
    return { text: candidate, rephrased: true };
  }

  private keep(text: string, reason: NonNullable<RephraseResult['reason']>, senderId: string, fields: Record<string, unknown>): RephraseResult {
    this.metrics?.phrasings.inc({ kind: 'rephrase', outcome: reason });
    this.logger.warn({ senderId, reason, ...fields }, 'llm.rephrase.kept_original');
    return { text, rephrased: false, reason };
  }
}
