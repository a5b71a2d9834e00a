// Public entry points of LLM understanding: settings, the generator factory and the assembly the runtime uses.
import { LlmCommandGenerator, type LlmCommandGeneratorOptions } from './llm-command-generator.ts';

export { type AssembledUnderstanding, type AssembleUnderstandingOptions, assembleUnderstanding, composeUnderstanding } from './assemble.ts';
export { LlmClient, type ChatResult, type TokenUsage } from './client.ts';
export { CircuitBreaker, type BreakerState } from './circuit-breaker.ts';
export { cleanValue, commandsOrCannotHandle, parseCommands, type ParseResult, type SlotValueNormaliser } from './command-parser.ts';
export { LlmConfigError, LlmError, type LlmErrorCategory, LlmStartupError } from './errors.ts';
export { checkFacts, type FactCheck, factsOf } from './fact-guard.ts';
export { FallbackCommandGenerator, type FallbackCommandGeneratorOptions } from './fallback-generator.ts';
export { KnowledgeAnswerer, type KnowledgeAnswererOptions, type KnowledgeSettings, resolveKnowledgeSettings } from './knowledge-answerer.ts';
export { LlmCommandGenerator, type LlmCommandGeneratorOptions } from './llm-command-generator.ts';
export type { LlmLogger } from './logger.ts';
export { createLlmMetrics, type LlmMetrics } from './metrics.ts';
export { createSlotNormaliser, type RussianValueReaders } from './normalise.ts';
export { russianReaders } from './russian-readers.ts';
export { CommandPrompt, DEFAULT_PROMPT_TEMPLATE } from './prompt.ts';
export { type RephraseResult, ResponseRephraser, type ResponseRephraserOptions, type RephraserSettings, resolveRephraserSettings } from './rephraser.ts';
export type { FlowGuard } from './prompt-data.ts';
export {
  decideUnderstanding,
  endpointsSchema,
  findLlmPipelineEntry,
  type LlmSettings,
  resolveLlmSettings,
  type UnderstandingDecision,
  type UnderstandingMode,
} from './settings.ts';
export { type LlmCheck, verifyLlm } from './verify.ts';

/** The LLM command generator for the runtime. Its understand() rejects with LlmError when the LLM fails. */
export function createLlmCommandGenerator(options: LlmCommandGeneratorOptions): LlmCommandGenerator {
  return new LlmCommandGenerator(options);
}
