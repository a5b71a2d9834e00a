// The caller is done, leaves to think it over, never meant the request, or declines to go on: the call or the
// request in progress ends (call-off.ts) rather than taking the words for an answer.
import type { Command } from '../../engine/commands.ts';
import { callOff } from './call-off.ts';
import { closesCall, leavesHow } from './closing-cues.ts';
import { offeredBooking } from './conversation-history.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';
import { answerToOffer, DECLINES } from './offer-answers.ts';
import { ASKING } from './question-shapes.ts';

// Said to the booking summary, these drop the booking rather than correct it.
const DISCARDS = /(?<![а-я])(?:не надо|не нужно|не хочу|не будем|не буду|отмен\S*|передумал\S*|не оформляйте)(?![а-я])/;

/** A farewell, «я подумаю», «я ничего не бронирую», a bare answer to the assistant's offer, or stop. */
export function endsRequest(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { text, said, intent, confident, x, ctx, active, changes, answersYesNo } = turn;
  // «нет, спасибо, больше ничего не надо», «не надо, я сам доберусь, спасибо»: the caller is done
  if (!active && closesCall(text, offeredBooking(ctx.history)) && !x.stay.check_in && !(x.room && !x.room.byPreference)) {
    const bye = project.flowForIntent('goodbye', 1);
    if (bye) return [{ command: 'start flow', flow: bye }];
  }
  // «спасибо, ничего не нужно, всего доброго» in the middle of a booking: the booking ends with the call
  if (intent === 'goodbye' && confident && active && !changes && !answersYesNo) return callOff(project, text, 'goodbye');
  // «я подумаю», «посоветуюсь с женой и перезвоню»: the caller leaves to think it over, in a request or after an offer
  // («посоветуюсь с женой» names a person to ask, not a guest to add)
  const changesBesidesGuests = !!(x.stay.check_in || x.stay.check_out || x.stay.nights || x.room || x.name || x.phone);
  if (leavesHow(text) === 'later' && !changesBesidesGuests && !x.bookingCode && !said.includes('?') && !ASKING.test(said)) {
    if (active) return callOff(project, text);
    if (project.flow.thinkOver && project.options.flows.some((f) => f.id === project.flow.thinkOver))
      return [{ command: 'start flow', flow: project.flow.thinkOver }];
  }
  // «я ничего не бронирую», «мне не номер нужен» during a booking: it was never the caller's; a question said with
  // it is left to the rules below
  if (active && leavesHow(text) === 'misread' && !changesBesidesGuests && !said.includes('?') && !ASKING.test(said)) return callOff(project, text);
  const reply = !active && !changes && !x.bookingCode ? answerToOffer(project, said, intent, x, ctx.history) : null;
  if (reply) return reply;
  if (intent === 'stop' && confident && !changes && !answersYesNo) return active ? callOff(project, text) : [{ command: 'chitchat' }];
  return null;
}

/** A no to the booking summary or to a question of the flow that declines to go on, rather than answers. */
export function declinesToGoOn(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { text, said, intent, confident, active, asked, askedType, changes } = turn;
  // «не надо», «отмените», «передумал» to the booking summary drop the booking; a plain «нет» asks what to correct
  if (active && asked === project.slot.bookingConfirmation && !changes && DISCARDS.test(said)) return callOff(project, text);
  // «нет, спасибо» to «какого числа выезд?» declines to go on, it is no answer to a yes/no question
  if (intent === 'deny' && confident && active && !changes && askedType !== 'bool' && DECLINES.test(said)) return callOff(project, text);
  return null;
}
