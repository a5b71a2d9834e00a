// Whether a change of a booking is told to the guest in writing («бронь изменена»). What the guest booked — the
// room, the dates, the party and so the price — always is. The wishes for the room are another matter: changed by
// the guest, they are confirmed back (the letter lists them); edited by the staff, they are the desk's note about
// the stay, and a guest who changed nothing must not get a letter saying the booking was changed.
import type { Booking, ChangeAuthor } from '../hotel/types.ts';

/** The room, the dates, the party, the price or the guest's name differ. */
export function stayChanged(before: Booking, after: Booking): boolean {
  return (
    before.room_type !== after.room_type ||
    before.check_in !== after.check_in ||
    before.check_out !== after.check_out ||
    before.adults !== after.adults ||
    before.children !== after.children ||
    before.total_price !== after.total_price ||
    before.guest_name !== after.guest_name
  );
}

function wishesChanged(before: Booking, after: Booking): boolean {
  const [a, b] = [before.special_requests, after.special_requests];
  return a.length !== b.length || a.some((wish, i) => wish !== b[i]);
}

/** Whether `by`'s change from `before` to `after` queues the guest a «changed» confirmation; nothing changed, none. */
export function guestToldOfChange(before: Booking, after: Booking, by: ChangeAuthor): boolean {
  return stayChanged(before, after) || (by === 'guest' && wishesChanged(before, after));
}
