// How many rooms a caller wants in one request: «нам два номера», «три комнаты», «пару стандартов», «ещё один номер»
// (while one is being booked). One booking is one room in the hotel system, so the assistant has to say so rather
// than book one room silently.
import type { RoomType } from '../../hotel/types.ts';
import { numberize } from './numbers.ts';
import { maskPhoneDigits, normalizeText } from './text.ts';

const ROOM_WORDS = ['номер', 'комнат', 'однушк', 'двушк', 'апартамент'];
// A room noun in the nominative or accusative singular is never counted: «на двоих люкс», «двое комфорт», «на троих
// номер», «на двоих стандартный» name the party and then the room (rooms counted take a counting form: «два люкса», «пару номеров»).
const SINGULAR_ROOM_WORDS = ['номер', 'номерок', 'комната', 'комнату', 'однушка', 'однушку', 'двушка', 'двушку', 'апартамент'];

/** The number of rooms asked for when it is more than one, else null. `rooms`: the hotel's room types (their names count too). */
export function roomsWanted(text: string, rooms: readonly RoomType[] = []): number | null {
  return roomsCounted(text, rooms) ?? (oneMoreRoom(text, rooms) ? 2 : null);
}

function roomNoun(rooms: readonly RoomType[]): string {
  const names = [...ROOM_WORDS, ...rooms.map((r) => r.name.toLowerCase().slice(0, Math.max(4, r.name.length - 1)))];
  return `(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[а-я]*(?![а-я])`;
}

/** «два номера», «пару стандартов», «несколько комнат»: rooms counted outright (two or more), else null. */
export function roomsCounted(text: string, rooms: readonly RoomType[] = []): number | null {
  const t = maskPhoneDigits(numberize(normalizeText(text)));
  const noun = roomNoun(rooms);
  // «2 номера», «пару стандартов», «несколько комнат»; never a phone or booking number («2 номера телефона»)
  const singular = new Set([...SINGULAR_ROOM_WORDS, ...rooms.map((r) => r.name.toLowerCase())]);
  const counting = new RegExp(`(?<![а-я\\d-])(\\d{1,2}|пар[уа]|несколько)(?:-?(?:х|а|ро|мя|ми|ум|умя))? (${noun})(?! (?:телефон|брон|заказ))`, 'g');
  const counted = [...t.matchAll(counting)].find((m) => !singular.has(m[2]!) && !/(?:ый|ий|ой|ая|ое|ую)$/.test(m[2]!));
  const n = counted ? (/^\d/.test(counted[1]!) ? Number(counted[1]) : 2) : 0;
  return n >= 2 && n <= 20 ? n : null;
}

/**
 * «и ещё один номер для детей», «ещё комнату нужно», «второй номер тоже»: one more room than the one being booked (or
 * just booked: then it is simply the next booking). «ещё люкс свободен?» asks whether one is left; «со второго номер» is
 * a date, then the room.
 */
export function oneMoreRoom(text: string, rooms: readonly RoomType[] = []): boolean {
  const t = maskPhoneDigits(numberize(normalizeText(text)));
  const noun = roomNoun(rooms);
  return new RegExp(
    `(?<![а-я])(?:ещ[её] (?:1 |один |одну )${noun}|ещ[её] ${noun} (?:\\S+ )?(?:для|нужен|нужна|нужно|надо|хотим|хочу)(?![а-я])|(?<!(?:с|со|по|до|на|к|от|\\d) )(?<!\\d)(?:втор(?:ой|ую|ого)|2-(?:го|й|ю|ой)) ${noun}|(?:номер|комнат)[а-я]* для (?:детей|родителей|друзей|коллег))`,
  ).test(t);
}

// «две комнаты», «три комнаты» counted as rooms wanted, not as a room type with that many rooms
const COUNTED_ROOMS = /(?<![а-я])(?:две|три|четыре|пять|2|3|4|5)(?:-?(?:х|е))? комнат[а-я]*/g;

/** The message without rooms counted («нам две комнаты» is two rooms, not the two-room type). */
export function withoutRoomCount(text: string): string {
  const t = normalizeText(text);
  // «номер с двумя комнатами», «номер из двух комнат» describes one room
  if (/(?<![а-я])номер\S* (?:с|из|на) /.test(t)) return text;
  return t.replace(COUNTED_ROOMS, ' ');
}
