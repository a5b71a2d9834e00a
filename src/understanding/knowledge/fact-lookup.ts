// The hotel's facts searched (one index per hotel data), and the answer when none is found.
import type { Hotel } from '../../hotel/types.ts';
import type { KnowledgeAnswer } from './answer-types.ts';
import { hotelFacts } from './facts.ts';
import { FactIndex } from './search.ts';

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
