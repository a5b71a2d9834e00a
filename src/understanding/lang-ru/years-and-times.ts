// The year said with the dates («2027 года», «в следующем году»), and times of day that look like dates but are none.
import { type IsoDate, parts } from './calendar.ts';

// «2027 года», «двадцать седьмого года», «в две тысячи двадцать восьмом году»: the year of the dates said.
const YEAR_RE = /(?<![\d-])(?:(?:2|две) тысяч[аи]? )?(\d{4}|\d{1,2}(?=-?(?:го|м|й|ом|ой)))(?:-?(?:го|м|й|ом|ой))? (?:год(?:а|у)?|г)(?![а-я])/g;
// «в пол второго», «к полвторого», «в 14:00», «в 3 часа»: times of day, never dates
const TIME_RE =
  /(?<![а-я])(?:пол ?\d{1,2}-?го|пол(?:первого|второго|третьего|четвертого|пятого|шестого|седьмого|восьмого|девятого|десятого|одиннадцатого|двенадцатого)|\d{1,2}:\d{2}|(?:в|к) \d{1,2}(?:-?(?:ти|х|и))? час\S*)/g;

// «две тысячи тридцатого» with no «года»: «тысячи» makes it a year; «летом 2030», «в августе 2030»: four digits after
// a month or a season
const THOUSAND_YEAR_RE = /(?<![\d-])2 тысяч[аи]? (\d{1,2})(?:-?(?:го|м|й|ом|ой))?(?![\d-])/g;
const SEASON_YEAR_RE = /(?<=(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|лет|зим|весн|осен)[а-я]* )(20\d\d)(?![\d-])/g;

// «на весну двадцать девятого»: a season has no days, so the number after it is its year
const AFTER_SEASON_YEAR_RE =
  /(?<=(?:лет[оау]|летом|зим[аыуо]й?|весн[аыуо]й?|осен(?:ь|и|ью)) )(\d{2})-?го(?![а-я\d])(?! (?:числа|по|до|на|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр))/g;

const NEXT_YEAR_RE = /(?<![а-я])(?:(?:в )?(?:следующ|будущ)(?:ем|его|ий) году?|(?:следующ|будущ)(?:его|ий) года?)(?![а-я])/g;

/** Blanks out what looks like a date but is none (a time of day) and reads the year said, if any. */
export function yearAndTimes(t: string, today: IsoDate): { text: string; year?: number } {
  let year: number | undefined;
  const blank = (m: string) => ' '.repeat(m.length);
  const said = (m: string, y: string) => {
    const n = Number(y);
    const full = n < 100 ? 2000 + n : n;
    // a year far ahead is kept too, so that the stay is refused as beyond the booking horizon
    if (full >= parts(today).year - 1 && full <= parts(today).year + 50) year = full;
    return blank(m);
  };
  const text = t
    .replace(TIME_RE, blank)
    .replace(YEAR_RE, said)
    .replace(THOUSAND_YEAR_RE, said)
    .replace(SEASON_YEAR_RE, said)
    .replace(AFTER_SEASON_YEAR_RE, (m, y: string) => (2000 + Number(y) >= parts(today).year ? said(m, y) : m))
    // «двадцать первого ноября следующего года», «в будущем году»
    .replace(NEXT_YEAR_RE, (m) => {
      year ??= parts(today).year + 1;
      return blank(m);
    });
  return year === undefined ? { text } : { text, year };
}
