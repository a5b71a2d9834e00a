// A thing asked for a child («сколько стоит завтрак для ребёнка», «кроватка для малыша есть?», «скидки детям есть?»):
// whom it is for names no topic. The thing decides — a service or a rule about it answers, and a thing the hotel's
// facts do not know is not the rule for children that «ребёнок» alone would meet.
import type { Hotel } from '../../hotel/types.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { KnowledgeAnswer } from './answer-types.ts';
import { indexOf, MIN_SCORE } from './fact-lookup.ts';
import { topicalWords, withoutBeneficiary } from './follow-up.ts';
import { phraseFact } from './phrasing.ts';

// the rules about children: what «для ребёнка» alone would meet
const CHILD_FACTS = new Set(['guests_counting', 'minors', 'baby_cot']);
// a room, a place or a bed for a child is about the rooms and the rule for children after all
const ROOM_THINGS = /(?<![а-я])(?:номер|комнат|мест|кроват|кроватк)/;

/**
 * `answer`: the service or rule the thing asked for a child meets; `unknown`: the thing is none the facts know (the
 * caller hears that there is no information, after a child's age, which childAgeAnswer reads first). Null: no child
 * named as whom it is for.
 */
export function thingForChild(question: string, hotel: Hotel, asksPrice: boolean): { answer?: KnowledgeAnswer; unknown?: boolean } | null {
  const rest = withoutBeneficiary(question);
  if (rest === normalizeText(question)) return null;
  const top = indexOf(hotel).search(rest, 1)[0];
  if (top?.named && (top.fact.kind === 'service' || top.fact.kind === 'policy') && top.score >= MIN_SCORE * 2)
    return { answer: { text: phraseFact(top.fact, rest, hotel), sources: [top.fact.id] } };
  // (numbers are ages, no thing)
  const thing = topicalWords(numberize(rest))
    .split(' ')
    .filter((w) => w && !/^\d/.test(w));
  const unknown = thing.length > 0 && (!top || top.score < MIN_SCORE) && !asksPrice && !ROOM_THINGS.test(rest);
  return { unknown: unknown && CHILD_FACTS.has(indexOf(hotel).search(question, 1)[0]?.fact.id ?? '') };
}
