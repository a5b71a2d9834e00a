// What the caller said they need, set against each room type's data in hotel.yml before rooms are offered (tester
// kind B4, kinds-book item 10): a pet (pets_allowed, the fee from the pets policy), two separate beds (beds), a
// wheelchair (the rooms the accessibility service names). Wishes the data says nothing about (a quiet room, the
// floor, a baby cot) are only noted on the booking. Nothing here is worded from anything but the hotel's data.
import type { ActionCall } from '../src/engine/actions.ts';
import type { Hotel, RoomAvailability, RoomType } from '../src/hotel/types.ts';
import { petMention } from '../src/understanding/knowledge/topics.ts';
import { ROOM_WISH_PHRASES, type RoomWishKind, wishPhrases } from '../src/understanding/lang-ru/room-wishes.ts';
import { slotText } from './services.ts';

/** Wishes the room types' data can be checked against. */
type CheckedWish = 'twin_beds' | 'wheelchair' | 'accessible';
const CHECKED: readonly CheckedWish[] = ['twin_beds', 'wheelchair', 'accessible'];

/** What the assistant has said in this conversation. */
export function botLines(call: ActionCall): string[] {
  return call.tracker.events.flatMap((e) => (e.event === 'bot' && e.text ? [e.text] : []));
}

/** The checked wishes the booking holds (the room_wishes slot keeps their phrases). */
export function checkedWishes(call: ActionCall): CheckedWish[] {
  const phrases = wishPhrases(slotText(call, 'room_wishes'));
  return CHECKED.filter((k) => phrases.includes(ROOM_WISH_PHRASES[k as RoomWishKind]));
}

/** A pet the booking holds that the pet rule lets in somewhere (one over the limit is refused elsewhere). */
export function petComing(call: ActionCall): boolean {
  return petMention(slotText(call, 'pet') ?? '') !== null;
}

// beds that can be made up apart: «две раздельные», «две односпальные»
const SEPARATE_BEDS = /раздельн|односпальн|(?:две|2) (?:отдельн\S* )?кроват/i;

/** The room types the accessibility service names («один номер «Стандарт» оборудован …»); null when it names none. */
function accessibleRooms(hotel: Hotel): string[] | null {
  const text = hotel.services['accessibility'] ?? '';
  const named = [...text.matchAll(/«([^»]+)»/g)].flatMap((m) => hotel.room_types.filter((t) => t.name === m[1]).map((t) => t.code));
  return named.length ? named : null;
}

/** Whether the room type's data meets the wish; true when the data cannot tell. */
function meets(hotel: Hotel, room: RoomType, wish: CheckedWish): boolean {
  if (wish === 'twin_beds') return room.beds === undefined || SEPARATE_BEDS.test(room.beds);
  const rooms = accessibleRooms(hotel);
  return rooms === null || rooms.includes(room.code);
}

/** Whether the room type takes the pet and meets every checked wish. */
export function roomFits(hotel: Hotel, room: RoomType | undefined, wishes: readonly CheckedWish[], pet: boolean): boolean {
  if (!room) return false;
  if (pet && room.pets_allowed === false) return false;
  return wishes.every((w) => meets(hotel, room, w));
}

/** The free rooms that take the pet and meet the wishes; all of them when none does (the caller hears why). */
export function roomsForNeeds(hotel: Hotel, rooms: RoomAvailability[], wishes: readonly CheckedWish[], pet: boolean): RoomAvailability[] {
  const fit = rooms.filter((r) =>
    roomFits(
      hotel,
      hotel.room_types.find((t) => t.code === r.room_type),
      wishes,
      pet,
    ),
  );
  return fit.length ? fit : rooms;
}

const names = (rooms: readonly RoomType[]) => {
  const quoted = rooms.map((r) => `«${r.name}»`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} и ${quoted.at(-1)}` : (quoted[0] ?? '');
};

/** «2000 рублей за всё проживание»: the pet fee as the pets policy states it, or null. */
export function petFeeText(hotel: Hotel): string | null {
  const m = /(\d[\d\s]*)\s*(?:рубл\S*|₽)([^,;.]*)/.exec(hotel.policies['pets'] ?? '');
  return m ? `${m[1]!.trim()} рублей${m[2]!.trimEnd()}` : null;
}

/**
 * What is said before the rooms are offered for the caller's needs: where a pet may stay and its fee, which rooms
 * have separate beds or are fitted for a wheelchair — and, for a room the caller chose, that it cannot meet one.
 */
export function needsSentence(hotel: Hotel, wishes: readonly CheckedWish[], pet: boolean, heard: readonly string[], chosen?: RoomType): string {
  const parts: string[] = [];
  const fee = petFeeText(hotel);
  // the pet rule with its fee heard already in this conversation (a question answered) is not said again
  if (pet && !(fee && heard.some((line) => line.includes(fee)))) {
    const withPets = hotel.room_types.filter((t) => t.pets_allowed);
    // the rooms that take pets named a moment ago (the pet set against the party or the room): only the fee is new
    const roomsHeard = heard.some((line) => /питом/.test(line) && withPets.every((t) => line.includes(`«${t.name}»`)));
    if (!chosen && withPets.length && !roomsHeard) parts.push(`С питомцем можно в номерах ${names(withPets)}${fee ? `, за питомца — ${fee}` : ''}.`);
    else if (!chosen && fee) parts.push(`За питомца — ${fee}.`);
    else if (chosen?.pets_allowed && fee) parts.push(`За питомца — ${fee}.`);
  }
  for (const wish of wishes) {
    const meeting = hotel.room_types.filter((t) => meets(hotel, t, wish));
    if (meeting.length === hotel.room_types.length) continue;
    if (chosen && meets(hotel, chosen, wish)) continue;
    const which = meeting.length ? names(meeting) : '';
    if (wish === 'twin_beds')
      parts.push(
        chosen
          ? `В номере «${chosen.name}» ${chosen.beds ?? ''}: раздельных кроватей нет${which ? `, они есть в ${meeting.length > 1 ? 'номерах' : 'номере'} ${which}` : ''}.`
          : `Раздельные кровати есть в номерах ${which}.`,
      );
    else {
      const most = Math.max(...meeting.map((t) => t.max_guests));
      const size = meeting.length && Number.isFinite(most) ? `, до ${most} гостей` : '';
      parts.push(`Для гостя на коляске оборудован номер ${which}${size}${chosen ? `; в «${chosen.name}» такого оборудования нет` : ''}.`);
    }
  }
  return parts.join(' ');
}
