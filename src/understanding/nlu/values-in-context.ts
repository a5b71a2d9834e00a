// The values of a message read in the conversation's context: the question asked, the booking being changed, the
// caller's previous message (a month, a stay's length, the first half of a phone), the stay already spoken of.
import type { Entity } from '../../engine/events.ts';
import type { SlotValue } from '../../engine/commands.ts';
import { todayIn } from '../../hotel/calendar.ts';
import { bookingHorizonDays } from '../../hotel/rules.ts';
import { addDays, daysBetween } from '../lang-ru/calendar.ts';
import {
  bareCheckOut,
  type ExtractContext,
  type Extracted,
  extractAll,
  extractNights,
  type Morph,
  normalizeText,
  numberize,
  speaksOfGuests,
} from '../lang-ru/index.ts';
import { describePet } from '../knowledge/topics.ts';
import { guestName } from '../lang-ru/guest-name.ts';
import { phoneFromParts } from '../lang-ru/phones.ts';
import { splitOpening, usualForms } from '../lang-ru/spoken.ts';
import { maskPhoneDigits } from '../lang-ru/text.ts';
import { nameForYes } from './name-for-yes.ts';
import type { UnderstandingContext } from '../types.ts';
import { lastUserText, monthSaidBefore } from './conversation-history.ts';
import type { GeneratorProject } from './generator-project.ts';
import { nameIsAll } from './name-answers.ts';

// «на те же даты», «на эти же числа», «в те же дни», «на то же время»: the stay already spoken of
const SAME_DATES = /(?<![а-яё])(?:те же|эти же|тех же|этих же|то же|те самые|такие же)(?: самые)? (?:даты|числа|дни|сроки|период|чисел|дат)(?![а-яё])/;

/** How the values of a message are read in this conversation (also for the caller's previous message). */
export function extractContext(project: GeneratorProject, context: UnderstandingContext, morph: Morph): ExtractContext {
  const { options, slot, flow } = project;
  const checkIn = typeof context.slots[slot.checkIn] === 'string' ? (context.slots[slot.checkIn] as string) : undefined;
  return {
    now: context.now,
    timeZone: context.timezone || options.hotel?.hotel.timezone || 'UTC',
    rooms: options.hotel?.room_types ?? [],
    ...(options.hotel ? { hotelName: options.hotel.hotel.name } : {}),
    morph,
    requestedSlot: context.requestedSlot,
    checkIn,
    // a booking being changed: a day said alone is the one near its stay
    ...(context.activeFlow === flow.change && typeof context.slots[slot.foundCheckIn] === 'string'
      ? { around: context.slots[slot.foundCheckIn] as string }
      : {}),
    // «мне номер на январь» … «с восьмого по десятое»: the month named alone before places the days said now
    ...(context.requestedSlot === slot.checkIn ? { month: monthSaidBefore(context.history) } : {}),
  };
}

/** The values `said` gives, completed or narrowed by the question asked and what was said before it. */
export function valuesInContext(project: GeneratorProject, said: string, context: UnderstandingContext, options: ExtractContext): Extracted {
  const { slot } = project;
  const checkIn = options.checkIn;
  const extracted = extractAll(said, options);
  // «вера соколова» instead of «да» to the room said back: the name, the next question's answer (name-for-yes.ts)
  if (context.requestedSlot === slot.roomType && !extracted.room) {
    const full = nameForYes(said, options.morph, options.hotelName);
    // (a surname alone read from it unasked gives way to the whole name)
    if (full && (!extracted.name || full.includes(extracted.name))) extracted.name = full;
  }
  // a phone dictated in parts: the parts said just before, to the same question, are completed by this one
  if (context.requestedSlot === slot.guestPhone && !extracted.phone && !extracted.email) {
    const earlier = context.history.filter((h) => h.role === 'user').map((h) => h.text);
    const whole = phoneFromParts(earlier, said);
    if (whole) extracted.phone = whole;
  }
  // «в середине декабря на недельку» … «с пятнадцатого»: the length said with a vague time of the month, before the
  // day was known, is kept — the check-in said now ends the stay that many nights later
  if (context.requestedSlot === slot.checkIn && extracted.stay.check_in && !extracted.stay.check_out && !extracted.stay.nights) {
    const before = lastUserText(context.history);
    const nights = before === undefined ? undefined : extractNights(maskPhoneDigits(numberize(normalizeText(before))));
    if (nights) extracted.stay = { ...extracted.stay, nights, check_out: addDays(extracted.stay.check_in, nights) };
  }
  // «на те же даты», «на эти же числа»: the stay of the booking at hand — the one being made, or else the one just
  // made or found in this conversation — rather than a new question
  if (SAME_DATES.test(normalizeText(said)) && !extracted.stay.check_in && !extracted.stay.check_out) {
    const stay = project.stayAtHand(context);
    if (stay) extracted.stay = { ...extracted.stay, ...stay };
  }
  // «три» to «до какого числа или сколько ночей?»: the stay's length (or the check-out day), never guests
  if (context.requestedSlot === slot.checkOut && checkIn && !extracted.stay.check_in && !extracted.stay.check_out) {
    const out = bareCheckOut(said, checkIn, typeof context.slots[slot.adults] === 'number');
    if (out) {
      extracted.stay = { ...extracted.stay, ...out };
      extracted.guests = {};
    }
  }
  // «на июль двадцать восьмого года», «через полтора года»: a month or time that starts beyond the hotel's booking horizon is a check-in the booking
  // refuses at once (action_check_check_in: the last day possible and today), never a question for the days of it
  const periodStart = extracted.stay.period_start;
  if (periodStart && project.options.hotel && daysBetween(todayIn(options.timeZone, options.now), periodStart) > bookingHorizonDays(project.options.hotel))
    extracted.stay = { ...extracted.stay, check_in: periodStart };
  // «фролов константин» to «сколько вас будет?», «ким виктор» to the phone question: a message that is nothing but a
  // name, said while a booking that takes one asks something else, is the guest's name given out of turn (or the
  // name held completed), never «не понятно» — the question asked is then asked again
  if (!extracted.name && context.activeFlow === project.flow.book && context.requestedSlot && context.requestedSlot !== slot.guestName) {
    const name = outOfTurnName(said, options, extracted);
    if (name) extracted.name = name;
  }
  // «дней на пять», «на двое суток» to the check-out question: a number with no people named is never guests
  if (context.requestedSlot === slot.checkOut && !speaksOfGuests(said)) extracted.guests = {};
  // «ну ночи на две»: the one number said is the stay's length, not the party too
  const numbers = maskPhoneDigits(numberize(normalizeText(said))).match(/\d+/g) ?? [];
  if (extracted.stay.nights && numbers.length === 1 && !speaksOfGuests(said)) extracted.guests = {};
  return extracted;
}

/** The whole message as a name (read as if the name had been asked), or null when any word is no part of one. */
function outOfTurnName(said: string, options: ExtractContext, x: Extracted): string | null {
  if (said.includes('?') || /\d/.test(said)) return null;
  // («адин взрослый»: the party misspelled, not a name): only a message that gives nothing else
  const other = x.stay.check_in || x.stay.check_out || x.stay.nights || x.room || x.phone || x.email || x.bookingCode || x.yesNo !== null;
  if (other || x.guests.adults !== undefined || x.guests.children !== undefined || speaksOfGuests(said)) return null;
  const name = guestName(said, options.morph, { asked: true, ...(options.hotelName ? { hotelName: options.hotelName } : {}) });
  return name && nameIsAll(name, said) ? name : null;
}

/**
 * «Есть ли люкс на 12 декабря?» … «хочу забронировать»: the booking takes the stay, room and guests of the caller's
 * previous message where this one leaves them out; this message's own values win.
 */
export function withPreviousRequest(x: Extracted, history: UnderstandingContext['history'], options: ExtractContext): void {
  const previous = lastUserText(history);
  if (!previous) return;
  const read = (text: string) => extractAll(usualForms(splitOpening(text).rest), { ...options, requestedSlot: null });
  const earlier = read(previous);
  if (!x.stay.check_in && !x.stay.check_out && !x.stay.nights) x.stay = earlier.stay;
  if (!x.room) x.room = earlier.room;
  if (x.guests.adults === undefined && x.guests.children === undefined) x.guests = earlier.guests;
  // «нас четверо с собакой, можно?» … «да, с пятого по седьмое»: the pet comes with the request it was said with
  const pet = describePet(previous);
  if (pet) x.earlierPet = pet;
  // «сколько стоит стандарт на выходные?» … «а если нас четверо?» … «да»: the stay asked about one message before
  // (its room is not taken: the party it was priced for has changed)
  if (!x.stay.check_in && !x.stay.check_out) {
    const before = history.filter((h) => h.role === 'user').at(-2)?.text;
    if (before) x.stay = { ...read(before).stay, ...(x.stay.nights ? { nights: x.stay.nights } : {}) };
  }
}

/** The values read, as the tracker's entities. */
export function toEntities(x: Extracted): Entity[] {
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
