// Optional: an LLM phrases the answer to a hotel question from facts the search retrieved (hotel.yml, and
// prices/availability computed by the hotel system). It may only restate those facts; an answer that
// mentions any other number, code or «name» is discarded and the caller keeps its own composed answer.
// On when config.yml lists `EnterpriseSearchPolicy` with an `llm:` (Rasa's way of enabling LLM answers).
import { fileURLToPath } from 'node:url';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import type { UnderstandingContext } from '../types.ts';
import { LlmClient } from './client.ts';
import { checkFacts } from './fact-guard.ts';
import { type LlmLogger, silentLogger } from './logger.ts';
import { createLlmMetrics, type LlmMetrics } from './metrics.ts';
import { sanitiseUserMessage } from './prompt-data.ts';
import type { Env } from '../../config/env.ts';
import { LlmBlockSchema } from './schema.ts';
import { type LlmSettings, resolveLlmSettings } from './settings.ts';
import { type LoadedTemplate, loadTemplate } from './template.ts';

export const DEFAULT_KNOWLEDGE_TEMPLATE = fileURLToPath(new URL('../../../prompts/knowledge_answer_ru.jinja2', import.meta.url));
const NO_ANSWER = /^\W*NO_ANSWER\W*$/i;

const policySchema = z.looseObject({ name: z.string(), llm: LlmBlockSchema.optional(), prompt: z.string().optional(), prompt_template: z.string().optional() });

export interface KnowledgeSettings {
  llm: LlmSettings;
  promptTemplate: string | null;
}

/** The EnterpriseSearchPolicy entry of config.yml `policies`, when it names an LLM; null otherwise (off). */
export function resolveKnowledgeSettings(policies: readonly unknown[] | undefined, endpoints: unknown, env: Env): KnowledgeSettings | null {
  for (const item of policies ?? []) {
    const parsed = policySchema.safeParse(item);
    if (!parsed.success || parsed.data.name.split('.').pop() !== 'EnterpriseSearchPolicy' || !parsed.data.llm) continue;
    return {
      llm: resolveLlmSettings({ name: 'EnterpriseSearchPolicy', llm: parsed.data.llm }, endpoints, env),
      promptTemplate: parsed.data.prompt_template ?? parsed.data.prompt ?? null,
    };
  }
  return null;
}

export interface KnowledgeAnswererOptions {
  settings: KnowledgeSettings;
  projectDir?: string;
  client?: LlmClient;
  registry?: Registry;
  logger?: LlmLogger;
}

export class KnowledgeAnswerer {
  private readonly template: LoadedTemplate;
  private readonly client: LlmClient;
  private readonly logger: LlmLogger;
  private readonly metrics: LlmMetrics | null;

  constructor(options: KnowledgeAnswererOptions) {
    this.template = loadTemplate(options.settings.promptTemplate ?? DEFAULT_KNOWLEDGE_TEMPLATE, options.projectDir);
    this.logger = options.logger ?? silentLogger;
    this.metrics = options.registry ? createLlmMetrics(options.registry) : null;
    this.client = options.client ?? new LlmClient({ settings: options.settings.llm, logger: this.logger, metrics: this.metrics });
  }

  /** An answer built only from `facts`, or null (no answer in the facts, LLM failed, or a fact was changed). */
  async answer(question: string, facts: readonly string[], context: Pick<UnderstandingContext, 'senderId' | 'history'>): Promise<string | null> {
    if (facts.length === 0) return null;
    const history = context.history.map((h) => `${h.role === 'user' ? 'USER' : 'AI'}: ${sanitiseUserMessage(h.text)}`).join('\n');
    const prompt = this.template.render({ question: sanitiseUserMessage(question), facts, history });
    let text: string;
    try {
      text = (await this.client.complete(prompt)).text.trim();
    } catch (error) {
      return this.none('failed', context.senderId, { error: error instanceof Error ? error.message : String(error) });
    }
    if (!text || NO_ANSWER.test(text)) return this.none('no-answer', context.senderId, {});
    // Every number, code and «name» in the answer must come from the facts (or the question itself).
    const check = checkFacts('', text, `${facts.join('\n')}\n${question}`);
    if (!check.ok) return this.none('changed-facts', context.senderId, { answer: text, added: check.added });
    this.metrics?.phrasings.inc({ kind: 'knowledge', outcome: 'ok' });
    return text;
  }

  private none(outcome: string, senderId: string, fields: Record<string, unknown>): null {
    this.metrics?.phrasings.inc({ kind: 'knowledge', outcome });
    this.logger.info({ senderId, outcome, ...fields }, 'llm.knowledge.no_answer');
    return null;
  }
}
