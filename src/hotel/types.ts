// The hotel as data/hotel.yml describes it, and the seam where a property management system plugs in.

export interface RoomType {
  code: string; // 'standard' | 'comfort' | ...
  name: string; // 'Стандарт'
  aliases: string[];
  max_guests: number;
  beds?: string;
  area_m2?: number;
  view?: string;
  count: number; // inventory
  price_weekday: number;
  price_weekend: number; // Friday and Saturday nights
  pets_allowed?: boolean;
}

export interface HotelInfo {
  name: string;
  city?: string;
  address?: string;
  directions?: string;
  timezone: string; // IANA, e.g. Europe/Moscow
  currency: string;
  phone: string; // reception, transfer target
  email?: string;
  languages?: string[];
  check_in_time: string; // "14:00"
  check_out_time: string; // "12:00"
  /** How many days ahead a stay may start (default 365). */
  booking_horizon_days?: number;
}

export interface Hotel {
  hotel: HotelInfo;
  room_types: RoomType[];
  /** Free-text facts keyed by topic, as in hotel.yml. */
  policies: Record<string, string>;
  services: Record<string, string>;
}

/** Calendar dates are plain ISO strings YYYY-MM-DD in the hotel's timezone. */
export type IsoDate = string;

export interface StayRequest {
  room_type: string;
  check_in: IsoDate;
  check_out: IsoDate;
  adults: number;
  children: number;
  /** Ages of the children when known; under-3s do not count toward capacity. */
  children_ages?: number[];
}

export interface NightPrice {
  date: IsoDate;
  price: number;
  weekend: boolean;
}

export interface Quote {
  room_type: string;
  check_in: IsoDate;
  check_out: IsoDate;
  nights: NightPrice[];
  total_price: number;
  currency: string;
}

export interface RoomAvailability {
  room_type: string;
  /** Rooms free on every night of the stay (the minimum over nights). */
  available: number;
  per_night: { date: IsoDate; available: number }[];
  total_price: number;
}

export interface BookingRequest extends StayRequest {
  guest_name: string;
  phone: string; // E.164
  email?: string;
  /**
   * The guest's wishes for the room, one short phrase each («две раздельные кровати», «номер для гостя на коляске»),
   * for the staff who prepare it: noted, not priced and not promised (the hotel meets them when it can).
   */
  special_requests?: string[];
  /** Idempotency key: the same key never makes two bookings. */
  idempotency_key?: string;
}

export interface Booking {
  code: string;
  status: 'confirmed' | 'cancelled';
  room_type: string;
  check_in: IsoDate;
  check_out: IsoDate;
  adults: number;
  children: number;
  guest_name: string;
  phone: string;
  email?: string | null;
  /** The guest's wishes for the room (BookingRequest.special_requests); empty when none. */
  special_requests: string[];
  total_price: number;
  created_at: string; // ISO timestamp
}

/** What a guest asks to change in a booking; a field left out stays as booked. */
export interface BookingChange {
  room_type?: string;
  check_in?: IsoDate;
  check_out?: IsoDate;
  adults?: number;
  children?: number;
  children_ages?: number[];
  /** The wishes for the room, replacing those noted (an empty list removes them). */
  special_requests?: string[];
  /** The guest's name written right («фамилию не так записали»); the stay and its price stay as booked. */
  guest_name?: string;
}

/**
 * Who makes a change: the guest (through the assistant, or an integration acting on their word) or the hotel's staff
 * at the console. It decides whether the guest is told of the change in writing (notify/change-notice.ts).
 */
export type ChangeAuthor = 'guest' | 'staff';

/** A booking before and after a change; the price difference is after.total_price − before.total_price. */
export interface ChangedBooking {
  before: Booking;
  after: Booking;
}

/**
 * Who a failed identity check is counted against: the booking code, the phone number, the caller (IP or caller ID);
 * and `reminder`, a phone the booking codes were sent to (counted apart, per day: CODE_REMINDER_LIMITS).
 */
export interface AccessKey {
  kind: 'code' | 'phone' | 'caller' | 'reminder';
  value: string;
}

/**
 * What a request to send a phone's booking codes came to: `queued` (said the same whether or not the phone has a
 * booking, so the answer tells nothing) or `limited` (the phone had its reminders for the day; nothing is sent).
 */
export type CodeReminderOutcome = 'queued' | 'limited';

/** The PMS seam: the built-in store is the first implementation; TravelLine, Bnovo, Mews adapters would be others. */
export interface Pms {
  /** With a party, only the room types it fits in (children under 3 with their ages known do not count). */
  availability(query: {
    check_in: IsoDate;
    check_out: IsoDate;
    adults?: number;
    children?: number;
    children_ages?: number[];
    room_type?: string;
  }): Promise<RoomAvailability[]>;
  quote(stay: Omit<StayRequest, 'adults' | 'children'> & Partial<StayRequest>): Promise<Quote>;
  createBooking(request: BookingRequest): Promise<Booking>;
  cancelBooking(code: string): Promise<Booking>;
  /**
   * The booking as `changeBooking` would make it (price from the hotel rules), or NoAvailabilityError; nothing is
   * written. The booking's own nights never count as taken. BookingNotFoundError for an unknown or cancelled code.
   */
  previewChange(code: string, change: BookingChange): Promise<ChangedBooking>;
  /**
   * Changes dates, room type and/or party of a confirmed booking in one transaction: its old nights are freed and
   * the new ones taken together, so the booking never blocks itself and a room is never sold twice. The guest's
   * confirmation is queued in the same transaction when `guestToldOfChange` says so for `by` (default: the guest).
   */
  changeBooking(code: string, change: BookingChange, by?: ChangeAuthor): Promise<ChangedBooking>;
  findBookings(query: BookingQuery): Promise<Booking[]>;
  /**
   * Failed identity checks, kept with the hotel's data so every instance sees them: records one failure for each
   * key and answers the keys that are now locked (ACCESS_LIMITS).
   */
  recordAccessFailure(keys: AccessKey[]): Promise<AccessKey[]>;
  /** The keys among these that are locked now. */
  lockedAccessKeys(keys: AccessKey[]): Promise<AccessKey[]>;
  /**
   * The booking-code reminder: queues in the outbox, in one transaction, a message with the code, dates and room of
   * each current booking made with this phone — an SMS to that phone and an e-mail to the booking's own address, on
   * the channels that are on, never to anyone else — and counts the request against the phone whether or not a
   * booking exists (CODE_REMINDER_LIMITS). Optional: a PMS adapter without an outbox leaves it out, and the assistant
   * sends the guest to reception instead.
   */
  remindBookingCodes?(phone: string): Promise<CodeReminderOutcome>;
  close(): Promise<void>;
}

/** 5 failed identity checks within an hour lock the code, phone or caller for an hour. */
export const ACCESS_LIMITS = { failures: 5, windowMs: 60 * 60_000, lockMs: 60 * 60_000 } as const;

/**
 * Booking-code reminders: 3 per phone within 24 hours (a stranger who knows the number cannot flood the guest with
 * messages), each listing at most 5 current bookings.
 */
export const CODE_REMINDER_LIMITS = { perPhone: 3, windowMs: 24 * 60 * 60_000, maxBookings: 5 } as const;

/** By code, by phone, or (for staff) every booking with a night in [from, to), by check-in, at most 500. */
export interface BookingQuery {
  phone?: string;
  code?: string;
  staying?: { from: IsoDate; to: IsoDate };
}

export const MAX_LISTED_BOOKINGS = 500;
