// A message the intent model took for small talk, a request to stop or repeat, or nothing it knows, that asks
// about one of the hotel's facts all the same: «раскладушку дадите», «сауну надо заранее бронировать», «где
// хранить багаж, если поезд вечером». The fact decides: the words of the message meet one fact strongly, and
// most of them meet it. A trained classifier with a few hundred lines cannot know every object callers name; the
// hotel's own facts (and their synonyms, synonyms.ts) do.
import { normalizeText } from '../lang-ru/text.ts';
import type { RoomType } from '../../hotel/types.ts';
import { extractRoomType } from '../lang-ru/rooms.ts';
import { isElliptic } from './follow-up.ts';
import { asksRoomFeature } from './room-phrasing.ts';
import type { FactIndex } from './search.ts';

// intents that never carry a hotel question of their own: what the model says when it does not know
const ASIDE_INTENTS = new Set(['out_of_scope', 'stop', 'repeat', 'chitchat']);
// a question without a question mark (the recogniser writes none): a question word, a verb a yes/no question
// about a rule is asked with («он может жить один», «это входит»), or the hotel addressed («детей считаете?»,
// «залог берёте?»: a present-tense «вы» form; the imperative ends in «-ите»)
const ASKS =
  /(?<![а-я])(?:ли|что|чем|где|когда|куда|сколько|скольки|какой|какая|какое|какие|как|можно|нельзя|может|могут|сможет|смогу|разрешено|разрешается|положено|полагается|входит|включен\S*|предусмотрен\S*|бывает|бывают|имеется|имеются|[а-я]{3,}[её]те)(?![а-я])/;
// … or one asked about a service, which a request shares («нужен номер», «дадите ключи»): only for a message the
// model took for small talk or nothing
const ASKS_FOR = /(?<![а-я])(?:нужно|нужен|нужна|надо|есть|будет|дадите|даете|дают|дадут|принимаете|пускаете|пустите|селите|заселяете|предоставляете)(?![а-я])/;
// the top fact's score that is strong evidence (BM25 over the facts, search.ts); then a word of the message must
// name the fact («сауну»), or most of its words meet it («в какой театр сходить вечером» meets only «вечером»)
const STRONG = 2.5;
const SHARE = 0.5;
const SURE = 0.8;
const UNSURE = 0.5;

/**
 * Whether a message the model placed as `intent` asks about a hotel fact instead. Outside a flow a guest's details
 * said as a question («моему сыну шестнадцать, он может жить один?») are a question too; inside one they answer it.
 */
export function asksHotelFact(index: FactIndex, text: string, intent: string, confidence: number, inFlow: boolean, rooms: readonly RoomType[] = []): boolean {
  // … or anything the model is unsure of, asked as a question outside a flow
  const unsure = confidence < UNSURE && !inFlow;
  const aside = ASIDE_INTENTS.has(intent) || (intent === 'inform' && !inFlow) || unsure;
  if (!aside) return false;
  const t = normalizeText(text);
  // the model knew nothing: a hotel topic said on the hotel's line is a question about it
  const asks = text.includes('?') || ASKS.test(t) || (intent !== 'inform' && ASIDE_INTENTS.has(intent) && ASKS_FOR.test(t));
  if (intent !== 'out_of_scope' && !asks) return false;
  const top = index.search(text, 1)[0];
  // a room named is a question about it when the model took it for nothing else («что такое люкс»), or when a
  // feature of the rooms is asked with a question word («в стандарте бывают раздельные кровати?»), not a booking
  if (top?.fact.roomType && intent === 'inform' && !(ASKS.test(t) && asksRoomFeature(t, rooms))) return false;
  // a request the model is sure lies elsewhere («посоветуйте ресторан грузинской кухни в городе») must be mostly
  // about the fact, not only name it
  const named = top?.named && (intent !== 'out_of_scope' || confidence < SURE);
  return !!top && top.score >= STRONG && (!!named || index.matchedShare(text, top.fact) >= SHARE);
}

/**
 * «а в субботу?» right after «во сколько завтрак?», outside a flow: a follow-up to the caller's previous question
 * (follow-up.ts) that, read with it, asks about a fact or a room — not a date for a booking.
 */
export function followsUpFact(index: FactIndex, text: string, previous: string | undefined, inFlow: boolean, rooms: readonly RoomType[] = []): boolean {
  if (inFlow || !previous || !isElliptic(text, (w) => namesRoom(w, rooms))) return false;
  const top = index.search(`${text} ${previous}`, 1)[0];
  return !!top && top.onTopic && top.score >= STRONG;
}

/** Does this word name one of the room types (not a wish such as «подешевле»)? */
export function namesRoom(word: string, rooms: readonly RoomType[]): boolean {
  const room = extractRoomType(word, rooms);
  return !!room && !room.byPreference;
}
