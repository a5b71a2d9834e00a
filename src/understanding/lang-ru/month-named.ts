// A month named alone, with no day beside it («в январе», «на февраль», «в середине февраля»): the part of it named,
// and the days said without a month that fall in it.
import type { IsoDate } from './calendar.ts';
import { spokenDayMonth } from './calendar-placement.ts';
import type { Mention } from './date-mention.ts';
import { MONTH_RE, monthOf } from './date-words.ts';
import { numberize } from './numbers.ts';
import { normalizeText } from './text.ts';

// «в начале», «в середине», «в конце» of the month named
const MONTH_PART_RE = /(?<![а-я])(?:в |на )?(начал[а-я]*|середин[а-я]*|конц[а-я]*|конец)(?= \S+)/;

/** The first day of the part of the month named alone («в середине января» → 11 January), or null. */
export function monthPart(t: string, today: IsoDate, saidYear: number | undefined): IsoDate | null {
  const month = bareMonth(t);
  if (month === undefined) return seasonStart(t, today, saidYear);
  const part = MONTH_PART_RE.exec(t)?.[1] ?? '';
  const day = part.startsWith('середин') ? 11 : part.startsWith('кон') ? 21 : 1;
  return spokenDayMonth(today, day, month, saidYear) ?? null;
}

// A month named on its own, with no day beside it: «в январе», «на январь», «январь», «в середине февраля».
const BARE_MONTH_RE = new RegExp(`(?<![а-я])${MONTH_RE}(?![а-я])`, 'g');

/**
 * The month a caller names without a day («в январе», «на февраль»), when it is the only one: the days said
 * after it («… с десятого по двенадцатое») are in that month. Undefined when no month, or several, are named alone.
 */
export function bareMonth(text: string): number | undefined {
  const t = numberize(normalizeText(text));
  const months = new Set<number>();
  for (const m of t.matchAll(BARE_MONTH_RE)) {
    // «десятого января» names a day: the month is that day's, not a context for others
    if (/\d(?:-?(?:го|е|ое|ого))? $/.test(t.slice(Math.max(0, m.index - 6), m.index))) continue;
    const n = monthOf(m[1]);
    if (n !== undefined) months.add(n);
  }
  return months.size === 1 ? [...months][0] : undefined;
}

/**
 * «в январе … с десятого по двенадцатое», or «на январь» said a turn before «с восьмого по десятое»: the first day
 * said without a month is in the month named alone (`month`, from this message or the one before); the days after
 * it follow it as usual (so «в январе с тридцатого по второе» ends on 2 February).
 */
export function placeInMonth(found: Mention[], t: string, today: IsoDate, saidYear: number | undefined, month: number | undefined): void {
  const named = bareMonth(t) ?? month;
  if (named === undefined) return;
  // a month already said with a day («пятого января … до десятого») places the rest itself
  if (found.some((f) => f.date && !f.relative && !f.weekday && !f.vague)) return;
  const first = found.filter((f) => f.dayOnly !== undefined).sort((a, b) => a.start - b.start)[0];
  if (!first || first.dayOnly === undefined) return;
  const date = spokenDayMonth(today, first.dayOnly, named, saidYear);
  if (!date) return;
  first.date = date;
  delete first.dayOnly;
}

// «на лето», «летом», «зимой», «весной», «осенью», «на летние каникулы» («лет» alone counts years: no season)
const SEASONS: [RegExp, number][] = [
  [/(?<![а-я])(?:лето|лета|лету|летом|летн[а-я]+)(?![а-я])/, 6],
  [/(?<![а-я])(?:осень|осени|осенью|осенн[а-я]+)(?![а-я])/, 9],
  [/(?<![а-я])(?:весна|весну|весны|весной|весенн[а-я]+)(?![а-я])/, 3],
  [/(?<![а-я])(?:зима|зиму|зимы|зимой|зимн[а-я]+)(?![а-я])/, 12],
];

/**
 * «на лето две тысячи тридцатого года», «осенью следующего года»: the first day of the season named alone, enough to
 * refuse a stay beyond the booking horizon. A winter with a year said is that year's January.
 */
function seasonStart(t: string, today: IsoDate, saidYear: number | undefined): IsoDate | null {
  const season = SEASONS.find(([re]) => re.test(t))?.[1];
  if (season === undefined) return null;
  const month = season === 12 && saidYear !== undefined ? 1 : season;
  return spokenDayMonth(today, 1, month, saidYear) ?? null;
}
