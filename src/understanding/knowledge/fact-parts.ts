// The part of a fact a question asks for: a fact's clauses (split at «;» and commas), what it is about, its hours,
// its price, its condition, the day or the alternative named, with the fact's subject in front when it is cut off.
import { normalizeText } from '../lang-ru/text.ts';
import { asksPeople, asksPrice, asksTime } from './question-kind.ts';

const TIME = /\d{1,2}:\d{2}/;
// «до 4 человек», «до 3 пассажиров»: how many a service takes
const PEOPLE = /до \d+ (?:пассажир|человек|гост)/;
export const PRICE = /(\d[\d  ]*\s*(?:рубл|%))|бесплатн/;
// A clause with a verb or a short participle is already a sentence («ресторан работает», «завтрак включён»);
// the nouns in -ена/-ана are not predicates.
export const PREDICATE =
  /(?<![а-яё])(?!(?:отмена|цена|смена|замена|стена|сцена|охрана|страна|ванна|сауна)(?![а-яё]))[а-яё]+(?:ет|ют|ит|ят|ется|ются|ится|ятся|ен|ён|ена|ено|ены|ан|ана|ано|аны|ыт|ыта|ыто|ыты)(?![а-яё])|(?<![а-яё])(?:можно|нельзя|нужно|нужен|нужна|нужны|запрещено|разрешено)(?![а-яё])| — /;

/** Parts of a fact separated by «;» and, inside them, by commas outside quotes and brackets. */
export function clauses(fragment: string): string[] {
  const out: string[] = [];
  for (const part of fragment.split(/;\s*/)) {
    let depth = 0;
    let current = '';
    for (const ch of part) {
      if (ch === '(' || ch === '«') depth++;
      if (ch === ')' || ch === '»') depth--;
      if (ch === ',' && depth === 0) {
        out.push(current.trim());
        current = '';
      } else current += ch;
    }
    if (current.trim()) out.push(current.trim());
  }
  return out.filter(Boolean);
}

/** What the fact is about: its words before a figure, a preposition, a quote or a verb («подземный паркинг»). */
export function subjectOf(fragment: string): string {
  const words: string[] = [];
  for (const w of fragment.split(/\s+/)) {
    if (
      /^[\d«(—–-]/.test(w) ||
      /^(с|до|по|в|на|за|от|для|через|при|из)$/i.test(w) ||
      PREDICATE.test(` ${w} `.replace(/ — /, ' ')) ||
      /[,;:]$/.test(words.at(-1) ?? '')
    )
      break;
    words.push(w);
  }
  return words.join(' ').replace(/[,;:]$/, '');
}

// Words too common in hotel facts to tell one part of a fact from another.
const COMMON_STEMS = new Set([
  'номер',
  'гост',
  'отел',
  'можно',
  'есть',
  'рубл',
  'стоим',
  'бесплат',
  'засел',
  'прожив',
  'комнат',
  'отдел',
  'одна',
  'одно',
  'один',
  'одну',
]);

export function stems(text: string): string[] {
  return normalizeText(text)
    .split(/[^а-яa-z0-9]+/)
    .filter((w) => w.length >= 4)
    .map((w) => (LIVING_ROOM.test(w) ? LIVING_ROOM_STEM : w.slice(0, 5)))
    .filter((w) => w === LIVING_ROOM_STEM || ![...COMMON_STEMS].some((c) => w.startsWith(c.slice(0, 5)) || c.startsWith(w)));
}
// «гостиная» (a room's living room, in its beds) shares its first letters with «гости» and «гостиница», words too
// common to tell rooms apart: it has a stem of its own
const LIVING_ROOM = /^гостин(?:ая|ой|ую|ые|ых)$/;
const LIVING_ROOM_STEM = 'гостиная';

/** The «;»-parts of a fact that share a word with the question («от метро» → the metro, not the airport). */
export function partsNamed(fragment: string, question: string): string | null {
  const parts = fragment.split(/;\s*/).filter(Boolean);
  if (parts.length < 2) return null;
  const asked = new Set(stems(question));
  const named = parts.filter((p) => stems(p).some((w) => asked.has(w)));
  return named.length > 0 && named.length < parts.length ? named.join('; ') : null;
}

/** Only the part of a fact the question asks for: its hours, or its price, or the part it names, or all of it. */
export function askedPart(fragment: string, question: string, before = ''): string {
  return withConditions(chosenPart(fragment, question, before), clauses(fragment));
}

// «при наличии свободных номеров», «если …», «нужно бронировать заранее»: a rule's condition is said with any part
export const CONDITION = /(?<![а-яё])(?:при наличии|при условии|если|заранее|по предварительн\S*|по запросу|по записи|только)(?![а-яё])/i;

function withConditions(part: string, parts: string[]): string {
  const missing = parts.filter((p) => CONDITION.test(p) && !part.includes(p));
  return missing.length ? `${part}, ${missing.join(', ')}` : part;
}

// «нужно заранее?», «записываться надо?», «бронировать обязательно?»: the rule's condition is asked
const CONDITION_ASPECT = /(?<![а-яё])(?:заранее|запис\S*|брониров\S*|заброниро\S*|предварительн\S*|резерв\S*|обязательно)(?![а-яё])/;

/** «надо ли записываться», «заранее бронировать нужно?»: whether something must be arranged beforehand is asked. */
export function asksCondition(question: string): boolean {
  return CONDITION_ASPECT.test(normalizeText(question));
}
// a day named in the question chooses between hours by weekday and by weekend
export const WEEKEND_ASKED = /(?<![а-яё])(?:суббот\S*|воскресен\S*|выходн\S*|уикенд\S*)/;
export const WEEKDAY_ASKED = /(?<![а-яё])(?:понедельник\S*|вторник\S*|сред[уаы]|четверг\S*|пятниц\S*|будн\S*|рабоч\S* д\S*)/;

/** The parts that hold for the day asked («в субботу» → «по выходным …»), or all of them when none is named. */
function forDayAsked(parts: string[], question: string): string[] {
  const q = normalizeText(question);
  const day = WEEKEND_ASKED.test(q) ? /выходн/ : WEEKDAY_ASKED.test(q) ? /будн/ : null;
  if (!day) return parts;
  const byDay = parts.filter((p) => /будн|выходн/.test(p));
  const kept = parts.filter((p) => !/будн|выходн/.test(p) || day.test(p));
  return byDay.length > 1 && kept.length < parts.length ? kept : parts;
}

/**
 * «из аэропорта» against «трансфер из аэропорта — 2800 рублей, с вокзала — 1200 рублей»: of a fact's priced
 * alternatives, the ones the question (or the question it follows up, `before`) names; all when it names none.
 */
function namedAlternatives(parts: string[], question: string, before: string): string[] {
  const priced = parts.filter((p) => PRICE.test(p));
  if (priced.length < 2) return parts;
  // the words of what the fact is about («трансфер») name every alternative
  const about = new Set(stems(subjectOf(parts[0] ?? '')));
  const asked = new Set(stems(`${question} ${before}`).filter((w) => !about.has(w)));
  const named = priced.filter((p) => stems(p).some((w) => asked.has(w)));
  if (named.length === 0 || named.length === priced.length) return parts;
  return parts.filter((p) => !PRICE.test(p) || named.includes(p));
}

const CASE_ASKED = /(?<![а-я])(?:если|в случае)(?![а-я])/;

function chosenPart(fragment: string, question: string, before = ''): string {
  const parts = namedAlternatives(forDayAsked(clauses(fragment), question), question, before);
  // «сауну нужно бронировать заранее?»: the condition, when the rule has one
  const condition = CONDITION_ASPECT.test(normalizeText(question)) && parts.some((p) => CONDITION.test(p));
  // «до скольки она и сколько стоит», «сколько стоит и на сколько человек»: every aspect asked, each its part
  const figures = [...(asksPrice(question) ? [PRICE] : []), ...(asksTime(question) ? [TIME] : []), ...(asksPeople(question) ? [PEOPLE] : [])];
  // «сколько человек пускают и надо ли записываться»: the condition asked beside a figure is one more aspect
  const aspects = figures.length && condition ? [...figures, CONDITION] : figures;
  const wanted = condition && !figures.length ? CONDITION : aspects.length ? { test: (p: string) => aspects.some((a) => a.test(p)) } : null;
  // «завтрак во сколько и сколько стоит» of a breakfast included in the price: an aspect with no part of its own is
  // answered by the whole fact
  if (aspects.length > 1 && !aspects.every((a) => parts.some((p) => a.test(p)))) return fragment;
  if (!wanted && parts.length < clauses(fragment).length) return withSubject(fragment, parts.join(', '), false);
  // «если опоздаю на сутки и не приеду…»: a case asked about is read against every case of the rule (stated-check.ts),
  // not answered by the one part that shares a word with it
  if (!wanted) return CASE_ASKED.test(normalizeText(question)) ? fragment : (partsNamed(fragment, question) ?? fragment);
  if (parts.length < 2 && parts.length === clauses(fragment).length) return fragment;
  const chosen = parts.filter((p) => wanted.test(p));
  // «завтрак включён в стоимость?» asks no figure: the part it names
  if (chosen.length === 0) return partsNamed(fragment, question) ?? fragment;
  if (chosen.length === clauses(fragment).length) return fragment;
  return withSubject(fragment, chosen.join(', '), wanted === CONDITION);
}

/** A part of a fact with what the fact is about in front of it, unless it names it or is a sentence of its own. */
function withSubject(fragment: string, joined: string, condition: boolean): string {
  const subject = subjectOf(fragment);
  // «место нужно бронировать заранее» is a sentence of its own
  if (!subject || normalizeText(joined).startsWith(normalizeText(subject)) || (condition && PREDICATE.test(joined))) return joined;
  // «Сауна — 2500 рублей в час», «Завтрак по будням с 7:00 до 11:00»
  return /^\d/.test(joined) ? `${subject} — ${joined}` : `${subject} ${joined}`;
}
