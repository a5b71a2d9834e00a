// The only schemas of the LLM blocks Rasa Pro projects write: a model (inline under `llm:` in config.yml, or in
// an endpoints.yml model group), a model group, and the LLM command generator's pipeline entry. The file loaders
// in src/config/ compose them (unknown keys become warnings there); settings.ts resolves the parsed result.
import { z } from 'zod';
import { bool, num } from '../../config/zod-helpers.ts';

/** Generator names Rasa projects use; the compact DSL parser understands all their outputs. */
export const LLM_GENERATOR_NAMES = [
  'CompactLLMCommandGenerator',
  'SearchReadyLLMCommandGenerator',
  'SingleStepLLMCommandGenerator',
  'LLMCommandGenerator',
] as const;

const llmModelFields = {
  provider: z.string().optional(),
  type: z.string().optional(), // pre-3.10 spelling of provider
  model: z.string().optional(),
  model_name: z.string().optional(), // pre-3.10 spelling of model
  api_base: z.string().optional(),
  api_key: z.string().optional(),
  api_version: z.string().optional(),
  api_type: z.string().optional(),
  deployment: z.string().optional(),
  temperature: num.optional(),
  top_p: num.optional(),
  max_tokens: num.optional(),
  max_completion_tokens: num.optional(), // newer OpenAI models take this instead of max_tokens
  seed: num.optional(),
  timeout: num.optional(), // seconds, as in Rasa
  request_timeout: num.optional(),
  // Portier's LLM client settings
  max_retries: num.optional(),
  stream: bool.optional(),
  extra_headers: z.record(z.string(), z.string()).optional(),
  /** yandex: the Yandex Cloud folder the model runs in (or YANDEX_FOLDER_ID). */
  folder_id: z.string().optional(),
  /** gigachat: the OAuth scope (GIGACHAT_API_PERS, GIGACHAT_API_B2B, GIGACHAT_API_CORP). */
  scope: z.string().optional(),
  /** gigachat: the OAuth token endpoint. */
  auth_url: z.string().optional(),
  /** gigachat: PEM file of the Russian root CA its servers are signed with. */
  ca_file: z.string().optional(),
};

/** One model inside an endpoints.yml model group. */
export const LlmModelSchema = z.strictObject(llmModelFields);

/** An `llm:` block: a model given inline, or `model_group` naming one in endpoints.yml (overrides may sit beside it). */
export const LlmBlockSchema = z.strictObject({ ...llmModelFields, model_group: z.string().optional() });

/** endpoints.yml `model_groups[]`: several models are a router in Rasa; Portier uses the first. */
export const LlmModelGroupSchema = z.strictObject({
  id: z.string(),
  models: z.array(LlmModelSchema).min(1),
  router: z.strictObject({ routing_strategy: z.string().optional() }).optional(),
});

/** The LLM command generator's pipeline entry in config.yml (names may carry a module path). */
export const LlmCommandGeneratorSchema = z.strictObject({
  name: z.string(),
  llm: LlmBlockSchema.optional(),
  prompt_template: z.string().optional(),
  prompt: z.string().optional(), // legacy key
  user_input: z.strictObject({ max_characters: num.default(420) }).default({ max_characters: 420 }),
  flow_retrieval: z
    .strictObject({
      active: bool.default(true),
      embeddings: z.record(z.string(), z.unknown()).optional(),
      num_flows: num.optional(),
      turns_to_embed: num.optional(),
      should_embed_slots: bool.optional(),
    })
    .default({ active: true }),
  minimize_num_calls: bool.optional(),
  /** Portier extension: how many past turns go into the prompt. */
  history_turns: num.optional(),
  /** Portier extension: the breaker that stops calling a failing LLM for a while. */
  circuit_breaker: z.strictObject({ failure_threshold: num.optional(), cool_down: num.optional() }).optional(),
});

export type LlmModelConfig = z.output<typeof LlmModelSchema>;
export type LlmBlockConfig = z.output<typeof LlmBlockSchema>;
export type LlmModelGroup = z.output<typeof LlmModelGroupSchema>;
export type LlmCommandGeneratorEntry = z.output<typeof LlmCommandGeneratorSchema>;
