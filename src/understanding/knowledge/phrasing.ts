// How a hotel fact becomes a receptionist's sentence. The facts are data (data/hotel.yml, often noun phrases
// such as «бесплатная камера хранения багажа»); the wording is the assistant's: a whole sentence with a verb,
// only the part that was asked (the hours for «во сколько», the price for «сколько стоит»), and «Да,»/«Нет,»
// first when the caller asked a yes/no question.
import type { Hotel, RoomType } from '../../hotel/types.ts';
import { groupDigits, money } from '../../hotel/format-ru.ts';
import { loadedMorph } from '../lang-ru/morph.ts';
import { asksPrice as asksPriceIn } from '../lang-ru/price-words.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { askedMinutes, clockMinutes, timeVerdict } from './asked-time.ts';
import { withoutDataTails } from './data-tails.ts';
import type { Fact } from './facts.ts';

// A question word makes an open question; without one a Russian question is answered «да» or «нет».
const QUESTION_WORD =
  /(?<![а-я])(что|чего|чем|где|когда|сколько|скольки|как|какой|какая|какое|какие|каких|каким|каков|какова|почем|почём|зачем|почему|кто|куда|откуда|какого|котор\S*)(?![а-я-])/;
// «расскажите про парковку» asks for the fact, not for a yes.
const TELL_ME = /(?<![а-я])(расскажите|подскажите про|скажите про|опишите)(?![а-я])/;
const TIME_ASPECT =
  /(во сколько|до скольки|со скольки|с какого времени|до какого времени|когда|часы работы|режим|время работы|открыт|работает|с семи|с восьми|утра|вечера)/;
// «а люкс сколько?»: a bare «сколько» at the end asks the price, «сколько человек» does not
// the price words (lang-ru/price-words.ts), «сколько?» alone, and «платно?», «платный?»: asked of a fact, whether it
// is paid is its price
const PRICE_ASPECT = /(платн|(?<!(?:во|до|со) )сколько[?!.]*$)/;
const TIME = /\d{1,2}:\d{2}/;
const PRICE = /(\d[\d  ]*\s*(?:рубл|%))|бесплатн/;
// A clause with a verb or a short participle is already a sentence («ресторан работает», «завтрак включён»);
// the nouns in -ена/-ана are not predicates.
const PREDICATE =
  /(?<![а-яё])(?!(?:отмена|цена|смена|замена|стена|сцена|охрана|страна|ванна|сауна)(?![а-яё]))[а-яё]+(?:ет|ют|ит|ят|ется|ются|ится|ятся|ен|ён|ена|ено|ены|ан|ана|ано|аны|ыт|ыта|ыто|ыты)(?![а-яё])|(?<![а-яё])(?:можно|нельзя|нужно|нужен|нужна|нужны|запрещено|разрешено)(?![а-яё])| — /;
const NEGATIVE = /(?<![а-яё])(?:не|нельзя|запрещ[а-яё]*)(?![а-яё])/;
// ISO 639-1 codes of hotel.yml `languages` as «говорим по-…».
const LANGUAGE_ADVERBS: Record<string, { stem: string; adverb: string }> = {
  ru: { stem: 'русск', adverb: 'по-русски' },
  en: { stem: 'англ', adverb: 'по-английски' },
  de: { stem: 'немец', adverb: 'по-немецки' },
  fr: { stem: 'француз', adverb: 'по-французски' },
  es: { stem: 'испан', adverb: 'по-испански' },
  it: { stem: 'итальян', adverb: 'по-итальянски' },
  zh: { stem: 'китай', adverb: 'по-китайски' },
  ar: { stem: 'араб', adverb: 'по-арабски' },
  tr: { stem: 'турец', adverb: 'по-турецки' },
};

// «с завтраком или без?», «в будни или в выходные?»: a choice is answered by naming one, not «да» («… или нет?» is yes/no)
const EITHER_OR = /(?<![а-я])или(?![а-я])(?! нет(?![а-я]))/;
// «а итого с парковкой?», «а всего за три ночи?»: an amount asked for
const AMOUNT = /(?<![а-я])(?:итого|итог|в сумме|всего (?:за|с|вместе|выйдет|получится)|в общей сложности)(?![а-я])/;
// «а от вокзала?», «а в субботу?», «а с собакой?»: a follow-up that is only a phrase takes its kind from the question
// before it, which this answer does not see: no «да»/«нет» rather than a wrong one. A verb or «можно», «есть» in it
// («а с собакой можно?», «а в люксе есть?») makes it a question of its own.
const ELLIPTIC = /^а (?:от|до|из|с|со|в|во|на|для|у|по|за|к|ко|при|после|перед|без)(?![а-я])/;
const PREDICATIVE =
  /(?<![а-я])(?:есть|можно|нельзя|нужно|надо|будет|бывает|разрешено|запрещено|входит|включен\S*)(?![а-я])|[а-я]{3,}(?:ете|ите|ет|ит|ут|ют|ят|ется|ится|ются|ятся)(?![а-я])/;

// «расчётный час заезда?», «время выезда?»: an hour named with no verb asks for the hour, not for a yes
const NAMES_HOUR = /(?<![а-я])(?:время|времени|час|часы|расчетн\S*)(?![а-я])/;

/** Whether the question is answered «да»/«нет»: no question word, no choice between options, no amount asked for. */
export function isYesNoQuestion(question: string): boolean {
  const t = normalizeText(question);
  if (QUESTION_WORD.test(t) || TELL_ME.test(t) || EITHER_OR.test(t) || AMOUNT.test(t)) return false;
  if (NAMES_HOUR.test(t) && !PREDICATIVE.test(t)) return false;
  return !(ELLIPTIC.test(t) && !PREDICATIVE.test(t));
}

export function asksTime(question: string): boolean {
  return TIME_ASPECT.test(normalizeText(question));
}

export function asksPrice(question: string): boolean {
  return asksPriceIn(normalizeText(question)) || PRICE_ASPECT.test(normalizeText(question));
}

export function sentence(text: string): string {
  const t = text.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

// Verbal nouns of the office register that a rule's penalty hangs on, and how they are said with a verb.
const ACTS: Record<string, string> = { отмене: 'отменить', незаезде: 'не приехать', неявке: 'не прийти', опоздании: 'опоздать' };
const ACT = `(${Object.keys(ACTS).join('|')})`;
const LATER: Record<string, string> = { поздней: ' позже', ранней: ' раньше' };

// Office turns of the hotel's data said as a receptionist says them: «при более поздней отмене или незаезде» →
// «если отменить позже или не приехать», a passive penalty → «придётся оплатить», «бесплатная отмена» → «бесплатно
// отменить можно», «до даты заезда» → «до заезда», «гости младше 18 лет» → «дети до 18 лет», «заказ через» →
// «заказать можно через». Each turn is a kind of wording, not a sentence of one hotel: any fact that has it.
const PLAIN_SPEECH: [RegExp, string | ((...m: string[]) => string)][] = [
  [/при наличии свободных номеров/gi, 'если будут свободные номера'],
  [/при наличии свободных мест/gi, 'если будут свободные места'],
  [/по предварительной записи/gi, 'по записи'],
  [
    new RegExp(`(?<![а-яё])при (?:более (поздней|ранней) )?${ACT}(?: или ${ACT})?(?![а-яё])`, 'gi'),
    (_m, when, a, b) => `если ${ACTS[a!.toLowerCase()]}${when ? LATER[when.toLowerCase()] : ''}${b ? ` или ${ACTS[b.toLowerCase()]}` : ''}`,
  ],
  [/(?<![а-яё])удерживается(?![а-яё])/gi, 'придётся оплатить'],
  // the condition made a clause above is closed by a comma before the main clause
  [/((?:^|[.;]\s*)если [^,.;—]+?) (придётся|нужно|можно)(?![а-яё])/gi, '$1, $2'],
  [/(?<![а-яё])бесплатная отмена(?![а-яё])/gi, 'бесплатно отменить можно'],
  [/(?<![а-яё])до даты (заезда|выезда)(?![а-яё])/gi, 'до $1'],
  [/(?<![а-яё])гости младше (\d+) (лет|года)(?![а-яё])/gi, 'дети до $1 $2'],
  [/(?<![а-яё])заказ через(?![а-яё])/gi, 'заказать можно через'],
  [/ — готово(?![а-яё])/g, ', будет готово'],
  // «room service» said in Russian words a caller takes for food, not for cleaning
  [/(?<![а-яё])обслуживание в номерах(?![а-яё])/gi, 'еду в номер можно заказать'],
  [/(?<![а-яё])не учитываются во вместимости номера(?![а-яё])/gi, 'в число гостей не входят'],
  [/(?<![а-яё])остальные гости учитываются(?![а-яё])/gi, 'остальные считаются гостями'],
  [/(?<![а-яё])по нотариальной доверенности(?![а-яё])/gi, 'с нотариальной доверенностью от них'],
];

/**
 * A fact pasted as data made fit for the ear: brackets are not heard (their words become a clause), a «;» ends a
 * sentence, and office turns become plain ones.
 */
export function speakable(text: string): string {
  let t = text.replace(/\s*\(([^()]+)\)/g, ', $1');
  const capital = /^[А-ЯЁ]/.test(t);
  for (const [re, plain] of PLAIN_SPEECH) t = t.replace(re, plain as string);
  if (capital) t = t.charAt(0).toUpperCase() + t.slice(1);
  return withoutDataTails(t.replace(/;\s+(\S)/g, (_m, first: string) => `. ${first.toUpperCase()}`).replace(/,\s*,/g, ','));
}

function lowerFirst(text: string): string {
  // «Wi-Fi», «СБП» and names in quotes keep their capitals
  return /^[А-ЯЁ](?:[а-яё]|\s)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** A time outside the regular hours: the rule for earlier or later decides, with its condition. */
function beyondRegular(regular: string, rule: string | undefined, question: string): string {
  if (!rule) return `Нет, ${regular}.`;
  const said = lowerFirst(speakable(sentence(rule)));
  const verdict = timeVerdict(rule, question);
  if (verdict && !verdict.yes) return `Нет, ${verdict.bound.kind === 'from' ? 'раньше' : 'позже'} ${verdict.bound.said} не получится: ${regular}, ${said}`;
  return `Да, ${said.replace(/\.$/, '')} (обычно ${regular}).`;
}

/** «Да, …» / «Нет, …» in front of a sentence. */
export function answerYesNo(yes: boolean, text: string): string {
  return `${yes ? 'Да' : 'Нет'}, ${lowerFirst(text)}`;
}

/** Parts of a fact separated by «;» and, inside them, by commas outside quotes and brackets. */
function clauses(fragment: string): string[] {
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
function subjectOf(fragment: string): string {
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

/** A service as a sentence: «У нас есть X», or «X работает с … до …», or the fact itself when it has a verb. */
function serviceSentence(text: string, yesNo = false): string {
  const first = clauses(text)[0] ?? text;
  if (PREDICATE.test(first)) return sentence(text);
  const subject = subjectOf(text);
  const rest = text.slice(subject.length).trim();
  if (subject && /^с \d{1,2}:\d{2} до \d{1,2}:\d{2}/.test(rest)) return sentence(`${subject} работает ${rest}`);
  // «подземный паркинг, 900 рублей в сутки» → «У нас есть подземный паркинг: 900 рублей в сутки»
  const after = text.slice(text.indexOf(first) + first.length);
  const tail = after.startsWith(',') ? `:${after.slice(1)}` : after;
  // after «Да,» a plain «есть» («Да, есть подземный паркинг»): «у нас есть» in every answer becomes a formula
  return sentence(`${yesNo ? 'есть' : 'у нас есть'} ${lowerFirst(first)}${tail}`);
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

function stems(text: string): string[] {
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
function partsNamed(fragment: string, question: string): string | null {
  const parts = fragment.split(/;\s*/).filter(Boolean);
  if (parts.length < 2) return null;
  const asked = new Set(stems(question));
  const named = parts.filter((p) => stems(p).some((w) => asked.has(w)));
  return named.length > 0 && named.length < parts.length ? named.join('; ') : null;
}

/** Only the part of a fact the question asks for: its hours, or its price, or the part it names, or all of it. */
function askedPart(fragment: string, question: string, before = ''): string {
  return withConditions(chosenPart(fragment, question, before), clauses(fragment));
}

// «при наличии свободных номеров», «если …», «нужно бронировать заранее»: a rule's condition is said with any part
const CONDITION = /(?<![а-яё])(?:при наличии|при условии|если|заранее|по предварительн\S*|по запросу|по записи|только)(?![а-яё])/i;

function withConditions(part: string, parts: string[]): string {
  const missing = parts.filter((p) => CONDITION.test(p) && !part.includes(p));
  return missing.length ? `${part}, ${missing.join(', ')}` : part;
}

// «нужно заранее?», «записываться надо?», «бронировать обязательно?»: the rule's condition is asked
const CONDITION_ASPECT = /(?<![а-яё])(?:заранее|запис\S*|брониров\S*|заброниро\S*|предварительн\S*|резерв\S*|обязательно)(?![а-яё])/;
// a day named in the question chooses between hours by weekday and by weekend
const WEEKEND_ASKED = /(?<![а-яё])(?:суббот\S*|воскресен\S*|выходн\S*|уикенд\S*)/;
const WEEKDAY_ASKED = /(?<![а-яё])(?:понедельник\S*|вторник\S*|сред[уаы]|четверг\S*|пятниц\S*|будн\S*|рабоч\S* д\S*)/;

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
  const condition = CONDITION_ASPECT.test(normalizeText(question)) && !asksPrice(question) && !asksTime(question);
  const wanted = condition && parts.some((p) => CONDITION.test(p)) ? CONDITION : asksPrice(question) ? PRICE : asksTime(question) ? TIME : null;
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

// ways of paying a caller may name (the hotel's own list is in hotel.yml; these are what a question may ask about)
const PAYMENT_MEANS =
  /(?<![а-яё])(?:доллар\S*|евро|валют\S*|юан\S*|тенге|рубл\S*|безнал\S*|перевод\S*|по сч[её]ту|сч[её]т(?:ом|у)?|крипт\S*|биткоин\S*|чек\S*|карт\S*|налич\S*|кэш\S*|сбп|qr|юнион\S*|unionpay|american|амекс\S*|apple|google|samsung)(?![а-яё])/;

/** The item of a list fact that the question names: «картой Мир» → «Мир», «наличными» → «наличные». */
// brand names as a recogniser writes them in Cyrillic («визой», «мастеркардом», «эсбэпэ»)
const SPOKEN_BRANDS: [RegExp, string][] = [
  [/^виз[аоуы]\S*$/, 'visa'],
  [/^мастер\S*$/, 'mastercard'],
  [/^(?:эсбэпэ|сбп)\S*$/, 'сбп'],
];

function namedItem(fragment: string, question: string): string | null {
  const asked = normalizeText(question)
    .split(/[^а-яa-z0-9-]+/)
    .filter((w) => w.length >= 3)
    .map((w) => SPOKEN_BRANDS.find(([re]) => re.test(w))?.[1] ?? w);
  const tokens = fragment.match(/«[^»]+»|[A-Za-zА-ЯЁа-яё-]+/g) ?? [];
  for (const token of tokens) {
    const plain = normalizeText(token.replace(/[«»]/g, ''));
    if (plain.length < 3 || /^(банковские|карты|оплата|через|и)$/.test(plain)) continue;
    const stem = plain.slice(0, Math.min(4, plain.length));
    if (asked.some((w) => (plain.length <= 4 ? w === plain || w.startsWith(plain) : w.startsWith(stem)))) return token;
  }
  return null;
}

/** «картой можно?», «карточкой?»: a card of no brand, which a list with cards answers «да». */
function asksAnyCard(fragment: string, question: string): boolean {
  return /(?<![а-яё])карт/i.test(fragment) && /(?<![а-я])карт(?:а|ой|у|ы|очк\S*)(?![а-я])/.test(normalizeText(question));
}

/** A word in the instrumental case, agreeing in number and gender («банковские карты» → «банковскими картами»). */
function instrumental(word: string): string {
  const parse = loadedMorph()
    ?.parse(word)
    .find((p) => p.tags.has('nomn') && (p.tags.has('NOUN') || p.tags.has('ADJF')));
  if (!parse) return word;
  const number = parse.tags.has('plur') ? 'plur' : 'sing';
  const gender = number === 'sing' ? ['masc', 'femn', 'neut'].find((g) => parse.tags.has(g)) : undefined;
  const form = parse.parse.inflect(['ablt', number, ...(gender ? [gender] : [])]);
  // a predicted paradigm may cut the word («криптовалюта» → «валютой»): then the data's form stays
  return form && form.word.slice(0, 3) === word.toLowerCase().slice(0, 3) ? form.word : word;
}

/**
 * The hotel's payment methods (a list of nouns in the data: «банковские карты «Мир», Visa, Mastercard, оплата через
 * СБП и наличные») said as the ways to pay: «банковскими картами «Мир», Visa, Mastercard, через СБП или наличными».
 * Null when the dictionaries are not loaded.
 */
function paymentWays(list: string): string | null {
  if (!loadedMorph()) return null;
  const items = clauses(list).flatMap((item) => item.split(/\s+и\s+/));
  const said = items.map((item) => {
    // «оплата через СБП»: «оплатить» already says it
    const way = item.replace(/^оплат[аы]\s+(?=(?:через|по|с|в)\s)/i, '');
    // the leading Russian words are inflected; names in quotes or Latin letters stay as they are
    const words = way.split(/\s+/);
    let i = 0;
    while (i < words.length && /^[а-яё-]+$/.test(words[i]!)) i++;
    if (/^(через|по|с|в)$/i.test(words[0] ?? '')) return way;
    return [...words.slice(0, i).map(instrumental), ...words.slice(i)].join(' ');
  });
  return said.length > 1 ? `${said.slice(0, -1).join(', ')} или ${said.at(-1)}` : (said[0] ?? null);
}

function languagesAnswer(hotel: Hotel, question: string, yesNo: boolean): string {
  const spoken = (hotel.hotel.languages ?? []).map((code) => LANGUAGE_ADVERBS[code]?.adverb ?? code);
  const list = spoken.length > 1 ? `${spoken.slice(0, -1).join(', ')} и ${spoken.at(-1)}` : (spoken[0] ?? '');
  const t = normalizeText(question);
  const asked = Object.entries(LANGUAGE_ADVERBS).find(([code, l]) => code !== 'ru' && t.includes(l.stem));
  if (asked) {
    const known = (hotel.hotel.languages ?? []).includes(asked[0]);
    return known ? `Да, наши сотрудники говорят ${asked[1].adverb}.` : `Нет, ${asked[1].adverb} не говорим: наши сотрудники говорят ${list}.`;
  }
  return yesNo ? `Да, наши сотрудники говорят ${list}.` : `Наши сотрудники говорят ${list}.`;
}

/** «Наш адрес: набережная реки Фонтанки, дом 48.» — without the city the caller knows, the house said as one. */
export function addressSentence(hotel: Hotel): string {
  const city = hotel.hotel.city;
  let address = hotel.hotel.address ?? '';
  if (city && address.startsWith(`${city},`)) address = address.slice(city.length + 1).trim();
  address = address.replace(/, (\d+[а-яА-Я]?)$/, ', дом $1');
  return `Наш адрес: ${address}.`;
}

/** «До нас 7 минут пешком от станции метро …»; only the way asked about («от метро»), when the question names one. */
export function directionsSentence(hotel: Hotel, question = ''): string {
  const directions = hotel.hotel.directions ?? '';
  return speakable(sentence(`до нас ${partsNamed(directions, question) ?? directions}`));
}

/** A hotel fact phrased as the answer to this question. */
export function phraseFact(fact: Fact, question: string, hotel: Hotel, alsoSaid = false, before = ''): string {
  // a second fact said after the first one does not start with another «да»
  const yesNo = !alsoSaid && isYesNoQuestion(question);
  const h = hotel.hotel;
  const withAnswer = (text: string, yes: boolean) => (yesNo ? answerYesNo(yes, text) : text);
  switch (fact.id) {
    case 'check_in_time': {
      // «можно заселиться к одиннадцати?»: before the check-in time the early check-in rule answers
      const asked = yesNo ? askedMinutes(question, { kind: 'from', minutes: clockMinutes(h.check_in_time) }) : null;
      if (asked !== null && asked < clockMinutes(h.check_in_time))
        return beyondRegular(`заезд с ${h.check_in_time}`, hotel.policies?.['early_check_in'], question);
      return withAnswer(`Заезд с ${h.check_in_time}.`, true);
    }
    case 'check_out_time': {
      const asked = yesNo ? askedMinutes(question, { kind: 'until', minutes: clockMinutes(h.check_out_time) }) : null;
      if (asked !== null && asked > clockMinutes(h.check_out_time))
        return beyondRegular(`выезд до ${h.check_out_time}`, hotel.policies?.['late_check_out'], question);
      return withAnswer(`Выезд до ${h.check_out_time}.`, true);
    }
    case 'address':
      return addressSentence(hotel);
    case 'directions':
      return directionsSentence(hotel, question);
    case 'phone':
      return `Телефон ресепшена: ${h.phone}.`;
    case 'email':
      return `Наша почта: ${h.email}.`;
    case 'languages':
      return languagesAnswer(hotel, question, yesNo);
  }
  if (fact.roomType) {
    const room = hotel.room_types.find((r) => r.code === fact.roomType);
    if (room) return roomAnswer(room, question, hotel);
  }
  const fragment = fact.fragment ?? fact.text;
  if (fact.id === 'payment_methods') {
    const item = yesNo ? namedItem(fragment, question) : null;
    if (item) return `Да, ${item} принимаем.`;
    // «долларами можно?», «по безналу от организации?»: a way of paying the list does not have is a «нет»; a yes/no
    // that names no way at all («оплатить на месте можно?») gets the list, never a «да» the caller may take for
    // the way they had in mind
    const card = yesNo && asksAnyCard(fragment, question);
    const other = yesNo && !card && PAYMENT_MEANS.test(normalizeText(question));
    const ways = paymentWays(fragment);
    const list = ways ? `Оплатить можно ${ways}.` : `Подойдут ${fragment}.`;
    return card ? answerYesNo(true, list) : other ? answerYesNo(false, list) : list;
  }
  const part = askedPart(fragment, question, before);
  // the hours or the price alone already name what they are about («Сауна — 2500 рублей в час»)
  // «заезд в восемь утра можно?» against «ранний заезд с 10:00»: the clock decides
  const verdict = yesNo ? timeVerdict(part, question) : null;
  if (verdict && !verdict.yes) {
    const limit = verdict.bound.kind === 'from' ? `раньше ${verdict.bound.said}` : `позже ${verdict.bound.said}`;
    return `Нет, ${limit} не получится: ${lowerFirst(speakable(sentence(part)))}`;
  }
  const yes = verdict ? true : yesNo ? factPolarity(part, question) : null;
  // a bare noun left from a fact («лифт») is said as a service; the hours or the price of one are not
  const bare = part !== fragment && !PREDICATE.test(part) && !/\d/.test(part) && !PRICE.test(part) && !CONDITION.test(part);
  const said = speakable(fact.kind === 'service' && (part === fragment || bare) ? serviceSentence(part, yes === true) : sentence(part));
  return yes === null ? said : answerYesNo(yes, said);
}

/** Whether a rule answers a yes/no question «да» (the caller may) or «нет»; null when it depends. */
export function factPolarity(part: string, question: string): boolean | null {
  // «а если я не приеду, деньги вернут?»: a rule with several cases answers a question about one of them by
  // its terms, not with a «да» that the caller may take for the whole answer
  if (/(?<![а-яё])(если|а вдруг|в случае)(?![а-яё])/.test(normalizeText(question)) && clauses(part).length > 1) return null;
  const q = normalizeText(question);
  // «а вайфай платный?», «за неё платить надо?» are answered «нет» by «бесплатный», «это бесплатно?» «нет» by a price
  if (/(?<![а-яё])(?:платн|плати|платят|заплат|доплат|доплач|оплачива|за деньги)/.test(q) && /бесплатн/i.test(part)) return false;
  if (/бесплатн/.test(q) && !/бесплатн/i.test(part) && /\d\s*(?:рубл|₽)/.test(part)) return false;
  let negative = NEGATIVE.test(part.split(';')[0] ?? part);
  // «без предоплаты можно?» is answered «да» by «предоплата не требуется»
  if (/(?<![а-яё])без(?![а-яё])/.test(normalizeText(question))) negative = !negative;
  // a rule that allows only some cases («только с родителями») answers a question about the other cases
  if (/(?<![а-яё])только(?![а-яё])/.test(part)) {
    if (!/(?<![а-яё])(один|одна|одни|сам|сама|сами|без)(?![а-яё])/.test(normalizeText(question))) return null;
    negative = true;
  }
  return !negative;
}

const PET = /(собак|собач|кошк|кошеч|(?<![а-я])кот|питом|животн|(?<![а-я])п[её]с|щен)/;

/** A question about one room: its price, whether a pet may stay in it, or what it is like. */
export function roomAnswer(room: RoomType, question: string, hotel: Hotel): string {
  if (asksPrice(question)) return roomPriceSentence(room, hotel, question);
  if (room.pets_allowed !== undefined && PET.test(normalizeText(question))) {
    return room.pets_allowed ? `Да, в номер «${room.name}» можно с питомцем.` : `Нет, в номер «${room.name}» с питомцами нельзя.`;
  }
  return featureAnswer(room, question, hotel) ?? roomSentence(room);
}

/** What the rooms' own descriptions say of them (beds, view), as word stems. */
const features = (r: RoomType) => new Set(stems(`${r.beds ?? ''} ${r.view ?? ''}`));

/** The feature stems that tell rooms apart: every room has «кровать», only some «раздельные» or «диван». */
function distinctFeatures(rooms: readonly RoomType[]): Set<string> {
  const all = rooms.map(features);
  return new Set(all.flatMap((f) => [...f]).filter((w) => !all.every((f) => f.has(w))));
}

// a view asked about («с видом на реку», «окна на набережную»): the rooms whose data has a `view`
const VIEW_ASKED = /(?<![а-яё])(?:вид\S*|окн(?:а|ами|о) (?:\S+ )?(?:на|во|выход)\S*|панорам\S*)/;

/**
 * «номер с видом на реку», «где есть диван»: the rooms that have every feature asked (a view, or words of their
 * beds), or null when the question asks none. A room's alias that names a feature («номер с видом на реку») does not
 * make it the only one.
 */
export function roomsWithFeature(question: string, hotel: Hotel): RoomType[] | null {
  const t = normalizeText(question);
  const known = distinctFeatures(hotel.room_types);
  const asked = [...new Set(stems(question))].filter((w) => known.has(w));
  const view = VIEW_ASKED.test(t);
  const area = areaAsked(t);
  if (!view && asked.length === 0 && area === null) return null;
  return hotel.room_types.filter((r) => (!view || !!r.view) && (area === null || r.area_m2 === area) && asked.every((w) => features(r).has(w)));
}

// «который на тридцать восемь метров», «номер в сорок пять квадратов»: a room by its size (area_m2 in hotel.yml)
const AREA = /(?<![\d-])(\d{2,3}) ?(?:метр\S*|квадрат\S*|кв\.?(?: ?м\S*)?|м2|м²)(?![а-я])/;

/** The floor area named in a question, in square metres, or null. */
function areaAsked(t: string): number | null {
  const m = AREA.exec(numberize(t));
  return m ? Number(m[1]) : null;
}

/** Does the question ask about a feature the rooms' descriptions know («раздельные кровати», «диван»)? */
export function asksRoomFeature(question: string, rooms: readonly RoomType[]): boolean {
  const known = distinctFeatures(rooms);
  return stems(question).some((w) => known.has(w));
}

/**
 * «в стандарте бывают две раздельные кровати?», «в люксе есть вид на реку?»: the features asked that the rooms'
 * descriptions know (data/hotel.yml) decide a yes or a no, and a no names the rooms that have them.
 */
function featureAnswer(room: RoomType, question: string, hotel: Hotel): string | null {
  if (!isYesNoQuestion(question)) return null;
  const known = distinctFeatures(hotel.room_types);
  const asked = [...new Set(stems(question))].filter((w) => known.has(w));
  if (asked.length === 0) return null;
  const has = (r: RoomType) => asked.every((w) => features(r).has(w));
  if (has(room)) return answerYesNo(true, roomSentence(room));
  const others = hotel.room_types.filter(has).map((r) => `«${r.name}»`);
  const where = others.length > 1 ? `в номерах ${others.slice(0, -1).join(', ')} и ${others.at(-1)}` : `в номере ${others[0]}`;
  return `${answerYesNo(false, roomSentence(room))}${others.length ? ` Такое есть ${where}.` : ''}`;
}

/** «Чем отличаются номера?»: each room, cheapest first, by its size, guests, view and price a night. */
export function roomDifferencesSentence(hotel: Hotel, among: readonly RoomType[] = hotel.room_types): string {
  const c = hotel.hotel.currency;
  const rooms = [...among].sort((a, b) => a.price_weekday - b.price_weekday);
  const items = rooms.map((r) => {
    const parts = [r.area_m2 ? `${r.area_m2} м²` : null, `до ${r.max_guests} гостей`, r.view ?? null, `от ${money(r.price_weekday, c)}`].filter(
      (x): x is string => !!x,
    );
    return `«${r.name}» — ${parts.join(', ')}`;
  });
  return `${items.join('; ')}.`;
}

/** «Номер «Люкс»: до 2 гостей, 45 м², кровать king-size, гостиная, вид на Фонтанку.» */
export function roomSentence(room: RoomType): string {
  const parts = [`до ${room.max_guests} гостей`];
  if (room.area_m2) parts.push(`${room.area_m2} м²`);
  if (room.beds) parts.push(room.beds);
  if (room.view) parts.push(room.view);
  return `Номер «${room.name}»: ${parts.join(', ')}.`;
}

/** «Номер «Люкс» — 16 000 рублей за ночь в будни, 18 000 в выходные.» */
export function roomPriceSentence(room: RoomType, hotel: Hotel, question = ''): string {
  const c = hotel.hotel.currency;
  if (room.price_weekday === room.price_weekend) return `Номер «${room.name}» — ${money(room.price_weekday, c)} за ночь.`;
  // «а по будням?», «в выходные сколько?»: the price of the nights asked
  const q = normalizeText(question);
  if (WEEKEND_ASKED.test(q) !== WEEKDAY_ASKED.test(q)) {
    const weekend = WEEKEND_ASKED.test(q);
    return `Номер «${room.name}» ${weekend ? 'в выходные' : 'в будни'} — ${money(weekend ? room.price_weekend : room.price_weekday, c)} за ночь.`;
  }
  return `Номер «${room.name}» — ${money(room.price_weekday, c)} за ночь в будни, ${money(room.price_weekend, c)} в выходные.`;
}

/** «сколько стоит номер?»: the cheapest room for the party, and that there are others. */
export function cheapestRoomSentence(hotel: Hotel, adults?: number | null): string {
  const fitting = hotel.room_types.filter((r) => !adults || r.max_guests >= adults);
  const rooms = [...(fitting.length ? fitting : hotel.room_types)].sort((a, b) => a.price_weekday - b.price_weekday);
  const cheapest = rooms[0];
  if (!cheapest) return 'Цены на номера подскажут на ресепшене.';
  const c = hotel.hotel.currency;
  const weekend = cheapest.price_weekend !== cheapest.price_weekday ? `, в выходные ${money(cheapest.price_weekend, c)}` : '';
  const others = rooms.length > 1 ? ' Есть и другие номера, просторнее.' : '';
  return `Самый доступный — «${cheapest.name}»: ${money(cheapest.price_weekday, c)} за ночь в будни${weekend}.${others}`;
}

/** The whole list on request: «Стандарт» от 6 500, «Комфорт» от 8 900 … */
export function roomListSentence(hotel: Hotel, except: string[] = []): string {
  const c = hotel.hotel.currency;
  const rooms = hotel.room_types.filter((r) => !except.includes(r.code)).sort((a, b) => a.price_weekday - b.price_weekday);
  const items = rooms.map((r, i) => `«${r.name}» — от ${i === rooms.length - 1 ? money(r.price_weekday, c) : groupDigits(r.price_weekday)}`);
  const list = items.length > 1 ? `${items.slice(0, -1).join(', ')} и ${items.at(-1)}` : (items[0] ?? '');
  return `${except.length ? 'Ещё есть' : 'Номера у нас такие'}: ${list} за ночь.`;
}
