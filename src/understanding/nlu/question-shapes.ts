// A message asked as a question rather than said as an answer: question words, asking whether something is allowed,
// a room wish asked about rather than chosen. Voice transcripts carry no question marks, so the words decide.
import { normalizeText } from '../lang-ru/index.ts';
import { COST_VERB, PRICE_NOUN, PRICE_QUESTION } from '../lang-ru/price-words.ts';

// «самый дешёвый, какой есть», «подешевле, какой найдётся»: «какой» right after a wish says whichever it is, no question
const WISH_BEFORE = String.raw`(?:сам\S* \S+|подешевле|дешевле|попроще|побольше|\S+ всех|любой)[ ,]+(?:из (?:тех|них|всех|номеров)[ ,]+)?`;

// Question words: «сколько стоит люкс?» asks about the suite even while the room type is being asked
// («какой подешевле» is a wish: whichever is cheaper).
export const ASKING = new RegExp(
  String.raw`(?<![а-я])(сколько|${PRICE_QUESTION}|(?<!${WISH_BEFORE})(?:какая|какой|какие)(?![а-я])(?!(?:-нибудь|-то)? (?:\S+ )?(?:подешевле|дешевле|попроще|побольше|поменьше|получше|подороже|потише)(?![а-я]))|каков\S*|есть ли|где|когда|во сколько|до скольки|со скольки|до какого|с какого|в котором часу|до которого|с которого|почему|зачем|чем отлича\S*|что входит|входит ли|можно ли|нужн\S* ли|а если|счита(?:ется|ются)|учитыва(?:ется|ются))(?![а-я])`,
);

// «можно?», «пускаете?», «разрешается?»: asking whether something is allowed (a voice transcript has no «?»)
// («поместимся», «влезем», «подойдёт»: whether the party fits)
export const ALLOWED_ASKED =
  /(?<![а-я])(?:можно|нельзя|разреш\S*|пускаете|пустите|берете|примете|допускается|ничего|помест\S*|умест\S*|влез\S*|разместит\S*|хватит|подойд\S*)(?![а-я])/;

// «а если …», «а сколько …», «а что если …»: a question about other terms, not an answer
// («а на двоих?» narrows the stay offered: a yes with that party)
// (the price words: lang-ru/price-words.ts)
export const WHAT_IF = new RegExp(`(?<![а-я])(?:если|сколько|во сколько|${PRICE_QUESTION}|${PRICE_NOUN}|${COST_VERB})(?![а-я])`);

// «а какой подешевле?», «который из них больше?» ask about the rooms; «давайте подешевле», «какой-нибудь попроще»,
// «самый дешёвый» choose one
const PREFERENCE_ASKED = /(?<![а-я])(?:как(?:ой|ая|ое|ие)|котор(?:ый|ая|ое|ые)|где|чем|в каком)(?![а-я-])/;
const CHOOSING = /(?<![а-я])(?:давайте|давай|возьм\S*|беру|берём|хочу|хотим|выбира\S*|выберу|оформ\S*|бронируй\S*|пусть будет|подойд[её]т|любой)(?![а-я])/;

// «самый дешёвый, какой есть», «подешевле из тех, что остались»: «какой есть» after the wish says whichever it is —
// the choice, not a question about the rooms
const WISH_THEN_WHICHEVER = new RegExp(
  `${WISH_BEFORE}(?:как(?:ой|ая|ое)|котор(?:ый|ая|ое)|что)(?: (?:там|у вас|вообще|только|сейчас|еще|ещё|свободн\\S*))* (?:есть|найд[её]тся|остал\\S*|свобод\\S*|будет|имеется)(?![а-я])`,
);

/** A price or size wish asked as a question («а какой подешевле?») rather than said as the choice. */
export function asksRoomPreference(text: string): boolean {
  const t = normalizeText(text);
  return (text.includes('?') || PREFERENCE_ASKED.test(t)) && !CHOOSING.test(t) && !WISH_THEN_WHICHEVER.test(t);
}
