// The year said with the dates («2027 года», «в следующем году»), and times of day that look like dates but are none.
import { type IsoDate, parts } from './calendar.ts';

// «2027 года», «двадцать седьмого года», «в две тысячи двадцать восьмом году»: the year of the dates said.
const YEAR_RE = /(?<![\d-])(?:(?:2|две) тысяч[аи]? )?(\d{4}|\d{1,2}(?=-?(?:го|м|й|ом|ой)))(?:-?(?:го|м|й|ом|ой))? (?:год(?:а|у)?|г)(?![а-я])/g;
// «в пол второго», «к полвторого», «в 14:00», «в 3 часа»: times of day, never dates
const TIME_RE =
  /(?<![а-я])(?:пол ?\d{1,2}-?го|пол(?:первого|второго|третьего|четвертого|пятого|шестого|седьмого|восьмого|девятого|десятого|одиннадцатого|двенадцатого)|\d{1,2}:\d{2}|(?:в|к) \d{1,2}(?:-?(?:ти|х|и))? час\S*)/g;

const NEXT_YEAR_RE = /(?<![а-я])(?:(?:в )?(?:следующ|будущ)(?:ем|его|ий) году?|(?:следующ|будущ)(?:его|ий) года?)(?![а-я])/g;

/** Blanks out what looks like a date but is none (a time of day) and reads the year said, if any. */
export function yearAndTimes(t: string, today: IsoDate): { text: string; year?: number } {
  let year: number | undefined;
  const blank = (m: string) => ' '.repeat(m.length);
  const text = t
    .replace(TIME_RE, blank)
    .replace(YEAR_RE, (m, y: string) => {
      const n = Number(y);
      const full = n < 100 ? 2000 + n : n;
      if (full >= parts(today).year - 1 && full <= parts(today).year + 10) year = full;
      return blank(m);
    })
    // «двадцать первого ноября следующего года», «в будущем году»
    .replace(NEXT_YEAR_RE, (m) => {
      year ??= parts(today).year + 1;
      return blank(m);
    });
  return year === undefined ? { text } : { text, year };
}
