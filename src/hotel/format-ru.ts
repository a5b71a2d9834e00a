// Russian phrasing of hotel data for speech and chat: dates, counts, money, phone numbers.
import { dayNumber, nightsBetween } from './calendar.ts';
import type { IsoDate } from './types.ts';

export const MONTHS_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** Picks the Russian plural form: plural(1,'ночь','ночи','ночей') → 'ночь', 2 → 'ночи', 5 → 'ночей'. */
export function plural(n: number, one: string, few: string, many: string): string {
  const abs = Math.abs(Math.trunc(n));
  const d10 = abs % 10;
  const d100 = abs % 100;
  if (d10 === 1 && d100 !== 11) return one;
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return few;
  return many;
}

export function countText(n: number, one: string, few: string, many: string): string {
  return `${n} ${plural(n, one, few, many)}`;
}

function parts(date: IsoDate): { y: number; m: number; d: number } {
  if (dayNumber(date) === null) throw new RangeError(`not a calendar date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/**
 * When a date is said with its year: the current year as a number (the year whenever it differs), or today's
 * date — then only for a day gone or more than half a year ahead: «2 января» on 24 November is this coming one,
 * as a receptionist would say it.
 */
export type YearContext = number | IsoDate;

function yearSaid(date: IsoDate, y: number, context: YearContext | undefined): boolean {
  if (context === undefined) return false;
  if (typeof context === 'number') return y !== context;
  if (y === parts(context).y) return false;
  const ahead = nightsBetween(context, date);
  return ahead < 0 || ahead > 183;
}

/** "14 декабря" (the year only when it is needed, see YearContext). */
export function dayMonth(date: IsoDate, currentYear?: YearContext): string {
  const { y, m, d } = parts(date);
  const year = yearSaid(date, y, currentYear) ? ` ${y} года` : '';
  return `${d} ${MONTHS_GENITIVE[m - 1]}${year}`;
}

/** "с 14 по 16 декабря", "с 30 декабря по 2 января". */
export function stayRange(checkIn: IsoDate, checkOut: IsoDate, currentYear?: YearContext): string {
  const a = parts(checkIn);
  const b = parts(checkOut);
  if (a.y === b.y && a.m === b.m) return `с ${a.d} по ${dayMonth(checkOut, currentYear)}`;
  return `с ${dayMonth(checkIn, a.y === b.y ? (currentYear ?? a.y) : currentYear)} по ${dayMonth(checkOut, currentYear)}`;
}

/**
 * The stay as said on the phone, where the nights are heard in the dates: «с 27 по 29 ноября»; one night as people
 * say it, «с 25 на 26 ноября», «с 31 декабря на 1 января».
 */
export function staySaid(checkIn: IsoDate, checkOut: IsoDate, currentYear?: YearContext): string {
  const range = stayRange(checkIn, checkOut, currentYear);
  return nightsBetween(checkIn, checkOut) === 1 ? range.replace(/ по (?=\d)/, ' на ') : range;
}

export function nightsText(checkIn: IsoDate, checkOut: IsoDate): string {
  return countText(nightsBetween(checkIn, checkOut), 'ночь', 'ночи', 'ночей');
}

/** "13 000" — thousands grouped with a plain space so speech engines and regexes read it alike. */
export function groupDigits(n: number): string {
  return Math.round(n)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export function money(amount: number, currency: string): string {
  if (currency === 'RUB') return `${groupDigits(amount)} ${plural(amount, 'рубль', 'рубля', 'рублей')}`;
  return `${groupDigits(amount)} ${currency}`;
}

// People are counted with collective numerals, as a receptionist says them: «двое взрослых», «трое детей»;
// beyond six they sound strained («семеро взрослых»), so the cardinal is kept.
const COLLECTIVE = ['', '', 'двое', 'трое', 'четверо', 'пятеро', 'шестеро'];

/** How many people: «двое», «четверо», «7» (the caller «а вас четверо»). */
export function peopleCount(n: number): string {
  return COLLECTIVE[n] || String(n);
}

/** «ребёнку 5 лет», «детям 5 и 8 лет», «детям 2 и 3 года»: the children's ages as said back to the caller. */
export function childrenAgesText(ages: readonly number[]): string {
  if (ages.length === 0) return '';
  const last = ages.at(-1)!;
  const listed = ages.length > 1 ? `${ages.slice(0, -1).join(', ')} и ${last}` : String(last);
  return `${ages.length > 1 ? 'детям' : 'ребёнку'} ${listed} ${countText(last, 'год', 'года', 'лет').replace(/^\S+ /, '')}`;
}

const COLLECTIVE_OBLIQUE = ['', '', 'двоих', 'троих', 'четверых', 'пятерых', 'шестерых'];

/**
 * «на двоих взрослых», «на одного взрослого»: adults after «на» (the accusative of people), as the assistant says
 * the party it assumes («Для троих взрослых свободны …»).
 */
export function adultsAccusative(n: number): string {
  if (n === 1) return 'одного взрослого';
  return `${COLLECTIVE_OBLIQUE[n] || String(n)} взрослых`;
}

/** «на двоих», «на одного»: how many a room is for, as a receptionist says it («Люкс рассчитан на двоих»). */
export function forPeople(n: number): string {
  return n === 1 ? 'на одного' : `на ${COLLECTIVE_OBLIQUE[n] || `${n} человек`}`;
}

/** «двое гостей», «один гость»: a party said only as a count, without saying who is an adult. */
export function guestsCountText(n: number): string {
  return n === 1 ? 'один гость' : `${peopleCount(n)} гостей`;
}

/** «двое взрослых и ребёнок», «один взрослый», «двое взрослых и трое детей», «8 взрослых». */
export function guestsText(adults: number, children: number): string {
  const a = adults === 1 ? 'один взрослый' : `${peopleCount(adults)} взрослых`;
  if (!children) return a;
  const c = children === 1 ? 'ребёнок' : COLLECTIVE[children] ? `${COLLECTIVE[children]} детей` : countText(children, 'ребёнок', 'ребёнка', 'детей');
  return `${a} и ${c}`;
}

/** "+7 900 000-00-01" for Russian numbers; other E.164 numbers unchanged. */
export function phoneText(e164: string): string {
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return m ? `+7 ${m[1]} ${m[2]}-${m[3]}-${m[4]}` : e164;
}

/** «Эта дата уже прошла — сегодня 24 ноября.» */
export function pastDayText(today: IsoDate): string {
  return `Эта дата уже прошла — сегодня ${dayMonth(today, parts(today).y)}.`;
}

/** The refusal of a stay starting after `last`, the last day of the booking horizon. */
export function tooFarText(last: IsoDate, today: IsoDate): string {
  const year = parts(today).y;
  return `Так далеко вперёд я забронировать не могу: заезд возможен до ${dayMonth(last, year)}, а сегодня ${dayMonth(today, year)}.`;
}

/** «a», «a и b», «a, b и c»: a short list as said aloud. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`;
}
