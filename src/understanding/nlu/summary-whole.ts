// «прочитайте всё ещё раз», «повторите полностью» to a summary read again after a correction, which named only the fix
// and said the rest was unchanged («Теперь на имя …, остальное без изменений — верно?»): the caller hears the whole
// summary (the project's summaryWhole flow), and the question stays open for their answer.
import type { Command } from '../../engine/commands.ts';
import { lastBotTurn } from './conversation-history.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';

// the summary said as its fix alone
const FIX_ONLY = /без изменений[^.?!]*\?\s*$/i;
// a repeat asked for («повторите», «ещё раз», «не расслышала») or the whole of it («всё», «целиком», «полностью»)
const AGAIN = /(?<![а-я])(?:повтор\S*|ещ[её] раз|заново|не расслышал\S*|не понял\S*)(?![а-я])/;
const WHOLE = /(?<![а-я])(?:прочита\S*|прочт\S*|зачита\S*|перечисл\S*|скажите|назовите|огласите)(?![а-я]).*(?<![а-я])(?:вс[её]|целиком|полностью)(?![а-я])/;

export function wholeSummaryAsked(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const flow = project.flow.summaryWhole;
  if (!flow || !project.options.flows.some((f) => f.id === flow)) return null;
  if (turn.asked !== project.slot.bookingConfirmation || !FIX_ONLY.test(lastBotTurn(turn.ctx.history))) return null;
  const said = turn.said.replace(/ё/g, 'е');
  if (turn.intent !== 'repeat' && !AGAIN.test(said) && !WHOLE.test(said)) return null;
  return [{ command: 'start flow', flow }];
}
