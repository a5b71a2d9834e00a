// The hotel's facts searched (one index per hotel data), and the answer when none is found.
import type { Hotel } from '../../hotel/types.ts';
import type { KnowledgeAnswer } from './answer-types.ts';
import { hotelFacts } from './facts.ts';
import { FactIndex, type Hit } from './search.ts';
import { withoutStory } from './story.ts';

export const MIN_SCORE = 1.5;

const indexes = new WeakMap<Hotel, FactIndex>();
export function indexOf(hotel: Hotel): FactIndex {
  let idx = indexes.get(hotel);
  if (!idx) {
    idx = new FactIndex(hotelFacts(hotel));
    indexes.set(hotel, idx);
  }
  return idx;
}

export function noInformation(hotel: Hotel): KnowledgeAnswer {
  return { text: `К сожалению, у меня нет точной информации об этом. Уточните, пожалуйста, на ресепшене по телефону ${hotel.hotel.phone}.`, sources: ['none'] };
}

/** Does the question name a non-room topic strongly (so «можно ли в люкс с собакой» is about pets)? */
export function hasOtherTopic(question: string, hotel: Hotel): boolean {
  const top = indexOf(hotel).search(question, 1)[0];
  return !!top && !top.fact.roomType && top.score >= MIN_SCORE * 2;
}

/** Does the text name a hotel topic by a word of its own («почту», «прачечная»), strongly, and not a room? */
export function namesTopic(text: string, hotel: Hotel): boolean {
  const top = indexOf(hotel).search(text, 1)[0];
  return !!top && top.named && !top.fact.roomType && top.score >= MIN_SCORE * 2;
}

/**
 * The facts a question is about (met in what they are about, not only in their wording), best first. A story told
 * around the question («прилетаем в обед, с какого времени заселение») brings circumstances, not the topic: the
 * question without it decides, when it finds a fact on its own that the story's words alone brought in the whole.
 */
export function factsAsked(question: string, hotel: Hotel, limit = 3): { question: string; hits: Hit[] } {
  const index = indexOf(hotel);
  const hits = index.search(question, limit).filter((h) => h.onTopic);
  const rest = withoutStory(question);
  const whole = hits[0];
  if (!rest || !whole) return { question, hits };
  const own = index.search(rest, limit).filter((h) => h.onTopic);
  const top = own[0];
  const strong = !!top && !top.fact.roomType && top.score >= MIN_SCORE * 2;
  return strong && !own.some((h) => h.fact.id === whole.fact.id) ? { question: rest, hits: own } : { question, hits };
}
