// action_cancel_booking: cancels the booking action_find_booking found and the caller proved is theirs. When the stay
// starts within a day it says what the cancellation costs by the hotel's rule: «бесплатная» made in time, the rule's
// late terms after the deadline (the whole rule only when its deadline cannot be read).
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { nightsBetween } from '../src/hotel/calendar.ts';
import { BookingNotFoundError } from '../src/hotel/errors.ts';
import { cancellationVerdict } from '../src/hotel/cancellation.ts';
import { hotelToday } from '../src/hotel/rules.ts';
import { speakable } from '../src/understanding/knowledge/plain-speech.ts';
import { VOICE_CHANNEL } from './booking-identity.ts';
import { type HotelServices, hotelServices, Reply, slotText } from './services.ts';

export async function cancelBooking(call: ActionCall, services: HotelServices): Promise<ActionResult> {
  const reply = new Reply();
  const found = slotText(call, 'found_booking_code');
  // Only the booking the caller proved is theirs (action_find_booking sets both slots; neither is settable by a user).
  const code = found && found === slotText(call, 'verified_booking_code') ? found : null;
  if (!code) return reply.say('Не знаю, какую бронь отменить — назовите, пожалуйста, её код.').set('lookup_status', 'not_found').result();
  try {
    const b = await services.pms.cancelBooking(code);
    // on a call the code was read out when the booking was found: it is not read a third time
    let text = call.tracker.latest_input_channel === VOICE_CHANNEL ? 'Готово, бронь отменена.' : `Бронь ${b.code} отменена.`;
    const policy = services.hotel.policies['cancellation'];
    const daysAhead = nightsBetween(hotelToday(services.hotel, services.now()), b.check_in);
    if (policy && daysAhead <= 1) text += ` ${costSaid(services, b.check_in, policy)}`;
    return reply.say(text).set('found_booking_code', null).set('lookup_status', 'cancelled').result();
  } catch (e) {
    if (!(e instanceof BookingNotFoundError)) throw e;
    return reply.say('Не нашла бронь с такими данными.').set('found_booking_code', null).set('lookup_status', 'not_found').result();
  }
}

/** What this cancellation costs, in one sentence: free, or the rule's terms for a late one. */
function costSaid(services: HotelServices, checkIn: string, policy: string): string {
  const verdict = cancellationVerdict(services.hotel, checkIn, services.now());
  if (verdict?.free) return 'Отмена бесплатная.';
  if (verdict?.lateTerms) return `Отмена уже не бесплатная: ${speakable(verdict.lateTerms)}.`;
  return `Напомню правила отмены: ${speakable(policy)}.`;
}

export const cancelBookingAction: CustomAction = {
  name: 'action_cancel_booking',
  run: (call: ActionCall, services: ActionServices) => cancelBooking(call, hotelServices('action_cancel_booking', services)),
};
