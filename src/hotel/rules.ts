// The booking rules, pure: what makes a stay or a booking request valid, what it costs, who counts as a guest.
import { addDays, isWeekendNight, nightsBetween, isIsoDate, stayNights, todayIn } from './calendar.ts';
import { HotelValidationError } from './errors.ts';
import { toE164 } from './phone.ts';
import type { BookingRequest, Hotel, IsoDate, Quote, RoomType, StayRequest } from './types.ts';

export const MAX_NIGHTS = 30;
/** How many days ahead a stay may start, unless data/hotel.yml says otherwise (hotel.booking_horizon_days). */
export const BOOKING_HORIZON_DAYS = 365;

export function bookingHorizonDays(hotel: Hotel): number {
  return hotel.hotel.booking_horizon_days ?? BOOKING_HORIZON_DAYS;
}
/** RFC 5321's limit on an address. */
export const MAX_EMAIL_LENGTH = 254;
/** A booking's wishes for the room: a few short phrases, not a letter. */
export const MAX_SPECIAL_REQUESTS = 8;
export const MAX_SPECIAL_REQUEST_LENGTH = 200;
/** Children younger than this sleep in a free baby cot and do not count toward a room's capacity. */
export const FREE_COT_AGE = 3;

export function findRoomType(hotel: Hotel, code: string): RoomType | undefined {
  return hotel.room_types.find((r) => r.code === code);
}

export function requireRoomType(hotel: Hotel, code: unknown): RoomType {
  const room = typeof code === 'string' ? findRoomType(hotel, code) : undefined;
  if (!room) {
    const known = hotel.room_types.map((r) => r.code).join(', ');
    throw new HotelValidationError('room_type', 'unknown', `неизвестный тип номера «${String(code)}»; есть: ${known}`, { known });
  }
  return room;
}

/**
 * Checks the dates of a stay against the hotel calendar; `today` is the hotel's local date. With `horizonDays`,
 * a stay starting further ahead is refused too (the assistant's booking horizon).
 */
export function validateDates(checkIn: unknown, checkOut: unknown, today: IsoDate, horizonDays?: number): { check_in: IsoDate; check_out: IsoDate } {
  if (typeof checkIn !== 'string' || !isIsoDate(checkIn))
    throw new HotelValidationError('check_in', 'invalid_date', `дата заезда «${String(checkIn)}» не является календарной датой (ГГГГ-ММ-ДД)`, {
      value: checkIn,
    });
  if (typeof checkOut !== 'string' || !isIsoDate(checkOut))
    throw new HotelValidationError('check_out', 'invalid_date', `дата выезда «${String(checkOut)}» не является календарной датой (ГГГГ-ММ-ДД)`, {
      value: checkOut,
    });
  if (nightsBetween(today, checkIn) < 0)
    throw new HotelValidationError('check_in', 'in_past', `дата заезда ${checkIn} уже прошла (сегодня ${today})`, { today });
  if (horizonDays !== undefined && nightsBetween(today, checkIn) > horizonDays) {
    const last = addDays(today, horizonDays);
    throw new HotelValidationError('check_in', 'too_far', `дата заезда ${checkIn} дальше ${horizonDays} дней вперёд (последняя ${last})`, { today, last });
  }
  const nights = nightsBetween(checkIn, checkOut);
  if (nights < 1) throw new HotelValidationError('check_out', 'not_after_check_in', `дата выезда ${checkOut} должна быть позже даты заезда ${checkIn}`);
  if (nights > MAX_NIGHTS)
    throw new HotelValidationError('check_out', 'too_long', `можно забронировать не больше ${MAX_NIGHTS} ночей, запрошено ${nights}`, {
      max: MAX_NIGHTS,
      nights,
    });
  return { check_in: checkIn, check_out: checkOut };
}

function wholeNumber(field: 'adults' | 'children', value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min)
    throw new HotelValidationError(
      field,
      'invalid_number',
      `${field === 'adults' ? 'число взрослых' : 'число детей'} должно быть целым числом не меньше ${min}`,
    );
  return value;
}

/** Guests who take a place in the room: adults, and children aged 3 or older (or of unknown age). */
export function countedGuests(adults: number, children: number, childrenAges: number[] = []): number {
  const freeCots = childrenAges.filter((age) => age < FREE_COT_AGE).length;
  return adults + Math.max(0, children - Math.min(freeCots, children));
}

export function validateGuests(room: RoomType, adults: unknown, children: unknown = 0, ages: unknown = undefined) {
  const a = wholeNumber('adults', adults, 1);
  const c = wholeNumber('children', children ?? 0, 0);
  let childrenAges: number[] | undefined;
  if (ages !== undefined && ages !== null) {
    if (!Array.isArray(ages) || ages.some((x) => typeof x !== 'number' || x < 0 || x > 17))
      throw new HotelValidationError('children_ages', 'invalid', 'возраст детей — список чисел от 0 до 17');
    childrenAges = ages as number[];
    if (childrenAges.length > c)
      throw new HotelValidationError('children_ages', 'too_many', `возрастов детей (${childrenAges.length}) больше, чем детей (${c})`);
  }
  const counted = countedGuests(a, c, childrenAges);
  if (counted > room.max_guests)
    throw new HotelValidationError('adults', 'over_capacity', `в номере «${room.name}» можно разместить не больше ${room.max_guests} гостей, а их ${counted}`, {
      max_guests: room.max_guests,
      counted,
      room_type: room.code,
    });
  return { adults: a, children: c, children_ages: childrenAges, counted };
}

// Control characters and markup have no place in a name shown on the console and in confirmations.
const NOT_IN_A_NAME = /[\p{Cc}\p{Cf}<>{}[\]\\|`$%^*=#@~_;"]/u;

export function validateGuestName(name: unknown): string {
  const clean = typeof name === 'string' ? name.trim().replace(/\s+/g, ' ') : '';
  if (clean.length < 2 || clean.length > 120 || !/\p{L}/u.test(clean))
    throw new HotelValidationError('guest_name', 'missing', 'нужно имя гостя, на которого оформляется бронь');
  if (NOT_IN_A_NAME.test(clean))
    throw new HotelValidationError('guest_name', 'invalid', 'в имени гостя могут быть только буквы, пробелы, дефис, апостроф и точка');
  return clean;
}

export function validateEmail(email: unknown): string | undefined {
  const clean = typeof email === 'string' ? email.trim() : '';
  if (!clean) return undefined;
  if (clean.length > MAX_EMAIL_LENGTH || !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(clean))
    throw new HotelValidationError('email', 'invalid', `адрес почты «${clean.slice(0, 60)}» не похож на e-mail (не длиннее ${MAX_EMAIL_LENGTH} знаков)`);
  return clean;
}

/**
 * The wishes for the room, cleaned: each phrase trimmed, spaces collapsed, blanks and repeats dropped. Control
 * characters and markup are refused, as in a name: staff read these on the console and in the letters.
 */
export function validateSpecialRequests(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
    throw new HotelValidationError('special_requests', 'invalid', 'пожелания к номеру — список коротких фраз');
  const clean: string[] = [];
  for (const phrase of value as string[]) {
    const text = phrase.trim().replace(/\s+/g, ' ');
    if (!text || clean.some((c) => c.toLocaleLowerCase('ru') === text.toLocaleLowerCase('ru'))) continue;
    if (text.length > MAX_SPECIAL_REQUEST_LENGTH || /[\p{Cc}\p{Cf}<>{}\\`$]/u.test(text))
      throw new HotelValidationError(
        'special_requests',
        'invalid',
        `пожелание «${text.slice(0, 40)}» слишком длинное или с недопустимыми знаками (не длиннее ${MAX_SPECIAL_REQUEST_LENGTH} знаков)`,
      );
    clean.push(text);
  }
  if (clean.length > MAX_SPECIAL_REQUESTS)
    throw new HotelValidationError('special_requests', 'too_many', `не больше ${MAX_SPECIAL_REQUESTS} пожеланий к номеру`);
  return clean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validatePhone(phone: unknown): string {
  const e164 = typeof phone === 'string' ? toE164(phone) : null;
  if (!e164) throw new HotelValidationError('phone', 'invalid', `телефон «${String(phone)}» не похож на номер в формате +7XXXXXXXXXX`);
  return e164;
}

/** Sum of nightly prices; Friday and Saturday nights at the weekend price. */
export function quoteStay(hotel: Hotel, room: RoomType, checkIn: IsoDate, checkOut: IsoDate): Quote {
  const nights = stayNights(checkIn, checkOut).map((date) => {
    const weekend = isWeekendNight(date);
    return { date, weekend, price: weekend ? room.price_weekend : room.price_weekday };
  });
  return {
    room_type: room.code,
    check_in: checkIn,
    check_out: checkOut,
    nights,
    total_price: nights.reduce((sum, n) => sum + n.price, 0),
    currency: hotel.hotel.currency,
  };
}

export function hotelToday(hotel: Hotel, now: Date): IsoDate {
  return todayIn(hotel.hotel.timezone, now);
}

/** A valid stay request, normalised. */
export function validateStay(hotel: Hotel, stay: Partial<StayRequest>, now: Date): StayRequest & { room: RoomType } {
  const room = requireRoomType(hotel, stay.room_type);
  const dates = validateDates(stay.check_in, stay.check_out, hotelToday(hotel, now));
  const guests = validateGuests(room, stay.adults, stay.children ?? 0, stay.children_ages);
  return { room, room_type: room.code, ...dates, adults: guests.adults, children: guests.children, children_ages: guests.children_ages };
}

export interface PreparedBooking {
  request: BookingRequest;
  room: RoomType;
  quote: Quote;
  nights: IsoDate[];
}

/** Everything a store needs to write a booking: the validated request, its price and its nights. */
export function prepareBooking(hotel: Hotel, input: Partial<BookingRequest>, now: Date): PreparedBooking {
  const stay = validateStay(hotel, input, now);
  const guest_name = validateGuestName(input.guest_name);
  const email = validateEmail(input.email);
  // a guest who would rather not give a phone may leave an e-mail as the only contact (phone stored empty)
  const byEmailOnly = !input.phone && email !== undefined && EMAIL.test(email);
  const phone = byEmailOnly ? '' : validatePhone(input.phone);
  const special_requests = validateSpecialRequests(input.special_requests);
  const { room, ...rest } = stay;
  const request: BookingRequest = { ...rest, guest_name, phone, email, special_requests, idempotency_key: input.idempotency_key };
  return { request, room, quote: quoteStay(hotel, room, stay.check_in, stay.check_out), nights: stayNights(stay.check_in, stay.check_out) };
}
