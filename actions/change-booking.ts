// action_quote_change and action_change_booking: the change_booking flow's price of the change (new total and
// the difference, the booking's own nights counted as free) and the change itself, made atomically by the hotel
// system. Only the booking the caller has proved is theirs (action_find_booking) is ever changed.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { addDays, nightsBetween } from '../src/hotel/calendar.ts';
import { BookingNotFoundError, HotelValidationError, NoAvailabilityError } from '../src/hotel/errors.ts';
import { guestsText, money, nightsText, stayRange } from '../src/hotel/format-ru.ts';
import { countedGuests } from '../src/hotel/rules.ts';
import type { Booking, BookingChange, ChangedBooking } from '../src/hotel/types.ts';
import { codeForChannel } from './booking-identity.ts';
import { roomName } from './check-availability.ts';
import { type HotelServices, hotelServices, Reply, speechToday, slotNumber, slotNumbers, slotText } from './services.ts';

export type ChangeStatus = 'ok' | 'retry' | 'done' | 'failed';

/** What the caller asked to change, read from the slots; a check-in alone keeps the number of nights. */
export function changeFromSlots(call: ActionCall, before: Booking): BookingChange {
  const change: BookingChange = {};
  const checkIn = slotText(call, 'check_in_date');
  const checkOut = slotText(call, 'check_out_date');
  if (checkIn) {
    change.check_in = checkIn;
    change.check_out = checkOut && checkOut > checkIn ? checkOut : addDays(checkIn, nightsBetween(before.check_in, before.check_out));
  } else if (checkOut) change.check_out = checkOut;
  else {
    // «перенести на два дня позже»: the whole stay moves; «продлить ещё на одну ночь»: its check-out moves
    const shift = Math.round(slotNumber(call, 'shift_days') ?? 0);
    const extra = Math.round(slotNumber(call, 'extra_nights') ?? 0);
    if (shift) change.check_in = addDays(before.check_in, shift);
    if (shift || extra) change.check_out = addDays(before.check_out, shift + extra);
  }
  const room = slotText(call, 'room_type');
  if (room) change.room_type = room;
  // «добавьте коллегу» said before the booking was found: added to its own party, children kept
  const added = Math.round(slotNumber(call, 'extra_adults') ?? 0);
  const adults = slotNumber(call, 'adults');
  if (adults !== null) {
    change.adults = Math.round(adults);
    change.children = Math.round(slotNumber(call, 'children') ?? 0);
    const ages = slotNumbers(call, 'children_ages');
    if (ages) change.children_ages = ages;
  } else if (added) {
    change.adults = Math.max(1, before.adults + added);
    change.children = before.children;
  }
  return change;
}

function sameBooking(a: Booking, b: Booking): boolean {
  return a.room_type === b.room_type && a.check_in === b.check_in && a.check_out === b.check_out && a.adults === b.adults && a.children === b.children;
}

/** Back to «что изменить?» with the values just tried forgotten (but those in `keep`). */
function retry(reply: Reply, text: string, keep: readonly string[] = []): ActionResult {
  reply.say(text);
  reply.set('extra_nights', 0).set('shift_days', 0).set('extra_adults', 0);
  for (const slot of ['check_in_date', 'check_out_date', 'room_type', 'adults', 'children_ages', 'change_target', 'change_confirmation'])
    if (!keep.includes(slot)) reply.set(slot, null);
  if (!keep.includes('children')) reply.set('children', 0);
  return reply.set('change_status', 'retry').result();
}

/**
 * A party grown past the booking's room (tester kind 3): the rooms it fits that are free for the stay, so the caller
 * can switch to one of them at the next question instead of hearing the refusal again; the new party is kept.
 */
async function roomsForParty(services: HotelServices, current: Booking, change: BookingChange): Promise<string> {
  const party = countedGuests(change.adults ?? current.adults, change.children ?? current.children, change.children_ages);
  const check_in = change.check_in ?? current.check_in;
  const check_out = change.check_out ?? current.check_out;
  const free = (await services.pms.availability({ check_in, check_out })).filter((r) => {
    const room = services.hotel.room_types.find((t) => t.code === r.room_type);
    // the booking's own room is free for it, so a room of its type counts even when the others are taken
    return (room?.max_guests ?? 0) >= party && (r.available > 0 || r.room_type === current.room_type);
  });
  if (free.length === 0) return '';
  const names = free.map((r) => `«${roomName(services.hotel, r.room_type)}»`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} или ${names.at(-1)}` : names[0];
  return ` На эти даты для вас ${names.length > 1 ? 'подойдут' : 'подойдёт'} ${list} — можно поменять номер.`;
}

function describe(services: HotelServices, b: Booking): string {
  const year = speechToday(services);
  return `номер «${roomName(services.hotel, b.room_type)}», ${stayRange(b.check_in, b.check_out, year)}, ${nightsText(b.check_in, b.check_out)}, ${guestsText(b.adults, b.children)}`;
}

/**
 * «Стоимость будет 32 000 рублей — на 3 000 рублей больше, чем сейчас.» Once the change is made the old price is the
 * past: «Стоимость теперь 32 000 рублей — на 3 000 рублей больше, чем было.» No brackets (a phone line does not
 * hear them) and no third figure: the new price and the difference are what the caller weighs.
 */
export function priceDifference(services: HotelServices, { before, after }: ChangedBooking, made = false): string {
  const currency = services.hotel.hotel.currency;
  const diff = after.total_price - before.total_price;
  const price = money(after.total_price, currency);
  if (diff === 0) return made ? `Стоимость не изменилась: ${price}.` : `Стоимость не изменится: ${price}.`;
  const more = `${money(Math.abs(diff), currency)} ${diff > 0 ? 'больше' : 'меньше'}`;
  return made ? `Стоимость теперь ${price} — на ${more}, чем было.` : `Стоимость будет ${price} — на ${more}, чем сейчас.`;
}

/** The proven booking's code, or null when the flow reached here without proof (it cannot, but never trust it). */
function provenCode(call: ActionCall): string | null {
  const code = slotText(call, 'found_booking_code');
  return code && code === slotText(call, 'verified_booking_code') ? code : null;
}

async function attempt(call: ActionCall, services: HotelServices, apply: boolean): Promise<ActionResult> {
  const reply = new Reply();
  const code = provenCode(call);
  if (!code) return reply.say('Не знаю, какую бронь изменить — назовите, пожалуйста, её код.').set('change_status', 'failed').result();
  const [current] = await services.pms.findBookings({ code });
  if (current?.status !== 'confirmed') return reply.say('Эту бронь изменить нельзя: она не действует.').set('change_status', 'failed').result();
  const change = changeFromSlots(call, current);
  try {
    const preview = await services.pms.previewChange(code, change);
    if (sameBooking(preview.before, preview.after)) return retry(reply, 'Это совпадает с тем, что уже забронировано.');
    if (!apply) {
      reply.say(`Новые условия: ${describe(services, preview.after)}. ${priceDifference(services, preview)}`);
      return reply.set('change_status', 'ok').result();
    }
    const done = await services.pms.changeBooking(code, change);
    reply.say(`Готово, бронь ${codeForChannel(call, code)} изменена: ${describe(services, done.after)}. ${priceDifference(services, done, true)}`);
    return reply.set('change_status', 'done').result();
  } catch (e) {
    if (e instanceof NoAvailabilityError) {
      const room = roomName(services.hotel, e.room_type);
      return retry(
        reply,
        `${apply ? 'Пока мы разговаривали, ' : 'К сожалению, '}на эти даты нет свободного номера «${room}». Можно выбрать другие даты или другой номер.`,
      );
    }
    if (e instanceof HotelValidationError && e.reason === 'over_capacity') {
      // the party as asked stays (also when it was «ещё один человек», extra_adults, which retry clears)
      if (change.adults !== undefined) reply.set('adults', change.adults).set('children', change.children ?? 0);
      return retry(reply, `Так изменить бронь не получится: ${e.message}.${await roomsForParty(services, current, change)}`, [
        'adults',
        'children',
        'children_ages',
        'check_in_date',
        'check_out_date',
      ]);
    }
    if (e instanceof HotelValidationError) return retry(reply, `Так изменить бронь не получится: ${e.message}.`);
    if (e instanceof BookingNotFoundError) return reply.say('Эту бронь изменить нельзя: она не действует.').set('change_status', 'failed').result();
    throw e;
  }
}

export const quoteChangeAction: CustomAction = {
  name: 'action_quote_change',
  run: (call: ActionCall, services: ActionServices) => attempt(call, hotelServices('action_quote_change', services), false),
};

export const changeBookingAction: CustomAction = {
  name: 'action_change_booking',
  run: (call: ActionCall, services: ActionServices) => attempt(call, hotelServices('action_change_booking', services), true),
};
