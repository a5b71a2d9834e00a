// «ранний заезд в комфорт сколько будет стоить»: a rule priced as a share of the night («за 50% стоимости ночи» in
// data/hotel.yml) asked for a room: the rule, then what that share is for the room's weekday and weekend nights.
import { money } from '../../hotel/format-ru.ts';
import type { Hotel } from '../../hotel/types.ts';
import type { KnowledgeAnswer } from './answer-types.ts';
import { indexOf } from './fact-lookup.ts';
import { phraseFact } from './phrasing.ts';

const SHARE_OF_NIGHT = /(\d+(?:[.,]\d+)?)\s*%\s*стоимости ночи/;

/** The rule the question names, priced for the room when the rule states a share of the night; null otherwise. */
export function nightShareAnswer(question: string, hotel: Hotel, roomCode: string): KnowledgeAnswer | null {
  const rule = indexOf(hotel)
    .search(question, 3)
    .find((h) => !h.fact.roomType);
  const share = rule?.named ? SHARE_OF_NIGHT.exec(rule.fact.text) : null;
  const room = hotel.room_types.find((r) => r.code === roomCode);
  if (!rule || !share || !room) return null;
  const part = Number(share[1]!.replace(',', '.')) / 100;
  const c = hotel.hotel.currency;
  const [weekday, weekend] = [room.price_weekday, room.price_weekend].map((p) => Math.round(p * part));
  const prices = weekday === weekend ? money(weekday!, c) : `${money(weekday!, c)} в будни, ${money(weekend!, c)} в выходные`;
  return { text: `${phraseFact(rule.fact, question, hotel)} В номере «${room.name}» это ${prices}.`, sources: [rule.fact.id, `room_${room.code}`] };
}
