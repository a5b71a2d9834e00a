// The optional LLM phrasings, off by default, applied at the runtime's edge so the engine stays pure:
// - knowledge answers phrased from the retrieved hotel facts (config.yml policies: EnterpriseSearchPolicy
//   with an llm), handed to the knowledge action as a service;
// - the response rephraser (endpoints.yml nlg: {type: rephrase}), applied to the turn's bot messages.
// Both keep the original text whenever the LLM fails or changes a number, code or quoted name.
import type { Registry } from 'prom-client';
import type { BotMessage } from '../engine/messages.ts';
import type { TrackerEvent } from '../engine/events.ts';
import { KnowledgeAnswerer, ResponseRephraser, resolveKnowledgeSettings, resolveRephraserSettings } from '../understanding/llm/index.ts';
import type { UnderstandingContext } from '../understanding/types.ts';
import type { EngineAssembly } from './engine-assembly.ts';

export type PhraseKnowledge = (
  question: string,
  facts: readonly string[],
  context: Pick<UnderstandingContext, 'senderId' | 'history'>,
) => Promise<string | null>;

export interface LlmPhrasing {
  knowledge: PhraseKnowledge | null;
  rephrase: ((events: TrackerEvent[], messages: BotMessage[], context: Pick<UnderstandingContext, 'senderId' | 'history'>) => Promise<void>) | null;
}

/** Only when the LLM is in use at all (a key or a local server): the phrasings share its settings' credentials. */
export function llmPhrasing(assembly: EngineAssembly, llmInUse: boolean, registry: Registry): LlmPhrasing {
  if (!llmInUse) return { knowledge: null, rephrase: null };
  const { project, env, logger } = assembly;
  const knowledgeSettings = resolveKnowledgeSettings(project.config.policies, project.endpoints, env);
  const rephraserSettings = resolveRephraserSettings(project.endpoints, env);
  const log = logger.child({ part: 'llm-phrasing' });
  const answerer = knowledgeSettings ? new KnowledgeAnswerer({ settings: knowledgeSettings, projectDir: project.root, registry, logger: log }) : null;
  const rephraser = rephraserSettings ? new ResponseRephraser({ settings: rephraserSettings, projectDir: project.root, registry, logger: log }) : null;
  return {
    knowledge: answerer ? (question, facts, context) => answerer.answer(question, facts, context) : null,
    rephrase: rephraser
      ? async (events, messages, context) => {
          // bot events and messages come in the same order, one for one
          const bots = events.filter((e): e is Extract<TrackerEvent, { event: 'bot' }> => e.event === 'bot');
          for (let i = 0; i < bots.length && i < messages.length; i++) {
            const event = bots[i]!;
            const message = messages[i]!;
            if (!message.text || event.text !== message.text) continue;
            const result = await rephraser.rephrase(message.text, context, event.metadata as { rephrase?: unknown } | undefined);
            if (result.rephrased) {
              // what the guest is told is what the conversation keeps
              message.text = result.text;
              event.text = result.text;
            }
          }
        }
      : null,
  };
}
