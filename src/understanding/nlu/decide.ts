// The commands for one message, its intent and values read: the order of the checks is the order in which the
// offline understanding decides (docs/understanding.md) — context first, then the intent, then the knowledge.
// Each family of decisions lives in its own module; this one only says which comes first.
import type { Command } from '../../engine/commands.ts';
import { bookingAndQuestion } from '../knowledge/clauses.ts';
import { petMention } from '../knowledge/topics.ts';
import { type Extracted, normalizeText } from '../lang-ru/index.ts';
import type { UnderstandingContext } from '../types.ts';
import { answersAsked } from './answers-asked.ts';
import { asksSwitch, ordersSomethingElse, wishesChange } from './booking-cues.ts';
import { answersReminder, answersWithoutCode, proofWithoutCode } from './booking-proof-answers.ts';
import { emailAtPhoneStep } from './contact-answers.ts';
import { callOff } from './call-off.ts';
import { asksCancellationRule } from './cancellation-questions.ts';
import { offeredBooking } from './conversation-history.ts';
import { sameValue } from './corrections.ts';
import type { DecisionTurn } from './decision-turn.ts';
import { changesProvenBooking, implicitStart, startTriggered } from './flow-starts.ts';
import type { GeneratorProject } from './generator-project.ts';
import { asksAboutHotel } from './hotel-fact-questions.ts';
import { hotelQuestionDigression } from './hotel-question-digression.ts';
import { type IntentPrediction, OUT_OF_SCOPE } from './model.ts';
import { nameAtNameStep } from './name-answers.ts';
import { renamesOwnBooking } from './booking-rename.ts';
import { ALLOWED_ASKED, ASKING } from './question-shapes.ts';
import { declinesToGoOn, endsRequest } from './request-endings.ts';
import { nextRoomParty } from './next-room-party.ts';
import { petGivenUp } from './pet-given-up.ts';
import { agreedRoom, roomAgreedByGoingOn } from './room-agreement.ts';
import { childAgeAsked } from './party-growth.ts';
import { slotValues } from './slot-values.ts';
import { wholeSummaryAsked } from './summary-whole.ts';
import { CHITCHAT_INTENTS, smallTalk } from './small-talk.ts';

// «возьмёте», «заселите», «пустите», «можно»: whether the hotel takes them is asked
const TAKES_ASKED = /(?<![а-я])(?:возьм[её]те|заселите|поселите|пустите|пускаете|примете|берете|можно|нельзя|разреш\S*|допуска\S*)(?![а-я])/;

/** A pet with its weight or size, asked whether the hotel takes it («мопс шесть кило, в люкс можно?»). */
function petSizeAsked(text: string): boolean {
  const pet = petMention(text);
  return !!pet && (pet.weight !== undefined || pet.big || pet.small) && (text.includes('?') || TAKES_ASKED.test(normalizeText(text)));
}

/**
 * `corrects`: the message corrects in one breath («не комфорт, а люкс», «вместо …»); `asksHotel`: it is a question
 * about the hotel by its shape (question-cues.ts).
 */
export function decide(
  project: GeneratorProject,
  text: string,
  p: IntentPrediction,
  x: Extracted,
  ctx: UnderstandingContext,
  corrects = false,
  asksHotel = false,
): Command[] {
  // «номер на выходные для меня и жены, и у нас кошка»: a booking with its details and a pet beside them is the
  // booking (the pet is checked against the room's rule before it is made); asked about outright, also answered
  if (
    !ctx.activeFlow &&
    p.intent === 'ask_hotel_info' &&
    petMention(text) &&
    (x.stay.check_in || x.guests.adults !== undefined) &&
    !ASKING.test(normalizeText(text))
  ) {
    // «бигль двенадцать кило, в стандарт нас возьмёте?» with no dates: whether the rule takes a pet of that size is
    // asked, not a booking (a weight said «килограмм на десять» is no party either)
    if (!x.stay.check_in && petSizeAsked(text)) return [{ command: 'knowledge' }];
    const books = decide(project, text, { intent: 'book_room', confidence: 1, ranking: p.ranking }, x, ctx, corrects);
    const outright = text.includes('?') || ALLOWED_ASKED.test(normalizeText(text));
    return outright && !books.some((c) => c.command === 'knowledge') ? [...books, { command: 'knowledge' }] : books;
  }
  const turn = readTurn(project, text, p, x, ctx);
  const { said, intent, confident, active, asked, askedType, changes, answersYesNo } = turn;
  // «отменяйте», «отмена» to «подтверждаете отмену?» is a yes, not a wish to stop cancelling
  if (active === project.flow.cancel && asked && askedType === 'bool' && /(?<![а-я])отмен/.test(said) && !/(?<![а-я])(?:не|нет|ни)(?![а-я])/.test(said)) {
    return [{ command: 'set slot', name: asked, value: true, extractor: project.extractor }];
  }
  const early =
    wholeSummaryAsked(project, turn) ??
    renamesOwnBooking(project, turn) ??
    nameAtNameStep(project, turn) ??
    emailAtPhoneStep(project, turn) ??
    agreedRoom(project, turn) ??
    petGivenUp(project, turn) ??
    nextRoomParty(project, turn) ??
    answersReminder(project, turn) ??
    answersWithoutCode(project, turn) ??
    endsRequest(project, turn) ??
    proofWithoutCode(project, turn) ??
    declinesToGoOn(project, turn);
  if (early) return early;
  // an order of something that is not a room (booking-cues.ts) fills nothing, in a flow or not
  if (intent === OUT_OF_SCOPE && p.confidence === 1 && ordersSomethingElse(text)) return [{ command: 'cannot handle', reason: 'cannot_handle_not_supported' }];
  if (intent === 'human_handoff' && confident) return [{ command: 'human handoff' }];
  if (intent === 'repeat' && confident) return [{ command: 'repeat' }];
  // «…, почту указывать не буду» after the phone skips the e-mail, not the phone just given
  if (intent === 'skip' && asked && confident && !answersAsked(project, x, asked, askedType, text)) return [{ command: 'skip question' }];

  // a question about the hotel is a digression: answer it, fill nothing
  // («а можно вместо стандарта комфорт?» is a change to the booking, though it sounds like a question)
  // …and «а можно всё-таки на двоих?» right after a booking was made here changes that booking
  // «поменяйте на семейный, там просторнее» while booking: the room switched, not a comparison asked (no question word)
  const switchesRoom = !!active && !!x.room && !x.room.byPreference && asksSwitch(text) && !ASKING.test(said);
  const changesBooking =
    (corrects && !!active && changes) || switchesRoom || (!active && wishesChange(text) && changesProvenBooking(project, text, 'inform', x, ctx));
  const digression = hotelQuestionDigression(project, turn, asksHotel, changesBooking);
  if (digression) return digression;
  if (CHITCHAT_INTENTS.has(intent) && confident && !answersAsked(project, x, asked, askedType, text)) return smallTalk(project, intent, p.confidence, active);

  // a yes to «Хотите забронировать?» is a booking request
  const accepted = !active && (intent === 'affirm' || x.yesNo === true) && offeredBooking(ctx.history);
  if (asksCancellationRule(project, turn)) return [{ command: 'knowledge' }];
  // «а ребёнку пять лет» outside a booking: the rule for children, for that age, not a booking with no dates
  if (childAgeAsked(project, turn)) return [{ command: 'knowledge' }];
  const started = startTriggered(project, turn, accepted, changesBooking);
  const commands = started.commands;
  let target = started.target;
  const slots = slotValues(project, x, ctx, target, intent, text);
  const implicit = implicitStart(project, turn, target, slots);
  if (implicit) {
    commands.push({ command: 'start flow', flow: implicit });
    target = implicit;
  }
  // «хочу забронировать номер, а парковка у вас есть?»: start the booking and answer the question
  const alsoAsks =
    commands.length + slots.length > 0 &&
    intent !== 'ask_hotel_info' &&
    (asksAboutHotel(project, text) || (intent === 'book_room' && !!bookingAndQuestion(text)));
  const allowed = target ? project.settable(target) : new Set<string>();
  const repeated: Command[] = [];
  for (const s of slots) {
    if (!allowed.has(s.name)) continue;
    const command: Command = { command: 'set slot', name: s.name, value: s.value, extractor: project.extractor };
    if (sameValue(ctx.slots[s.name], s.value)) repeated.push(command);
    else commands.push(command);
  }
  const agreed = roomAgreedByGoingOn(project, turn, commands);
  if (agreed) commands.push(agreed);
  if (commands.length > 0) return alsoAsks ? [...commands, { command: 'knowledge' }] : commands;
  // «да, семейный» at the name question, the room agreed a moment ago: the caller says again what the booking holds
  // (tester kind B2); the engine takes the same value as an answer and asks the open question again, never «не понятно»
  if (active && repeated.length > 0 && !text.includes('?') && !ASKING.test(said)) return repeated;

  if (intent === 'ask_hotel_info') return [{ command: 'knowledge' }];
  if (CHITCHAT_INTENTS.has(intent)) return smallTalk(project, intent, p.confidence, active);
  if (intent === 'stop' && active && !changes && !answersYesNo) return callOff(project, text);
  if (intent === 'human_handoff') return [{ command: 'human handoff' }];
  if (intent === 'repeat') return [{ command: 'repeat' }];
  if (intent === 'skip' && asked) return [{ command: 'skip question' }];
  // «до какого времени работает ресторан» the model did not place: a question the hotel's facts answer strongly
  if ((intent === OUT_OF_SCOPE || !confident) && p.confidence < 1 && asksAboutHotel(project, text, 0.5)) return [{ command: 'knowledge' }];
  // nothing but «ээ», «ну это самое» (generator.ts: out of scope with no confidence at all): nothing was asked, so not
  // «с этим я помочь не смогу» but «не совсем понятно»
  if (intent === OUT_OF_SCOPE && p.confidence === 0) return [{ command: 'cannot handle' }];
  if (intent === OUT_OF_SCOPE) return [{ command: 'cannot handle', reason: 'cannot_handle_not_supported' }];
  return [{ command: 'cannot handle' }];
}

function readTurn(project: GeneratorProject, text: string, p: IntentPrediction, x: Extracted, ctx: UnderstandingContext): DecisionTurn {
  const asked = ctx.requestedSlot;
  const askedType = asked ? project.options.domain.slots[asked]?.type : undefined;
  return {
    text,
    said: normalizeText(text),
    prediction: p,
    intent: p.intent,
    confident: p.confidence >= 0.5,
    x,
    ctx,
    active: ctx.activeFlow,
    asked,
    askedType,
    // «я передумал, давайте люкс» changes the booking rather than calling it off
    changes: !!(x.stay.check_in || x.stay.check_out || x.stay.nights || x.guests.adults !== undefined || x.room || x.name || x.phone),
    // «нет, не отменяйте» to «подтверждаете отмену?» answers the question rather than calling the flow off
    answersYesNo: askedType === 'bool' && x.yesNo !== null,
  };
}
