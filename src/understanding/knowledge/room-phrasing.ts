// The rooms (data/hotel.yml room_types) said as answers: one room, its price, its features against the question, the
// rooms that have a feature asked, their differences, the cheapest, the whole list.
import type { Hotel, RoomType } from '../../hotel/types.ts';
import { countText, groupDigits, money } from '../../hotel/format-ru.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { stems, WEEKDAY_ASKED, WEEKEND_ASKED } from './fact-parts.ts';
import { answerYesNo } from './plain-speech.ts';
import { asksPrice, isYesNoQuestion } from './question-kind.ts';

const PET = /(собак|собач|кошк|кошеч|(?<![а-я])кот|питом|животн|(?<![а-я])п[её]с|щен)/;

/** A question about one room: its price, whether a pet may stay in it, or what it is like. */
export function roomAnswer(room: RoomType, question: string, hotel: Hotel): string {
  if (asksPrice(question)) return roomPriceSentence(room, hotel, question);
  if (room.pets_allowed !== undefined && PET.test(normalizeText(question))) {
    return room.pets_allowed ? `Да, в номер «${room.name}» можно с питомцем.` : `Нет, в номер «${room.name}» с питомцами нельзя.`;
  }
  return featureAnswer(room, question, hotel) ?? roomSentence(room);
}

/** What the rooms' own descriptions say of them (beds, view), as word stems. */
const features = (r: RoomType) => new Set(stems(`${r.beds ?? ''} ${r.view ?? ''}`));

/** The feature stems that tell rooms apart: every room has «кровать», only some «раздельные» or «диван». */
function distinctFeatures(rooms: readonly RoomType[]): Set<string> {
  const all = rooms.map(features);
  return new Set(all.flatMap((f) => [...f]).filter((w) => !all.every((f) => f.has(w))));
}

// a view asked about («с видом на реку», «окна на набережную»): the rooms whose data has a `view`
const VIEW_ASKED = /(?<![а-яё])(?:вид\S*|окн(?:а|ами|о) (?:\S+ )?(?:на|во|выход)\S*|панорам\S*)/;

/**
 * «номер с видом на реку», «где есть диван»: the rooms that have every feature asked (a view, or words of their
 * beds), or null when the question asks none. A room's alias that names a feature («номер с видом на реку») does not
 * make it the only one.
 */
export function roomsWithFeature(question: string, hotel: Hotel): RoomType[] | null {
  const t = normalizeText(question);
  const known = distinctFeatures(hotel.room_types);
  const asked = [...new Set(stems(question))].filter((w) => known.has(w));
  const view = VIEW_ASKED.test(t);
  const area = areaAsked(t);
  if (!view && asked.length === 0 && area === null) return null;
  return hotel.room_types.filter((r) => (!view || !!r.view) && (area === null || r.area_m2 === area) && asked.every((w) => features(r).has(w)));
}

// what the windows face, as asked («окна во двор», «вид на улицу», «с видом на речку»)
const VIEW_PLACE = /(?<![а-яё])(?:вид\S*|окн(?:а|ами|о))\s+(?:\S+\s+)?((?:на|во|в)\s+([а-яё-]+))/;
// the river, the embankment and the water are one view
const WATER = /^(?:рек|речк|вод|фонтанк|набережн|канал|нев)/;

/**
 * «номер с окнами во двор»: a view asked that no room's description has (data/hotel.yml `view`), said as asked
 * («во двор»); null when the view asked is one the rooms have, or none is asked.
 */
export function viewNotDescribed(question: string, hotel: Hotel): string | null {
  const t = normalizeText(question);
  const m = VIEW_PLACE.exec(t);
  if (!m) return null;
  const place = m[2]!;
  const views = hotel.room_types.map((r) => normalizeText(r.view ?? '')).filter(Boolean);
  const same = (v: string) => v.split(/[^а-яё-]+/).some((w) => w.slice(0, 4) === place.slice(0, 4) || (WATER.test(w) && WATER.test(place)));
  return views.some(same) ? null : m[1]!;
}

// «который на тридцать восемь метров», «номер в сорок пять квадратов»: a room by its size (area_m2 in hotel.yml)
const AREA = /(?<![\d-])(\d{2,3}) ?(?:метр\S*|квадрат\S*|кв\.?(?: ?м\S*)?|м2|м²)(?![а-я])/;

/** The floor area named in a question, in square metres, or null. */
function areaAsked(t: string): number | null {
  const m = AREA.exec(numberize(t));
  return m ? Number(m[1]) : null;
}

/** Does the question ask about a feature the rooms' descriptions know («раздельные кровати», «диван»)? */
export function asksRoomFeature(question: string, rooms: readonly RoomType[]): boolean {
  const known = distinctFeatures(rooms);
  return stems(question).some((w) => known.has(w));
}

/**
 * «в стандарте бывают две раздельные кровати?», «в люксе есть вид на реку?»: the features asked that the rooms'
 * descriptions know (data/hotel.yml) decide a yes or a no, and a no names the rooms that have them.
 */
function featureAnswer(room: RoomType, question: string, hotel: Hotel): string | null {
  if (!isYesNoQuestion(question)) return null;
  const known = distinctFeatures(hotel.room_types);
  const asked = [...new Set(stems(question))].filter((w) => known.has(w));
  if (asked.length === 0) return null;
  const has = (r: RoomType) => asked.every((w) => features(r).has(w));
  if (has(room)) return answerYesNo(true, roomSentence(room));
  const others = hotel.room_types.filter(has).map((r) => `«${r.name}»`);
  const where = others.length > 1 ? `в номерах ${others.slice(0, -1).join(', ')} и ${others.at(-1)}` : `в номере ${others[0]}`;
  return `${answerYesNo(false, roomSentence(room))}${others.length ? ` Такое есть ${where}.` : ''}`;
}

/** «Чем отличаются номера?»: each room, cheapest first, by its size, guests, view and price a night. */
export function roomDifferencesSentence(hotel: Hotel, among: readonly RoomType[] = hotel.room_types): string {
  const c = hotel.hotel.currency;
  const rooms = [...among].sort((a, b) => a.price_weekday - b.price_weekday);
  const items = rooms.map((r) => {
    const parts = [r.area_m2 ? `${r.area_m2} м²` : null, `до ${r.max_guests} гостей`, r.view ?? null, `от ${money(r.price_weekday, c)}`].filter(
      (x): x is string => !!x,
    );
    return `«${r.name}» — ${parts.join(', ')}`;
  });
  return `${items.join('; ')}.`;
}

/** «Номер «Люкс»: до 2 гостей, 45 м², кровать king-size, гостиная, вид на Фонтанку.» */
export function roomSentence(room: RoomType): string {
  const parts = [`до ${room.max_guests} гостей`];
  if (room.area_m2) parts.push(`${room.area_m2} м²`);
  if (room.beds) parts.push(room.beds);
  if (room.view) parts.push(room.view);
  return `Номер «${room.name}»: ${parts.join(', ')}.`;
}

/** «Номер «Люкс» — 16 000 рублей за ночь в будни, 18 000 в выходные.» */
export function roomPriceSentence(room: RoomType, hotel: Hotel, question = ''): string {
  const c = hotel.hotel.currency;
  if (room.price_weekday === room.price_weekend) return `Номер «${room.name}» — ${money(room.price_weekday, c)} за ночь.`;
  // «а по будням?», «в выходные сколько?»: the price of the nights asked
  const q = normalizeText(question);
  if (WEEKEND_ASKED.test(q) !== WEEKDAY_ASKED.test(q)) {
    const weekend = WEEKEND_ASKED.test(q);
    return `Номер «${room.name}» ${weekend ? 'в выходные' : 'в будни'} — ${money(weekend ? room.price_weekend : room.price_weekday, c)} за ночь.`;
  }
  return `Номер «${room.name}» — ${money(room.price_weekday, c)} за ночь в будни, ${money(room.price_weekend, c)} в выходные.`;
}

/** «сколько стоит номер?»: the cheapest room for the party, and that there are others. */
export function cheapestRoomSentence(hotel: Hotel, adults?: number | null): string {
  const fitting = hotel.room_types.filter((r) => !adults || r.max_guests >= adults);
  const rooms = [...(fitting.length ? fitting : hotel.room_types)].sort((a, b) => a.price_weekday - b.price_weekday);
  const cheapest = rooms[0];
  if (!cheapest) return 'Цены на номера подскажут на ресепшене.';
  const c = hotel.hotel.currency;
  const weekend = cheapest.price_weekend !== cheapest.price_weekday ? `, в выходные ${money(cheapest.price_weekend, c)}` : '';
  const others = rooms.length > 1 ? ' Есть и другие номера, просторнее.' : '';
  return `Самый доступный — «${cheapest.name}»: ${money(cheapest.price_weekday, c)} за ночь в будни${weekend}.${others}`;
}

/** The whole list on request: «Стандарт» от 6 500, «Комфорт» от 8 900 … */
const guestsCount = (n: number) => countText(n, 'гостя', 'гостей', 'гостей');

export function roomListSentence(hotel: Hotel, except: string[] = []): string {
  const c = hotel.hotel.currency;
  const rooms = hotel.room_types.filter((r) => !except.includes(r.code)).sort((a, b) => a.price_weekday - b.price_weekday);
  // how many each takes beside its price: the first thing a caller choosing a room needs
  const items = rooms.map(
    (r, i) => `«${r.name}» — до ${guestsCount(r.max_guests)}, от ${i === rooms.length - 1 ? money(r.price_weekday, c) : groupDigits(r.price_weekday)}`,
  );
  const list = items.length > 1 ? `${items.slice(0, -1).join('; ')} и ${items.at(-1)}` : (items[0] ?? '');
  // the rest after the rooms named: a sentence («Ещё есть «Комфорт» — от …»), not a heading with a list
  return except.length ? `Ещё есть ${list} за ночь.` : `Номера у нас такие: ${list} за ночь.`;
}
