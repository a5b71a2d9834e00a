// A service priced per hour or per day asked for a length of time («сауна на два часа сколько», «парковка нужна на
// три дня»): the price the data states for one unit, times the units asked, said after the fact. Only the units the
// data prices in are multiplied; a length in other units gets no figure of the assistant's making.
import { countText } from '../../hotel/format-ru.ts';
import type { Hotel } from '../../hotel/types.ts';
import { extractGuests } from '../lang-ru/guests.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { indexOf } from './fact-lookup.ts';
import { money } from './facts.ts';

// «900 рублей в сутки», «2500 рублей в час»: a price per unit of time in the data
const PER_UNIT = /(\d[\d\s]*)\s*рубл\S*\s+(?:в|за)\s+(сутки|день|час)(?![а-яё])/i;
// «на 3 дня», «2 часа», «на 3-ро суток», «на пару часов», «на сутки», «на час»
const LENGTH = /(?<![а-я\d])(?:(\d{1,3})(?:-ро)?\s+|(пару|пар[уы]|полтора)\s+)?(час(?:а|ов|ик\S*)?|д(?:ень|ня|ней)|сут(?:ки|ок)|ноч(?:ь|и|ей))(?![а-я])/;
const HALF = 'полтора';

/** The length asked, in the unit of the data's price (`hour` or `day`), or null when none is said in that unit. */
export function lengthAsked(question: string, unit: 'hour' | 'day'): number | null {
  const t = numberize(normalizeText(question));
  // «дня на четыре», «дней пять»: the length said about, with the unit first
  const about = /(?<![а-я])(час(?:а|ов)|дн(?:я|ей)|суток)\s+(?:на\s+)?(\d{1,3})(?:-ро)?(?![\d])/.exec(t);
  if (about) return about[1]!.startsWith('час') === (unit === 'hour') ? Number(about[2]) : null;
  const m = LENGTH.exec(t);
  if (!m) return null;
  const hours = m[3]!.startsWith('час');
  if (hours !== (unit === 'hour')) return null;
  // «на час», «на сутки» say one; a bare «час» or «сутки» without «на»/«за» is a price unit asked about, not a length
  const count = m[1] ? Number(m[1]) : m[2] === HALF ? 1.5 : m[2] ? 2 : /(?:на|за)\s+$/.test(t.slice(0, m.index)) ? 1 : null;
  return count && count > 0 ? count : null;
}

/** « За 3 суток — 2 700 рублей.» for a service priced per unit of time, when the question asks a length; '' otherwise. */
export function durationTotal(fragment: string, question: string, hotel: Hotel, said = ''): string {
  const price = PER_UNIT.exec(fragment);
  if (!price) return '';
  const perUnit = Number(price[1]!.replace(/\s/g, ''));
  const unit = price[2]!.toLowerCase() === 'час' ? 'hour' : 'day';
  const n = lengthAsked(question, unit);
  if (!n || n === 1) return '';
  const length = unit === 'hour' ? (n === 1.5 ? 'полтора часа' : countText(n, 'час', 'часа', 'часов')) : countText(n, 'сутки', 'суток', 'суток');
  const total = money(perUnit * n, hotel.hotel.currency);
  // the price per unit, when the part of the fact said did not have it: «900 рублей в сутки, за 3 суток — 2 700 рублей»
  const rate = said.includes(price[0]!.split(/\s+(?:в|за)\s+/)[0]!) ? '' : `${price[0]}, `;
  return rate ? ` Это ${rate}за ${length} — ${total}.` : ` За ${length} — ${total}.`;
}

// a room or a stay named: «номер на три дня» is a booking, whatever service is named beside it
const STAY = /(?<![а-я])(?:номер\S*|комнат\S*|проживан\S*|засел\S*|заезд\S*|заед\S*|стандарт\S*|комфорт\S*|люкс\S*|семейн\S*)/;

/**
 * «парковка нужна на три дня, её заранее бронировать?», «сауна на два часа сколько»: a service priced per hour or per
 * day named with a length in its unit, and no room — a question about the service, not the dates of a stay.
 */
export function asksServiceForLength(text: string, hotel: Hotel): boolean {
  const t = normalizeText(text);
  if (STAY.test(t)) return false;
  const top = indexOf(hotel).search(t, 1)[0];
  if (!top?.named || top.fact.kind !== 'service') return false;
  const price = PER_UNIT.exec(top.fact.fragment ?? top.fact.text);
  return !!price && lengthAsked(t, price[2]!.toLowerCase() === 'час' ? 'hour' : 'day') !== null;
}

// «до 3 пассажиров», «до 4 человек»: how many a service takes, as the data states it
const TAKES = /до \d+ (?:пассажир|человек|гост)/;

/**
 * «нас четверо с багажом, трансфер всех увезёт?», «сауна на шестерых пойдёт?»: a party said against a service that
 * takes a limited number, and no room — a question about the service, not the party of a booking.
 */
export function asksServiceForParty(text: string, hotel: Hotel): boolean {
  const t = normalizeText(text);
  if (STAY.test(t)) return false;
  const top = indexOf(hotel).search(t, 1)[0];
  if (!top?.named || top.fact.kind !== 'service' || !TAKES.test(top.fact.fragment ?? top.fact.text)) return false;
  return extractGuests(t).adults !== undefined;
}
