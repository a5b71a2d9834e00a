// A time of day named in a question («заезд в восемь утра можно?», «выезд в 19:00 возможен?») set against the bound
// of a hotel rule («ранний заезд с 10:00», «поздний выезд до 18:00»): a yes or no from the clock, not from the words.
import { normalizeText } from '../lang-ru/text.ts';

export const HOUR_WORDS: [RegExp, number][] = [
  [/^(?:час|часу)$/, 1],
  [/^(?:два|двух)$/, 2],
  [/^(?:три|тр[её]х)$/, 3],
  [/^(?:четыре|четыр[её]х)$/, 4],
  [/^(?:пять|пяти)$/, 5],
  [/^(?:шесть|шести)$/, 6],
  [/^(?:семь|семи)$/, 7],
  [/^(?:восемь|восьми)$/, 8],
  [/^(?:девять|девяти)$/, 9],
  [/^(?:десять|десяти)$/, 10],
  [/^(?:одиннадцать|одиннадцати)$/, 11],
  [/^(?:двенадцать|двенадцати)$/, 12],
];

// Times of day said by name: «в полдень», «к полудню», «до полуночи», «к обеду». Midnight is the end of the day the
// caller speaks of (a check-out «в полночь» is later than any evening hour, an arrival «в полночь» later than 14:00).
const NAMED_TIMES: [RegExp, number][] = [
  [/^(?:полдень|полудню|полудня)$/, 12 * 60],
  [/^(?:полночь|полуночи)$/, 24 * 60],
  [/^(?:обед|обеду|обеда)$/, 13 * 60],
];

const namedMinutes = (word: string): number | null => NAMED_TIMES.find(([re]) => re.test(word))?.[1] ?? null;

// «в восемь утра», «к девяти», «часов в семь вечера», «в 8:30», «около 7»
const SAID_TIME = /(?<![а-я])(?:в|к|около|часов в|часам к|часиков в)\s+(\d{1,2}(?:[:.]\d{2})?|[а-яё]+)(?:\s+(?:час\S*\s+)?(утра|вечера|дня|ночи))?(?![а-я])/g;

/** Minutes after midnight of the time the question names, or null when it names none. */
export function askedMinutes(question: string, bound: { kind: 'from' | 'until'; minutes: number }): number | null {
  const boundHour = Math.floor(bound.minutes / 60);
  const t = normalizeText(question);
  // «с девяти можно заехать?», «до восьми вечера выехать можно?»: «с»/«до» before an hour said as a word (not «с 15
  // по 17», a date, nor «до трёх лет», an age)
  const fromHour =
    /(?<![а-я])(?:с|со|до)\s+([а-яё]+)(?:\s+(утра|вечера|дня|ночи))?(?![а-я])(?!\s+(?:лет|года?|человек|гост\S*|ноч\S*|дн\S*|сут\S*|кг|килограмм\S*))/g;
  const matches = [
    ...t.matchAll(SAID_TIME),
    ...[...t.matchAll(fromHour)].filter((m) => HOUR_WORDS.some(([re]) => re.test(m[1] ?? '')) || namedMinutes(m[1] ?? '') !== null),
  ];
  for (const m of matches) {
    const word = m[1] ?? '';
    const named = namedMinutes(word);
    if (named !== null) return named;
    let hour: number | null = null;
    let minutes = 0;
    const digits = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(word);
    if (digits) {
      hour = Number(digits[1]);
      minutes = Number(digits[2] ?? 0);
      // «в 2026» or «на 15» are no times of day
      if (hour > 23 || minutes > 59) continue;
    } else hour = HOUR_WORDS.find(([re]) => re.test(word))?.[1] ?? null;
    if (hour === null) continue;
    const part = m[2];
    if ((part === 'вечера' || part === 'дня') && hour < 12) hour += 12;
    else if (part === 'ночи' && hour === 12) hour = 0;
    // «заселиться в три» is the afternoon; «выезд в восемь» against «до 18:00» the evening
    else if (!part && hour >= 1 && hour <= 6) hour += 12;
    else if (!part && hour < 12 && bound.kind === 'until' && boundHour >= 13) hour += 12;
    return hour * 60 + minutes;
  }
  // «вечером», «с утра», «днём»: a part of the day, read at its hour most favourable to the caller's wish
  const part = /(?<![а-я])(утр|днем|вечер|ноч)\S*(?![а-я])/.exec(t)?.[1];
  return part ? (PART_OF_DAY[part] ?? null) : null;
}

const PART_OF_DAY: Record<string, number> = { утр: 10 * 60, днем: 13 * 60, вечер: 18 * 60, ноч: 23 * 60 };

/** The rule's bound: «с 10:00» is the earliest, «до 18:00» the latest. */
export function ruleBound(text: string): { kind: 'from' | 'until'; minutes: number; said: string } | null {
  const found = [...text.matchAll(/(?<![а-яё])(с|до)\s+(\d{1,2}):(\d{2})/gi)];
  // «с 7:00 до 11:00» is opening hours, not one bound
  if (found.length !== 1) return null;
  const m = found[0] as RegExpMatchArray;
  return { kind: m[1]?.toLowerCase() === 'с' ? 'from' : 'until', minutes: Number(m[2]) * 60 + Number(m[3]), said: `${m[2]}:${m[3]}` };
}

/** The reply to a yes/no question that names a time: null when the question names none or the rule has no bound. */
export function timeVerdict(rule: string, question: string): { yes: boolean; bound: { kind: 'from' | 'until'; said: string } } | null {
  const bound = ruleBound(rule);
  if (!bound) return null;
  const asked = askedMinutes(question, bound);
  if (asked === null) return null;
  return { yes: bound.kind === 'from' ? asked >= bound.minutes : asked <= bound.minutes, bound };
}

/** «HH:MM» as minutes after midnight. */
export function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
