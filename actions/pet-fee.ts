// A pet booked with the room: it is said in the booking's summary and its fee, as the pets policy of data/hotel.yml
// states it («2000 рублей за всё проживание», or so much a night), is added to the total the caller hears. Only a
// pet the chosen room takes is booked (pets_allowed; one over the weight limit was refused and cleared before).
import type { ActionCall } from '../src/engine/actions.ts';
import type { Hotel, RoomType } from '../src/hotel/types.ts';
import { petMention } from '../src/understanding/knowledge/topics.ts';
import { slotText } from './services.ts';

/** The pet's fee for a stay of so many nights, from the pets policy; null when the policy names no price. */
export function petFee(hotel: Hotel, nights: number): number | null {
  const m = /(\d[\d\s]*)\s*(?:рубл\S*|₽)([^,;.]*)/.exec(hotel.policies['pets'] ?? '');
  if (!m) return null;
  const amount = Number(m[1]!.replace(/\s/g, ''));
  // «500 рублей в сутки», «за ночь»: so much a night; otherwise for the whole stay
  return /(?:сут|ноч|день|дня)/.test(m[2] ?? '') && !/вс[её] прожив/.test(m[2] ?? '') ? amount * nights : amount;
}

/** Whether the booking brings a pet the room takes. */
export function petBooked(call: ActionCall, room: RoomType | undefined): boolean {
  return !!room && room.pets_allowed === true && petMention(slotText(call, 'pet') ?? '') !== null;
}
