// config.yml: Rasa Pro's recipe/language/pipeline/policies, plus Portier's own `portier:` settings.
import { z } from 'zod';
import { LLM_GENERATOR_NAMES, LlmBlockSchema, LlmCommandGeneratorSchema } from '../understanding/llm/schema.ts';
import { num, numWith } from './zod-helpers.ts';

/** The LLM command generator as config.yml lists it: its schema lives with the LLM settings; Rasa's default model group. */
export const LlmCommandGeneratorFileSchema = LlmCommandGeneratorSchema.extend({
  name: z.enum(LLM_GENERATOR_NAMES),
  llm: LlmBlockSchema.default({ model_group: 'openai_llm' }),
});

/** Portier's offline Russian intent classifier and entity extractors (trained by `portier train`). */
export const PortierRussianNluSchema = z.strictObject({
  name: z.literal('PortierRussianNLU'),
  /** Below this confidence the intent is treated as unknown and starts no flow. */
  intent_threshold: numWith(z.number().min(0).max(1)).default(0.3),
});

export const NluCommandAdapterSchema = z.strictObject({ name: z.literal('NLUCommandAdapter') });

export const FlowPolicySchema = z.strictObject({ name: z.literal('FlowPolicy'), max_history: num.optional() });
export const EnterpriseSearchPolicySchema = z.looseObject({ name: z.literal('EnterpriseSearchPolicy'), llm: LlmBlockSchema.optional() });

export const PortierSettingsSchema = z.strictObject({
  /** auto: LLM when OPENAI_API_KEY is set, otherwise offline NLU. */
  understanding: z.enum(['auto', 'llm', 'nlu']).default('auto'),
  /** The hotel's facts and prices; absent: data/hotel.yml when it exists (other Rasa projects have none). */
  hotel: z.string().optional(),
  /** Where flows and NLU training data live (Rasa's --data). */
  data: z.array(z.string()).default(['data']),
  /** domain.yml or a domain/ folder (Rasa's --domain). */
  domain: z.string().optional(),
  /**
   * After an interrupting flow ends: `ask` whether to go back to the interrupted one (Rasa Pro 3.11+'s
   * pattern_continue_interrupted, the default), or `auto`: say so and go back (Rasa up to 3.10; the hotel's
   * choice on a phone call).
   */
  resume_interrupted: z.enum(['ask', 'auto']).default('ask'),
});

const NamedSchema = z.looseObject({ name: z.string() });

/** The outer shape; each pipeline/policy entry is then checked against its own schema by name. */
export const ConfigFileSchema = z.strictObject({
  recipe: z.literal('default.v1', { error: 'recipe must be "default.v1" (the only recipe CALM assistants use)' }).default('default.v1'),
  language: z.string().default('ru'),
  additional_languages: z.array(z.string()).optional(),
  assistant_id: z.string().optional(),
  pipeline: z.array(NamedSchema).nullable().optional(),
  policies: z.array(NamedSchema).nullable().optional(),
  portier: PortierSettingsSchema.nullable().optional(),
});

export type LlmCommandGeneratorConfig = z.output<typeof LlmCommandGeneratorFileSchema>;
export type PortierRussianNluConfig = z.output<typeof PortierRussianNluSchema>;
export type PortierSettings = z.output<typeof PortierSettingsSchema>;

export type PipelineComponent = LlmCommandGeneratorConfig | PortierRussianNluConfig | z.output<typeof NluCommandAdapterSchema>;

export type PolicyConfig = z.output<typeof FlowPolicySchema> | z.output<typeof EnterpriseSearchPolicySchema>;

export interface AssistantConfig {
  recipe: 'default.v1';
  language: string;
  additional_languages: string[];
  assistant_id: string;
  /** Supported components only, in file order (unsupported ones were reported as warnings). */
  pipeline: PipelineComponent[];
  policies: PolicyConfig[];
  portier: PortierSettings;
}

/** Rasa components that a CALM config may list and Portier's own understanding replaces. */
export const REPLACED_COMPONENTS = new Set([
  'WhitespaceTokenizer',
  'SpacyNLP',
  'SpacyTokenizer',
  'JiebaTokenizer',
  'MitieNLP',
  'MitieTokenizer',
  'CountVectorsFeaturizer',
  'LexicalSyntacticFeaturizer',
  'RegexFeaturizer',
  'ConveRTFeaturizer',
  'LanguageModelFeaturizer',
  'SpacyFeaturizer',
  'DIETClassifier',
  'LogisticRegressionClassifier',
  'SklearnIntentClassifier',
  'KeywordIntentClassifier',
  'FallbackClassifier',
  'CRFEntityExtractor',
  'DucklingEntityExtractor',
  'RegexEntityExtractor',
  'SpacyEntityExtractor',
  'EntitySynonymMapper',
  'ResponseSelector',
]);

export const DEFAULT_PIPELINE: PipelineComponent[] = [
  { name: 'PortierRussianNLU', intent_threshold: 0.3 },
  { name: 'NLUCommandAdapter' },
  {
    name: 'CompactLLMCommandGenerator',
    llm: { model_group: 'openai_llm' },
    user_input: { max_characters: 420 },
    flow_retrieval: { active: true },
  },
];
