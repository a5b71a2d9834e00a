// A group or an event: «мы организуем конференцию, нужно пятнадцать номеров», «групповое бронирование на сорок
// человек», «свадьба, гостей разместить». The assistant books one room at a time (several-rooms in
// docs/understanding.md); a group's rooms, prices and terms are agreed with reception, so the caller is offered it.
import type { RoomType } from '../../hotel/types.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { roomsWanted } from '../lang-ru/room-count.ts';
import { maskPhoneDigits, normalizeText } from '../lang-ru/text.ts';

/** From this many rooms a request is a group's: more than a family's two or three rooms booked one by one. */
export const GROUP_ROOMS = 5;
/** From this many people a party is a group's, whatever rooms they say. */
const GROUP_PEOPLE = 10;

const L = '(?<![а-я])';
// rooms for a group or an event's guests, said by who organises it («для нашей группы», «групповое бронирование»,
// «участников», «организуем конференцию»); one who travels to a conference wants one room
const EVENT =
  '(?:конференц\\S*|форум\\S*|семинар\\S*|симпозиум\\S*|корпоратив\\S*|тимбилдинг\\S*|мероприят\\S*|свадьб\\S*|тренинг\\S*|турнир\\S*|съезд\\S*|соревновани\\S*|сбор\\S*)';
// («инвалид первой группы», «группа инвалидности»: a disability's degree, no group of guests)
const GROUP = new RegExp(
  `${L}(?<!инвалид\\S* (?:\\S+ )?)(?:группов\\S*|(?:для|на) (?:\\S+ )?групп\\S*(?! инвалидн)|групп[аыу] (?:из|на|в|с|туристов|школьников|студентов|детей)(?![а-я])|участник\\S*|делегаци\\S*|(?:организ|провод|устраива)\\S* (?:\\S+ ){0,2}${EVENT})`,
);
// …booked, placed or counted: not a question about a conference room or a service
const LODGING = new RegExp(
  `${L}(?:номер\\S*|комнат\\S*|брон\\S*|заброн\\S*|размест\\S*|размещ\\S*|засел\\S*|посел\\S*|проживан\\S*|участник\\S*|человек\\S*|гост[еия]\\S*)`,
);
const PEOPLE = /(?<![а-я\d])(\d{2,3}) (?:человек|гост\S*|участник\S*|персон)/;
// rooms counted beyond what room-count.ts reads as a family's («тридцать номеров»)
const MANY_ROOMS = /(?<![а-я\d])(\d{1,3}) (?:номер(?:ов|а)|комнат(?:ы)?)(?![а-я])/;

/** The message asks to lodge a group or an event's guests (GROUP_ROOMS rooms or more, or a group's words). */
export function asksGroupBooking(text: string, rooms: readonly RoomType[] = []): boolean {
  const t = maskPhoneDigits(numberize(normalizeText(text)));
  if ((roomsWanted(t, rooms) ?? 0) >= GROUP_ROOMS || Number(MANY_ROOMS.exec(t)?.[1] ?? 0) >= GROUP_ROOMS) return true;
  const people = Number(PEOPLE.exec(t)?.[1] ?? 0);
  if (people >= GROUP_PEOPLE && LODGING.test(t)) return true;
  return GROUP.test(t) && LODGING.test(t);
}
