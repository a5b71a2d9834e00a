// What the caller has just been asking about, read back from their earlier messages: «а за две ночи сколько
// выйдет?» or «а итого?» after a price question refer to that room and that stay.
import { addDays } from '../lang-ru/calendar.ts';
import type { Hotel, IsoDate } from '../../hotel/types.ts';
import { extractNights, extractStay } from '../lang-ru/dates.ts';
import { extractGuests } from '../lang-ru/guests.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { extractRoomType } from '../lang-ru/rooms.ts';
import { maskPhoneDigits, normalizeText } from '../lang-ru/text.ts';
import { type Party, partyOf } from './party.ts';

export interface DiscussedStay {
  check_in?: IsoDate;
  check_out?: IsoDate;
  room_type?: string;
  adults?: number;
  /** The latest party named, children included. */
  party?: Party;
}

// only the last few messages: a stay asked about ten turns ago is no longer «this» stay
const LOOK_BACK = 4;

/** The latest room type, stay and party named in the caller's recent messages (newest wins). */
export function discussedStay(history: readonly string[], now: Date, hotel: Hotel): DiscussedStay {
  const out: DiscussedStay = {};
  for (const text of history.slice(-LOOK_BACK).reverse()) {
    if (!out.check_in) {
      const s = extractStay(text, now, hotel.hotel.timezone);
      if (s.check_in && !s.invalid) {
        out.check_in = s.check_in;
        out.check_out = s.check_out ?? addDays(s.check_in, s.nights ?? 1);
      }
    }
    if (!out.room_type) {
      const r = extractRoomType(text, hotel.room_types);
      if (r && !r.byPreference) out.room_type = r.code;
    }
    const g = extractGuests(text);
    if (out.adults === undefined) out.adults = g.adults;
    out.party ??= partyOf(g) ?? undefined;
  }
  return out;
}

/** «за две ночи», «на три ночи»: a number of nights with no date. */
export function nightsAsked(question: string): number | undefined {
  return extractNights(maskPhoneDigits(numberize(normalizeText(question))));
}
