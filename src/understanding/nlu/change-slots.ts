// What a caller says when changing a booking they have proved is theirs (the change_booking flow): which part to
// change, nights added or taken («продлить ещё на ночь»), the whole stay moved («на два дня позже»), a day kept as
// booked («выезд тот же») and people added to the party («к нам ещё один человек едет»). The found booking's own
// stay and party come from action_find_booking (found_check_in, found_check_out, found_adults).
import type { SlotValue } from '../../engine/commands.ts';
import { type Extracted, normalizeText, speaksOfLeavingOnly, stayChange } from '../lang-ru/index.ts';
import { addsOnePerson } from './booking-at-hand.ts';
import type { BookingVocabulary } from './booking-vocabulary.ts';

/** Which part of a booking the caller wants to change: what they name, or the values they already give. */
export function changeTarget(x: Extracted, text: string): 'dates' | 'room_type' | 'guests' | null {
  if (x.stay.check_in || x.stay.check_out || x.stay.nights) return 'dates';
  if (x.room) return 'room_type';
  if (x.guests.adults !== undefined) return 'guests';
  const t = normalizeText(text);
  // «число гостей» is about guests, though «число» is also a date's word
  if (/(?<![а-я])(?:числ|количеств)\S* (?:гост|человек|людей|взросл|проживающ)/.test(t)) return 'guests';
  if (/(?<![а-я])(дат|числ|перенес|перенос|сдвин|заезд|выезд|ноч)/.test(t)) return 'dates';
  if (/(?<![а-я])(номер|тип|категори|комнат)/.test(t)) return 'room_type';
  if (/(?<![а-я])(гост|человек|взросл|дет|ребен|нас )/.test(t)) return 'guests';
  return null;
}

/** «выезд тот же», «дата выезда прежняя», «выезд не меняем»: that day of the stay stays as booked. */
function keepsDay(which: 'заезд' | 'выезд', text: string): boolean {
  const stem = which === 'заезд' ? '(?:заезд|заселен|приезд)' : '(?:выезд|выселен|отъезд)';
  return new RegExp(`(?<![а-я])${stem}\\S*(?: \\S+)? (?:тот же|та же|такой же|такая же|прежн\\S*|как был\\S*|не меня\\S*|оставля\\S*|остается|оставьте)`).test(
    normalizeText(text),
  );
}

export interface ChangeReading {
  /** The message's values with the change's own meaning applied. */
  x: Extracted;
  /** Nights added to (negative: taken from) the booking's own check-out. */
  extraNights: number | null;
  /** Days the booking's whole stay moves (negative: earlier). */
  shiftDays: number | null;
  /** People added to the booking's party when it is not found yet (its party unknown here). */
  extraAdults: number | null;
}

/** The slots holding the booking found, by the project's names. */
export type FoundBookingSlots = Pick<BookingVocabulary['slots'], 'foundCheckIn' | 'foundCheckOut' | 'foundAdults'>;

/** Reads a message said while changing a booking against the booking found. */
export function readChange(said: Extracted, slots: Record<string, SlotValue>, text: string, names: FoundBookingSlots): ChangeReading {
  const text_ = (name: string) => (typeof slots[name] === 'string' ? (slots[name] as string) : undefined);
  const foundIn = text_(names.foundCheckIn);
  const foundOut = text_(names.foundCheckOut);
  let x = said;
  let { check_in, check_out } = x.stay;
  const datesSaid = !!(check_in || check_out);
  // «заезд двадцать третьего, выезд тот же»: the day kept is the found booking's own
  if (foundIn && foundOut && (check_in || check_out)) {
    if (!check_out && keepsDay('выезд', text)) check_out = foundOut;
    if (!check_in && keepsDay('заезд', text)) check_in = foundIn;
  }
  // «уедем на два дня раньше, двадцать второго»: a day said with a move of the leaving only is the new check-out
  // (the dates reader takes a day said alone for an arrival, and «на два дня» for the nights)
  const moved = datesSaid ? stayChange(text) : null;
  // (before the booking is found its check-in is kept by action_quote_change, which takes a check-out alone)
  if (moved && moved.shift === 0 && check_in && (!foundIn || check_in > foundIn) && speaksOfLeavingOnly(text)) {
    check_out = check_in;
    check_in = undefined;
    x = { ...x, stay: { check_out } };
  }
  if (check_in !== x.stay.check_in || check_out !== x.stay.check_out) {
    x = { ...x, stay: { ...x.stay, ...(check_in ? { check_in } : {}), ...(check_out ? { check_out } : {}) } };
  }
  // «к нам ещё один человек едет», «добавьте коллегу»: added to the found booking's party, or (before it is found)
  // to be added to it by action_quote_change
  const foundAdults = slots[names.foundAdults];
  const added = x.guests.more === undefined && addsOnePerson(text, x);
  const more = x.guests.more ?? (added ? 1 : undefined);
  // (a party read from the person added, «ещё жена» → two, is no count of the booking's party)
  if (added) x = { ...x, guests: {} };
  let extraAdults: number | null = null;
  if (x.guests.adults === undefined && more && typeof foundAdults === 'number') x = { ...x, guests: { ...x.guests, adults: foundAdults + more } };
  else if (x.guests.adults === undefined && more) extraAdults = more;
  // «продлить ещё на ночь», «на неделю позже», «приедем на день позже»: applied to the booking's own stay by
  // action_quote_change (lang-ru/stay-change.ts says which end moves)
  const relative = datesSaid ? null : stayChange(text);
  if (relative) x = { ...x, stay: {} };
  return { x, extraNights: relative ? relative.extra : null, shiftDays: relative ? relative.shift : null, extraAdults };
}
