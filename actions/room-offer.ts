// The room offer on a call and the room question's lists (set by action_check_availability).
//
// A room offer after a price the caller has just heard for the same stay («С 27 по 29 ноября свободен «Стандарт» —
// 15 000 рублей за 2 ночи…», then «давайте забронируем», «двое взрослых») does not read that room, its price and the
// dates out again: only the rooms not yet priced for the stay are offered («Ещё свободен «Комфорт» — 19 800 рублей за
// 2 ночи.»), and when every room offered was priced, the room question alone is asked (issue 13: nothing said twice).
import type { ActionCall } from '../src/engine/actions.ts';
import { countText, groupDigits, money, stayRange, type YearContext } from '../src/hotel/format-ru.ts';
import type { Hotel, IsoDate, RoomAvailability } from '../src/hotel/types.ts';
import type { Reply } from './services.ts';

/** "«Стандарт» — 13 000, «Комфорт» — 17 800 и «Люкс» — 32 000 рублей": the currency once, at the end, as said aloud. */
export function roomOptionsText(hotel: Hotel, rooms: RoomAvailability[]): string {
  const items = rooms.map((r, i) => {
    const room = hotel.room_types.find((t) => t.code === r.room_type);
    const price = i === rooms.length - 1 ? money(r.total_price, hotel.hotel.currency) : groupDigits(r.total_price);
    return `«${room?.name ?? r.room_type}» — ${price}`;
  });
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} и ${items.at(-1)}` : (items[0] ?? '');
}

/** Rooms named at once on a call: more prices in a row cannot be held by ear (issue 13). */
export const ROOMS_OFFERED_ON_A_CALL = 2;

/** ««Семейный» — 23 000 и «Люкс» — 32 000 рублей за 2 ночи» (the rooms in the order given). */
export function roomsForStayText(hotel: Hotel, rooms: RoomAvailability[], nights: number): string {
  const stay = nights === 1 ? 'за ночь' : `за ${countText(nights, 'ночь', 'ночи', 'ночей')}`;
  return rooms.length ? `${roomOptionsText(hotel, rooms)} ${stay}` : '';
}

/** What the room question offers: the full list (chat), the short offer said on a call, and its response. */
export interface RoomOffer {
  response: 'utter_room_offer_one' | 'utter_room_offer_two' | 'utter_room_offer_more' | 'utter_room_offer_pets' | 'utter_room_offer_also';
  room_offer: string;
  /** the rooms said on a call (the cheapest, at most two) */
  rooms: RoomAvailability[];
  nights: number;
}

/** Sets the slots of the room question (the full list, the choices «подешевле» picks from) and returns the call's offer. */
export function offerRooms(reply: Reply, hotel: Hotel, rooms: RoomAvailability[], nights: number, pets = false): RoomOffer {
  reply.set('room_options', roomOptionsText(hotel, rooms));
  reply.set('room_offer_count', Math.min(rooms.length, ROOMS_OFFERED_ON_A_CALL));
  reply.set(
    'room_choices',
    [...rooms].sort((a, b) => a.total_price - b.total_price).map((r) => r.room_type),
  );
  // The phone offer: the cheapest free rooms the party fits in, at most two, with the price of the whole stay
  // (««Стандарт» — 15 000 и «Комфорт» — 19 800 рублей за 2 ночи»); the rest only when the caller asks.
  const said = [...rooms].sort((a, b) => a.total_price - b.total_price).slice(0, ROOMS_OFFERED_ON_A_CALL);
  const offer = { room_offer: roomsForStayText(hotel, said, nights), rooms: said, nights };
  if (rooms.length === 1) return { response: 'utter_room_offer_one', ...offer };
  if (pets) return { response: 'utter_room_offer_pets', ...offer };
  return { response: rooms.length > ROOMS_OFFERED_ON_A_CALL ? 'utter_room_offer_more' : 'utter_room_offer_two', ...offer };
}

/** The offer without the rooms whose price for this stay the caller has heard (roomsPricedBefore); null when none is left. */
export function offerNotHeard(offer: RoomOffer, priced: Set<string>, hotel: Hotel): RoomOffer | null {
  if (!priced.size) return offer;
  const rest = offer.rooms.filter((r) => !priced.has(r.room_type));
  return rest.length ? { ...offer, response: 'utter_room_offer_also', rooms: rest, room_offer: roomsForStayText(hotel, rest, offer.nights) } : null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The room types of `rooms` whose price for this stay the assistant has already said in this conversation: a reply
 * naming the stay («с 27 по 29 ноября») with the room and its total for it in one stretch («Стандарт» — 15 000»,
 * «Люкс» на двоих с 15 по 17 декабря — 32 000»), before any other room or sentence begins.
 */
export function roomsPricedBefore(
  call: ActionCall,
  hotel: Hotel,
  rooms: RoomAvailability[],
  stay: { check_in: IsoDate; check_out: IsoDate },
  year?: YearContext,
) {
  const range = stayRange(stay.check_in, stay.check_out, year).toLowerCase();
  const said = call.tracker.events.flatMap((e) => (e.event === 'bot' && e.text && e.text.toLowerCase().includes(range) ? [e.text] : []));
  const priced = new Set<string>();
  for (const r of rooms) {
    const name = hotel.room_types.find((t) => t.code === r.room_type)?.name ?? r.room_type;
    const pattern = new RegExp(`«${escapeRegExp(name)}»[^«.?!]*?(?<!\\d)${escapeRegExp(groupDigits(r.total_price))}(?!\\d| \\d{3}(?!\\d))`);
    if (said.some((text) => pattern.test(text))) priced.add(r.room_type);
  }
  return priced;
}
