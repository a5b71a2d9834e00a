// The offline command generator: intent classifier + Russian extractors → Rasa commands. It is the embedded
// default and what answers when the LLM fails, so it has to cope with answers, corrections and digressions.
import type { Command, SlotExtractor, SlotValue } from '../../engine/commands.ts';
import type { Domain } from '../../engine/domain/types.ts';
import type { Entity } from '../../engine/events.ts';
import type { Flow } from '../../engine/flows/types.ts';
import type { Hotel } from '../../hotel/types.ts';
import { hotelFacts } from '../knowledge/facts.ts';
import { describePet, petMention, petRefusal } from '../knowledge/topics.ts';
import { bookingAndQuestion } from '../knowledge/clauses.ts';
import { FactIndex } from '../knowledge/search.ts';
import { asksHotelFact, followsUpFact } from '../knowledge/asks-fact.ts';
import { addDays, daysBetween } from '../lang-ru/calendar.ts';
import {
  bareCheckOut,
  bareMonth,
  type Extracted,
  extractAll,
  extractNights,
  loadMorph,
  type Morph,
  normalizeText,
  numberize,
  grownOffspring,
  partyTotal,
  roomsWanted,
  withoutRoomCount,
  extractRoomType,
  speaksOfGuests,
  stayChange,
} from '../lang-ru/index.ts';
import { splitOpening, usualForms } from '../lang-ru/spoken.ts';
import { phoneInPieces } from '../lang-ru/phones.ts';
import { maskPhoneDigits } from '../lang-ru/text.ts';
import type { RoomMention } from '../lang-ru/rooms.ts';
import type { CommandGenerator, Understanding, UnderstandingContext } from '../types.ts';
import { asksAnotherBooking, bookingManagementCue, namesExistingBooking, ordersSomethingElse, removesWhatWasDiscussed, wishesChange } from './booking-cues.ts';
import { bookingAtHandRequest } from './booking-at-hand.ts';
import { afterDeclinedPerson } from './declined-person.ts';
import { leavesRequest } from './leaving.ts';
import { closesCall, leavesHow, takesOffer } from './closing-cues.ts';
import { changeTarget, readChange } from './change-slots.ts';
import { cueIntent } from './cues.ts';
import { offPathCommands, speaksEnglish } from './off-path.ts';
import { namesOwnPhone } from './own-phone.ts';
import { hotelQuestionCue } from './question-cues.ts';
import type { BookingVocabulary } from './booking-vocabulary.ts';
import { flowSlots } from './flow-slots.ts';
import { type IntentPrediction, type NluModel, OUT_OF_SCOPE } from './model.ts';

export interface OfflineGeneratorOptions {
  model: NluModel;
  /** The hotel's rooms and facts; null for a project without a hotel description. */
  hotel: Hotel | null;
  flows: Flow[];
  domain: Domain;
  /** The project's booking flows and slots, by the part they play. */
  vocabulary: BookingVocabulary;
  /**
   * Extractor named on slot commands. This generator stands in for the LLM command generator, so by default
   * its slots fill `from_llm` slots the way the LLM's would.
   */
  extractor?: SlotExtractor;
  /** Longest message understood; longer ones get the "too long" error command. */
  maxLength?: number;
}

const CHITCHAT_INTENTS = new Set(['greet', 'goodbye', 'thank', 'chitchat']);
// Question words: «сколько стоит люкс?» asks about the suite even while the room type is being asked
// («какой подешевле» is a wish: whichever is cheaper).
const ASKING =
  /(?<![а-я])(сколько|почем|по чем|во что обойд\S*|в какую сумму|(?:какая|какой|какие)(?![а-я])(?!(?:-нибудь|-то)? (?:\S+ )?(?:подешевле|дешевле|попроще|побольше|поменьше|получше|подороже|потише)(?![а-я]))|каков\S*|есть ли|где|когда|во сколько|до скольки|со скольки|до какого|с какого|в котором часу|до которого|с которого|почему|зачем|чем отлича\S*|что входит|входит ли|можно ли|нужн\S* ли|а если|счита(?:ется|ются)|учитыва(?:ется|ются))(?![а-я])/;
// «а какой подешевле?», «который из них больше?» ask about the rooms; «давайте подешевле», «какой-нибудь попроще»,
// «самый дешёвый» choose one
const PREFERENCE_ASKED = /(?<![а-я])(?:как(?:ой|ая|ое|ие)|котор(?:ый|ая|ое|ые)|где|чем|в каком)(?![а-я-])/;
const CHOOSING = /(?<![а-я])(?:давайте|давай|возьм\S*|беру|берём|хочу|хотим|выбира\S*|выберу|оформ\S*|бронируй\S*|пусть будет|подойд[её]т|любой)(?![а-я])/;
const CANCELLATION_POLICY_QUESTION =
  /(?<![а-я])(можно ли|если|до како\S+|до скольки|за сколько|как(?:ие|ое|ая) услови\S*|услови\S*|бесплатн\S*|штраф\S*|верн(?:ут|ёте|ете|ется)|удерж\S*|платн\S*)(?![а-я])/;
// «бронь отменить можно?», «отменить потом можно будет?», «а отказаться вообще реально?»: the rule asked in a
// question's shape (a «можно» after the verb, a future, «потом», «вообще») — a request puts «можно» first («можно
// отменить мою бронь») or names its booking («мою», «нашу»), and a booking of this conversation makes it one too
const CANCELLATION_RULE_SHAPE =
  /(?:отмен\S*|отказ\S*|аннулир\S*)(?:\s+\S+){0,2}\s+(?:можно|реально|получится)(?:\s+будет)?\s*$|можно будет|(?<![а-я])(?:потом|в случае чего|вообще|заранее)(?![а-я])/;
const OWN_BOOKING = /(?<![а-я])(?:мо[юейя]|мой|наш[уае]?|нашей)(?![а-я])/;
// Intents under which booking details with no flow running mean "I want to book this".
// «не помню код», «код потерял», «забыла», «кода нет», «не сохранила»: the caller has no code to give
const LOST_CODE =
  /(?<![а-я])(?:не помн\S*|забыл\S*|потерял\S*|потерян\S*|не сохранил\S*|удалил\S*|не знаю|нет (?:у меня )?(?:кода|его)|кода (?:у меня )?нет|не найду|не могу найти|не нахожу)(?![а-я])/;
// «можно?», «пускаете?», «разрешается?»: asking whether something is allowed (a voice transcript has no «?»)
// («поместимся», «влезем», «подойдёт»: whether the party fits)
const ALLOWED_ASKED =
  /(?<![а-я])(?:можно|нельзя|разреш\S*|пускаете|пустите|берете|примете|допускается|ничего|помест\S*|умест\S*|влез\S*|разместит\S*|хватит|подойд\S*)(?![а-я])/;
// «а если …», «а сколько …», «а что если …»: a question about other terms, not an answer
// («а на двоих?» narrows the stay offered: a yes with that party)
const WHAT_IF = /(?<![а-я])(?:если|сколько|почем|во сколько|какая цена|выйдет|обойд\S*|встанет)(?![а-я])/;
// asking outright for a booking: a question shaped this way is a polite request («можно ли забронировать …»)
const BOOKING_VERB = /(?<![а-я])(?:заброн\S*|брониру\S*|оформ\S*|сним\S*|снять|хочу номер|нужен номер)(?![а-я])/;
// Ordering something (a room, or a service of the hotel) and the words that make it a room or a stay.
const ORDERS =
  /(?<![а-я])(?:закаж\S*|заказать|заказыва\S*|заброниру\S*|забронировать|брониру\S*|запиш\S*|записать\S*|записа\S*|организу\S*|организовать)(?![а-я])/;
const STAY_NAMED = /(?<![а-я])(?:номер\S*|комнат\S*|проживан\S*|остановит\S*|засел\S*|ноч[иь]|ночей|сутки|суток)(?![а-я])/;
// Said to the booking summary, these drop the booking rather than correct it.
const DISCARDS = /(?<![а-я])(?:не надо|не нужно|не хочу|не будем|не буду|отмен\S*|передумал\S*|не оформляйте)(?![а-я])/;
const DECLINES = /(?<![а-я])(?:спасибо|не надо|не нужно|не хочу|не будем|передумал\S*)(?![а-я])/;
// Intents a bare yes, no or thanks is read as.
const BARE_ANSWER_INTENTS = new Set(['affirm', 'deny', 'thank', 'greet', 'goodbye', 'stop', 'chitchat', OUT_OF_SCOPE]);
const IMPLICIT_START_INTENTS = new Set(['inform', 'book_room', 'affirm', 'deny', OUT_OF_SCOPE]);

/** A surname said as proof of a booking: one to three words of letters, no digits, no question. */
function surnameAnswer(text: string): string | null {
  const words = normalizeText(text)
    .replace(/[!?.,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.some((w) => /^(не|нет|да|ага|угу|помню|знаю)$/.test(w))) return null;
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^[а-яa-z-]+$/.test(w)) && !text.includes('?') ? text.trim() : null;
}

export class OfflineCommandGenerator implements CommandGenerator {
  readonly name = 'nlu';
  private readonly extractor: SlotExtractor;
  private morph: Morph | null = null;

  private readonly flow: BookingVocabulary['flows'];
  private readonly slot: BookingVocabulary['slots'];
  // Slots that belong with a stay even though the booking flow does not ask for them.
  private readonly stayExtras: string[];
  // Slots a change of a booking takes besides those it asks for: «продлить ещё на ночь».
  private readonly changeExtras: string[];
  // The questions that prove a booking is the caller's: what answers them is a code, a phone or a surname, never a
  // new stay («…, 8 916 …» must not become dates).
  private readonly verifying: Set<string>;
  // Questions of the booking asked before its (never asked) pet step: a pet mentioned then is an early answer, after
  // it a correction that would send the booking back.
  private readonly petNotYetPassed: Set<string>;
  // Questions whose answer is a detail of the stay, kept when a question comes with it.
  private readonly stayAnswers: Set<string>;

  constructor(private readonly options: OfflineGeneratorOptions) {
    this.extractor = options.extractor ?? 'LLM';
    this.flow = options.vocabulary.flows;
    const slot = options.vocabulary.slots;
    this.slot = slot;
    this.stayExtras = [slot.children, slot.childrenAges, slot.pet, slot.roomsWanted];
    this.changeExtras = [slot.extraNights, slot.shiftDays, slot.extraAdults];
    this.verifying = new Set([slot.bookingReference, slot.bookingProof]);
    this.petNotYetPassed = new Set([slot.checkIn, slot.checkOut, slot.adults, slot.children]);
    this.stayAnswers = new Set([slot.checkIn, slot.checkOut, slot.adults, slot.children, slot.roomType]);
  }

  async understand(text: string, context: UnderstandingContext): Promise<Understanding> {
    this.morph ??= await loadMorph();
    const trimmed = text.trim();
    const base = { text, entities: [] as Entity[], source: this.name };
    if (!trimmed) {
      return { ...base, intent: { name: null, confidence: 0 }, commands: [{ command: 'error', errorType: 'rasa_internal_error_user_input_empty' }] };
    }
    if (trimmed.length > (this.options.maxLength ?? 1000)) {
      return { ...base, intent: { name: null, confidence: 0 }, commands: [{ command: 'error', errorType: 'rasa_internal_error_user_input_too_long' }] };
    }
    // «алло, здравствуйте, у вас есть wi-fi?»: the greeting and fillers never hide the request
    const opening = splitOpening(trimmed);
    const request = usualForms(opening.rest);
    const prediction = this.options.model.predict(request);
    // a question by its shape (capacity, a price with dates, the address) is a question even mid-booking
    const lastBot = lastBotTurn(context.history);
    // «нет, не надо администратора, лучше скажите …»: a no, and the request said after it
    const declined = afterDeclinedPerson(request);
    const asksHotel = hotelQuestionCue(declined || request, lastBot, this.options.hotel ?? undefined);
    // nothing but «алло», «здравствуйте», «вы меня слышите?»: the caller opens (or checks) the line
    const greets = opening.only && (opening.greeted || (!context.activeFlow && /ал+[оеё]|слыш/i.test(trimmed)));
    // nothing but «ээ», «ну», «как его»: nothing was said
    let intent: IntentPrediction = greets
      ? { intent: 'greet', confidence: 1, ranking: prediction.ranking }
      : opening.only && !opening.greeted
        ? { intent: OUT_OF_SCOPE, confidence: 0, ranking: prediction.ranking }
        : asksHotel
          ? { intent: 'ask_hotel_info', confidence: 1, ranking: prediction.ranking }
          : declined !== null
            ? this.afterDecline(declined, context)
            : (this.cueOrManage(request, context) ?? this.factAsked(request, prediction, context));
    // «забронируйте комфорт на выходные. во сколько завтрак?»: a booking and a question, both taken (below);
    // «ну тогда бронируйте» after a price: the booking of the room just priced
    const bookNow =
      !context.activeFlow &&
      ((intent.intent === 'ask_hotel_info' && bookingAndQuestion(request)) || (intent.intent !== 'book_room' && intent.confidence < 1 && takesOffer(request)));
    let twoRequests: IntentPrediction | null = bookNow ? { intent: 'book_room', confidence: 1, ranking: prediction.ranking } : null;
    const checkIn = typeof context.slots[this.slot.checkIn] === 'string' ? (context.slots[this.slot.checkIn] as string) : undefined;
    const contrast = NOT_BUT.exec(request);
    // «не комфорт, а люкс», «не 14-го, а 15-го»: only what comes after «а» is the value
    const instead = INSTEAD_OF.test(request);
    // «вместо стандарта комфорт»: the thing replaced is no value either
    const said = (contrast ? request.replace(NOT_BUT, '$1') : request).replace(INSTEAD_OF, ' ');
    const extractOptions = {
      now: context.now,
      timeZone: context.timezone || this.options.hotel?.hotel.timezone || 'UTC',
      rooms: this.options.hotel?.room_types ?? [],
      ...(this.options.hotel ? { hotelName: this.options.hotel.hotel.name } : {}),
      morph: this.morph,
      requestedSlot: context.requestedSlot,
      checkIn,
      // a booking being changed: a day said alone is the one near its stay
      ...(context.activeFlow === this.flow.change && typeof context.slots[this.slot.foundCheckIn] === 'string'
        ? { around: context.slots[this.slot.foundCheckIn] as string }
        : {}),
      // «мне номер на январь» … «с восьмого по десятое»: the month named alone before places the days said now
      ...(context.requestedSlot === this.slot.checkIn ? { month: monthSaidBefore(context.history) } : {}),
    };
    const extracted = extractAll(said, extractOptions);
    // a phone dictated in two parts: the first part, said to the same question, is completed by this one
    if (context.requestedSlot === this.slot.guestPhone && !extracted.phone && !extracted.email) {
      const before = lastUserText(context.history);
      const whole = before === undefined ? null : phoneInPieces(before, said);
      if (whole) extracted.phone = whole;
    }
    // «в середине декабря на недельку» … «с пятнадцатого»: the length said with a vague time of the month, before the
    // day was known, is kept — the check-in said now ends the stay that many nights later
    if (context.requestedSlot === this.slot.checkIn && extracted.stay.check_in && !extracted.stay.check_out && !extracted.stay.nights) {
      const before = lastUserText(context.history);
      const nights = before === undefined ? undefined : extractNights(maskPhoneDigits(numberize(normalizeText(before))));
      if (nights) extracted.stay = { ...extracted.stay, nights, check_out: addDays(extracted.stay.check_in, nights) };
    }
    // «на те же даты», «на эти же числа»: the stay of the booking at hand — the one being made, or else the one just
    // made or found in this conversation — rather than a new question
    if (SAME_DATES.test(normalizeText(said)) && !extracted.stay.check_in && !extracted.stay.check_out) {
      const stay = this.stayAtHand(context);
      if (stay) extracted.stay = { ...extracted.stay, ...stay };
    }
    // a person declined is a no to the offer of one
    if (declined !== null && extracted.yesNo === null) extracted.yesNo = false;
    // «три» to «до какого числа или сколько ночей?»: the stay's length (or the check-out day), never guests
    if (context.requestedSlot === this.slot.checkOut && checkIn && !extracted.stay.check_in && !extracted.stay.check_out) {
      const out = bareCheckOut(said, checkIn);
      if (out) {
        extracted.stay = { ...extracted.stay, ...out };
        extracted.guests = {};
      }
    }
    // «дней на пять», «на двое суток» to the check-out question: a number with no people named is never guests
    if (context.requestedSlot === this.slot.checkOut && !speaksOfGuests(said)) extracted.guests = {};
    // «отмените её», «на неделю позже», «давайте лучше стандарт» about the booking made or found in this conversation
    const atHand = greets ? null : this.atHandIntent(request, intent, extracted, context);
    if (atHand) {
      intent = atHand;
      twoRequests = null;
    } else if (!greets && !context.activeFlow && offeredBooking(context.history) && WHAT_IF.test(normalizeText(request))) {
      // «а если нас будет трое?», «а сколько выйдет на троих?» after «Хотите забронировать?»: the price asked again
      // for other terms, not a yes to the offer
      intent = { intent: 'ask_hotel_info', confidence: 1, ranking: prediction.ranking };
      twoRequests = null;
    } else if (!greets && !context.activeFlow && intent.intent === 'book_room' && intent.confidence < 1 && this.asksRule(request, extracted)) {
      // «можно ли внуку шестнадцати лет остановиться у вас одному?»: a question about a rule, not a booking
      intent = { intent: 'ask_hotel_info', confidence: 1, ranking: prediction.ranking };
      twoRequests = null;
    } else if (!greets && intent.intent !== 'human_handoff' && this.ordersService(request, extracted)) {
      // «закажите трансфер на пятницу», «хочу забронировать парковку»: a service of the hotel, never a room booking
      intent = { intent: 'ask_hotel_info', confidence: 1, ranking: prediction.ranking };
      twoRequests = null;
    }
    // «Есть ли люкс на 12 декабря?» … «хочу забронировать» / «да» to «Хотите забронировать?»: the booking takes
    // the stay, room and guests the caller has just asked about.
    // «а на двоих?» right after the offer narrows the same question, so it keeps that stay too.
    const followsOffer = offeredBooking(context.history) && (intent.intent === 'affirm' || intent.intent === 'inform' || extracted.yesNo === true);
    const booksAfterQuestion = (twoRequests ?? intent).intent === 'book_room' || followsOffer;
    if (!context.activeFlow && booksAfterQuestion) {
      const previous = lastUserText(context.history);
      if (previous) fillMissing(extracted, extractAll(usualForms(splitOpening(previous).rest), { ...extractOptions, requestedSlot: null }));
    }
    if (contrast) {
      // a correction of one part of the name already given keeps the other parts
      const renamed = replaceNamePart(context.slots[this.slot.guestName], contrast[2] ?? '', said.slice(contrast.index + (contrast[1]?.length ?? 0)));
      if (renamed) extracted.name = renamed;
    }
    const offPath = offPathCommands(request, context, this.options.flows, this.options.vocabulary, extracted.yesNo, lastBot, trimmed);
    // «ну ладно, не важно», «я ничего не бронирую, я про ресторан»: the request in progress is left (leaving.ts)
    const leaving = context.activeFlow && !greets && !offPath ? leavesRequest(request, context.activeFlow === this.flow.book) : null;
    const commands = leaving
      ? this.leave(leaving.rest, request, context)
      : (offPath ?? this.decide(request, twoRequests ?? intent, extracted, context, !!contrast || instead, asksHotel && !twoRequests));
    return {
      text,
      intent: { name: intent.intent, confidence: intent.confidence },
      intentRanking: prediction.ranking,
      entities: toEntities(extracted),
      commands,
      source: this.name,
      opening: speaksEnglish(trimmed) ? 'other_language' : opening.only || intent.intent === 'greet' ? 'greeting' : 'request',
    };
  }

  /** What a message that declines a person asks for: the request said after the refusal, or no. */
  private afterDecline(rest: string, context: UnderstandingContext): IntentPrediction {
    const deny: IntentPrediction = { intent: 'deny', confidence: 1, ranking: [{ name: 'deny', confidence: 1 }] };
    if (!rest) return deny;
    const then = this.cueOrManage(rest, context) ?? this.options.model.predict(rest);
    // «…, просто примите к сведению»: nothing the assistant does follows the refusal — it stays a no
    const unclear = then.intent === OUT_OF_SCOPE || CHITCHAT_INTENTS.has(then.intent) || then.confidence < 0.5;
    return then.intent === 'human_handoff' || unclear ? deny : then;
  }

  /** The cue phrases, then the booking-management shapes; «я передумал, отмените бронь» cancels the booking. */
  private cueOrManage(request: string, context: UnderstandingContext): IntentPrediction | null {
    const cue = cueIntent(request);
    if (cue && cue.intent !== 'stop') return cue;
    return this.manageCue(request, context) ?? cue;
  }

  /**
   * The booking proven in this conversation, spoken of without naming it (booking-at-hand.ts): outside a flow, or
   * while another request about a booking runs (the change of a booking the caller now cancels, and back).
   */
  private atHandIntent(request: string, intent: IntentPrediction, x: Extracted, context: UnderstandingContext): IntentPrediction | null {
    if (!this.provenBooking(context)) return null;
    const managing = [this.flow.change, this.flow.cancel, 'find_booking'];
    if (context.activeFlow && !managing.includes(context.activeFlow)) return null;
    if (intent.confidence === 1 && ['human_handoff', 'repeat', 'greet'].includes(intent.intent)) return null;
    const wanted = bookingAtHandRequest(request, x);
    // «и ещё один номер для родителей» beside the booking made: a new booking, not a change of it
    // («ещё одну ночку» is the same booking, longer)
    if (wanted === 'change_booking' && !stayChange(request) && asksAnotherBooking(request)) return null;
    if (!wanted || wanted === context.activeFlow || !this.options.flows.some((f) => f.id === wanted)) return null;
    // the cancellation's own «да, отменяйте» / «нет, не отменяйте» answers its question (decide, below)
    if (context.activeFlow === this.flow.cancel && wanted === 'cancel_booking') return null;
    return { intent: wanted, confidence: 1, ranking: [{ name: wanted, confidence: 1 }] };
  }

  /** «уберите мой номер», «можно сдвинуть на день»: an existing booking cancelled or changed (booking-cues.ts). */
  private manageCue(request: string, context: UnderstandingContext): IntentPrediction | null {
    // «забронируйте столик на субботу»: not a room, whatever the dates
    if (ordersSomethingElse(request)) return { intent: OUT_OF_SCOPE, confidence: 1, ranking: [{ name: OUT_OF_SCOPE, confidence: 1 }] };
    // while a new booking is made, «отмените» stops it and «поменяйте даты» corrects it — unless the caller speaks
    // of the booking they already have («у нас бронь, к нам ещё едет человек»)
    if (context.activeFlow === this.flow.book && !namesExistingBooking(request)) return null;
    // «ну тогда отменяйте» after the cancellation fee was asked about, or with a booking made or proven here
    const bare = !context.activeFlow && removesWhatWasDiscussed(request) && (this.provenBooking(context) || spokeOfCancelling(context.history));
    const intent = bookingManagementCue(request) ?? (bare ? 'cancel_booking' : null);
    if (!intent || !this.options.flows.some((f) => f.nlu_trigger?.some((t) => t.intent === intent))) return null;
    return { intent, confidence: 1, ranking: [{ name: intent, confidence: 1 }] };
  }

  private decide(text: string, p: IntentPrediction, x: Extracted, ctx: UnderstandingContext, corrects = false, asksHotel = false): Command[] {
    // «номер на выходные для меня и жены, и у нас кошка»: a booking with its details and a pet beside them is the
    // booking (the pet is checked against the room's rule before it is made); asked about outright, also answered
    if (
      !ctx.activeFlow &&
      p.intent === 'ask_hotel_info' &&
      petMention(text) &&
      (x.stay.check_in || x.guests.adults !== undefined) &&
      !ASKING.test(normalizeText(text))
    ) {
      const books = this.decide(text, { intent: 'book_room', confidence: 1, ranking: p.ranking }, x, ctx, corrects);
      const outright = text.includes('?') || ALLOWED_ASKED.test(normalizeText(text));
      return outright && !books.some((c) => c.command === 'knowledge') ? [...books, { command: 'knowledge' }] : books;
    }
    const intent = p.intent;
    const active = ctx.activeFlow;
    const asked = ctx.requestedSlot;
    const askedDef = asked ? this.options.domain.slots[asked] : undefined;
    const confident = p.confidence >= 0.5;

    // «я передумал, давайте люкс» changes the booking rather than calling it off
    const changes = !!(x.stay.check_in || x.stay.check_out || x.stay.nights || x.guests.adults !== undefined || x.room || x.name || x.phone);
    // «отменяйте», «отмена» to «подтверждаете отмену?» is a yes, not a wish to stop cancelling
    const said = normalizeText(text);
    if (active === this.flow.cancel && asked && askedDef?.type === 'bool' && /(?<![а-я])отмен/.test(said) && !/(?<![а-я])(?:не|нет|ни)(?![а-я])/.test(said)) {
      return [{ command: 'set slot', name: asked, value: true, extractor: this.extractor }];
    }
    // «бронь на сына гусев денис», «сотрудник миронов глеб» to the name question: the name, whatever else the words
    // would start (context first: a lookup, a handoff)
    if (active && asked === this.slot.guestName && x.name && nameIsAll(x.name, text) && !text.includes('?') && !sameValue(ctx.slots[asked], x.name)) {
      const name: Command = { command: 'set slot', name: asked, value: x.name, extractor: this.extractor };
      return x.phone && this.settable(active).has(this.slot.guestPhone)
        ? [name, { command: 'set slot', name: this.slot.guestPhone, value: x.phone, extractor: this.extractor }]
        : [name];
    }
    // «нет, не отменяйте» to «подтверждаете отмену?» answers the question rather than calling the flow off
    const answersYesNo = askedDef?.type === 'bool' && x.yesNo !== null;
    // «нет, спасибо, больше ничего не надо», «не надо, я сам доберусь, спасибо»: the caller is done
    if (!active && closesCall(text, offeredBooking(ctx.history)) && !x.stay.check_in && !(x.room && !x.room.byPreference)) {
      const bye = this.flowForIntent('goodbye', 1);
      if (bye) return [{ command: 'start flow', flow: bye }];
    }
    // «спасибо, ничего не нужно, всего доброго» in the middle of a booking: the booking ends with the call
    if (intent === 'goodbye' && confident && active && !changes && !answersYesNo) return this.callOff(text, 'goodbye');
    // «я подумаю», «посоветуюсь с женой и перезвоню»: the caller leaves to think it over, in a request or after an offer
    // («посоветуюсь с женой» names a person to ask, not a guest to add)
    const changesBesidesGuests = !!(x.stay.check_in || x.stay.check_out || x.stay.nights || x.room || x.name || x.phone);
    if (leavesHow(text) === 'later' && !changesBesidesGuests && !x.bookingCode && !said.includes('?') && !ASKING.test(said)) {
      if (active) return this.callOff(text);
      if (this.flow.thinkOver && this.options.flows.some((f) => f.id === this.flow.thinkOver)) return [{ command: 'start flow', flow: this.flow.thinkOver }];
    }
    // «я ничего не бронирую», «мне не номер нужен» during a booking: it was never the caller's; a question said with
    // it is left to the rules below
    if (active && leavesHow(text) === 'misread' && !changesBesidesGuests && !said.includes('?') && !ASKING.test(said)) return this.callOff(text);
    const reply = !active && !changes && !x.bookingCode ? this.answerToOffer(said, intent, x, ctx.history) : null;
    if (reply) return reply;
    if (intent === 'stop' && confident && !changes && !answersYesNo) return active ? this.callOff(text) : [{ command: 'chitchat' }];
    // «не помню код», «код потеряла, бронь на телефон …» to the code question: how the booking is proved without it
    // (docs/security.md: a phone alone is no proof), said once, and the lookup ends — asking for the code the caller
    // has just said they do not have would only loop (issue 12, R6)
    if (asked === this.slot.bookingReference && !x.bookingCode && LOST_CODE.test(said) && this.options.flows.some((f) => f.id === this.flow.codeLost)) {
      return [{ command: 'cancel flow' }, { command: 'start flow', flow: this.flow.codeLost }];
    }
    // «по этому номеру», «с которого звоню» while a booking is looked up or once it is found, and a phone dictated
    // after the booking was found by the caller's number: what that phone proves is said (own-phone.ts)
    if (this.speaksOfOwnPhone(said, x, ctx)) return [{ command: 'start flow', flow: this.flow.ownPhone! }];
    // «не надо», «отмените», «передумал» to the booking summary drop the booking; a plain «нет» asks what to correct
    if (active && asked === this.slot.bookingConfirmation && !changes && DISCARDS.test(said)) return this.callOff(text);
    // «нет, спасибо» to «какого числа выезд?» declines to go on, it is no answer to a yes/no question
    if (intent === 'deny' && confident && active && !changes && askedDef?.type !== 'bool' && DECLINES.test(said)) return this.callOff(text);
    // an order of something that is not a room (booking-cues.ts) fills nothing, in a flow or not
    if (intent === OUT_OF_SCOPE && p.confidence === 1 && ordersSomethingElse(text))
      return [{ command: 'cannot handle', reason: 'cannot_handle_not_supported' }];
    if (intent === 'human_handoff' && confident) return [{ command: 'human handoff' }];
    if (intent === 'repeat' && confident) return [{ command: 'repeat' }];
    // «…, почту указывать не буду» after the phone skips the e-mail, not the phone just given
    if (intent === 'skip' && asked && confident && !this.answersAsked(x, asked, askedDef?.type, text)) return [{ command: 'skip question' }];

    // a question about the hotel is a digression: answer it, fill nothing
    // («а можно вместо стандарта комфорт?» is a change to the booking, though it sounds like a question)
    // …and «а можно всё-таки на двоих?» right after a booking was made here changes that booking
    const changesBooking = (corrects && !!active && changes) || (!active && wishesChange(text) && this.changesProvenBooking(text, 'inform', x, ctx));
    // a surname given as a booking's proof is an answer, even one that sounds like a topic («Котова», «Парковкина»)
    const givesProof =
      asked === this.slot.bookingProof && !text.includes('?') && !ASKING.test(normalizeText(text)) && this.answersAsked(x, asked, askedDef?.type, text);
    // «слушайте, а вайфай в номерах бесплатный» to the name question: a name read from a question with words
    // besides it («в номерах бесплатный») is no answer
    const nameInQuestion = asked === this.slot.guestName && !!x.name && !nameIsAll(x.name, text);
    // «нас двое и кошка» to the guests question answers it (the pet is noted for the room's rule): a topic word in
    // an answer makes no question of it; «нас двое и кошка, можно?» asks, and the answer is kept all the same
    const answersStep = this.answersAsked(x, asked, askedDef?.type, text);
    const asksOutright = text.includes('?') || ASKING.test(normalizeText(text)) || ALLOWED_ASKED.test(normalizeText(text));
    // «а какой подешевле?» at the room question asks before choosing: answered, and the room asked again
    if (asked === this.slot.roomType && x.room?.byPreference && asksRoomPreference(text) && !x.stay.check_in && !x.name && !x.phone)
      return [{ command: 'knowledge' }];
    // «и ещё один номер для родителей» while booking: the rooms wanted, not a question
    const roomsSaid = active === this.flow.book && !!roomsWanted(text, this.options.hotel?.room_types ?? []) && !text.includes('?');
    if (
      intent === 'ask_hotel_info' &&
      confident &&
      !changesBooking &&
      !roomsSaid &&
      !givesProof &&
      ((asksHotel && !(answersStep && !asksOutright)) || nameInQuestion || ASKING.test(normalizeText(text)) || !answersStep)
    ) {
      // «а у нас собака тридцать кило» during a booking: answered now, and remembered for the room's pet rule
      // (a pet over the weight limit is refused by the answer itself: nothing left to check later)
      const mention = petMention(text);
      const checkLater = !!mention && !!this.options.hotel && !petRefusal(this.options.hotel, mention);
      const pet = checkLater && active && this.settable(active).has(this.slot.pet) && this.petNotYetPassed.has(asked ?? '') ? describePet(text) : null;
      // «администратор не нужен, а во сколько завтрак?» to an offer: the no is taken too, so it is not asked again
      if (asked && askedDef?.type === 'bool' && x.yesNo === false && active !== this.flow.book)
        return [{ command: 'set slot', name: asked, value: false, extractor: this.extractor }, { command: 'knowledge' }];
      // the stay's details given with a question about the pet («двое и кошка, можно?» at the guests step) are kept
      const kept =
        answersStep && mention && active && asked && this.stayAnswers.has(asked)
          ? this.slotValues(x, ctx, active, intent, text).filter(
              (v) => v.name !== this.slot.pet && this.settable(active).has(v.name) && !sameValue(ctx.slots[v.name], v.value),
            )
          : [];
      const sets: Command[] = kept.map((v) => ({ command: 'set slot', name: v.name, value: v.value, extractor: this.extractor }));
      if (pet && !sameValue(ctx.slots[this.slot.pet], pet)) sets.push({ command: 'set slot', name: this.slot.pet, value: pet, extractor: this.extractor });
      return [...sets, { command: 'knowledge' }];
    }
    if (CHITCHAT_INTENTS.has(intent) && confident && !this.answersAsked(x, asked, askedDef?.type, text)) return this.smallTalk(intent, p.confidence, active);

    const commands: Command[] = [];
    let target = active;
    // a yes to «Хотите забронировать?» is a booking request
    const accepted = !active && (intent === 'affirm' || x.yesNo === true) && offeredBooking(ctx.history);
    // «можно ли бесплатно отменить бронь?», «если я отменю, деньги вернут?»: a question about the cancellation
    // policy, not a request to cancel a booking now
    if (!active && intent === 'cancel_booking' && !x.bookingCode && !x.phone && CANCELLATION_POLICY_QUESTION.test(normalizeText(text)))
      return [{ command: 'knowledge' }];
    const plain = normalizeText(text)
      .replace(/[?!.]+/g, ' ')
      .trim();
    if (
      !active &&
      intent === 'cancel_booking' &&
      !x.bookingCode &&
      !x.phone &&
      !this.provenBooking(ctx) &&
      CANCELLATION_RULE_SHAPE.test(plain) &&
      !OWN_BOOKING.test(plain)
    )
      return [{ command: 'knowledge' }];
    // «давайте поменяем даты» while a new booking is being made changes that booking, not an existing one; and
    // «тип номера», «на люкс» while an existing booking is being changed are the change, not a new booking
    const within =
      (intent === 'change_booking' && active === this.flow.book && !namesExistingBooking(text)) || (intent === 'book_room' && active === this.flow.change);
    // «дорого вышло, давайте лучше стандарт», «а можно на двоих?» right after a booking was made (or found) here:
    // a change of that booking, not a new one — unless another booking is asked for («и ещё один номер»)
    const changesOwn = !active && !accepted && (changesBooking || this.changesProvenBooking(text, intent, x, ctx));
    const triggerIntent = accepted ? 'book_room' : within ? 'inform' : changesOwn ? 'change_booking' : intent;
    const trigger = this.flowForIntent(triggerIntent, accepted || changesOwn ? 1 : p.confidence);
    if (trigger && trigger !== active) {
      // «планы поменялись, отмените её» while the change runs: the cancellation replaces it (the change of a
      // booking about to be cancelled is never resumed afterwards), and likewise the other way round
      // «нет, не надо администратора, скажите, где моя бронь» to the complaint's offer: the no ends that offer
      const declinesAsked = askedDef?.type === 'bool' && x.yesNo === false && active !== this.flow.book;
      if (active && (this.replaces(trigger, active) || declinesAsked)) commands.push({ command: 'cancel flow' });
      commands.push({ command: 'start flow', flow: trigger });
      target = trigger;
    }
    const slots = this.slotValues(x, ctx, target, intent, text);
    // «какая погода будет в выходные?» names dates but asks about something else: no booking starts
    // «закажите такси на пятое», «купите билеты на субботу»: a request the model is sure lies outside the hotel's
    // tasks keeps its dates to itself as well
    const offTopicQuestion =
      intent === OUT_OF_SCOPE &&
      (confident || text.includes('?') || ASKING.test(normalizeText(text)) || /^(?:а )?(?:что|кто|куда|чем|какую|каких)(?![а-я])/.test(normalizeText(text)));
    if (!target && slots.length > 0 && IMPLICIT_START_INTENTS.has(intent) && !offTopicQuestion) {
      const flow = this.flowForSlots(slots.map((s) => s.name));
      if (flow) {
        commands.push({ command: 'start flow', flow });
        target = flow;
      }
    }
    // «хочу забронировать номер, а парковка у вас есть?»: start the booking and answer the question
    const alsoAsks =
      commands.length + slots.length > 0 &&
      intent !== 'ask_hotel_info' &&
      (this.asksAboutHotel(text) || (intent === 'book_room' && !!bookingAndQuestion(text)));
    const allowed = target ? this.settable(target) : new Set<string>();
    for (const s of slots) {
      if (!allowed.has(s.name)) continue;
      if (sameValue(ctx.slots[s.name], s.value)) continue;
      commands.push({ command: 'set slot', name: s.name, value: s.value, extractor: this.extractor });
    }
    if (commands.length > 0) return alsoAsks ? [...commands, { command: 'knowledge' }] : commands;

    if (intent === 'ask_hotel_info') return [{ command: 'knowledge' }];
    if (CHITCHAT_INTENTS.has(intent)) return this.smallTalk(intent, p.confidence, active);
    if (intent === 'stop' && active && !changes && !answersYesNo) return this.callOff(text);
    if (intent === 'human_handoff') return [{ command: 'human handoff' }];
    if (intent === 'repeat') return [{ command: 'repeat' }];
    if (intent === 'skip' && asked) return [{ command: 'skip question' }];
    // «до какого времени работает ресторан» the model did not place: a question the hotel's facts answer strongly
    if ((intent === OUT_OF_SCOPE || !confident) && p.confidence < 1 && this.asksAboutHotel(text, 0.5)) return [{ command: 'knowledge' }];
    if (intent === OUT_OF_SCOPE) return [{ command: 'cannot handle', reason: 'cannot_handle_not_supported' }];
    return [{ command: 'cannot handle' }];
  }

  /** The stay of the booking in progress, or of the booking made or found in this conversation. */
  private stayAtHand(ctx: UnderstandingContext): { check_in: string; check_out: string } | null {
    const pick = (a: string, b: string) => {
      const i = ctx.slots[a];
      const o = ctx.slots[b];
      return typeof i === 'string' && typeof o === 'string' ? { check_in: i, check_out: o } : null;
    };
    return pick(this.slot.checkIn, this.slot.checkOut) ?? pick(this.slot.foundCheckIn, this.slot.foundCheckOut);
  }

  private speaksOfOwnPhone(said: string, x: Extracted, ctx: UnderstandingContext): boolean {
    const flow = this.flow.ownPhone;
    if (!flow || !this.options.flows.some((f) => f.id === flow) || x.bookingCode) return false;
    const looking = !!ctx.activeFlow && [this.flow.cancel, this.flow.change, this.flow.find].includes(ctx.activeFlow);
    const found = !!this.slot.foundCode && typeof ctx.slots[this.slot.foundCode] === 'string';
    if (namesOwnPhone(said) && !x.phone) return looking || found;
    // a number dictated when none is asked for, with the booking already found and open
    const asked = ctx.requestedSlot;
    return !!x.phone && looking && found && asked !== this.slot.bookingReference && asked !== this.slot.bookingProof;
  }

  /**
   * A bare yes or no (or thanks) to the assistant's own question outside any flow: «Чем ещё могу помочь?» — yes
   * invites the request, no or thanks ends the call; «Хотите забронировать?» — no is taken (a yes books, below).
   */
  private answerToOffer(said: string, intent: string, x: Extracted, history: UnderstandingContext['history']): Command[] | null {
    if (said.includes('?') || ASKING.test(said) || !BARE_ANSWER_INTENTS.has(intent)) return null;
    const yes = x.yesNo ?? (intent === 'affirm' ? true : intent === 'deny' ? false : null);
    const start = (flow: string | null): Command[] | null => (flow ? [{ command: 'start flow', flow }] : null);
    const offer = helpOffered(history);
    const asked = history.at(-1)?.role === 'bot' && /\?\s*$/.test(history.at(-1)?.text ?? '');
    if (offer === 'more') {
      // «не, всё», «ничего», «пока всё»: nothing more
      const nothingMore = /^(?:(?:не|нет|неа|да нет)[,\s]+)?(?:пока |это |вот и |да )?(?:вс[её]|ничего|больше ничего)[.!]?$/.test(said.trim());
      const done = yes === false || nothingMore || (intent === 'thank' && yes !== true) || (yes === true && DECLINES.test(said));
      if (done) return start(this.flowForIntent('goodbye', 1));
    }
    // «нет, спасибо» after an answer that asked nothing: the caller has what they wanted, the call ends politely
    if (!offer && !asked && history.at(-1)?.role === 'bot' && yes === false) return start(this.flowForIntent('goodbye', 1));
    // «да» to «Чем могу помочь?», or after an answer that asked nothing: go on, the assistant listens
    if ((offer || !asked) && yes === true && !DECLINES.test(said) && !offeredBooking(history)) return start(this.flowForIntent('greet', 1));
    if (yes === false && offeredBooking(history) && this.options.flows.some((f) => f.id === this.flow.offerDeclined)) return start(this.flow.offerDeclined);
    return null;
  }

  /** A booking made or proven in this conversation. */
  private provenBooking(ctx: UnderstandingContext): boolean {
    return typeof ctx.slots[this.slot.provenBooking] === 'string';
  }

  /** Details of a stay said with a booking of this conversation in hand, and no other booking asked for. */
  private changesProvenBooking(text: string, intent: string, x: Extracted, ctx: UnderstandingContext): boolean {
    if (!this.provenBooking(ctx) || !(IMPLICIT_START_INTENTS.has(intent) || intent === 'change_booking')) return false;
    const details = !!(x.room || x.stay.check_in || x.stay.check_out || x.stay.nights || x.guests.adults !== undefined);
    return details && !asksAnotherBooking(text);
  }

  private facts: FactIndex | null = null;

  /** «раскладушку дадите» taken for small talk: a question about the hotel fact it meets (knowledge/asks-fact.ts). */
  private factAsked(request: string, prediction: IntentPrediction, context: UnderstandingContext): IntentPrediction {
    if (!this.options.hotel) return prediction;
    this.facts ??= new FactIndex(hotelFacts(this.options.hotel));
    const previous = context.history.findLast((h) => h.role === 'user')?.text;
    return asksHotelFact(this.facts, request, prediction.intent, prediction.confidence, !!context.activeFlow, this.options.hotel.room_types) ||
      followsUpFact(this.facts, request, previous && usualForms(splitOpening(previous).rest), !!context.activeFlow, this.options.hotel.room_types)
      ? { intent: 'ask_hotel_info', confidence: 0.9, ranking: prediction.ranking }
      : prediction;
  }

  /** A question (a question mark or word) about something the hotel's facts answer strongly. */
  private asksAboutHotel(text: string, share = 0): boolean {
    const t = normalizeText(text);
    // voice transcripts carry no question marks: a question word does as well
    if (!this.options.hotel || (!text.includes('?') && !ASKING.test(t))) return false;
    this.facts ??= new FactIndex(hotelFacts(this.options.hotel));
    const top = this.facts.search(text, 1)[0];
    // `share`: most words of the question must meet the fact («в какой театр сходить вечером» only meets «вечером»)
    return !!top && !top.fact.roomType && top.score >= 3 && (share === 0 || this.facts.matchedShare(text, top.fact) >= share);
  }

  /**
   * An order of one of the hotel's services rather than a room: a verb of ordering and a service of data/hotel.yml
   * the message meets strongly («забронируйте парковку на субботу», «запишите нас в сауну», «закажите трансфер на
   * четверых»), with no room or stay named. Answered from the facts (the service's terms), never a room booking.
   */
  private ordersService(text: string, x: Extracted): boolean {
    const t = normalizeText(text);
    // («столик в грузинском ресторане» is an order of something the hotel does not book: ordersSomethingElse)
    if (!this.options.hotel || x.room || !ORDERS.test(t) || STAY_NAMED.test(t) || ordersSomethingElse(text)) return false;
    this.facts ??= new FactIndex(hotelFacts(this.options.hotel));
    const top = this.facts.search(text, 1)[0];
    return !!top && top.fact.kind === 'service' && top.score >= 3;
  }

  /**
   * A question whether something is allowed that a rule or service of the hotel answers strongly, with no verb of
   * booking and no date: «можно ли подростку остановиться одному на пару дней?». A stay's length alone is no booking.
   */
  private asksRule(text: string, x: Extracted): boolean {
    const t = normalizeText(text);
    if (!this.options.hotel || x.stay.check_in || x.room || !ASKING.test(t) || BOOKING_VERB.test(t)) return false;
    this.facts ??= new FactIndex(hotelFacts(this.options.hotel));
    const top = this.facts.search(text, 1)[0];
    return !!top && !top.fact.roomType && (top.fact.kind === 'policy' || top.fact.kind === 'service') && top.score >= 5;
  }

  /** Does the message carry a value for the slot being asked (so a question-like answer still counts)? */
  private answersAsked(x: Extracted, asked: string | null, type: string | undefined, text = ''): boolean {
    if (!asked) return false;
    if (type === 'bool') return x.yesNo !== null;
    switch (asked) {
      case this.slot.checkIn:
      case this.slot.checkOut:
        return !!(x.stay.check_in || x.stay.check_out || x.stay.nights);
      case this.slot.adults:
      case this.slot.children:
        return x.guests.adults !== undefined || x.guests.children !== undefined;
      // «какой-нибудь попроще», «самый простой» answer «какой номер?» as well as a room's name does
      case this.slot.roomType:
        return !!x.room && (!x.room.byPreference || !asksRoomPreference(text));
      case this.slot.guestName:
        return !!x.name;
      case this.slot.guestPhone:
        return !!x.phone || !!x.email;
      case this.slot.bookingReference:
        return !!(x.phone || x.bookingCode || x.name);
      // the booking's phone, or a surname the name reader may not know: a short answer of words counts
      case this.slot.bookingProof:
        return !!(x.phone || x.name) || surnameAnswer(text) !== null;
      case this.slot.bookingFix:
        return fixTarget(x, text) !== null;
      case this.slot.changeTarget:
        return changeTarget(x, text) !== null;
      default:
        return false;
    }
  }

  /** Slot values the message gives, before checking which flow may take them. */
  /** «давайте подешевле» after the free rooms were listed means the cheapest of those (room_choices), not of all. */
  private preferredAmongOffered(room: RoomMention, ctx: UnderstandingContext): string {
    const offered = ctx.slots[this.slot.roomChoices];
    if (!room.preference || !Array.isArray(offered)) return room.code;
    const codes = offered.filter((c): c is string => typeof c === 'string');
    if (room.preference === 'largest') {
      const rooms = (this.options.hotel?.room_types ?? []).filter((r) => codes.includes(r.code));
      return rooms.sort((a, b) => (b.area_m2 ?? 0) - (a.area_m2 ?? 0))[0]?.code ?? room.code;
    }
    // room_choices is ordered by the price of the stay, cheapest first
    return (room.preference === 'cheapest' ? codes[0] : codes.at(-1)) ?? room.code;
  }

  private slotValues(x: Extracted, ctx: UnderstandingContext, target: string | null, intent: string, text: string): { name: string; value: SlotValue }[] {
    const out: { name: string; value: SlotValue }[] = [];
    const asked = ctx.requestedSlot;
    const askedType = asked ? this.options.domain.slots[asked]?.type : undefined;
    const known = (name: string) => (typeof ctx.slots[name] === 'string' ? (ctx.slots[name] as string) : undefined);
    if (this.verifying.has(asked ?? '')) x = { ...x, stay: {}, guests: {} };
    // changing a booking: extensions, a moved stay, a day kept as booked, people added (nlu/change-slots.ts)
    const change = target && this.settable(target).has(this.slot.extraNights) ? readChange(x, ctx.slots, text, this.slot) : null;
    if (change) x = change.x;
    let { check_in, check_out } = x.stay;
    // both, so that «нет, на неделю позже» after a misheard «продлить» replaces the one said before
    if (change && change.extraNights !== null && change.shiftDays !== null) {
      const set = (slot: string) => typeof ctx.slots[slot] === 'number' && ctx.slots[slot] !== 0;
      if (change.extraNights || set(this.slot.extraNights)) out.push({ name: this.slot.extraNights, value: change.extraNights });
      if (change.shiftDays || set(this.slot.shiftDays)) out.push({ name: this.slot.shiftDays, value: change.shiftDays });
    }
    if (change?.extraAdults) out.push({ name: this.slot.extraAdults, value: change.extraAdults });
    const knownIn = known(this.slot.checkIn);
    const knownOut = known(this.slot.checkOut);
    // a lone date given when the check-out is asked is the check-out
    if (asked === this.slot.checkOut && check_in && !check_out && knownIn && check_in > knownIn) {
      check_out = check_in;
      check_in = undefined;
    }
    if (check_in) {
      out.push({ name: this.slot.checkIn, value: check_in });
      // a moved check-in keeps the number of nights when it passes the old check-out, or when the caller
      // gave the stay as a length («на две ночи»); a check-out said as a date stays put otherwise
      if (!check_out && knownIn && knownOut && check_in !== knownIn && (check_in >= knownOut || saidLength(ctx.history))) {
        check_out = addDays(check_in, daysBetween(knownIn, knownOut));
      }
    }
    if (check_out) out.push({ name: this.slot.checkOut, value: check_out });
    // «да, давайте» to the nearest free dates offered for a full night takes those dates
    const offeredIn = known(this.slot.suggestedCheckIn);
    const offeredOut = known(this.slot.suggestedCheckOut);
    if (!check_in && !check_out && asked === this.slot.checkIn && offeredIn && offeredOut && (x.yesNo === true || intent === 'affirm')) {
      out.push({ name: this.slot.checkIn, value: offeredIn }, { name: this.slot.checkOut, value: offeredOut });
    }
    // «да» to a single room offered («Подойдёт «Семейный»?») takes that room
    const offeredRooms = ctx.slots[this.slot.roomChoices];
    if (
      !x.room &&
      asked === this.slot.roomType &&
      Array.isArray(offeredRooms) &&
      offeredRooms.length === 1 &&
      typeof offeredRooms[0] === 'string' &&
      (x.yesNo === true || intent === 'affirm')
    ) {
      out.push({ name: this.slot.roomType, value: offeredRooms[0] });
    }
    // «31 ноября»: passed on in date shape, so the flow has the hotel's date check say that no such date exists
    const impossible = x.stay.impossible;
    if (impossible) {
      const asOut = impossible.role === 'out' || (asked === this.slot.checkOut && !!knownIn && !check_in);
      if (asOut ? !check_out : !check_in) out.push({ name: asOut ? this.slot.checkOut : this.slot.checkIn, value: impossible.date });
    }
    const g = { ...x.guests };
    // «нас будет четверо» once two children are counted: four in all, so two adults
    const kidsKnown = typeof ctx.slots[this.slot.children] === 'number' ? (ctx.slots[this.slot.children] as number) : 0;
    const total = kidsKnown > 0 && g.children === undefined && g.adults !== undefined ? partyTotal(text) : null;
    if (total !== null && total === g.adults && total > kidsKnown) g.adults = total - kidsKnown;
    // «дочь с нами, ей двадцать пять» once she was counted as a child: one adult more, one child less
    const adultsKnown = typeof ctx.slots[this.slot.adults] === 'number' ? (ctx.slots[this.slot.adults] as number) : 0;
    const grown = kidsKnown > 0 && adultsKnown > 0 ? Math.min(grownOffspring(text), kidsKnown) : 0;
    if (grown > 0) {
      g.adults = adultsKnown + grown;
      g.children = kidsKnown - grown;
      delete g.children_ages;
    }
    if (g.adults !== undefined && g.adults > 0) out.push({ name: this.slot.adults, value: g.adults });
    out.push(...this.assumedAdults(g, ctx, text));
    if (g.children !== undefined) out.push({ name: this.slot.children, value: g.children });
    if (g.children_ages?.length) out.push({ name: this.slot.childrenAges, value: g.children_ages });
    if (x.room && (!x.room.byPreference || ((asked === this.slot.roomType || intent === 'book_room' || intent === 'inform') && !asksRoomPreference(text))))
      out.push({ name: this.slot.roomType, value: this.preferredAmongOffered(x.room, ctx) });
    if (x.name) out.push({ name: this.slot.guestName, value: x.name });
    // «мы с собакой» while booking: the room type's pet rule is checked before the booking is made
    // (later in the booking the answer about pets names the room's rule at once, and the slot is not reopened)
    const pet = !ctx.activeFlow || this.petNotYetPassed.has(asked ?? '') ? describePet(text) : null;
    if (pet) out.push({ name: this.slot.pet, value: pet });
    // «нам два номера», «и ещё один номер для детей»: said once, remembered for the booking being made
    const hotelRooms = this.options.hotel?.room_types ?? [];
    const rooms = roomsWanted(text, hotelRooms);
    // «нам две комнаты» is two rooms, not the type with two rooms
    if (rooms && x.room && !x.room.byPreference && !extractRoomType(withoutRoomCount(text), hotelRooms)) {
      const i = out.findIndex((v) => v.name === this.slot.roomType);
      if (i >= 0) out.splice(i, 1);
    }
    if (rooms && !(typeof ctx.slots[this.slot.roomsWanted] === 'number' && (ctx.slots[this.slot.roomsWanted] as number) >= rooms))
      out.push({ name: this.slot.roomsWanted, value: rooms });
    const collects = target ? this.settable(target) : new Set<string>();
    if (x.phone) {
      // in the booking flows that prove identity a phone is the proof, given before or after the code
      if (collects.has(this.slot.bookingProof) && !collects.has(this.slot.guestPhone)) out.push({ name: this.slot.bookingProof, value: x.phone });
      else if (collects.has(this.slot.bookingReference) && !collects.has(this.slot.guestPhone)) out.push({ name: this.slot.bookingReference, value: x.phone });
      else out.push({ name: this.slot.guestPhone, value: x.phone });
    } else if (asked === this.slot.bookingProof) {
      const surname = surnameAnswer(text);
      if (surname) out.push({ name: this.slot.bookingProof, value: surname });
    }
    if (asked === this.slot.changeTarget) {
      const what = changeTarget(x, text);
      if (what) out.push({ name: this.slot.changeTarget, value: what });
    }
    // «имя неправильно» to «что исправить?» names the part; a new value itself («даты с 9 по 11») is a correction
    if (asked === this.slot.bookingFix && out.length === 0) {
      const what = fixTarget(x, text);
      if (what) out.push({ name: this.slot.bookingFix, value: what });
    }
    if (x.bookingCode) out.push({ name: this.slot.bookingReference, value: x.bookingCode });
    // «на Петрова» to «код брони или телефон?»: the lookup says it needs a code or a phone, rather than «не понял»
    else if (x.name && !x.phone && asked === this.slot.bookingReference) out.push({ name: this.slot.bookingReference, value: x.name });
    if (x.email) for (const s of this.slot.guestEmails) if (collects.has(s)) out.push({ name: s, value: x.email });
    // an e-mail given when the phone is asked (the caller would rather not give a phone) is the contact
    if (x.email && !x.phone && asked === this.slot.guestPhone) out.push({ name: this.slot.guestPhone, value: x.email });
    if (asked && askedType === 'bool') {
      let yes = x.yesNo;
      if (yes === null && (intent === 'affirm' || intent === 'deny')) yes = intent === 'affirm';
      // «нет, на 15-е» is a correction, not a refusal; a value that changes nothing is no correction
      const corrects = out.some((v) => !sameValue(ctx.slots[v.name], v.value));
      // another number given instead of the caller id answers «use this one?» with no
      if (asked === this.slot.useCallerPhone && x.phone) out.push({ name: asked, value: false });
      else if (yes !== null && !corrects) out.push({ name: asked, value: yes });
    }
    return out;
  }

  /**
   * «нас четверо» … «двое из них дети»: the adults were a bare count (marked by the hotel's availability check, which
   * says «взрослых»), so the children said after it were among those counted, unless they come in addition («и ещё
   * ребёнок»).
   */
  private assumedAdults(g: Extracted['guests'], ctx: UnderstandingContext, text: string): { name: string; value: SlotValue }[] {
    const slot = this.slot.adultsAssumed;
    const known = ctx.slots[this.slot.adults];
    if (!slot || ctx.slots[slot] !== true || g.adults !== undefined || !g.children || typeof known !== 'number') return [];
    const added = /(?<![а-я])(?:ещ[её]|плюс|кроме (?:нас|того)|также|тоже)(?![а-я])/.test(normalizeText(text));
    return added || known <= g.children ? [] : [{ name: this.slot.adults, value: known - g.children }];
  }

  /** Small talk goes to a flow the project triggers on that intent (a greeting, a goodbye), else to chitchat. */
  private smallTalk(intent: string, confidence: number, active: string | null): Command[] {
    const flow = this.flowForIntent(intent, confidence);
    return flow && flow !== active ? [{ command: 'start flow', flow }] : [{ command: 'chitchat' }];
  }

  /**
   * The request is called off; a caller who says goodbye with it («ничего не надо, до свидания») is answered with
   * the goodbye, one who will think it over («я подумаю») with the flow that says so, when the project has them.
   */
  private callOff(text: string, how = leavesHow(text)): Command[] {
    const then =
      how === 'goodbye' ? this.flowForIntent('goodbye', 1) : how === 'later' ? this.flow.thinkOver : how === 'misread' ? this.flow.requestMisread : null;
    return then && this.options.flows.some((f) => f.id === then)
      ? [{ command: 'cancel flow' }, { command: 'start flow', flow: then }]
      : [{ command: 'cancel flow' }];
  }

  /** The request in progress is left; what is said after the words of leaving is taken as a request of its own. */
  private leave(rest: string, text: string, ctx: UnderstandingContext): Command[] {
    const how = leavesHow(text);
    // a farewell or «я подумаю» said with it decides; a request said after the words of leaving is taken below
    if (how === 'goodbye' || how === 'later' || rest.split(' ').length < 2) return this.callOff(text, how);
    const off: Command[] = [{ command: 'cancel flow' }];
    const then = this.cueOrManage(rest, ctx) ?? this.options.model.predict(rest);
    const flow = then.confidence >= 0.5 && !CHITCHAT_INTENTS.has(then.intent) ? this.flowForIntent(then.intent, then.confidence) : null;
    if (flow && flow !== ctx.activeFlow && then.intent !== 'book_room') return [...off, { command: 'start flow', flow }];
    if (then.intent === 'human_handoff' && then.confidence >= 0.5) return [...off, { command: 'human handoff' }];
    // «про ресторан», «машина из аэропорта»: what the hotel's facts answer strongly
    this.facts ??= this.options.hotel ? new FactIndex(hotelFacts(this.options.hotel)) : null;
    const top = this.facts?.search(rest, 1)[0];
    if (then.intent === 'ask_hotel_info' || (top && !top.fact.roomType && top.score >= 3)) return [...off, { command: 'knowledge' }];
    return this.callOff(text, how);
  }

  private flowForIntent(intent: string, confidence: number): string | null {
    for (const flow of this.options.flows) {
      for (const t of flow.nlu_trigger ?? []) {
        if (t.intent === intent && confidence >= (t.confidence_threshold ?? 0.5)) return flow.id;
      }
    }
    return null;
  }

  /** The user flow that collects the most of these slots (a booking said in one breath starts book_room). */
  private flowForSlots(names: string[]): string | null {
    let best: { id: string; n: number } | null = null;
    for (const flow of this.options.flows) {
      if (flow.isPattern || flow.id.startsWith('pattern_') || !flow.nlu_trigger?.length) continue;
      const collects = flowSlots(flow);
      const n = names.filter((s) => collects.has(s) && ![this.slot.bookingReference, this.slot.guestPhone, this.slot.guestName].includes(s)).length;
      if (n > 0 && (!best || n > best.n)) best = { id: flow.id, n };
    }
    return best?.id ?? null;
  }

  /** Requests about one existing booking take each other's place instead of stacking. */
  private replaces(started: string, active: string): boolean {
    const managing = [this.flow.change, this.flow.cancel, 'find_booking'];
    return managing.includes(started) && managing.includes(active);
  }

  private readonly settableCache = new Map<string, Set<string>>();

  /** Slots of a flow this generator may set: its collect steps (not controlled) and the stay extras. */
  private settable(flowId: string): Set<string> {
    let hit = this.settableCache.get(flowId);
    if (hit) return hit;
    const flow = this.options.flows.find((f) => f.id === flowId);
    const slots = this.options.domain.slots;
    hit = new Set<string>();
    if (flow) {
      const collects = flowSlots(flow);
      for (const s of collects) hit.add(s);
      if (collects.has(this.slot.adults)) for (const s of this.stayExtras) if (slots[s]) hit.add(s);
      if (collects.has(this.slot.changeTarget)) for (const s of this.changeExtras) if (slots[s]) hit.add(s);
    }
    for (const s of [...hit]) {
      const def = slots[s];
      if (def?.mappings.some((m) => m.type === 'controlled')) hit.delete(s);
    }
    this.settableCache.set(flowId, hit);
    return hit;
  }
}

// «вместо стандарта», «вместо 14-го»: what is being replaced.
const INSTEAD_OF = /(?<![а-яё])вместо\s+[^\s,?!.]+/i;

// «не X, а Y» (X up to three words); group 2 is X.
const NOT_BUT = /(^|[\s,.!?])не\s+((?:[^\s,]+\s+){0,2}?[^\s,]+)\s*,?\s+а\s+/i;

/** «не Петров, а Петренко» with guest_name «Алексей Петров» → «Алексей Петренко». */
function replaceNamePart(current: SlotValue | undefined, wrong: string, rest: string): string | null {
  if (typeof current !== 'string') return null;
  const right = /^[А-ЯЁа-яё-]+/.exec(rest.trim())?.[0];
  if (!right) return null;
  const norm = (w: string) => w.toLowerCase().replace(/ё/g, 'е');
  const parts = current.split(/\s+/);
  const i = parts.findIndex((p) => norm(p) === norm(wrong));
  if (i < 0) return null;
  parts[i] = right.charAt(0).toUpperCase() + right.slice(1).toLowerCase();
  return parts.join(' ');
}

/** Did the caller give the stay as a number of nights in an earlier turn? */
function saidLength(history: UnderstandingContext['history']): boolean {
  return history.some((h) => h.role === 'user' && extractNights(maskPhoneDigits(numberize(normalizeText(h.text)))) !== undefined);
}

function sameValue(a: SlotValue | undefined, b: SlotValue): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b);
}

function toEntities(x: Extracted): Entity[] {
  const e: Entity[] = [];
  const add = (entity: string, value: SlotValue | undefined | null) => {
    if (value !== undefined && value !== null) e.push({ entity, value, extractor: 'PortierRussianExtractor' });
  };
  add('check_in_date', x.stay.check_in);
  add('check_out_date', x.stay.check_out);
  add('nights', x.stay.nights);
  add('invalid_date', x.stay.invalid);
  add('adults', x.guests.adults);
  add('children', x.guests.children);
  add('children_ages', x.guests.children_ages);
  add('room_type', x.room?.code);
  add('guest_name', x.name);
  add('phone', x.phone);
  add('email', x.email);
  add('booking_code', x.bookingCode);
  add('yes_no', x.yesNo);
  return e;
}

/** The bot's last line offers help: «Чем могу помочь?», or more of it: «Чем ещё могу помочь?». */
function helpOffered(history: UnderstandingContext['history']): 'first' | 'more' | null {
  const last = history.at(-1);
  if (last?.role !== 'bot' || !/помочь\?\s*$/i.test(last.text)) return null;
  return /ещ[её][^.!?]*помочь\?\s*$/i.test(last.text) ? 'more' : 'first';
}

/** The bot's last line asks whether to book (the knowledge answer's offer after free rooms or a price). */
function offeredBooking(history: UnderstandingContext['history']): boolean {
  const last = history.at(-1);
  return last?.role === 'bot' && /заброниров\S*\?\s*$/i.test(last.text);
}

/** What the assistant said since the caller last spoke (a price and «Хотите забронировать?» are two lines). */
function lastBotTurn(history: UnderstandingContext['history']): string {
  const lines: string[] = [];
  for (let i = history.length - 1; i >= 0 && history[i]!.role === 'bot'; i--) lines.unshift(history[i]!.text);
  return lines.join(' ');
}

// words around a name that still make it an answer: «меня зовут …», «записывайте на …», «ну», «это»
const NAME_FRAME = new Set(
  'а ну вот это я меня мое моё мой моя мою моего наш наша нашу нашего имя зовут фамилия на для запишите записывайте пишите бронь оформите оформляйте пожалуйста да слушайте кстати сын сына дочь дочери дочку мама мамы маму папа папы папу муж мужа жена жены жену отец отца мать матери брат брата сестра сестры сестру бабушка бабушки бабушку дедушка дедушки сотрудник сотрудника сотрудницу сотрудница коллега коллеги коллегу гость гостя гостью'.split(
    ' ',
  ),
);

/** Every word of the message belongs to the name read from it (or frames it: «меня зовут»). */
function nameIsAll(name: string, text: string): boolean {
  const parts = normalizeText(name)
    .split(/\s+/)
    .map((w) => w.slice(0, 4));
  return normalizeText(text)
    .split(/[^а-яa-z-]+/)
    .filter((w) => w && !NAME_FRAME.has(w))
    .every((w) => parts.includes(w.slice(0, 4)));
}

/** The month named alone («в январе», «на февраль») in the caller's last message, if that message named one. */
function monthSaidBefore(history: UnderstandingContext['history']): number | undefined {
  const previous = lastUserText(history);
  return previous === undefined ? undefined : bareMonth(usualForms(previous));
}

/** The caller's last message or the assistant's answer to it spoke of cancelling («а штраф за отмену есть?»). */
function spokeOfCancelling(history: UnderstandingContext['history']): boolean {
  const said = `${lastUserText(history) ?? ''} ${lastBotTurn(history)}`.toLowerCase();
  return /(?<![а-яё])(?:отмен|аннулир|незаезд)/.test(said);
}

// «на те же даты», «на эти же числа», «в те же дни», «на то же время»: the stay already spoken of
const SAME_DATES = /(?<![а-яё])(?:те же|эти же|тех же|этих же|то же|те самые|такие же)(?: самые)? (?:даты|числа|дни|сроки|период|чисел|дат)(?![а-яё])/;

function lastUserText(history: UnderstandingContext['history']): string | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.role === 'user') return history[i]!.text;
  return undefined;
}

/** Adds what an earlier message said to what this one left out; this message's own values win. */
function fillMissing(x: Extracted, earlier: Extracted): void {
  if (!x.stay.check_in && !x.stay.check_out && !x.stay.nights) x.stay = earlier.stay;
  if (!x.room) x.room = earlier.room;
  if (x.guests.adults === undefined && x.guests.children === undefined) x.guests = earlier.guests;
}

/** A price or size wish asked as a question («а какой подешевле?») rather than said as the choice. */
function asksRoomPreference(text: string): boolean {
  const t = normalizeText(text);
  return (text.includes('?') || PREFERENCE_ASKED.test(t)) && !CHOOSING.test(t);
}

/** Which part of the booking summary the caller wants corrected: the name and the phone, or a part of the stay. */
function fixTarget(x: Extracted, text: string): 'dates' | 'room_type' | 'guests' | 'guest_name' | 'guest_phone' | null {
  const t = normalizeText(text);
  if (x.phone || /(?<![а-я])(?:телефон\S*|почт\S*|мобильн\S*)(?![а-я])/.test(t)) return 'guest_phone';
  if (/(?<![а-я])(?:им(?:я|ени|енем)|фамили\S*|отчеств\S*)(?![а-я])/.test(t)) return 'guest_name';
  return changeTarget(x, text);
}
