// What both hotel stores share for changing a booking: the changed booking priced and validated by the hotel
// rules, and whether its nights are free once the booking's own nights are given back.
import { BookingNotFoundError, NoAvailabilityError } from '../hotel/errors.ts';
import { type PreparedBooking, prepareBooking } from '../hotel/rules.ts';
import type { Booking, BookingChange, Hotel, IsoDate } from '../hotel/types.ts';
import { agesColumn, type BookingRow, requestsColumn, rowToBooking, storedList } from './hotel-rows.ts';

/** A booking row with the children's ages, which a change of the party keeps when it does not restate them. */
export interface ChangeRow extends BookingRow {
  children_ages: string | number[] | null;
}

export interface ChangePlan {
  before: Booking;
  after: Booking;
  prepared: PreparedBooking;
}

const ages = (stored: ChangeRow['children_ages']): number[] | undefined => storedList(stored, (a): a is number => typeof a === 'number');

/** The booking after `change`, checked by the same rules as a new booking (dates, capacity, room type). */
export function planChange(hotel: Hotel, row: ChangeRow | undefined, code: string, change: BookingChange, now: Date): ChangePlan {
  if (row?.status !== 'confirmed') throw new BookingNotFoundError(code);
  const before = rowToBooking(row);
  const partyRestated = change.adults !== undefined || change.children !== undefined;
  const prepared = prepareBooking(
    hotel,
    {
      room_type: change.room_type ?? before.room_type,
      check_in: change.check_in ?? before.check_in,
      check_out: change.check_out ?? before.check_out,
      adults: change.adults ?? before.adults,
      children: change.children ?? before.children,
      children_ages: change.children_ages ?? (partyRestated ? undefined : ages(row.children_ages)),
      guest_name: change.guest_name ?? before.guest_name,
      phone: before.phone,
      ...(before.email ? { email: before.email } : {}),
      special_requests: change.special_requests ?? before.special_requests,
    },
    now,
  );
  const r = prepared.request;
  const after: Booking = {
    ...before,
    room_type: r.room_type,
    check_in: r.check_in,
    check_out: r.check_out,
    adults: r.adults,
    children: r.children,
    special_requests: r.special_requests ?? [],
    guest_name: r.guest_name,
    total_price: prepared.quote.total_price,
  };
  return { before, after, prepared };
}

/** Throws NoAvailabilityError unless every new night has a room once the booking's own nights are given back. */
export function requireFreeForChange(plan: ChangePlan, booked: Map<IsoDate, number>): void {
  const { before, prepared } = plan;
  for (const night of prepared.nights) {
    const own = before.room_type === prepared.room.code && night >= before.check_in && night < before.check_out ? 1 : 0;
    if ((booked.get(night) ?? 0) - own >= prepared.room.count)
      throw new NoAvailabilityError(prepared.room.code, prepared.request.check_in, prepared.request.check_out);
  }
}

/** The changed booking's values by column, as both stores update them (its code names the row). */
export function changedBookingValues({ before, after, prepared }: ChangePlan, changed_at: string) {
  const r = prepared.request;
  return {
    code: before.code,
    room_type: r.room_type,
    check_in: r.check_in,
    check_out: r.check_out,
    adults: r.adults,
    children: r.children,
    children_ages: agesColumn(r.children_ages),
    special_requests: requestsColumn(r.special_requests),
    guest_name: r.guest_name,
    total_price: after.total_price,
    changed_at,
  };
}
