// A long first turn: a greeting, who the caller is, how she found the hotel, where she is going and why — and only
// then the request («…я к сыну еду на неделю, хочу у вас номер снять»). The story's words (a city, a relative, a
// meal, «ваш телефон мне дали») look like questions about the hotel to readers that see the whole turn; the request
// at its end is what the caller called for. This module finds that request in a long turn so the intent is read
// from it; the values (dates, party) are still read from the whole turn by their own readers.
import { normalizeText } from '../lang-ru/text.ts';

const L = '(?<![а-я])';
// what a caller wants, in the words that open a request
const WANT = `(?:хочу|хотим|хотела?|хотели|хотелось|хочется|нужен|нужна|нужно|нужны|надо|нам бы|мне бы|можно|планиру\\S*|собира\\S*|интересу\\S*|подскажите|скажите)`;
// …a room or a stay
const STAY = `(?:номер\\S*|комнат\\S*|сняти\\S*|снять|остановиться|поселиться|заселиться|переночевать|пожить|проживани\\S*)`;
// a booking verb needs nothing wanted before it
const BOOKING = `(?:заброн\\S*|брониров\\S*|оформ\\S* (?:номер|бронь)|забукать)`;
// …nor does a booking the caller has, cancelled or moved («командировку перенесли, надо снять его бронь»)
const MANAGING = `(?:отмен\\S*|аннулир\\S*|снять|снимите|перенест\\S*|перенесите|измен\\S*|поменя\\S*|продл\\S*)(?: \\S+){0,3} (?:брон\\S*|бронировани\\S*|заказ\\S*)`;
const REQUEST = new RegExp(`${L}(?:${WANT}(?: \\S+){0,4} ${STAY}|${STAY}(?: \\S+){0,2} ${WANT}|${BOOKING}|${MANAGING})(?![а-я])`, 'g');

/** The turn must be long, and the request must come after the story, for the story to be set aside. */
const LONG_TURN_WORDS = 14;
const STORY_WORDS = 6;

/**
 * The request of a long turn that tells a story first, from the last request said on (its question, if it asks
 * one after it, included); null when the turn is short or opens with its request.
 */
export function requestAfterStory(text: string): string | null {
  const t = normalizeText(text)
    .replace(/[!?.,;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = t.split(' ');
  if (words.length < LONG_TURN_WORDS) return null;
  let start = -1;
  for (const m of t.matchAll(REQUEST)) start = m.index;
  if (start < 0) return null;
  const before = t.slice(0, start).trim().split(' ').filter(Boolean).length;
  if (before < STORY_WORDS) return null;
  return t.slice(start);
}

/**
 * «вы робот, наверное? ну ладно, мне нужен номер на одного…»: the request said after an aside, from the last request
 * on, whatever the turn's length; null when the turn holds no request for a room.
 */
export function requestSaid(text: string): string | null {
  const t = normalizeText(text)
    .replace(/[!?.,;:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let start = -1;
  for (const m of t.matchAll(REQUEST)) start = m.index;
  return start < 0 ? null : t.slice(start);
}
