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
  return normalizeText(text).split(/[^а-яa-z0-9-]+/).filter(Boolean);
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
  for (const p of patterns) {
    for (let i = 0; i + p.stems.length <= ws.length; i++) {
      if (p.stems.every((s, k) => (ws[i + k] ?? '').startsWith(s) && (ws[i + k] ?? '').length - s.length <= 4)) return { code: p.code };
    }
  }
  const t = normalizeText(text);
  if (rooms.length === 0) return null;
  const by = (f: (r: RoomType) => number, pick: 'min' | 'max') =>
    [...rooms].sort((a, b) => (pick === 'min' ? f(a) - f(b) : f(b) - f(a)))[0]!.code;
  if (/(подешевле|дешевл|дешев|недорог|бюджетн|попроще|экономичн|минимальн\S* (цен|стоим))/.test(t)) return { code: by((r) => r.price_weekday, 'min'), byPreference: true, preference: 'cheapest' };
  if (/(подороже|самый дорог|самого дорог|роскошн|премиум|vip|вип)/.test(t)) return { code: by((r) => r.price_weekday, 'max'), byPreference: true, preference: 'priciest' };
  if (/(просторн|побольше|самый большой|самого большого|большой номер)/.test(t)) return { code: by((r) => r.area_m2 ?? 0, 'max'), byPreference: true, preference: 'largest' };
  return null;
}
