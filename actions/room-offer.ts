// The room offer on a call and the room question's lists (set by action_check_availability).
//
// A room offer after a price the caller has just heard for the same stay («С 27 по 29 ноября свободен «Стандарт» —
// 15 000 рублей за 2 ночи…», then «давайте забронируем», «двое взрослых») does not read that room, its price and the
// dates out again: only the rooms not yet priced for the stay are offered («Ещё свободен «Комфорт» — 19 800 рублей за
// 2 ночи.»), and when every room offered was priced, the room question alone is asked (issue 13: nothing said twice).
import type { ActionCall } from '../src/engine/actions.ts';
import { countText, groupDigits, money, staySaid, stayRange, type YearContext } from '../src/hotel/format-ru.ts';
import type { Hotel, IsoDate, RoomAvailability } from '../src/hotel/types.ts';
import { extractRoomType } from '../src/understanding/lang-ru/rooms.ts';
import { agreesOnly } from '../src/understanding/nlu/room-agreement.ts';
import { botLinesThisTurn } from './offer-dates.ts';
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

/**
 * ««Стандарт» за 15 000 и «Комфорт» за 19 800 рублей»: two rooms or more as they are said on the phone — each room
 * with its price, no dash list, the currency once — for the stay the offer names before it (its dates or its nights).
 */
export function roomsSaidText(hotel: Hotel, rooms: RoomAvailability[]): string {
  const items = rooms.map((r, i) => {
    const room = hotel.room_types.find((t) => t.code === r.room_type);
    const price = i === rooms.length - 1 ? money(r.total_price, hotel.hotel.currency) : groupDigits(r.total_price);
    return `«${room?.name ?? r.room_type}» за ${price}`;
  });
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} и ${items.at(-1)}` : (items[0] ?? '');
}

/** «На 2 ночи», «На одну ночь»: the stay an offer is for, when its dates are not said back. */
export function nightsSaid(nights: number): string {
  return nights === 1 ? 'На одну ночь' : `На ${countText(nights, 'ночь', 'ночи', 'ночей')}`;
}

/** What the room question offers: the full list (chat), the short offer said on a call, and its response. */
export interface RoomOffer {
  response:
    | 'utter_room_offer_one'
    | 'utter_room_offer_two'
    | 'utter_room_offer_more'
    | 'utter_room_offer_pets'
    | 'utter_room_offer_also'
    | 'utter_room_offer_chosen';
  room_offer: string;
  /** «На 2 ночи»: the stay, for an offer of several rooms that does not say its dates back */
  nights_said: string;
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
  // («С 27 по 29 ноября свободны «Стандарт» за 15 000 и «Комфорт» за 19 800 рублей»; «На 2 ночи свободны …» when the
  // dates are not said back); the rest only when the caller asks. One room is said with its nights («Вам подойдёт
  // «Семейный» — 12 900 рублей за ночь.»).
  const said = [...rooms].sort((a, b) => a.total_price - b.total_price).slice(0, ROOMS_OFFERED_ON_A_CALL);
  const offer = { room_offer: roomsSaidText(hotel, said), nights_said: nightsSaid(nights), rooms: said, nights };
  if (rooms.length === 1) return { response: 'utter_room_offer_one', ...offer, room_offer: roomsForStayText(hotel, said, nights) };
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
  // the stay as written («с 25 по 26 ноября») or as said for one night («с 25 на 26 ноября»)
  const ranges = [stayRange(stay.check_in, stay.check_out, year), staySaid(stay.check_in, stay.check_out, year)].map((r) => r.toLowerCase());
  const said = call.tracker.events.flatMap((e) =>
    e.event === 'bot' && e.text && ranges.some((range) => e.text!.toLowerCase().includes(range)) ? [e.text] : [],
  );
  const priced = new Set<string>();
  for (const r of rooms) {
    const name = hotel.room_types.find((t) => t.code === r.room_type)?.name ?? r.room_type;
    const pattern = new RegExp(`«${escapeRegExp(name)}»[^«.?!]*?(?<!\\d)${escapeRegExp(groupDigits(r.total_price))}(?!\\d| \\d{3}(?!\\d))`);
    if (said.some((text) => pattern.test(text))) priced.add(r.room_type);
  }
  return priced;
}

/**
 * Whether the assistant's reply just before the caller's last message named this room alone with its total for the
 * stay («Дешевле всего … — «Комфорт»: 17 800 рублей»), and that message changed no date: the caller agreed having just
 * heard the price («на ваши даты» is then this very stay).
 */
function pricedJustBefore(call: ActionCall, hotel: Hotel, free: RoomAvailability): boolean {
  const events = call.tracker.events;
  const users = events.flatMap((e, i) => (e.event === 'user' ? [i] : []));
  const last = users.at(-1);
  const said = last === undefined ? undefined : events[last];
  if (last === undefined || said?.event !== 'user') return false;
  const commands = (said.parse_data?.['commands'] ?? []) as { command?: string; name?: string }[];
  if (commands.some((c) => c.command === 'set slot' && (c.name === 'check_in_date' || c.name === 'check_out_date'))) return false;
  const before = events.slice((users.at(-2) ?? -1) + 1, last).flatMap((e) => (e.event === 'bot' && e.text ? [e.text] : []));
  const name = hotel.room_types.find((t) => t.code === free.room_type)?.name ?? free.room_type;
  const pattern = new RegExp(`«${escapeRegExp(name)}»[^«.?!]*?(?<!\\d)${escapeRegExp(groupDigits(free.total_price))}(?!\\d| \\d{3}(?!\\d))`);
  // one room suggested with its price, not a list the caller agreed to as a whole («ну давайте» takes its cheapest)
  const others = hotel.room_types.filter((t) => t.code !== free.room_type && before.some((text) => text.includes(`«${t.name}»`)));
  return others.length === 0 && before.some((text) => pattern.test(text));
}

/** "standard/2026-12-05/2026-12-07": the room said back with its price for a stay, to be agreed to (slot room_offered). */
export function roomOfferedKey(roomType: string, stay: { check_in: IsoDate; check_out: IsoDate }): string {
  return `${roomType}/${stay.check_in}/${stay.check_out}`;
}

/**
 * How the room the caller chose before hearing its price for this stay («есть комфорт на двоих на выходные?», «номер с
 * видом на реку», a room named instead of the one offered) is said back: `ask` — with the price, to be agreed to
 * before the name question (nothing agreed yet in this booking); `tell` — its price only, the booking going on (a
 * room agreed to earlier was changed, or its stay moved); null — nothing to say: the caller picked it from the rooms
 * offered, agreed to it already, heard its price for the stay a moment ago, or gave the name already (the summary
 * that follows says the room and the price).
 */
export function chosenRoomUnpriced(
  call: ActionCall,
  hotel: Hotel,
  free: RoomAvailability,
  stay: { check_in: IsoDate; check_out: IsoDate },
  year?: YearContext,
): 'ask' | 'tell' | null {
  const slots = call.tracker.slots;
  if ((slots['guest_name'] ?? null) !== null) return null;
  const offered = typeof slots['room_offered'] === 'string' ? slots['room_offered'] : null;
  if (offered === roomOfferedKey(free.room_type, stay)) return null;
  // picked from the rooms offered by its name — not by a wish («а есть что-то дешевле», «самый просторный»), where the
  // caller does not know yet which room it is
  const choices = slots['room_choices'];
  const said = lastCallerText(call);
  const byWish = extractRoomType(said, hotel.room_types)?.byPreference === true;
  // «ну давайте» to a list of rooms took the cheapest: the caller has not chosen it by name
  const toList = agreesOnly(said) && Array.isArray(choices) && choices.length > 1 && roomsQuotedBefore(call, hotel) > 1;
  if (offered === null && Array.isArray(choices) && choices.includes(free.room_type) && !byWish && !toList) return null;
  if (roomsPricedBefore(call, hotel, [free], stay, year).has(free.room_type)) return null;
  // «Дешевле всего … — «Комфорт»: 17 800 рублей» → «ну давайте его»: the price heard a moment ago is not said back
  if (!byWish && pricedJustBefore(call, hotel, free)) return null;
  // «давайте тот, что подешевле» chooses: the room and its price are told; «а есть подешевле?» asks: offered
  if (byWish && TAKES.test(said.toLowerCase())) return 'tell';
  return offered !== null && typeof slots['room_type'] === 'string' ? 'tell' : 'ask';
}

/** The room chosen before its price was heard, offered alone: «На ваши даты свободен «Комфорт» — 17 800 рублей …». */
export function sayBackChosenRoom(
  reply: Reply,
  hotel: Hotel,
  free: RoomAvailability,
  nights: number,
  stay: { check_in: IsoDate; check_out: IsoDate },
): RoomOffer {
  reply.set('room_type', null).set('room_offered', roomOfferedKey(free.room_type, stay));
  reply.set('room_options', roomOptionsText(hotel, [free])).set('room_offer_count', 1);
  return { response: 'utter_room_offer_chosen', room_offer: roomsForStayText(hotel, [free], nights), nights_said: nightsSaid(nights), rooms: [free], nights };
}

/** The price of a room changed to after one was agreed to, said as the booking goes on: «Номер «Люкс» — 32 000 рублей за 2 ночи.» */
export function tellChosenRoomPrice(
  call: ActionCall,
  reply: Reply,
  hotel: Hotel,
  free: RoomAvailability,
  nights: number,
  stay: { check_in: IsoDate; check_out: IsoDate },
): void {
  reply.set('room_offered', roomOfferedKey(free.room_type, stay));
  const name = hotel.room_types.find((t) => t.code === free.room_type)?.name ?? free.room_type;
  // «Хорошо, номер «Люкс».» said just now (a correction): the price follows it without naming the room again
  const named = botLinesThisTurn(call).some((line) => line.includes(`«${name}»`));
  const price = roomsForStayText(hotel, [free], nights);
  reply.utter('utter_room_price_told', { room_price: named ? price.slice(price.indexOf(' — ') + 3) : null, room_offer: price });
}

// words of taking a room rather than asking about one
const TAKES = /(?<![а-яё])(?:давайте|давай|беру|берем|берём|возьм[её]м|возьму|пусть будет|оформляйте|бронируйте)(?![а-яё])/;

/** The caller's last message. */
function lastCallerText(call: ActionCall): string {
  const events = call.tracker.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.event === 'user') return e.text ?? '';
  }
  return '';
}

/** How many room types the assistant named in its last reply before the caller's last message. */
function roomsQuotedBefore(call: ActionCall, hotel: Hotel): number {
  const events = call.tracker.events;
  let i = events.length - 1;
  while (i >= 0 && events[i]!.event !== 'user') i--;
  const named = new Set<string>();
  for (i--; i >= 0 && events[i]!.event !== 'user'; i--) {
    const e = events[i]!;
    if (e.event !== 'bot' || !e.text) continue;
    for (const t of hotel.room_types) if (e.text.includes(`«${t.name}»`)) named.add(t.code);
  }
  return named.size;
}
