// action_find_booking: looks a booking up by the code or phone the caller gave and tells its details.
// In the cancel_booking flow it also picks the one booking to cancel (found_booking_code).
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { looksLikeBookingCode, normalizeBookingCode } from '../src/hotel/codes.ts';
import { guestsText, money, stayRange } from '../src/hotel/format-ru.ts';
import { toE164 } from '../src/hotel/phone.ts';
import { hotelToday } from '../src/hotel/rules.ts';
import type { Booking, Hotel } from '../src/hotel/types.ts';
import { roomName } from './check-availability.ts';
import { currentYear, type HotelServices, hotelServices, Reply, slotNumber, slotText } from './services.ts';

export type LookupStatus = 'found' | 'several' | 'not_found' | 'cancelled' | 'give_up';
const MAX_ATTEMPTS = 3;

/** A booking code or a phone number inside what the caller said ("код AK7 M3X", "бронировал на 8 900 …"). */
export function parseReference(text: string): { code?: string; phone?: string } {
  if (looksLikeBookingCode(text)) return { code: normalizeBookingCode(text) };
  for (const run of text.match(/\+?\d[\d\s()-]{8,}\d/g) ?? []) {
    const phone = toE164(run);
    if (phone) return { phone };
  }
  // A code may be spoken in groups ("AK7 M3X"): try runs of neighbouring words that add up to six characters.
  const words = text.split(/[\s,.;:!?«»"()-]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < words.length && joined.length < 6; j++) {
      joined += normalizeBookingCode(words[j]!);
      if (joined.length === 6 && looksLikeBookingCode(joined)) return { code: joined };
    }
  }
  return {};
}

export function describeBooking(hotel: Hotel, b: Booking, year: number): string {
  return `бронь ${b.code}: номер «${roomName(hotel, b.room_type)}», ${stayRange(b.check_in, b.check_out, year)}, ${guestsText(b.adults, b.children)}, гость — ${b.guest_name}, стоимость ${money(b.total_price, hotel.hotel.currency)}`;
}

/** Whether the current conversation is cancelling (the flow that asked for the reference). */
function inCancelFlow(call: ActionCall): boolean {
  const frames = (call.tracker.stack ?? []) as { flow_id?: string }[];
  if (frames.some((f) => f?.flow_id === 'cancel_booking')) return true;
  if (frames.some((f) => f?.flow_id === 'find_booking')) return false;
  const started = call.tracker.events.filter((e) => e.event === 'flow_started').at(-1) as { flow_id?: string } | undefined;
  return started?.flow_id === 'cancel_booking';
}

export async function findBooking(call: ActionCall, services: HotelServices): Promise<ActionResult> {
  const { hotel, pms } = services;
  const reply = new Reply();
  const year = currentYear(services);
  const cancelling = inCancelFlow(call);
  const ref = parseReference(slotText(call, 'booking_reference') ?? '');
  const found = ref.code || ref.phone ? await pms.findBookings(ref) : [];
  const today = hotelToday(hotel, services.now());
  // Past stays are history; a caller asking about "my booking" means a current or future one.
  const current = found.filter((b) => b.check_out >= today);
  const live = current.filter((b) => b.status === 'confirmed');

  if (current.length === 0) {
    const attempts = (slotNumber(call, 'lookup_attempts') ?? 0) + 1;
    reply.set('lookup_attempts', attempts).set('booking_reference', null).set('found_booking_code', null);
    const what = ref.code ? `с кодом ${ref.code}` : ref.phone ? 'на этот телефон' : 'по этим данным';
    if (attempts >= MAX_ATTEMPTS) {
      reply.say(`Не получается найти бронь ${what}. Уточнить её можно у администратора по телефону ${hotel.hotel.phone}.`);
      return reply.set('lookup_status', 'give_up').set('lookup_attempts', 0).result();
    }
    // A name alone is no key: a booking is found by its code or phone, so nobody learns another guest's stay.
    reply.say(ref.code || ref.phone ? `Не нашла бронь ${what}.` : 'По имени бронь не найти: нужен код брони из шести символов или телефон, на который она оформлена.');
    return reply.set('lookup_status', 'not_found').result();
  }
  reply.set('lookup_attempts', 0);

  if (live.length === 0) {
    const b = current[0]!;
    reply.say(`Бронь ${b.code} уже отменена.`);
    return reply.set('found_booking_code', b.code).set('lookup_status', 'cancelled').result();
  }
  if (live.length > 1) {
    const list = live.map((b) => `${b.code} — «${roomName(hotel, b.room_type)}» ${stayRange(b.check_in, b.check_out, year)}`).join('; ');
    reply.say(`На этот телефон ${live.length} ${live.length < 5 ? 'брони' : 'броней'}: ${list}.`);
    if (cancelling) return reply.set('booking_reference', null).set('found_booking_code', null).set('lookup_status', 'several').result();
    return reply.set('lookup_status', 'found').result();
  }
  const b = live[0]!;
  const text = describeBooking(hotel, b, year);
  reply.say(`Нашла ${text}.`);
  return reply.set('found_booking_code', b.code).set('lookup_status', 'found').result();
}

export const findBookingAction: CustomAction = {
  name: 'action_find_booking',
  run: (call: ActionCall, services: ActionServices) => findBooking(call, hotelServices('action_find_booking', services)),
};
