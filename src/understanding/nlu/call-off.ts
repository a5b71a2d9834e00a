// The request in progress called off or left: with a goodbye, to think it over, as never the caller's, or for
// another request said after the words of leaving (leaving.ts).
import type { Command } from '../../engine/commands.ts';
import type { UnderstandingContext } from '../types.ts';
import { leavesHow } from './closing-cues.ts';
import type { GeneratorProject } from './generator-project.ts';
import { cueOrManage } from './request-intent.ts';
import { CHITCHAT_INTENTS } from './small-talk.ts';

/**
 * The request is called off; a caller who says goodbye with it («ничего не надо, до свидания») is answered with
 * the goodbye, one who will think it over («я подумаю») with the flow that says so, when the project has them.
 */
export function callOff(project: GeneratorProject, text: string, how = leavesHow(text)): Command[] {
  const then =
    how === 'goodbye' ? project.flowForIntent('goodbye', 1) : how === 'later' ? project.flow.thinkOver : how === 'misread' ? project.flow.requestMisread : null;
  return then && project.options.flows.some((f) => f.id === then)
    ? [{ command: 'cancel flow' }, { command: 'start flow', flow: then }]
    : [{ command: 'cancel flow' }];
}

/** The request in progress is left; what is said after the words of leaving is taken as a request of its own. */
export function leave(project: GeneratorProject, rest: string, text: string, ctx: UnderstandingContext): Command[] {
  const how = leavesHow(text);
  // a farewell or «я подумаю» said with it decides; a request said after the words of leaving is taken below
  if (how === 'goodbye' || how === 'later' || rest.split(' ').length < 2) return callOff(project, text, how);
  const off: Command[] = [{ command: 'cancel flow' }];
  const then = cueOrManage(project, rest, ctx) ?? project.options.model.predict(rest);
  const flow = then.confidence >= 0.5 && !CHITCHAT_INTENTS.has(then.intent) ? project.flowForIntent(then.intent, then.confidence) : null;
  if (flow && flow !== ctx.activeFlow && then.intent !== 'book_room') return [...off, { command: 'start flow', flow }];
  if (then.intent === 'human_handoff' && then.confidence >= 0.5) return [...off, { command: 'human handoff' }];
  // «про ресторан», «машина из аэропорта»: what the hotel's facts answer strongly
  const top = project.facts()?.search(rest, 1)[0];
  if (then.intent === 'ask_hotel_info' || (top && !top.fact.roomType && top.score >= 3)) return [...off, { command: 'knowledge' }];
  return callOff(project, text, how);
}
