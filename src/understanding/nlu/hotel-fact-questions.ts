// Messages the hotel's facts (data/hotel.yml) decide: a question the model took for small talk, a question about
// something the facts answer strongly, an order of one of the hotel's services, a question whether a rule allows
// something. Each is answered from the facts, never taken for a room booking.
import { asksHotelFact, followsUpFact } from '../knowledge/asks-fact.ts';
import { asksException, refuses } from '../knowledge/plea.ts';
import { type Extracted, normalizeText } from '../lang-ru/index.ts';
import { splitOpening, usualForms } from '../lang-ru/spoken.ts';
import type { UnderstandingContext } from '../types.ts';
import { ordersSomethingElse } from './booking-cues.ts';
import type { GeneratorProject } from './generator-project.ts';
import type { IntentPrediction } from './model.ts';
import { ASKING } from './question-shapes.ts';

// asking outright for a booking: a question shaped this way is a polite request («можно ли забронировать …»)
const BOOKING_VERB = /(?<![а-я])(?:заброн\S*|брониру\S*|оформ\S*|сним\S*|снять|хочу номер|нужен номер)(?![а-я])/;
// Ordering something (a room, or a service of the hotel) and the words that make it a room or a stay.
const ORDERS =
  /(?<![а-я])(?:закаж\S*|заказать|заказыва\S*|заброниру\S*|забронировать|брониру\S*|запиш\S*|записать\S*|записа\S*|организу\S*|организовать)(?![а-я])/;
const STAY_NAMED = /(?<![а-я])(?:номер\S*|комнат\S*|проживан\S*|остановит\S*|засел\S*|ноч[иь]|ночей|сутки|суток)(?![а-я])/;

/** «раскладушку дадите» taken for small talk: a question about the hotel fact it meets (knowledge/asks-fact.ts). */
export function factAsked(project: GeneratorProject, request: string, prediction: IntentPrediction, context: UnderstandingContext): IntentPrediction {
  const facts = project.facts();
  const hotel = project.options.hotel;
  if (!facts || !hotel) return prediction;
  const previous = context.history.findLast((h) => h.role === 'user')?.text;
  // «ну пожалуйста, в виде исключения» right after a rule refused it: the rule again (knowledge/plea.ts)
  const lastBot = context.history.findLast((h) => h.role === 'bot')?.text ?? '';
  if (!context.activeFlow && asksException(request) && refuses(lastBot)) return { intent: 'ask_hotel_info', confidence: 1, ranking: prediction.ranking };
  return asksHotelFact(facts, request, prediction.intent, prediction.confidence, !!context.activeFlow, hotel.room_types) ||
    followsUpFact(facts, request, previous && usualForms(splitOpening(previous).rest), !!context.activeFlow, hotel.room_types)
    ? { intent: 'ask_hotel_info', confidence: 0.9, ranking: prediction.ranking }
    : prediction;
}

/** A question (a question mark or word) about something the hotel's facts answer strongly. */
export function asksAboutHotel(project: GeneratorProject, text: string, share = 0): boolean {
  const t = normalizeText(text);
  // voice transcripts carry no question marks: a question word does as well
  const facts = project.facts();
  if (!facts || (!text.includes('?') && !ASKING.test(t))) return false;
  const top = facts.search(text, 1)[0];
  // `share`: most words of the question must meet the fact («в какой театр сходить вечером» only meets «вечером»)
  return !!top && !top.fact.roomType && top.score >= 3 && (share === 0 || facts.matchedShare(text, top.fact) >= share);
}

/**
 * An order of one of the hotel's services rather than a room: a verb of ordering and a service of data/hotel.yml
 * the message meets strongly («забронируйте парковку на субботу», «запишите нас в сауну», «закажите трансфер на
 * четверых»), with no room or stay named. Answered from the facts (the service's terms), never a room booking.
 */
export function ordersService(project: GeneratorProject, text: string, x: Extracted): boolean {
  const t = normalizeText(text);
  // («столик в грузинском ресторане» is an order of something the hotel does not book: ordersSomethingElse)
  const facts = project.facts();
  if (!facts || x.room || !ORDERS.test(t) || STAY_NAMED.test(t) || ordersSomethingElse(text)) return false;
  const top = facts.search(text, 1)[0];
  return !!top && top.fact.kind === 'service' && top.score >= 3;
}

/**
 * A question whether something is allowed that a rule or service of the hotel answers strongly, with no verb of
 * booking and no date: «можно ли подростку остановиться одному на пару дней?». A stay's length alone is no booking.
 */
export function asksRule(project: GeneratorProject, text: string, x: Extracted): boolean {
  const t = normalizeText(text);
  const facts = project.facts();
  if (!facts || x.stay.check_in || x.room || !ASKING.test(t) || BOOKING_VERB.test(t)) return false;
  const top = facts.search(text, 1)[0];
  return !!top && !top.fact.roomType && (top.fact.kind === 'policy' || top.fact.kind === 'service') && top.score >= 5;
}
