// A bare yes, no or thanks to the assistant's own offer outside any flow («Чем ещё могу помочь?», «Хотите
// забронировать?», an answer that asked nothing).
import type { Command } from '../../engine/commands.ts';
import type { Extracted } from '../lang-ru/index.ts';
import type { UnderstandingContext } from '../types.ts';
import { helpOffered, offeredBooking, offeredCode } from './conversation-history.ts';
import type { GeneratorProject } from './generator-project.ts';
import { OUT_OF_SCOPE } from './model.ts';
import { ASKING } from './question-shapes.ts';

// Intents a bare yes, no or thanks is read as.
const BARE_ANSWER_INTENTS = new Set(['affirm', 'deny', 'thank', 'greet', 'goodbye', 'stop', 'chitchat', OUT_OF_SCOPE]);
// Declining to go on: «нет, спасибо», «не надо», «передумал».
export const DECLINES = /(?<![а-я])(?:спасибо|не надо|не нужно|не хочу|не будем|передумал\S*)(?![а-я])/;

/**
 * A bare yes or no (or thanks) to the assistant's own question outside any flow: «Чем ещё могу помочь?» — yes
 * invites the request, no or thanks ends the call; «Хотите забронировать?» — no is taken (a yes books, decide.ts).
 */
export function answerToOffer(
  project: GeneratorProject,
  said: string,
  intent: string,
  x: Extracted,
  history: UnderstandingContext['history'],
): Command[] | null {
  if (said.includes('?') || ASKING.test(said)) return null;
  const yes = x.yesNo ?? (intent === 'affirm' ? true : intent === 'deny' ? false : null);
  const start = (flow: string | null): Command[] | null => (flow ? [{ command: 'start flow', flow }] : null);
  const has = (flow: string | undefined): flow is string => !!flow && project.options.flows.some((f) => f.id === flow);
  // «Повторить код?», «Продиктовать код брони?»: «да», «повторите», «продиктуйте» read it; «нет» offers other help
  if (offeredCode(history)) {
    const wantsIt = (yes === true && !DECLINES.test(said)) || intent === 'repeat' || /(?<![а-я])(?:повтор|продикт|диктуй|назов)\S*/.test(said);
    if (wantsIt && yes !== false && has(project.flow.codeRead)) return start(project.flow.codeRead);
    if (yes === false && (intent === 'deny' || intent === 'affirm') && has(project.flow.offerDeclined)) return start(project.flow.offerDeclined);
  }
  if (!BARE_ANSWER_INTENTS.has(intent)) return null;
  const offer = helpOffered(history);
  const asked = history.at(-1)?.role === 'bot' && /\?\s*$/.test(history.at(-1)?.text ?? '');
  if (offer === 'more') {
    // «не, всё», «ничего», «пока всё»: nothing more
    const nothingMore = /^(?:(?:не|нет|неа|да нет)[,\s]+)?(?:пока |это |вот и |да )?(?:вс[её]|ничего|больше ничего)[.!]?$/.test(said.trim());
    const done = yes === false || nothingMore || (intent === 'thank' && yes !== true) || (yes === true && DECLINES.test(said));
    if (done) return start(project.flowForIntent('goodbye', 1));
  }
  // «нет, спасибо» after an answer that asked nothing: the caller has what they wanted, the call ends politely
  if (!offer && !asked && history.at(-1)?.role === 'bot' && yes === false) return start(project.flowForIntent('goodbye', 1));
  // «да» to «Чем могу помочь?», or after an answer that asked nothing: go on, the assistant listens
  if ((offer || !asked) && yes === true && !DECLINES.test(said) && !offeredBooking(history)) return start(project.flowForIntent('greet', 1));
  if (yes === false && offeredBooking(history) && project.options.flows.some((f) => f.id === project.flow.offerDeclined))
    return start(project.flow.offerDeclined);
  return null;
}
