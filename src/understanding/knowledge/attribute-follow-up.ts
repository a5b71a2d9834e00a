// A short follow-up of attribute words («а сколько человек?», «а штраф какой?») read as the fact asked a moment ago.
import type { Hotel } from '../../hotel/types.ts';
import { extractRoomType } from '../lang-ru/rooms.ts';
import { splitOpening, usualForms } from '../lang-ru/spoken.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { KnowledgeAnswer } from './answer-types.ts';
import { hasOtherTopic, indexOf, MIN_SCORE } from './fact-lookup.ts';
import { followsTopic, topicalWords } from './follow-up.ts';
import { phraseFact } from './phrasing.ts';
import { shapedQuestion } from './topics.ts';

// words that ask about an attribute of something, not about a topic of their own
const ATTRIBUTES = new Set(
  'а и на за в сколько человек людей гостей стоит стоить стоимость цена почем по чем штраф будет есть время часы работает работают открыт открыта открыто до со с скольки во когда можно нужно надо заранее долго ли там это он она оно они её ее его их тоже тогда еще ещё как какой какая какие записываться запись'.split(
    ' ',
  ),
);

/** «а сколько человек?»: attribute words only, answered by followUp for the fact asked before. */
export function onlyAttributes(question: string): boolean {
  const words = normalizeText(question)
    .replace(/[?!.,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.every((w) => ATTRIBUTES.has(w));
}

/** Did this message ask about a fact or a room (so a follow-up may refer to it)? */
export function asksSomething(text: string, hotel: Hotel): boolean {
  const q = usualForms(splitOpening(text).rest);
  const room = extractRoomType(q, hotel.room_types);
  return hasOtherTopic(q, hotel) || !!(room && !room.byPreference) || shapedQuestion(q) !== null;
}

const WHEN_ASKED = /(?<![а-я])(?:когда|во сколько|в какой момент|до скольки|со скольки|с какого времени)(?![а-я])/;
const HOW_ASKED = /(?<![а-я])(?:как(?! (?:насч[её]т|долго|далеко|часто|поздно|рано|много|дорого|близко))|чем|каким образом|какими способами)(?![а-я])/;

/** Whether a question asks when or how (the manner), or neither. */
function questionAspect(t: string): 'when' | 'how' | null {
  return WHEN_ASKED.test(t) ? 'when' : HOW_ASKED.test(t) ? 'how' : null;
}

/** A short question made only of attribute words after a question about one fact: that fact, for this question. */
export function followUp(question: string, history: string[], hotel: Hotel): KnowledgeAnswer | null {
  const t = normalizeText(question)
    .replace(/[?!.,]/g, ' ')
    .trim();
  const words = t.split(/\s+/).filter(Boolean);
  // «а сколько человек?» follows up by its «а»; «сколько это стоит?» by the pronoun that points back
  const pointsBack = /^(?:а|и)\s/.test(t) || /(?<![а-я])(?:это|он|она|оно|они|е[её]|его|их)(?![а-я])/.test(t);
  const attributesOnly = pointsBack && words.length <= 6 && words.every((w) => ATTRIBUTES.has(w));
  const previous = history.at(-1);
  if (!previous) return null;
  const before = usualForms(splitOpening(previous).rest);
  const top = indexOf(hotel).search(before, 1)[0];
  if (!top || top.fact.roomType || top.score < MIN_SCORE * 2) return null;
  // «а какой штраф?» after smoking, «а за неё платить надо?» after the cot: the topic before, not a keyword's other fact
  const own = indexOf(hotel).search(topicalWords(question), 12);
  // «когда платить?» then «а как оплатить?»: the same topic asked in another aspect (when → how) is the fact the
  // question finds itself, not the one just said
  const asked = questionAspect(t);
  if (asked && own[0] && own[0].fact.id !== top.fact.id && questionAspect(normalizeText(before)) && asked !== questionAspect(normalizeText(before)))
    return null;
  if (!attributesOnly && !followsTopic(question, own, top, indexOf(hotel).search(`${before} ${question}`, 1)[0])) return null;
  // «сколько это стоит?» after «из аэропорта встречаете?»: the alternative named before
  return { text: phraseFact(top.fact, question, hotel, false, previous), sources: [top.fact.id] };
}
