// The words of a date: months (their stems), days of the week, a day of the month as digits, a year said short.
export const MONTH_RE =
  '(январ[ьяе]|феврал[ьяе]|марта?|марте|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|августа?|августе|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])';
const MONTH_STEMS: [string, number][] = [
  ['янв', 1],
  ['фев', 2],
  ['мар', 3],
  ['апр', 4],
  ['ма', 5],
  ['июн', 6],
  ['июл', 7],
  ['авг', 8],
  ['сен', 9],
  ['окт', 10],
  ['ноя', 11],
  ['дек', 12],
];
export const WEEKDAYS: [string, number][] = [
  ['понедельник', 0],
  ['вторник', 1],
  ['сред', 2],
  ['четверг', 3],
  ['пятниц', 4],
  ['суббот', 5],
  ['воскресен', 6],
];
export const DAY = '(\\d{1,2})(?:-?(?:го|е|ое|ого)(?![а-я]))?(?!\\d)(?!-ро)';

export function monthOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  return MONTH_STEMS.find(([stem]) => word.startsWith(stem))?.[1];
}

export function yearOf(y: string | undefined): number | undefined {
  if (!y) return undefined;
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}
