// The spoken form of a reply for speech synthesis: dates, times, prices, phone numbers and counts written as a
// Russian speaker says them («с 27 по 29 ноября» → «с двадцать седьмого по двадцать девятое ноября», «с 14:00» →
// «с двух часов дня», «+7 812 555-01-48» → «плюс семь, восемьсот двенадцать, пятьсот пятьдесят пять, ноль
// один, сорок восемь»). Speech engines read digits in the nominative whatever the preposition, and espeak reads
// «14:00» as two numbers; the chat keeps the digits, only the voice gets words.
import numberToWords from 'number-to-words-ru';
import { plural } from '../../hotel/format-ru.ts';
import { GENITIVE_BEFORE, type Gender, type NumeralCase, numeralCase, numeralGender } from './numeral-case.ts';

type Case = NumeralCase;

const MONTHS = 'января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря';
const ORDINALS = [
  'первое',
  'второе',
  'третье',
  'четвёртое',
  'пятое',
  'шестое',
  'седьмое',
  'восьмое',
  'девятое',
  'десятое',
  'одиннадцатое',
  'двенадцатое',
  'тринадцатое',
  'четырнадцатое',
  'пятнадцатое',
  'шестнадцатое',
  'семнадцатое',
  'восемнадцатое',
  'девятнадцатое',
  'двадцатое',
];
const TENS_ORDINAL: Record<number, string> = { 20: 'двадцатое', 30: 'тридцатое' };
const TENS_CARDINAL: Record<number, string> = { 20: 'двадцать', 30: 'тридцать' };
// Latin names and abbreviations as they are pronounced in Russian.
const LEXICON: [RegExp, string][] = [
  [/\bWi-?Fi\b/gi, 'вай-фай'],
  [/\bVisa\b/g, 'виза'],
  [/\bMastercard\b/gi, 'мастеркард'],
  [/\bking-size\b/gi, 'кинг-сайз'],
  [/(?<![А-Яа-яЁё])СБП(?![А-Яа-яЁё])/g, 'эс-бэ-пэ'],
  [/\be-?mail\b/gi, 'имейл'],
];

/**
 * A whole number in words: cardinal(2, 'genitive') → «двух», cardinal(21, 'nominative', 1) → «двадцать одна»;
 * «тысяча пятьсот», «от тысячи» without the «одна» a speaker leaves out.
 */
export function cardinal(n: number, grammaticalCase: Case = 'nominative', gender: Gender = 0): string {
  if (n === 0) return 'ноль';
  const words = numberToWords
    .convert(n, {
      currency: { currencyNameCases: ['', '', ''], currencyNounGender: { integer: gender } },
      declension: grammaticalCase,
      showNumberParts: { fractional: false },
      showCurrency: { integer: false },
    })
    .trim()
    .toLowerCase();
  return n >= 1000 && n < 2000 ? words.replace(/^одн\S* (?=тысяч)/, '') : words;
}

/** The ordinal of a day of the month, neuter: «двадцать седьмое»; in the genitive «двадцать седьмого». */
export function dayOrdinal(day: number, grammaticalCase: Case | 'accusative'): string {
  const tens = Math.floor(day / 10) * 10;
  const nominative = day <= 20 ? ORDINALS[day - 1] : day % 10 === 0 ? TENS_ORDINAL[day] : `${TENS_CARDINAL[tens]} ${ORDINALS[(day % 10) - 1]}`;
  if (!nominative) return String(day);
  return grammaticalCase === 'genitive' ? ordinalGenitive(nominative) : nominative;
}

function ordinalGenitive(neuter: string): string {
  return neuter.replace(/ье$/, 'ьего').replace(/ое$/, 'ого');
}

/** «2027 года» → «две тысячи двадцать седьмого года». */
function yearGenitive(year: number): string {
  const rest = year % 1000;
  const thousands = cardinal(year - rest);
  if (rest === 0) return `${thousands.replace(/тысячи$|тысяч$/, 'тысячного')}`;
  const tail = rest % 100;
  const hundreds = rest - tail ? `${cardinal(rest - tail)} ` : '';
  const last = tail === 0 ? ordinalGenitive(`${cardinal(rest)}ое`) : ordinalGenitive(dayOrdinalAny(tail));
  return `${thousands} ${hundreds}${last}`.replace(/\s+/g, ' ');
}

function dayOrdinalAny(n: number): string {
  if (n <= 31) return dayOrdinal(n, 'nominative');
  const tens = Math.floor(n / 10) * 10;
  const tensOrdinal: Record<number, string> = {
    40: 'сороковое',
    50: 'пятидесятое',
    60: 'шестидесятое',
    70: 'семидесятое',
    80: 'восьмидесятое',
    90: 'девяностое',
  };
  return n % 10 === 0 ? (tensOrdinal[tens] ?? String(n)) : `${cardinal(tens)} ${ORDINALS[(n % 10) - 1]}`;
}

function caseAfter(preposition: string | undefined): Case {
  return preposition && GENITIVE_BEFORE.has(preposition.toLowerCase()) ? 'genitive' : 'nominative';
}

/** «14» o'clock as said: «два часа дня», «в семь утра»; the period of the day from the 24-hour clock. */
function clock(hours: number, minutes: number, grammaticalCase: Case, withHourWord: boolean): string {
  if (minutes !== 0) {
    const m = minutes < 10 ? `ноль ${cardinal(minutes, grammaticalCase, 1)}` : cardinal(minutes, grammaticalCase, 1);
    return `${cardinal(hours, grammaticalCase)} ${m}`;
  }
  if (hours === 0) return grammaticalCase === 'genitive' ? 'полуночи' : 'полночь';
  const h12 = hours > 12 ? hours - 12 : hours;
  const period = periodOf(hours);
  const number = h12 === 1 ? (grammaticalCase === 'genitive' ? 'часа' : 'час') : cardinal(h12, grammaticalCase);
  const hourWord = !withHourWord || h12 === 1 ? '' : grammaticalCase === 'genitive' ? ' часов' : h12 < 5 ? ' часа' : ' часов';
  return `${number}${hourWord} ${period}`;
}

function periodOf(hours: number): string {
  return hours < 5 ? 'ночи' : hours < 12 ? 'утра' : hours < 17 ? 'дня' : 'вечера';
}

/** Groups of a phone number said one by one: «ноль один», «сорок восемь», «пятьсот пятьдесят пять». */
function phoneGroup(digits: string): string {
  if (/^0+$/.test(digits))
    return digits
      .split('')
      .map(() => 'ноль')
      .join(' ');
  if (digits.startsWith('0')) return `ноль ${phoneGroup(digits.slice(1))}`;
  return cardinal(Number(digits));
}

const COLLECTIVE: Record<number, string> = { 2: 'двое', 3: 'трое', 4: 'четверо', 5: 'пятеро', 6: 'шестеро' };

/** The text as it should be spoken; text without figures comes back unchanged. */
export function spokenRussian(text: string): string {
  // a whole sentence that begins with figures is marked, so that its words begin with a capital («900 рублей в
  // сутки.» → «Девятьсот рублей в сутки.»); the mark is no letter or digit, and goes at the end
  let t = text.replace(/(^|[.!?]\s+)(?=\d[^.!?]*[.!?])/g, '$1\uE000');
  for (const [re, said] of LEXICON) t = t.replace(re, said);
  // e-mail addresses letter by letter would be unintelligible; the usual Russian reading of the signs
  t = t.replace(/([\w.-]+)@([\w-]+(?:\.[\w-]+)+)/g, (_, user: string, host: string) => `${user} собака ${host.replace(/\./g, ' точка ')}`);
  // phone numbers: +7 812 555-01-48, +79001234567, 8 (900) 123-45-67
  t = t.replace(/(?:\+7|(?<!\d)8)[\s-]?\(?(\d{3})\)?[\s-]?(\d{3})[\s-]?(\d{2})[\s-]?(\d{2})(?!\d)/g, (m, a: string, b: string, c: string, d: string) => {
    const lead = m.startsWith('+') ? 'плюс семь' : 'восемь';
    return `${lead}, ${[a, b, c, d].map(phoneGroup).join(', ')}`;
  });
  // time ranges: «с 7:00 до 11:00» → «с семи до одиннадцати утра»
  t = t.replace(
    /(?<![\p{L}\d])(с|от) (\d{1,2})[:.](00) (до|по) (\d{1,2})[:.](00)(?!\d)/giu,
    (_, p1: string, h1: string, _m1: string, p2: string, h2: string) => {
      const [a, b] = [Number(h1), Number(h2)];
      if (a > 23 || b > 23) return _;
      const first = clock(a, 0, 'genitive', false);
      const second = clock(b, 0, 'genitive', false);
      return periodOf(a) === periodOf(b) ? `${p1} ${first.replace(/ \S+$/, '')} ${p2} ${second}` : `${p1} ${first} ${p2} ${second}`;
    },
  );
  // single times: «с 14:00», «до 12:00», «в 10:30»
  t = t.replace(/(?<![\p{L}\d])(?:([\p{L}]+) )?(\d{1,2})[:.](\d{2})(?!\d)/gu, (m, prep: string | undefined, h: string, mm: string) => {
    const [hours, minutes] = [Number(h), Number(mm)];
    if (hours > 23 || minutes > 59) return m;
    const said = clock(hours, minutes, caseAfter(prep), true);
    return prep ? `${prep} ${said}` : said;
  });
  // stays and dates: «с 27 по 29 ноября», «с 25 на 26 ноября» (one night), «с 30 декабря по 2 января», «на 5 декабря»,
  // «3 января 2027 года»
  t = t.replace(
    new RegExp(`(?<![\\p{L}\\d])(?:([\\p{L}]+) )?(\\d{1,2}) (?:(по|до|на) (\\d{1,2}) )?(${MONTHS})(?: (\\d{4}) года)?`, 'giu'),
    (m, prep: string | undefined, d1: string, prep2: string | undefined, d2: string | undefined, month: string, year: string | undefined) => {
      const first = Number(d1);
      if (first < 1 || first > 31 || (d2 && (Number(d2) < 1 || Number(d2) > 31))) return m;
      const caseOf = (p: string | undefined) => (p && /^(по|на|в|за|про|через)$/i.test(p) ? 'accusative' : 'genitive');
      const firstWords = dayOrdinal(first, caseOf(prep));
      const second = d2 ? ` ${prep2} ${dayOrdinal(Number(d2), caseOf(prep2))}` : '';
      const yearWords = year ? ` ${yearGenitive(Number(year))} года` : '';
      return `${prep ? `${prep} ` : ''}${firstWords}${second} ${month}${yearWords}`;
    },
  );
  // «за 50% стоимости ночи» is said «за половину стоимости»
  t = t.replace(/(?<![\p{L}\d])(за|на) 50 ?%/gu, (_m, prep: string) => `${prep} половину`);
  // amounts with a unit: «18 м²», «50%», «8 кг»
  t = t.replace(/(?<![\p{L}\d])(?:([\p{L}]+) )?(\d[\d  ]*\d|\d) ?(м²|%|кг)(?![\p{L}])/gu, (_m, prep: string | undefined, digits: string, unit: string) => {
    const n = Number(digits.replace(/[  ]/g, ''));
    const grammaticalCase = caseAfter(prep);
    const unitWords =
      unit === 'м²'
        ? grammaticalCase === 'genitive'
          ? plural(n, 'квадратного метра', 'квадратных метров', 'квадратных метров')
          : plural(n, 'квадратный метр', 'квадратных метра', 'квадратных метров')
        : unit === '%'
          ? grammaticalCase === 'genitive'
            ? plural(n, 'процента', 'процентов', 'процентов')
            : plural(n, 'процент', 'процента', 'процентов')
          : grammaticalCase === 'genitive'
            ? plural(n, 'килограмма', 'килограммов', 'килограммов')
            : plural(n, 'килограмм', 'килограмма', 'килограммов');
    return `${prep ? `${prep} ` : ''}${cardinal(n, grammaticalCase)} ${unitWords}`;
  });
  // any other number, agreeing with the preposition before it and the noun after it
  t = t.replace(
    /(?<![\p{L}\d])(?:([\p{L}]+) )?(\d{1,3}(?:[  ]\d{3})+|\d+)(?: ([\p{L}]+))?/gu,
    (m, prep: string | undefined, digits: string, noun: string | undefined) => {
      const n = Number(digits.replace(/[  ]/g, ''));
      if (!Number.isSafeInteger(n)) return m;
      // agreeing with the preposition and the noun: «за одну ночь», «с двумя взрослыми», «в одном номере»
      const grammaticalCase = numeralCase(n, prep, noun);
      const words =
        noun && /^взрослых$/i.test(noun) && grammaticalCase === 'nominative' && COLLECTIVE[n]
          ? COLLECTIVE[n]
          : cardinal(n, grammaticalCase, numeralGender(noun, grammaticalCase, n));
      return `${prep ? `${prep} ` : ''}${words}${noun ? ` ${noun}` : ''}`;
    },
  );
  // quotes are not heard; «Стандарт» is just the name. A sentence that began with figures begins with a capital as
  // words too («900 рублей в сутки.» → «Девятьсот рублей в сутки.»)
  return t.replace(/[«»"]/g, '').replace(/\uE000(\p{L}?)/gu, (_m, first: string) => first.toUpperCase());
}
