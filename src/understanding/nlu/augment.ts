// Training data as a phone recogniser would deliver it. Every example of data/nlu.yml also yields seeded variants:
// annotated values swapped for other values of the same entity (carrier phrase × slot value), then recogniser
// noise — lower case, no punctuation, numbers as words, fillers, a greeting before the request. The same seed
// gives the same variants, so `portier train` stays reproducible and a hotel that edits its data gets the same noise.
import { mulberry32 } from '../../engine/dialogue/random.ts';
import { splitOpening, usualForms } from '../lang-ru/spoken.ts';
import type { NluExample } from './data.ts';

export interface AugmentOptions {
  /** Variants per example (default 2). */
  variants?: number;
  seed?: number;
}

const GREETINGS = ['алло здравствуйте', 'добрый день', 'алло', 'здравствуйте девушка', 'да алло добрый вечер', 'ээ здравствуйте'];
const FILLERS = ['ну', 'вот', 'короче', 'как бы', 'это', 'ээ', 'значит', 'слушайте'];
const CARDINALS = [
  'ноль',
  'один',
  'два',
  'три',
  'четыре',
  'пять',
  'шесть',
  'семь',
  'восемь',
  'девять',
  'десять',
  'одиннадцать',
  'двенадцать',
  'тринадцать',
  'четырнадцать',
  'пятнадцать',
  'шестнадцать',
  'семнадцать',
  'восемнадцать',
  'девятнадцать',
];
const TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const ORDINAL_GENITIVE = [
  '',
  'первого',
  'второго',
  'третьего',
  'четвертого',
  'пятого',
  'шестого',
  'седьмого',
  'восьмого',
  'девятого',
  'десятого',
  'одиннадцатого',
  'двенадцатого',
  'тринадцатого',
  'четырнадцатого',
  'пятнадцатого',
  'шестнадцатого',
  'семнадцатого',
  'восемнадцатого',
  'девятнадцатого',
  'двадцатого',
];
const MONTH = /^(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)/;

/** «14» → «четырнадцать»; before a month «14 декабря» → «четырнадцатого декабря». */
export function numberWords(n: number, beforeMonth: boolean): string {
  if (beforeMonth && n >= 1 && n <= 31) {
    if (n <= 20) return ORDINAL_GENITIVE[n]!;
    return n === 30 ? 'тридцатого' : `${TENS[Math.floor(n / 10)]} ${ORDINAL_GENITIVE[n % 10] || ''}`.trim();
  }
  if (n < 20) return CARDINALS[n]!;
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? ` ${CARDINALS[n % 10]}` : ''}`;
  return String(n);
}

/** What a recogniser writes: lower case, no punctuation, numbers as words (phone-length digit runs stay digits). */
export function asRecognised(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[«»"“”„?!.,;:()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.map((w, i) => (/^\d{1,2}$/.test(w) ? numberWords(Number(w), MONTH.test(words[i + 1] ?? '')) : w)).join(' ');
}

/** The text the classifier reads, at training and at prediction alike: the request without greeting, usual words. */
export function classifierText(text: string): string {
  return usualForms(splitOpening(text).rest);
}

type Random = () => number;
const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

/** Every annotated value of each entity in the data: the slot values that carrier phrases are filled with. */
function valuesByEntity(examples: readonly NluExample[]): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const e of examples) for (const a of e.entities) out.set(a.entity, (out.get(a.entity) ?? new Set()).add(e.text.slice(a.start, a.end)));
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

/** The example with each annotated value replaced by another value of that entity. */
function swapValues(e: NluExample, values: Map<string, string[]>, random: Random): string {
  let text = '';
  let last = 0;
  for (const a of [...e.entities].sort((x, y) => x.start - y.start)) {
    const pool = values.get(a.entity) ?? [];
    text += e.text.slice(last, a.start) + (pool.length > 1 ? pick(pool, random) : e.text.slice(a.start, a.end));
    last = a.end;
  }
  return text + e.text.slice(last);
}

function withFiller(text: string, random: Random): string {
  const words = text.split(' ');
  if (words.length < 2) return text;
  const at = 1 + Math.floor(random() * (words.length - 1));
  return [...words.slice(0, at), pick(FILLERS, random), ...words.slice(at)].join(' ');
}

/** One noisy variant: a swapped value (when annotated), recogniser text, and maybe a filler and a greeting. */
function variant(e: NluExample, values: Map<string, string[]>, random: Random): string {
  let text = asRecognised(e.entities.length ? swapValues(e, values, random) : e.text);
  if (random() < 0.5) text = withFiller(text, random);
  if (random() < 0.3 && e.intent !== 'greet') text = `${pick(GREETINGS, random)} ${text}`;
  return text;
}

/** A test copy of an example as a recogniser might deliver it (no value swapped): for measuring, never training. */
export function recognisedCopy(text: string, intent: string, random: Random): string {
  let out = asRecognised(text);
  if (random() < 0.5) out = withFiller(out, random);
  if (random() < 0.5 && intent !== 'greet') out = `${pick(GREETINGS, random)} ${out}`;
  return out;
}

/**
 * The examples, then their variants, all in classifier form. Variants keep the intent, not the entity offsets
 * (the classifier reads intents only; the entity readers are rules). Duplicates are dropped.
 */
export function augmentExamples(examples: readonly NluExample[], options: AugmentOptions = {}): NluExample[] {
  const random = mulberry32(options.seed ?? 7);
  const values = valuesByEntity(examples);
  const seen = new Set<string>();
  const out: NluExample[] = [];
  const add = (text: string, intent: string) => {
    const t = classifierText(text);
    const key = `${intent}\u0000${t.toLowerCase()}`;
    if (t && !seen.has(key)) {
      seen.add(key);
      out.push({ text: t, intent, entities: [] });
    }
  };
  for (const e of examples) add(e.text, e.intent);
  for (const e of examples) for (let i = 0; i < (options.variants ?? 2); i++) add(variant(e, values, random), e.intent);
  return out;
}
