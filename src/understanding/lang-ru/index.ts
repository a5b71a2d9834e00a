// Russian entity extraction: everything a caller's message says about a stay, in slot-ready form.
import type { RoomType } from '../../hotel/types.ts';
import { extractBookingCode, extractCodeAttempt, extractEmail } from './contacts.ts';
import { extractStay, type StayDates } from './dates.ts';
import { extractGuests, type Guests } from './guests.ts';
import type { Morph } from './morph.ts';
import { guestName } from './guest-name.ts';
import { extractPhone } from './phones.ts';
import { extractRoomType, type RoomMention } from './rooms.ts';
import { extractYesNo } from './yesno.ts';

export { extractBookingCode, extractEmail } from './contacts.ts';
export { bareCheckOut, bareMonth, extractNights, extractStay, type KnownStay, type StayDates } from './dates.ts';
export { type StayChange, speaksOfLeavingOnly, stayChange } from './stay-change.ts';
export { countOnly, extractGuests, type Guests, grownOffspring, partyTotal, speaksOfGuests } from './guests.ts';
export { loadMorph, type Morph } from './morph.ts';
export { extractName } from './names.ts';
export { numberize, readNumber } from './numbers.ts';
export { extractPhone } from './phones.ts';
export { roomsCounted, roomsWanted, withoutRoomCount } from './room-count.ts';
export { extractRoomType, type RoomMention, stem } from './rooms.ts';
export { normalizeText, tokenize } from './text.ts';
export { extractYesNo } from './yesno.ts';

export interface ExtractContext {
  now: Date;
  timeZone: string;
  rooms: readonly RoomType[];
  morph: Morph;
  /** The slot being asked for: lets bare answers («Анна», «двое», «AC3DE5») count. */
  requestedSlot?: string | null;
  /** Check-in already known, so «на две ночи» gives a check-out. */
  checkIn?: string;
  /** The stay of a booking being changed: days said alone are placed near it. */
  around?: string;
  /** The hotel's own name, never the caller's. */
  hotelName?: string;
  /** A month the caller named alone in the turn before («на январь»): days said now are in it. */
  month?: number;
}

export interface Extracted {
  stay: StayDates;
  guests: Guests;
  room: RoomMention | null;
  name: string | null;
  phone: string | null;
  email: string | null;
  bookingCode: string | null;
  yesNo: boolean | null;
  /** A pet said in the caller's request a moment ago, taken with that request (values-in-context.ts). */
  earlierPet?: string;
}

export function extractAll(text: string, ctx: ExtractContext): Extracted {
  const asked = ctx.requestedSlot ?? null;
  const phone = extractPhone(text);
  return {
    stay: extractStay(text, ctx.now, ctx.timeZone, {
      ...(ctx.checkIn ? { check_in: ctx.checkIn, askedOut: asked === 'check_out_date' } : {}),
      ...(ctx.around ? { around: ctx.around } : {}),
      ...(ctx.month ? { month: ctx.month } : {}),
    }),
    guests: extractGuests(text, asked),
    room: extractRoomType(text, ctx.rooms),
    // at the confirmation a caller may correct the name without saying «меня зовут»
    name: notARoom(
      guestName(text, ctx.morph, {
        asked: asked === 'guest_name' || asked === 'booking_confirmation',
        askedName: asked === 'guest_name',
        ...(ctx.hotelName ? { hotelName: ctx.hotelName } : {}),
      }),
      ctx.rooms,
    ),
    phone,
    email: extractEmail(text),
    bookingCode: extractBookingCode(text, asked === 'booking_reference') ?? (asked === 'booking_reference' && !phone ? extractCodeAttempt(text) : null),
    yesNo: extractYesNo(text),
  };
}

/** «семейный», «стандартный» to the name question name a room, not the guest: a name made only of room words is none. */
function notARoom(name: string | null, rooms: readonly RoomType[]): string | null {
  if (!name) return null;
  const roomWord = (w: string) => {
    const room = extractRoomType(w, rooms);
    return !!room && !room.byPreference;
  };
  return name.split(/\s+/).every(roomWord) ? null : name;
}
