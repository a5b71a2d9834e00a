// Rooms asked about by rank rather than by name: «самый дешёвый номер», «какой у вас самый дорогой», «что-нибудь
// подешевле комфорта», «а просторнее стандарта есть?». The room is chosen by the hotel's own prices and areas
// (data/hotel.yml), never by a name that happens to share a word with the question (the suite's alias «самый
// лучший номер» shares «самый» with every superlative).
import type { Hotel, RoomType } from '../../hotel/types.ts';
import { extractRoomType } from '../lang-ru/rooms.ts';
import { normalizeText } from '../lang-ru/text.ts';

export type RankBy = 'price' | 'area' | 'guests';
export type Direction = 'min' | 'max';

export interface RankQuestion {
  by: RankBy;
  direction: Direction;
  /** «дешевле комфорта»: the room compared with; absent for a superlative. */
  than?: RoomType;
}

const L = '(?<![а-я])';
const R = '(?![а-я])';
// the quality asked for, with its measure and direction
const QUALITIES: { re: string; by: RankBy; direction: Direction }[] = [
  { re: '(?:деш[её]в|недорог|бюджетн|эконом(?:ичн|н)|доступн|простеньк|попроще|прощ)', by: 'price', direction: 'min' },
  { re: '(?:дорог|дорож|шикарн|роскошн|элитн|премиальн|крут|лучш|престижн)', by: 'price', direction: 'max' },
  { re: '(?:вместительн)', by: 'guests', direction: 'max' },
  { re: '(?:больш|просторн|простор|огромн|максим)', by: 'area', direction: 'max' },
  { re: '(?:маленьк|меньш|тесн|компактн|миним)', by: 'area', direction: 'min' },
];
// «самый большой номер на сколько человек», «больше всего спальных мест»: a size said of people is capacity; of
// metres, area. Only the words of size («большой», «маленький») take their measure from the question this way.
const CAPACITY_WORDS =
  /(?<![а-я])(?:человек\S*|двоих|троих|четвер\S*|пятер\S*|шестер\S*|гост(?:ей|я|и|ям)|мест[аоу]?|спальн\S*|помест\S*|посел\S*|размест\S*|вмест\S*|люд\S*|семь[яиюе]\S*)(?![а-я])/;
const AREA_WORDS = /(?<![а-я])(?:метр\S*|площад\S*|квадрат\S*|м2|просторн\S*)(?![а-я])/;

/** The measure a word of size stands for in this question. */
function sizeMeasure(q: { by: RankBy; direction: Direction }, t: string, word: string): { by: RankBy; direction: Direction } {
  if (q.by !== 'area' || /^простор/.test(word)) return q;
  return CAPACITY_WORDS.test(t) && !AREA_WORDS.test(t) ? { ...q, by: 'guests' } : q;
}
// «самый дешёвый», «самого дорогого», «наиболее просторный», «подешевле», «дешевле всего»
const SUPERLATIVE = new RegExp(
  `${L}(?:сам(?:ый|ая|ое|ые|ого|ой|ую|ом|ых)|наибол\\S*|наимен\\S*)\\s+(\\S+)(?:\\s+(\\S+))?|${L}(\\S+)\\s+(?:всего|всех)${R}|${L}(максим\\S*|миним\\S*)${R}`,
  'g',
);
// a comparative form: «дешевле», «подешевле», «дороже», «подороже», «больше», «просторнее», «меньше»
const COMPARATIVE = new RegExp(`${L}(?:по)?(дешевле|дороже|просторнее|больше|меньше|вместительнее|попроще|проще)${R}`);

function quality(word: string): { by: RankBy; direction: Direction } | null {
  for (const q of QUALITIES) if (new RegExp(`^${q.re}`).test(word)) return { by: q.by, direction: q.direction };
  return null;
}

/** The rank the question asks for, or null when it asks for none. */
export function rankQuestion(question: string, hotel: Hotel): RankQuestion | null {
  const t = normalizeText(question)
    .replace(/[!?.,«»]/g, ' ')
    .replace(/\s+/g, ' ');
  const comparative = COMPARATIVE.exec(t);
  // «больше всего мест» is a superlative, read below
  if (comparative && !/^\s+(?:всего|всех)(?![а-я])/.test(t.slice(comparative.index + comparative[0].length))) {
    const q = quality(comparative[1]!);
    if (q) {
      // the room compared with is named after the comparative («дешевле комфорта») or before it
      const after = extractRoomType(t.slice(comparative.index + comparative[0].length), hotel.room_types);
      const before = after ? null : extractRoomType(t.slice(0, comparative.index), hotel.room_types);
      const named = after ?? before;
      const than = named && !named.byPreference ? hotel.room_types.find((r) => r.code === named.code) : undefined;
      // «больше» alone is «more» («больше ничего»), a rank only with a room or a room word
      if (!than && q.by === 'area' && !/(?<![а-я])(?:номер|комнат)/.test(t)) return null;
      return { ...sizeMeasure(q, t, comparative[1]!), ...(than ? { than } : {}) };
    }
  }
  for (const m of t.matchAll(SUPERLATIVE)) {
    const word = m[1] ?? m[3] ?? m[4] ?? '';
    const q = quality(word) ?? quality(m[2] ?? '');
    // «максимум» alone ranks only a measure the question names: people, metres or the price
    if (q && m[4] && /(?<![а-я])(?:цен\S*|стоимост\S*|тариф\S*)/.test(t)) return { by: 'price', direction: q.direction };
    if (q && m[4] && !CAPACITY_WORDS.test(t) && !AREA_WORDS.test(t)) continue;
    if (q) return sizeMeasure(q, t, word);
  }
  return null;
}

const measure = (r: RoomType, by: RankBy) => (by === 'price' ? r.price_weekday : by === 'guests' ? r.max_guests : (r.area_m2 ?? 0));

/** The rooms that answer the rank, best first: one for a superlative, every qualifying one for a comparison. */
export function rankedRooms(hotel: Hotel, q: RankQuestion): RoomType[] {
  const sign = q.direction === 'min' ? 1 : -1;
  // a tie in guests goes to the larger room
  const sorted = [...hotel.room_types].sort((a, b) => sign * (measure(a, q.by) - measure(b, q.by)) || (b.area_m2 ?? 0) - (a.area_m2 ?? 0));
  if (!q.than) return sorted.slice(0, 1);
  const pivot = measure(q.than, q.by);
  // nearest first: «дешевле семейного» starts with the room just below it
  return sorted.filter((r) => sign * (measure(r, q.by) - pivot) < 0).reverse();
}

const SUPERLATIVE_WORD: Record<RankBy, Record<Direction, string>> = {
  price: { min: 'Самый доступный', max: 'Самый дорогой' },
  area: { min: 'Самый компактный', max: 'Самый просторный' },
  guests: { min: 'Самый небольшой по числу гостей', max: 'Самый вместительный' },
};
const COMPARATIVE_WORD: Record<RankBy, Record<Direction, string>> = {
  price: { min: 'Дешевле', max: 'Дороже' },
  area: { min: 'Меньше', max: 'Просторнее' },
  guests: { min: 'Меньше мест', max: 'Вместительнее' },
};

/** What a room is, by the measure asked: its prices, or its area and beds. */
function described(r: RoomType, by: RankBy, hotel: Hotel, money: (n: number, c: string) => string): string {
  const c = hotel.hotel.currency;
  const prices =
    r.price_weekday === r.price_weekend
      ? `${money(r.price_weekday, c)} за ночь`
      : `${money(r.price_weekday, c)} за ночь в будни, ${money(r.price_weekend, c)} в выходные`;
  if (by === 'price') return prices;
  if (by === 'guests') return [`до ${r.max_guests} гостей`, r.beds ?? '', r.area_m2 ? `${r.area_m2} м²` : '', prices].filter(Boolean).join(', ');
  return [r.area_m2 ? `${r.area_m2} м²` : '', `до ${r.max_guests} гостей`, prices].filter(Boolean).join(', ');
}

/** «Самый доступный — «Стандарт»: 6 500 рублей за ночь…», «Дешевле, чем «Комфорт»: «Стандарт» — …». */
export function rankAnswer(hotel: Hotel, q: RankQuestion, money: (n: number, c: string) => string): { text: string; rooms: string[] } {
  const rooms = rankedRooms(hotel, q);
  if (!q.than) {
    const r = rooms[0]!;
    return { text: `${SUPERLATIVE_WORD[q.by][q.direction]} — «${r.name}»: ${described(r, q.by, hotel, money)}.`, rooms: [r.code] };
  }
  if (rooms.length === 0) {
    const extreme = SUPERLATIVE_WORD[q.by][q.direction === 'min' ? 'min' : 'max'].toLowerCase();
    return { text: `«${q.than.name}» — ${extreme} номер у нас, ${COMPARATIVE_WORD[q.by][q.direction].toLowerCase()} нет.`, rooms: [q.than.code] };
  }
  const list = rooms.map((r) => `«${r.name}» — ${described(r, q.by, hotel, money)}`).join('; ');
  return { text: `${COMPARATIVE_WORD[q.by][q.direction]}, чем «${q.than.name}»: ${list}.`, rooms: rooms.map((r) => r.code) };
}
