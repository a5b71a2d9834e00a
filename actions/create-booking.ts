// action_create_booking: writes the confirmed booking into the hotel system. The idempotency key is the
// conversation plus the booking's content, so the same confirmation never books twice, even across a crash.
import { createHash } from 'node:crypto';
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { HotelValidationError, NoAvailabilityError } from '../src/hotel/errors.ts';
import { spokenCode } from '../src/hotel/codes.ts';
import { checkAvailability } from './check-availability.ts';
import type { BookingRequest } from '../src/hotel/types.ts';
import { requestFromSlots } from './quote-price.ts';
import { petBooked } from './pet-fee.ts';
import { type HotelServices, hotelServices, Reply, slotText } from './services.ts';

/**
 * "<sender>:<n>:<digest>": the conversation, how many bookings it has already made, and a digest of what is
 * booked. Nothing here counts messages: after a crash that lost the confirming turn (the booking was written, the
 * turn's events were not), the caller's next «да» confirms the same content in the same conversation with the same
 * number of earlier bookings, so it finds the booking already made instead of making a second one. Changed details
 * give a new key, and so does the same stay booked again once the first booking was confirmed to the caller.
 */
export function confirmationTurnKey(call: ActionCall, request: Partial<BookingRequest>): string {
  const made = call.tracker.events.filter((e) => e.event === 'slot' && e.name === 'booking_code' && typeof e.value === 'string' && e.value !== '').length;
  const what = [request.room_type, request.check_in, request.check_out, request.adults, request.children, request.guest_name, request.phone]
    .concat(request.special_requests ?? [])
    .join('|');
  const digest = createHash('sha256').update(what).digest('base64url').slice(0, 12);
  return `${call.sender_id}:${made}:${digest}`;
}

export async function createBooking(call: ActionCall, services: HotelServices): Promise<ActionResult> {
  const reply = new Reply();
  const asked = requestFromSlots(call);
  // the pet booked with the room is noted for the staff who prepare it (its fee is paid at the hotel)
  const room = services.hotel.room_types.find((t) => t.code === asked.room_type);
  const pet = petBooked(call, room) ? slotText(call, 'pet') : null;
  const slots = pet ? { ...asked, special_requests: [...(asked.special_requests ?? []), pet] } : asked;
  const request = { ...slots, idempotency_key: confirmationTurnKey(call, slots) };
  try {
    // The hotel system validates every field itself; a gap in the slots comes back as HotelValidationError.
    const booking = await services.pms.createBooking(request as BookingRequest);
    return (
      reply
        .set('booking_code', booking.code)
        .set('booking_code_spoken', spokenCode(booking.code))
        // said once on a call, then offered again («Повторить код?»); «да» reads it (flow booking_code_read)
        .set('offered_code_spoken', spokenCode(booking.code))
        // made in this very conversation: proof enough to look it up, change or cancel it here (never carried into
        // a new session, see action_session_start)
        .set('verified_booking_code', booking.code)
        // its stay and party, as a lookup would give them: «на те же даты» for the next room, «перенесите на
        // пятницу» for this one are read against them
        .set('found_check_in', booking.check_in)
        .set('found_check_out', booking.check_out)
        .set('found_adults', booking.adults)
        .set('confirmation_sms', services.notify?.sms === true && !!booking.phone)
        .set('booking_failure', null)
        // a farewell heard at the summary before the yes is over: the goodbye now thanks for the booking
        .set('summary_left_open', false)
        .result()
    );
  } catch (e) {
    reply.set('booking_code', null).set('booking_code_spoken', null);
    if (e instanceof NoAvailabilityError) {
      // Someone took the last room while we talked: explain and offer what is still free.
      reply.set('booking_failure', 'на эти даты номер только что заняли');
      const again = await checkAvailability({ ...call, tracker: { ...call.tracker, slots: { ...call.tracker.slots } } }, services);
      return {
        events: [...reply.events, ...again.events],
        responses: [{ text: 'Пока мы разговаривали, этот номер на ваши даты заняли.' }, ...again.responses],
      };
    }
    if (e instanceof HotelValidationError) {
      return reply.set('booking_failure', e.message).set('availability_status', null).result();
    }
    // The hotel system is unreachable or broke: the caller hears it plainly and is offered reception.
    return reply.set('booking_failure', 'система бронирования сейчас не отвечает').set('availability_status', null).result();
  }
}

export const createBookingAction: CustomAction = {
  name: 'action_create_booking',
  run: (call: ActionCall, services: ActionServices) => createBooking(call, hotelServices('action_create_booking', services)),
};
