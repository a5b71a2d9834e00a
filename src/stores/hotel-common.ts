// What both built-in hotel stores share: turning booked-room counts into availability, and the price quote.
import { stayNights } from '../hotel/calendar.ts';
import { countedGuests, hotelToday, quoteStay, requireRoomType, validateDates, validateGuests } from '../hotel/rules.ts';
import type { RandomInt } from '../hotel/codes.ts';
import type { NotifyChannels } from '../notify/types.ts';
import type { Hotel, IsoDate, Pms, Quote, RoomAvailability, RoomType } from '../hotel/types.ts';

export interface HotelStoreOptions {
  hotel: Hotel;
  /** The clock; "today" is its date in the hotel's time zone. */
  now: () => Date;
  /** Randomness for booking codes (seeded in tests). */
  random?: RandomInt;
  /** Confirmation channels that are on; a booking change queues a message per channel in its transaction. */
  notify?: NotifyChannels | undefined;
}

/** A room type over a stay: the nights of [check_in, check_out). */
export interface StayOfRoom {
  room_type: string;
  check_in: IsoDate;
  check_out: IsoDate;
}

export type AvailabilityQuery = Parameters<Pms['availability']>[0];

/** booked.get(room_type)?.get(night) = rooms of that type taken that night. */
export type BookedCounts = Map<string, Map<IsoDate, number>>;

/** Validated dates and the room types a query is about (those the party fits in). */
export function bookedCounts(rows: { room_type: string; night: IsoDate; booked: number }[]): BookedCounts {
  const booked: BookedCounts = new Map();
  for (const r of rows) {
    const perNight = booked.get(r.room_type) ?? new Map<IsoDate, number>();
    perNight.set(r.night, r.booked);
    booked.set(r.room_type, perNight);
  }
  return booked;
}

export interface AvailabilityScope {
  check_in: IsoDate;
  check_out: IsoDate;
  nights: IsoDate[];
  rooms: RoomType[];
}

export function availabilityScope(hotel: Hotel, query: AvailabilityQuery, now: Date): AvailabilityScope {
  const { check_in, check_out } = validateDates(query.check_in, query.check_out, hotelToday(hotel, now));
  let rooms = query.room_type ? [requireRoomType(hotel, query.room_type)] : hotel.room_types;
  if (query.adults !== undefined) {
    // Only room types the party fits in; a capacity error for an explicitly asked type is still an error.
    if (query.room_type) validateGuests(rooms[0]!, query.adults, query.children ?? 0, query.children_ages);
    else {
      // the hotel's rule: children under 3 sleep in a free cot and do not count toward a room
      const counted = countedGuests(query.adults, query.children ?? 0, query.children_ages);
      rooms = rooms.filter((r) => counted <= r.max_guests);
    }
  }
  return { check_in, check_out, nights: stayNights(check_in, check_out), rooms };
}

export function availabilityFromCounts(hotel: Hotel, scope: AvailabilityScope, booked: BookedCounts): RoomAvailability[] {
  const { rooms, nights } = scope;
  return rooms.map((room) => {
    const per_night = nights.map((date) => ({ date, available: Math.max(0, room.count - (booked.get(room.code)?.get(date) ?? 0)) }));
    const quote: Quote = quoteStay(hotel, room, scope.check_in, scope.check_out);
    return { room_type: room.code, available: Math.min(...per_night.map((n) => n.available)), per_night, total_price: quote.total_price };
  });
}

/** A price quote needs no stored state: the same for every store. */
export function quoteFor(options: Pick<HotelStoreOptions, 'hotel' | 'now'>, stay: Parameters<Pms['quote']>[0]): Quote {
  const { hotel, now } = options;
  const room = requireRoomType(hotel, stay.room_type);
  const { check_in, check_out } = validateDates(stay.check_in, stay.check_out, hotelToday(hotel, now()));
  return quoteStay(hotel, room, check_in, check_out);
}
