// A pet set against the party as well as the room type (tester kind: a party of four with a dog was told «yes, in
// Standard and Comfort» and then offered the Family room, which takes no pets). Only the room types with
// pets_allowed take a pet, each up to its max_guests: a party larger than the largest of them cannot stay with the
// pet in one room. What is possible then — as many pet-friendly rooms as the party needs, or the room that holds
// everyone without the pet — is said from data/hotel.yml, never a room that refuses pets offered for the pet.
import { countedGuests } from '../../hotel/rules.ts';
import { countText, peopleCount } from '../../hotel/format-ru.ts';
import type { Hotel, RoomType } from '../../hotel/types.ts';
import { extractGuests } from '../lang-ru/guests.ts';
import { extractRoomType } from '../lang-ru/rooms.ts';
import type { KnowledgeAnswer, KnownStay } from './answer-types.ts';
import { countedParty, partyOf } from './party.ts';
import { knownParty } from './stay-answer.ts';
import { petMention, petRefusal } from './topics.ts';

/** The room types that take a pet, smallest first. */
export function petRoomTypes(hotel: Hotel): RoomType[] {
  return hotel.room_types.filter((t) => t.pets_allowed === true).sort((a, b) => a.max_guests - b.max_guests);
}

/** How many rooms that take a pet the party needs at least (1 when one of them holds everyone). */
export function petRoomsNeeded(hotel: Hotel, counted: number): number {
  const largest = Math.max(0, ...petRoomTypes(hotel).map((t) => t.max_guests));
  return largest > 0 ? Math.ceil(counted / largest) : 0;
}

const ROOMS_WORDS = ['', 'один номер', 'два номера', 'три номера', 'четыре номера'];
const roomsWord = (n: number) => ROOMS_WORDS[n] ?? countText(n, 'номер', 'номера', 'номеров');

/**
 * «С питомцем можно только в номерах «Стандарт» — до 2 гостей — и «Комфорт» — до 3 гостей, а вас четверо: с питомцем
 * понадобится два номера. Без питомца всех вместит «Семейный».» — when a pet comes and no room type that takes pets
 * holds the party (counted by the hotel's rule); null when one does, or when the hotel takes no pets at all (the
 * pet rule says that by itself). A room the caller chose that refuses pets is said first.
 */
export function petPartySentence(hotel: Hotel, counted: number, chosen?: RoomType | null): string | null {
  const withPets = petRoomTypes(hotel);
  if (!withPets.length || withPets.some((t) => t.max_guests >= counted)) return null;
  const each = withPets.map((t) => `«${t.name}» — до ${countText(t.max_guests, 'гостя', 'гостей', 'гостей')}`);
  const listed = each.length > 1 ? `номерах ${each.slice(0, -1).join(', ')} — и ${each.at(-1)}` : `номере ${each[0]}`;
  const refused = chosen && chosen.pets_allowed !== true ? `В номер «${chosen.name}» с питомцем нельзя. ` : '';
  const without = hotel.room_types.filter((t) => t.max_guests >= counted).sort((a, b) => a.max_guests - b.max_guests || a.price_weekday - b.price_weekday)[0];
  const instead = without ? ` Без питомца всех вместит «${without.name}».` : '';
  return `${refused}С питомцем можно только в ${listed}, а вас ${peopleCount(counted)}: с питомцем понадобится ${roomsWord(petRoomsNeeded(hotel, counted))}.${instead}`;
}

/** The same for a party given as adults and children (children under 3 are not counted). */
export function petPartyProblem(hotel: Hotel, adults: number, children = 0, ages?: readonly number[], chosen?: RoomType | null): string | null {
  return petPartySentence(hotel, countedGuests(adults, children, ages ? [...ages] : undefined), chosen);
}

/**
 * A pet question said with a party no room that takes pets holds, or with a room that refuses pets named anywhere in
 * the turn («семейный на четверых, и можно ли с собакой?»): the pet answered against them, never a bare «Да, в номерах
 * …» that the room or the party then contradicts. The party is the one said, else the booking's. Null otherwise (a pet
 * over the weight limit is refused by the pet rule itself).
 */
export function petClashAnswer(question: string, hotel: Hotel, known: KnownStay): KnowledgeAnswer | null {
  const pet = petMention(question);
  if (!pet || !hotel.policies['pets'] || petRefusal(hotel, pet, null)) return null;
  const party = partyOf(extractGuests(question)) ?? knownParty(known);
  const said = extractRoomType(question, hotel.room_types);
  const code = said && !said.byPreference ? said.code : known.room_type;
  const room = hotel.room_types.find((t) => t.code === code);
  const sentence = party ? petPartySentence(hotel, countedParty(party), room) : null;
  if (sentence) return { text: sentence, sources: ['pets', 'capacity'] };
  const refusal = room ? petRefusal(hotel, pet, room.code) : null;
  return refusal ? { text: refusal, sources: ['pets'] } : null;
}
