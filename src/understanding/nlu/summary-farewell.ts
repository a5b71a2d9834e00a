// A farewell at the booking summary («…Всё верно?» — «спасибо, до свидания», «ладно, всего доброго»): the booking is
// neither made nor dropped in silence. As a receptionist does, the assistant says once that it is not made yet and
// asks whether to confirm it (the project's summaryLeftOpen flow, its question held for the answer); a «да» then books,
// and a «нет» or a farewell again leaves the booking unmade, said so in the goodbye. A yes said with the farewell
// («да, всё верно, спасибо, до свидания») books, never dropped for the farewell beside it.
import type { Command } from '../../engine/commands.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { UnderstandingContext } from '../types.ts';
import { callOff } from './call-off.ts';
import type { GeneratorProject } from './generator-project.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';
// (a thanks alone is none: «нет, спасибо» answers the question)
const FAREWELL = new RegExp(
  `${L}(?:до свидания|всего (?:доброго|хорошего)|до встречи|пока-пока|счастливо|(?:спасибо|благодарю),? (?:это )?вс[её]|(?:вс[её]|больше ничего) не (?:надо|нужно))${R}`,
);
// a confirmation said outright («да», «всё верно», «подтверждаю», «бронируйте»): the booking is wanted
const CONFIRMS = new RegExp(`${L}(?:да|верно|правильно|подтверждаю|подтверждаем|бронируйте|оформляйте|оформляем|согласен|согласна)${R}`);
// a wish to stop said outright is the booking's own rule (cancelled as it always is)
const DROPS = new RegExp(`${L}(?:не надо бронировать|отмен\\S*|передумал\\S*|не хочу|не буду)${R}`);

const NEGATED = new RegExp(`${L}(?:не|нет)${R}`);

/** The slot the summaryLeftOpen flow sets: the caller has heard that the booking is not made yet. */
export const SUMMARY_LEFT_OPEN = 'summary_left_open';

export function farewellAtSummary(project: GeneratorProject, text: string, ctx: UnderstandingContext, yesNo: boolean | null): Command[] | null {
  const flow = project.flow.summaryLeftOpen;
  if (!flow || !project.options.flows.some((f) => f.id === flow)) return null;
  if (ctx.activeFlow !== project.flow.book || ctx.requestedSlot !== project.slot.bookingConfirmation) return null;
  const t = normalizeText(text);
  const farewell = FAREWELL.test(t);
  if (ctx.slots[SUMMARY_LEFT_OPEN] === true) return (farewell && !CONFIRMS.test(t)) || yesNo === false ? callOff(project, text, 'goodbye') : null;
  if (!farewell || DROPS.test(t)) return null;
  // «да, всё верно, спасибо, до свидания»: the yes books, the farewell never drops it
  if (CONFIRMS.test(t))
    return NEGATED.test(t) ? null : [{ command: 'set slot', name: project.slot.bookingConfirmation, value: true, extractor: project.extractor }];
  return [{ command: 'start flow', flow }];
}
