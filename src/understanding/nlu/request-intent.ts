// What a request asks for when its shape or the conversation decides before the intent model (the cue phrases, the
// management of an existing booking, what is said after a person is declined), and once its values are read (the
// booking at hand, a price asked again, a rule asked about, a service ordered).
import { type Extracted, normalizeText, stayChange } from '../lang-ru/index.ts';
import type { UnderstandingContext } from '../types.ts';
import { bookingAtHandRequest } from './booking-at-hand.ts';
import { asksAnotherBooking, bookingManagementCue, namesExistingBooking, ordersSomethingElse, removesWhatWasDiscussed } from './booking-cues.ts';
import { offeredBooking, spokeOfCancelling } from './conversation-history.ts';
import { cueIntent } from './cues.ts';
import type { GeneratorProject } from './generator-project.ts';
import { asksRule, ordersService } from './hotel-fact-questions.ts';
import { type IntentPrediction, OUT_OF_SCOPE } from './model.ts';
import { WHAT_IF } from './question-shapes.ts';
import { CHITCHAT_INTENTS } from './small-talk.ts';

// looking a booking up: its details, its dates, whether it is there
const LOOKS_UP =
  /(?<![а-я])(?:детал\S*|узна\S*|провер\S*|посмотр\S*|гляньте|уточн\S*|информаци\S*|статус\S*|найд\S*|найти|подтвер\S*|как(?:ие|ая) (?:\S+ )?(?:даты|числа)|на как\S* (?:даты|числа))(?![а-я])/;
const BOOKING_WORD = /(?<![а-я])(?:брон\S*|бронировани\S*|заказ\S*)(?![а-я])/;

/** «можно узнать детали брони»: the caller asks about a booking they have. */
function looksUpBooking(request: string): boolean {
  const t = normalizeText(request);
  return LOOKS_UP.test(t) && BOOKING_WORD.test(t);
}

/** What a message that declines a person asks for: the request said after the refusal, or no. */
export function afterDecline(project: GeneratorProject, rest: string, context: UnderstandingContext): IntentPrediction {
  const deny: IntentPrediction = { intent: 'deny', confidence: 1, ranking: [{ name: 'deny', confidence: 1 }] };
  if (!rest) return deny;
  const then = cueOrManage(project, rest, context) ?? project.options.model.predict(rest);
  // «…, просто примите к сведению»: nothing the assistant does follows the refusal — it stays a no
  const unclear = then.intent === OUT_OF_SCOPE || CHITCHAT_INTENTS.has(then.intent) || then.confidence < 0.5;
  return then.intent === 'human_handoff' || unclear ? deny : then;
}

/** The cue phrases, then the booking-management shapes; «я передумал, отмените бронь» cancels the booking. */
export function cueOrManage(project: GeneratorProject, request: string, context: UnderstandingContext): IntentPrediction | null {
  const cue = cueIntent(request);
  if (cue && cue.intent !== 'stop') return cue;
  return manageCue(project, request, context) ?? cue;
}

/**
 * The booking proven in this conversation, spoken of without naming it (booking-at-hand.ts): outside a flow, or
 * while another request about a booking runs (the change of a booking the caller now cancels, and back).
 */
function atHandIntent(
  project: GeneratorProject,
  request: string,
  intent: IntentPrediction,
  x: Extracted,
  context: UnderstandingContext,
): IntentPrediction | null {
  if (!project.provenBooking(context)) return null;
  const managing = [project.flow.change, project.flow.cancel, 'find_booking'];
  if (context.activeFlow && !managing.includes(context.activeFlow)) return null;
  if (intent.confidence === 1 && ['human_handoff', 'repeat', 'greet'].includes(intent.intent)) return null;
  const wanted = bookingAtHandRequest(request, x);
  // «и ещё один номер для родителей» beside the booking made: a new booking, not a change of it
  // («ещё одну ночку» is the same booking, longer)
  if (wanted === 'change_booking' && !stayChange(request) && asksAnotherBooking(request)) return null;
  if (!wanted || wanted === context.activeFlow || !project.options.flows.some((f) => f.id === wanted)) return null;
  // the cancellation's own «да, отменяйте» / «нет, не отменяйте» answers its question (decide.ts)
  if (context.activeFlow === project.flow.cancel && wanted === 'cancel_booking') return null;
  return { intent: wanted, confidence: 1, ranking: [{ name: wanted, confidence: 1 }] };
}

/** «уберите мой номер», «можно сдвинуть на день»: an existing booking cancelled or changed (booking-cues.ts). */
function manageCue(project: GeneratorProject, request: string, context: UnderstandingContext): IntentPrediction | null {
  // «забронируйте столик на субботу»: not a room, whatever the dates
  if (ordersSomethingElse(request)) return { intent: OUT_OF_SCOPE, confidence: 1, ranking: [{ name: OUT_OF_SCOPE, confidence: 1 }] };
  // while a new booking is made, «отмените» stops it and «поменяйте даты» corrects it — unless the caller speaks
  // of the booking they already have («у нас бронь, к нам ещё едет человек»)
  if (context.activeFlow === project.flow.book && !namesExistingBooking(request)) return null;
  // «ну тогда отменяйте» after the cancellation fee was asked about, or with a booking made or proven here
  const bare = !context.activeFlow && removesWhatWasDiscussed(request) && (project.provenBooking(context) || spokeOfCancelling(context.history));
  const intent = bookingManagementCue(request) ?? (bare ? 'cancel_booking' : null);
  if (!intent || !project.options.flows.some((f) => f.nlu_trigger?.some((t) => t.intent === intent))) return null;
  return { intent, confidence: 1, ranking: [{ name: intent, confidence: 1 }] };
}

/**
 * The intent reconsidered once the message's values are read: the booking at hand, a price asked again for other
 * terms after the offer of a booking, a question about a rule, an order of a hotel service (ranked as the model
 * ranked the message). Null: unchanged.
 */
export function intentWithValues(
  project: GeneratorProject,
  request: string,
  intent: IntentPrediction,
  x: Extracted,
  context: UnderstandingContext,
  ranking: IntentPrediction['ranking'],
): IntentPrediction | null {
  // «можно узнать детали брони, код …, фамилия …»: a code said with a word of looking a booking up is the lookup,
  // however the model read the details beside it (a cancellation or a change was read by its shape before)
  if (!context.activeFlow && x.bookingCode && looksUpBooking(request) && project.options.flows.some((f) => f.id === 'find_booking'))
    return { intent: 'find_booking', confidence: 1, ranking };
  // «отмените её», «на неделю позже», «давайте лучше стандарт» about the booking made or found in this conversation
  const atHand = atHandIntent(project, request, intent, x, context);
  if (atHand) return atHand;
  // «а если нас будет трое?», «а сколько выйдет на троих?» after «Хотите забронировать?»: the price asked again
  // for other terms, not a yes to the offer
  if (!context.activeFlow && offeredBooking(context.history) && WHAT_IF.test(normalizeText(request)))
    return { intent: 'ask_hotel_info', confidence: 1, ranking };
  // «можно ли внуку шестнадцати лет остановиться у вас одному?»: a question about a rule, not a booking
  if (!context.activeFlow && intent.intent === 'book_room' && intent.confidence < 1 && asksRule(project, request, x))
    return { intent: 'ask_hotel_info', confidence: 1, ranking };
  // «закажите трансфер на пятницу», «хочу забронировать парковку»: a service of the hotel, never a room booking
  if (intent.intent !== 'human_handoff' && ordersService(project, request, x)) return { intent: 'ask_hotel_info', confidence: 1, ranking };
  return null;
}
