// «хочу забронировать стандарт с 5 по 7 декабря, и ещё скажите, сколько стоит трансфер с вокзала?»: the booking
// is started by the understanding; the knowledge answer is for the question part alone, or it would price the
// room of the booking clause instead of the transfer asked about.
import { loadedMorph } from '../lang-ru/morph.ts';
import { normalizeText } from '../lang-ru/text.ts';

// where one request ends and another begins: a sentence end, «и ещё», «кстати», «а скажите», «, а …»
const BOUNDARY =
  /[.!?;]+\s*|,?\s+(?:и|а) ещ[её](?: (?:скажите|подскажите|вопрос|спрошу|узнать))?,?\s+|,?\s+кстати,?\s+|,?\s+(?:и|а) (?:также |заодно )?(?:скажите|подскажите)(?: пожалуйста)?,?\s+|,\s+а\s+/;
const BOOKS = /(?<![а-я])(?:заброниру\S*|забронировать|брониру\S*|оформ\S*|(?:нужен|хочу|снять|сниму) (?:\S+ )?номер\S*)(?![а-я])/;
const ASKS = /(?<![а-я])(?:сколько|почем|какой|какая|какие|когда|где|есть ли|можно ли|во сколько|как)(?![а-я])|\?/;

/** A message that asks to book and asks a question besides, in its two parts; null for anything else. */
export function bookingAndQuestion(message: string): { booking: string; question: string } | null {
  const clauses = message
    .split(BOUNDARY)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length < 2) return null;
  const books = (c: string) => BOOKS.test(normalizeText(c)) && !ASKS.test(normalizeText(c));
  const booking = clauses.filter(books);
  const questions = clauses.filter((c) => !books(c));
  return booking.length && questions.length ? { booking: booking.join('. '), question: questions.join('. ') } : null;
}

/** The question of a message that also asks to book; the message itself when it holds nothing else. */
export function questionPart(message: string): string {
  return bookingAndQuestion(message)?.question ?? message;
}

// the words a question opens with («можно ли», «во сколько», «где»…)
const QUESTION_WORD =
  '(?:можно ли|можно|есть ли|нужно ли|надо ли|сколько|скольких|скольким|когда|где|куда|откуда|во сколько|до скольки|со скольки|с какого|до какого|какой|какая|какое|какие|каков\\S*|как|почем|почём|(?:по)?(?:раньше|ранее|позже|позднее|дольше))(?![а-я])';
// «во сколько заселение и можно ли раньше», «курить можно? а ещё до скольки сауна», «до скольки она и на сколько
// человек»: a second question joined by «и» or «а», «и ещё», «а также», «кстати» (said before a question word, which
// may follow a preposition, or before anything when «ещё» marks it)
const JOINED = new RegExp(
  `,?\\s+(?:(?:и|а)\\s+(?:ещ[её]|также|заодно|кстати)(?:,?\\s+(?:скажите|подскажите|вопрос))?|кстати|(?:и|а)\\s+(?:скажите|подскажите))(?:\\s+пожалуйста)?,?\\s+|[?;]\\s*|,?\\s+(?:и|а)\\s+(?=(?:(?:на|за|для|с|от|по|из)\\s+)?${QUESTION_WORD})`,
);
// a question word inside a message, where a second question said without any joiner may start («адрес какой у вас
// во сколько завтрак»)
const INNER_QUESTION = new RegExp(`\\s(?=(?:во сколько|до скольки|со скольки|где|сколько|как(?:ой|ая|ое|ие)|можно ли|есть ли)(?![а-я]))`, 'g');
const OWN_QUESTION = new RegExp(`(?<![а-я])${QUESTION_WORD}|\\?`);
// … or a yes/no question or a request to the hotel: «с животными пускаете», «парковка есть», «продиктуйте адрес»
// («завтрак включён», «сауна работает», «трансфер бывает»: a state asked of the thing, said as a statement)
const ASKS_HOTEL = new RegExp(
  `(?<![а-я])(?:${QUESTION_WORD}|[а-я]{3,}[её]те(?![а-я])|есть(?![а-я])|(?:включ[её]н|входит|работа[ею]т|бывает|платн|бесплатн)[а-я]*|(?:подскаж|скаж|продикту|назов|дайте)[а-я]*)|\\?`,
);
// «адрес и телефон», «вайфай есть и камера хранения»: two things asked, joined by «и» alone
const AND = /\sи\s/g;
const YES_NO_END = /(?<![а-я])(?:[а-я]{3,}[её]те|есть)(?=\s)/g;

/** The questions of a message that asks two or three at once, joined by words; the message alone otherwise. */
export function questionClauses(message: string): string[] {
  const parts = message
    .split(JOINED)
    .map((c) => c.trim())
    // «а кстати, …» at the start opens the message, it joins nothing
    .filter((c) => c && !/^(?:а|и|ну)$/i.test(c));
  return parts.length >= 2 && parts.length <= 3 ? parts : [message];
}

/**
 * The ways a message said without a joiner may be two questions: each split before an inner question word that
 * leaves a question on both sides («какой у вас адрес во сколько завтрак»), and each split at a bare «и» («ваш адрес и
 * телефон»). The caller keeps a split only when each
 * part finds an answer of its own.
 */
export function juxtaposedQuestions(message: string, namesTopic: (text: string) => boolean = () => true): [string, string][] {
  const topicNoun = (text: string) => {
    // («а адрес …»: the conjunction that opens the message is not its first word)
    const first = loadedMorph()?.parse(text.replace(/^(?:а|и|ну)\s+/, '').split(' ')[0] ?? '')[0]?.tags;
    return !first || first.has('NOUN') || first.has('ADJF');
  };
  const t = normalizeText(message);
  const out: [string, string][] = [];
  for (const m of t.matchAll(INNER_QUESTION)) {
    const first = t.slice(0, m.index).trim();
    const second = t.slice(m.index).trim();
    // «во сколько» splits before «во», never inside it; both halves ask something
    if (/(?<![а-я])(?:во|до|со|с|и|а)$/.test(first) || !OWN_QUESTION.test(first) || first.split(' ').length < 2) continue;
    out.push([first, second]);
  }
  // «с питомцами пускаете завтрак во сколько»: a yes/no question ends at its verb, and the next one starts after it
  for (const m of t.matchAll(YES_NO_END)) {
    const at = m.index + m[0].length;
    const first = t.slice(0, at).trim();
    const second = t.slice(at).trim();
    if (first.split(' ').length >= 2 && ASKS_HOTEL.test(first) && OWN_QUESTION.test(second) && namesTopic(first) && namesTopic(second))
      out.push([first, second]);
  }
  for (const m of t.matchAll(AND)) {
    const first = t.slice(0, m.index).trim();
    const second = t.slice(m.index + m[0].length).trim();
    // (each side names a topic of its own, the first asks it, the second is a noun phrase: «нас трое и ребёнок», «в
    // семь утра и сразу заселиться», «мы с мужем и ребёнок» are one question)
    // (or a question of its own: «с собакой можно и курить в номере можно»)
    // (or two things named and nothing else: «почта и телефон», «телефон ресепшена и адрес почты»)
    const asks = ASKS_HOTEL.test(first) || (topicNoun(first) && topicNoun(second) && t.split(' ').length <= 8);
    if (first && second && asks && (topicNoun(second) || ASKS_HOTEL.test(second)) && namesTopic(first) && namesTopic(second)) out.push([first, second]);
  }
  return out;
}

/**
 * «во сколько заезд и выезд», «время заселения и выселения»: two topic nouns joined by «и» under one question are two
 * questions, each with the words around the pair; `topicOf` names the fact a lone word is about (null: none). Null when
 * the pair is not two different topics.
 */
export function coordinatedTopics(message: string, topicOf: (word: string) => string | null): [string, string] | null {
  const t = normalizeText(message).replace(/[?!.]+$/, '');
  for (const m of t.matchAll(/(?<![а-яё])([а-яё-]{4,}) и ([а-яё-]{4,})(?![а-яё])/g)) {
    const [pair, left, right] = m as unknown as [string, string, string];
    const a = topicOf(left);
    const b = topicOf(right);
    if (!a || !b || a === b) continue;
    return [t.replace(pair, left), t.replace(pair, right)];
  }
  return null;
}
