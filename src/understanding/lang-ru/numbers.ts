// Russian numbers written as words: cardinals (all cases, up to 999), collectives (двое, вдвоём),
// ordinals 1–31 (all cases, genders). `numberize` rewrites a normalised text with digits so the other
// extractors can match "5 декабря" and "пятого декабря" with the same rule.

const UNITS: Record<string, number> = {};
const TEENS: Record<string, number> = {};
const TENS: Record<string, number> = {};
const HUNDREDS: Record<string, number> = {};

function add(table: Record<string, number>, value: number, forms: string[]): void {
  for (const f of forms) table[f] = value;
}

add(UNITS, 0, ['ноль', 'нуль', 'ноля', 'нуля']);
add(UNITS, 1, ['один', 'одна', 'одно', 'одного', 'одному', 'одним', 'одной', 'одну', 'одном', 'одною']);
// typed as heard («адин», «адна»): the unstressed «о» written «а»
for (const [form, value] of Object.entries(UNITS)) if (value === 1) UNITS[`а${form.slice(1)}`] = 1;
add(UNITS, 2, ['два', 'две', 'двух', 'двум', 'двумя']);
add(UNITS, 3, ['три', 'трех', 'трем', 'тремя']);
add(UNITS, 4, ['четыре', 'четырех', 'четырем', 'четырьмя']);
add(UNITS, 5, ['пять', 'пяти', 'пятью']);
add(UNITS, 6, ['шесть', 'шести', 'шестью']);
add(UNITS, 7, ['семь', 'семи']); // not "семью": far more often the accusative of "семья"
add(UNITS, 8, ['восемь', 'восьми', 'восемью', 'восьмью']);
add(UNITS, 9, ['девять', 'девяти', 'девятью']);
const TEEN_STEMS = ['десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'];
for (const [i, stem] of TEEN_STEMS.entries()) add(TEENS, 10 + i, [`${stem}ь`, `${stem}и`, `${stem}ью`]);
add(TENS, 20, ['двадцать', 'двадцати', 'двадцатью']);
add(TENS, 30, ['тридцать', 'тридцати', 'тридцатью']);
add(TENS, 40, ['сорок', 'сорока']);
add(TENS, 50, ['пятьдесят', 'пятидесяти', 'пятьюдесятью']);
add(TENS, 60, ['шестьдесят', 'шестидесяти', 'шестьюдесятью']);
add(TENS, 70, ['семьдесят', 'семидесяти', 'семьюдесятью']);
add(TENS, 80, ['восемьдесят', 'восьмидесяти', 'восемьюдесятью']);
add(TENS, 90, ['девяносто', 'девяноста']);
add(HUNDREDS, 100, ['сто', 'ста', 'сотня', 'сотню']);
add(HUNDREDS, 200, ['двести', 'двухсот', 'двумстам', 'двумястами']);
add(HUNDREDS, 300, ['триста', 'трехсот', 'тремстам']);
add(HUNDREDS, 400, ['четыреста', 'четырехсот', 'четыремстам']);
add(HUNDREDS, 500, ['пятьсот', 'пятисот', 'пятистам']);
add(HUNDREDS, 600, ['шестьсот', 'шестисот']);
add(HUNDREDS, 700, ['семьсот', 'семисот']);
add(HUNDREDS, 800, ['восемьсот', 'восьмисот']);
add(HUNDREDS, 900, ['девятьсот', 'девятисот']);

/** Collective numerals and "вдвоём"-adverbs: how many people, counting the speaker. */
export const COLLECTIVES: Record<string, number> = {};
add(COLLECTIVES, 2, ['двое', 'двоих', 'двоим', 'двоими', 'вдвоем', 'оба', 'обе', 'обоих', 'пара', 'пару', 'парой']);
add(COLLECTIVES, 3, ['трое', 'троих', 'троим', 'троими', 'втроем']);
add(COLLECTIVES, 4, ['четверо', 'четверых', 'четверым', 'вчетвером']);
add(COLLECTIVES, 5, ['пятеро', 'пятерых', 'пятерым', 'впятером']);
add(COLLECTIVES, 6, ['шестеро', 'шестерых', 'вшестером']);
add(COLLECTIVES, 7, ['семеро', 'семерых', 'всемером']);
add(COLLECTIVES, 8, ['восьмеро', 'восьмерых']);
add(COLLECTIVES, 9, ['девятеро', 'девятерых']);
add(COLLECTIVES, 10, ['десятеро', 'десятерых']);

const ORDINAL_ENDINGS = [
  'ый',
  'ой',
  'ий',
  'ого',
  'ому',
  'ым',
  'ом',
  'ая',
  'ую',
  'ое',
  'ые',
  'ых',
  'ыми',
  'ей',
  'ое',
  'ье',
  'ья',
  'ьего',
  'ьему',
  'ьим',
  'ьем',
  'ью',
  'ьей',
];
const ORDINAL_STEMS: [string, number][] = [
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четверт', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
  ['десят', 10],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['пятнадцат', 15],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['двадцат', 20],
  ['тридцат', 30],
];
/** Ordinal word form → value (1–20, 30; compounds like "двадцать пятого" are built by `numberize`). */
export const ORDINALS: Record<string, number> = {};
for (const [stem, value] of ORDINAL_STEMS) {
  for (const end of ORDINAL_ENDINGS) {
    const form = stem + end;
    // "пятью", "шестью", "семью": instrumental cardinals, not ordinals
    if (UNITS[form] === undefined && TEENS[form] === undefined && TENS[form] === undefined) ORDINALS[form] = value;
  }
}
ORDINALS['третий'] = 3;

export type NumberKind = 'cardinal' | 'ordinal' | 'collective';

export interface NumberMatch {
  value: number;
  kind: NumberKind;
  /** Number of words consumed. */
  length: number;
}

/** Reads a number written in words starting at words[i] (hundreds → tens → units, or an ordinal ending). */
export function readNumber(words: readonly string[], i: number): NumberMatch | null {
  const w0 = words[i];
  if (w0 === undefined) return null;
  const coll = COLLECTIVES[w0];
  if (coll !== undefined) return { value: coll, kind: 'collective', length: 1 };
  let value = 0;
  let j = i;
  let seen = false;
  const h = HUNDREDS[words[j] ?? ''];
  if (h !== undefined) {
    value += h;
    j++;
    seen = true;
  }
  const t = TENS[words[j] ?? ''];
  const teen = TEENS[words[j] ?? ''];
  if (t !== undefined) {
    value += t;
    j++;
    seen = true;
    const u = UNITS[words[j] ?? ''];
    if (u !== undefined && u > 0) {
      value += u;
      j++;
    } else {
      const o = ORDINALS[words[j] ?? ''];
      if (o !== undefined && o < 10) return { value: value + o, kind: 'ordinal', length: j - i + 1 };
    }
  } else if (teen !== undefined) {
    value += teen;
    j++;
    seen = true;
  } else {
    const u = UNITS[words[j] ?? ''];
    // «девятьсот ноль» is two groups (900, 0), as in a phone number read aloud
    if (u !== undefined && !(seen && u === 0)) {
      value += u;
      j++;
      seen = true;
    } else {
      const o = ORDINALS[words[j] ?? ''];
      if (o !== undefined && (value === 0 || o < 10)) return { value: value + o, kind: 'ordinal', length: j - i + 1 };
    }
  }
  if (!seen) return null;
  return { value, kind: 'cardinal', length: j - i };
}

/** Is this one word a number word (a cardinal, a collective or an ordinal of a day, in any case)? */
export function isNumberWord(word: string): boolean {
  return readNumber([word], 0) !== null;
}

/**
 * «семнад цатого», «двад цать», «пят надцатого»: a number word the recogniser heard as two pieces, neither a number
 * of its own (the first may be, with its soft sign: «семь надцатого»), joined again. A piece that is a number
 * itself («три ста», «два десять») is left as said, and so are short pieces.
 */
export function joinSplitNumerals(text: string): string {
  const parts = text.split(/([^а-яёА-ЯЁ]+)/);
  // parts alternate word, separator, word…; a pair of words with only spaces between them may be one number
  for (let i = 0; i + 2 < parts.length; i += 2) {
    const [a, gap, b] = [parts[i]!, parts[i + 1]!, parts[i + 2]!];
    if (a.length < 2 || b.length < 3 || !/^\s+$/.test(gap)) continue;
    const left = a.toLowerCase().replace(/ё/g, 'е');
    const right = b.toLowerCase().replace(/ё/g, 'е');
    if (isNumberWord(right)) continue;
    const joined = [left.replace(/ь$/, '') + right, left + right].find((w) => w.length >= 7 && isNumberWord(w));
    if (!joined) continue;
    parts.splice(i, 3, joined);
    i -= 2;
  }
  return parts.join('');
}

/**
 * Rewrites number words as digits in a normalised (lower-case, ё-free) text:
 * "с пятого по седьмое" → "с 5-го по 7-го", "нас двое" → "нас 2-ро", "на две ночи" → "на 2 ночи".
 * Ordinals get "-го" so rules can tell a day of the month from a count; collectives get "-ро" ("двое" → "2-ро")
 * so "с 5 декабря на двоих" is not read as a stay until the 2nd.
 */
export function numberize(normalized: string): string {
  // «десятого-двенадцатого»: a hyphen between number words separates them
  const spaced = normalized.replace(/([а-я])-([а-я])/g, (all, a: string, b: string, at: number, whole: string) => {
    const left = /[а-я]+$/.exec(whole.slice(0, at + 1))?.[0] ?? '';
    const right = /^[а-я]+/.exec(whole.slice(at + 2))?.[0] ?? '';
    return readNumber([left], 0) && readNumber([right], 0) ? `${a} - ${b}` : all;
  });
  const parts = spaced.split(/(\s+|[,.;:!?()])/);
  const words: string[] = [];
  const idx: number[] = [];
  parts.forEach((p, k) => {
    if (p && !/^\s+$/.test(p) && !/^[,.;:!?()]$/.test(p)) {
      words.push(p);
      idx.push(k);
    }
  });
  const out = [...parts];
  for (let i = 0; i < words.length; ) {
    const m = readNumber(words, i);
    if (!m) {
      i++;
      continue;
    }
    const first = idx[i]!;
    const last = idx[i + m.length - 1]!;
    out[first] = m.kind === 'ordinal' ? `${m.value}-го` : m.kind === 'collective' ? `${m.value}-ро` : String(m.value);
    for (let k = first + 1; k <= last; k++) out[k] = '';
    i += m.length;
  }
  return out.join('').replace(/\s+/g, ' ').trim();
}
