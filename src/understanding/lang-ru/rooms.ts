// Room types named the way callers say them: hotel.yml names and aliases matched through Russian endings
// («в люксе», «стандартного номера», «семейный»), and price preferences («подешевле» → the cheapest).
import type { RoomType } from '../../hotel/types.ts';
import { readNumber } from './numbers.ts';
import { normalizeText } from './text.ts';

const ENDING = /(ыми|ими|ого|его|ому|ему|ой|ей|ый|ий|ая|яя|ое|ее|ые|ие|ых|их|ую|юю|ом|ем|ам|ям|ах|ях|ами|ями|а|я|у|ю|е|ы|и|о)$/;
const STOP = new Set(['с', 'на', 'в', 'для', 'и', 'по', 'из', 'номер']);

/** Stem of a word: its ending removed, never shorter than four letters. */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  const s = w.replace(ENDING, '');
  return s.length >= 4 ? s : w.length >= 4 ? w.slice(0, 4) : w;
}

function words(text: string): string[] {
  return normalizeText(text)
    .split(/[^а-яa-z0-9-]+/)
    .filter(Boolean);
}

interface Pattern {
  code: string;
  stems: string[]; // consecutive content words
}

// The room codes of hotel.yml are English words; callers say them in Cyrillic («фэмили рум», «сюит»).
const CODE_SPOKEN: Record<string, string[]> = {
  standard: ['стэндард', 'стендард'],
  family: ['фэмили', 'фемили'],
  suite: ['сюит', 'суит'],
  comfort: ['камфорт'],
};

function patternsOf(rooms: readonly RoomType[]): Pattern[] {
  const out: Pattern[] = [];
  for (const r of rooms) {
    for (const phrase of [r.name, r.code, ...r.aliases, ...(CODE_SPOKEN[r.code] ?? [])]) {
      const content = words(phrase).filter((w) => !STOP.has(w));
      if (content.length) out.push({ code: r.code, stems: content.map(stem) });
    }
  }
  // longer phrases first: «комфорт с видом на реку» before «номер с видом на реку»
  return out.sort((a, b) => b.stems.length - a.stems.length);
}

const cache = new WeakMap<readonly RoomType[], Pattern[]>();

export interface RoomMention {
  code: string;
  /** Said as a wish rather than by name («подешевле», «самый просторный»). */
  byPreference?: boolean;
  /** Which wish: among the rooms actually offered, the caller means the cheapest, the dearest or the largest. */
  preference?: 'cheapest' | 'priciest' | 'largest';
}

/** The room type a caller names or implies, or null. */
export function extractRoomType(text: string, rooms: readonly RoomType[]): RoomMention | null {
  let patterns = cache.get(rooms);
  if (!patterns) {
    patterns = patternsOf(rooms);
    cache.set(rooms, patterns);
  }
  // number words are never room names («семь» is not «семья»)
  const ws = words(text).filter((w) => !STOP.has(w) && !readNumber([w], 0));
  const named: { code: string; at: number }[] = [];
  for (const p of patterns) {
    for (let i = 0; i + p.stems.length <= ws.length; i++) {
      if (p.stems.every((s, k) => (ws[i + k] ?? '').startsWith(s) && (ws[i + k] ?? '').length - s.length <= 4)) {
        if (!named.some((n) => n.at === i)) named.push({ code: p.code, at: i });
        break;
      }
    }
  }
  if (named.length > 0) return { code: chosenRoom(text, named, ws) ?? named[0]!.code };
  // «ком форт», «стан дарт»: a room's name the recogniser split in two (neither part a name of its own)
  const split = patterns.find(
    (p) =>
      p.stems.length === 1 &&
      p.stems[0]!.length >= 5 &&
      ws.some((w, i) => {
        const next = ws[i + 1];
        if (!next || w.length < 2 || next.length < 2 || w.startsWith(p.stems[0]!)) return false;
        const joined = w + next;
        return joined.startsWith(p.stems[0]!) && w.length < p.stems[0]!.length && joined.length - p.stems[0]!.length <= 4;
      }),
  );
  if (split) return { code: split.code };
  // «комфорд», «стандард», «семеный»: a room's name misheard by one letter
  const misheard = patterns.find(
    (p) => p.stems.length === 1 && p.stems[0]!.length >= 6 && ws.some((w) => w.length >= 6 && oneEditApart(w.slice(0, p.stems[0]!.length), p.stems[0]!)),
  );
  if (misheard) return { code: misheard.code };
  const t = normalizeText(text);
  if (rooms.length === 0) return null;
  const by = (f: (r: RoomType) => number, pick: 'min' | 'max') => [...rooms].sort((a, b) => (pick === 'min' ? f(a) - f(b) : f(b) - f(a)))[0]!.code;
  const shaped = byShape(t, rooms);
  if (shaped) return { code: shaped };
  if (
    /(подешевле|дешевл|дешев|недорог|бюджетн|попроще|экономичн|минимальн\S* (цен|стоим)|(?<![а-я])(?:прост(?:ой|ого|ую|ом|енький|енького|енькую)|обычненьк\S*)(?![а-я]))/.test(
      t,
    )
  )
    return { code: by((r) => r.price_weekday, 'min'), byPreference: true, preference: 'cheapest' };
  if (/(подороже|самый дорог|самого дорог|роскошн|премиум|vip|вип)/.test(t))
    return { code: by((r) => r.price_weekday, 'max'), byPreference: true, preference: 'priciest' };
  if (/(просторн|побольше|самый большой|самого большого|большой номер)/.test(t))
    return { code: by((r) => r.area_m2 ?? 0, 'max'), byPreference: true, preference: 'largest' };
  return null;
}

// «давайте комфорт, раз в стандарт втроём нельзя»: of two rooms named, the one chosen is said with a verb of choosing
// («давайте», «берём», «тогда»), the other in a reason or a refusal («раз», «если», «не», «нельзя»)
const REASON = /^(?:раз|если|так как|потому что|поскольку|ведь|раз уж)$/;
const CLAUSE_START = /^(?:раз|если|так как|потому что|поскольку|ведь|тогда|то|но|а|значит|поэтому|так что)$/;
const CHOOSES =
  /^(?:давайте|давай|беру|берем|берём|возьму|возьмем|возьмём|бронируйте|оформляйте|оформите|выбираю|выбираем|тогда|остановимся|пусть|хочу|хотим|лучше)$/;
const REFUSES = /^(?:не|нельзя|нет|никак|невозможно|мало|тесно|дорого|маловат\S*)$/;

function chosenRoom(text: string, named: { code: string; at: number }[], ws: string[]): string | null {
  if (new Set(named.map((n) => n.code)).size < 2) return null;
  // the words as read above, cut into clauses where a reason or a choice begins
  const all = normalizeText(text)
    .split(/[^а-яa-z0-9-]+/)
    .filter(Boolean);
  const clauses: string[][] = [[]];
  for (const w of all) {
    if ((CLAUSE_START.test(w) || CHOOSES.test(w)) && clauses.at(-1)!.length > 0 && !CLAUSE_START.test(clauses.at(-1)!.at(-1) ?? '')) clauses.push([]);
    clauses.at(-1)!.push(w);
  }
  // the clause of each room named, found by its position among the content words
  let seen = 0;
  const clauseOf: number[] = [];
  clauses.forEach((c, ci) => {
    for (const w of c) if (!STOP.has(w) && !readNumber([w], 0)) clauseOf[seen++] = ci;
  });
  const judged = named.map((n) => {
    const c = clauses[clauseOf[n.at] ?? 0] ?? [];
    const refused = REASON.test(c[0] ?? '') || c.some((w) => REFUSES.test(w));
    return { ...n, refused, chosen: !refused && c.some((w) => CHOOSES.test(w)) };
  });
  if (!judged.some((j) => j.refused || j.chosen) || ws.length === 0) return null;
  const pick = judged.filter((j) => j.chosen).at(-1) ?? judged.filter((j) => !j.refused).at(-1);
  return pick?.code ?? null;
}

// «однушка», «двушка», «трёшка», «однокомнатный», «двухкомнатный»: how many rooms; «одноместный», «двухместный»: for how
// many guests. Both are read against the hotel's own data, so a hotel that edits its rooms is read the same way.
const ROOMS_SAID: [RegExp, number][] = [
  [/(?<![а-я])(?:однушк\S*|однокомнатн\S*|одна комната|одной комнатой)/, 1],
  [/(?<![а-я])(?:двушк\S*|двухкомнатн\S*|две комнаты|двумя комнатами)/, 2],
  [/(?<![а-я])(?:тр[её]шк\S*|трехкомнатн\S*|три комнаты|тремя комнатами)/, 3],
];
const PLACES_SAID: [RegExp, number][] = [
  [/(?<![а-я])одноместн\S*/, 1],
  [/(?<![а-я])двухместн\S*/, 2],
  [/(?<![а-я])тр[её]хместн\S*/, 3],
  [/(?<![а-я])четыр[её]хместн\S*/, 4],
  [/(?<![а-я])пятиместн\S*/, 5],
];
// What in a room type's description says it has more than one room.
const SECOND_ROOM = /(?:двухкомнатн|отдельн\S* комнат|гостин|спальн\S* и|две комнаты)/;

/** Rooms in a room type, as its name, aliases and beds describe it. */
function roomsIn(r: RoomType): number {
  const described = normalizeText([r.name, ...r.aliases, r.beds ?? ''].join(' '));
  if (/тр[её]хкомнатн/.test(described)) return 3;
  return SECOND_ROOM.test(described) ? 2 : 1;
}

/** The cheapest room type with that many rooms, or the cheapest that sleeps that many guests. */
function byShape(t: string, rooms: readonly RoomType[]): string | null {
  const cheapest = (list: RoomType[]) => [...list].sort((a, b) => a.price_weekday - b.price_weekday)[0]?.code ?? null;
  const roomCount = ROOMS_SAID.find(([re]) => re.test(t))?.[1];
  if (roomCount !== undefined) return cheapest(rooms.filter((r) => roomsIn(r) === roomCount));
  const places = PLACES_SAID.find(([re]) => re.test(t))?.[1];
  if (places !== undefined) return cheapest(rooms.filter((r) => r.max_guests >= places));
  return null;
}

/** Equal, or one letter replaced, added or dropped («комфорд» / «комфорт»). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
