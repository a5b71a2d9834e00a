// Small talk: a greeting, a goodbye, thanks, chitchat.
import type { Command } from '../../engine/commands.ts';
import type { GeneratorProject } from './generator-project.ts';

export const CHITCHAT_INTENTS = new Set(['greet', 'goodbye', 'thank', 'chitchat']);

/** Small talk goes to a flow the project triggers on that intent (a greeting, a goodbye), else to chitchat. */
export function smallTalk(project: GeneratorProject, intent: string, confidence: number, active: string | null): Command[] {
  const flow = project.flowForIntent(intent, confidence);
  return flow && flow !== active ? [{ command: 'start flow', flow }] : [{ command: 'chitchat' }];
}
