// Questions about the rooms as a whole: by a feature («с видом на реку», «с гостиной»), the others («а какие ещё?»),
// their differences, and whether a price asked is of a room at all.
import type { Hotel } from '../../hotel/types.ts';
import { extractRoomType } from '../lang-ru/rooms.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { KnowledgeAnswer } from './answer-types.ts';
import { money } from './facts.ts';
import { rankAnswer, rankedRooms, rankQuestion } from './ranking.ts';
import { roomSentence, roomsWithFeature, viewNotDescribed } from './room-phrasing.ts';

// «чем они отличаются», «в чём разница», «какая разница между ними»
export const DIFFERENCE =
  /(?<![а-я])(?:чем (?:\S+ ){0,4}отлича\S*|отлича\S* (?:\S+ ){0,2}чем|в ч[её]м (?:\S+ ){0,2}разниц\S*|как\S* (?:\S+ )?разниц\S*|разниц\S* между)(?![а-я])/;
export const ROOMS_IN_GENERAL = /(какие (?:у вас )?(?:есть )?номера|типы номеров|какие есть номера|категори|виды номеров|все номера)/;

// the rooms as a whole, in the plural (never «номера телефона»): «про номера», «о ваших номерах», «номера какие есть»
const ROOMS_PLURAL = '(?:номера|номерах|номеров|номерам|комнаты|комнатах)(?! (?:телефон|брон|заказ|карт|паспорт|машин))';
// asked to be told about: «расскажите про номера», «что за номера у вас», «номера у вас какие», «а что с номерами»
const ABOUT_ROOMS = new RegExp(
  `(?<![а-я])(?:(?:про|о|об) (?:ваш\\S* |все\\S* )?${ROOMS_PLURAL}|что (?:\\S+ ){0,2}за (?:\\S+ ){0,2}${ROOMS_PLURAL}|как(?:ие|их|ими) (?:\\S+ ){0,3}${ROOMS_PLURAL}|${ROOMS_PLURAL} (?:\\S+ ){0,3}как(?:ие|ие-нибудь)|(?:расскаж\\S*|опиш\\S*|подробн\\S*|поподробн\\S*|перечисл\\S*) (?:\\S+ ){0,4}${ROOMS_PLURAL}|${ROOMS_PLURAL} (?:\\S+ ){0,3}(?:расскаж\\S*|опиш\\S*|подробн\\S*|поподробн\\S*|перечисл\\S*))(?![а-я])`,
);

/**
 * «расскажите про номера какие есть», «что за номера у вас», «о ваших номерах поподробнее»: the rooms asked about as a
 * whole. `otherTopic` says whether the question names a topic of its own («в каких номерах можно курить»).
 */
export function asksRoomsInGeneral(t: string, otherTopic: boolean): boolean {
  return ROOMS_IN_GENERAL.test(t) || (!otherTopic && ABOUT_ROOMS.test(t));
}

// «а какие ещё есть?», «расскажите подробнее» right after a room was named: the whole list
export const MORE = /(какие (?:\S+ )?(?:ещ[её]|другие)|а ещ[её] (?:какие|что)|други[ехм] номер|остальные|подробнее|все варианты)/;

/** «а какие ещё есть?», «расскажите про другие»: the rooms not named yet. */
export function asksForOtherRooms(question: string): boolean {
  return MORE.test(normalizeText(question)) || /(?<![а-я])(?:про|о) други[хе](?![а-я])/.test(normalizeText(question));
}

/** The code of the one room type that has the feature asked («с гостиной», «на 38 метров»), if only one has it. */
export function onlyRoomWith(question: string, hotel: Hotel): string | undefined {
  const rooms = roomsWithFeature(question, hotel);
  return rooms?.length === 1 ? rooms[0]!.code : undefined;
}

/** Rooms asked by a feature, none of them by its own name: those that have it, and the best by the rank asked. */
export function byFeature(question: string, hotel: Hotel): KnowledgeAnswer | null {
  // «окна во двор»: what the rooms' descriptions do not say is not answered with the view they do have
  const unknownView = viewNotDescribed(question, hotel);
  if (unknownView) {
    const viewed = hotel.room_types.filter((r) => r.view);
    const view = viewed[0]?.view ?? '';
    const known = viewed.length ? ` ${view.charAt(0).toUpperCase()}${view.slice(1)} — у номеров ${viewed.map((r) => `«${r.name}»`).join(' и ')}.` : '';
    return { text: `Какие номера выходят ${unknownView}, в описании не сказано — это подскажут на ресепшене.${known}`, sources: ['none'] };
  }
  const rooms = roomsWithFeature(question, hotel);
  const byName = hotel.room_types.some((r) => {
    // aliases that name a feature («номер с видом на реку») or a rank («самый лучший номер») name no room here
    const plain = { ...r, aliases: r.aliases.filter((a) => !roomsWithFeature(a, hotel) && !rankQuestion(a, hotel)) };
    const m = extractRoomType(question, [plain]);
    return !!m && !m.byPreference;
  });
  // asked of the rooms («в каком номере …», «номера с …», «где есть …»), not a word of another question
  const ofRooms = /(?<![а-я])(?:номер\S*|комнат\S*|как\S*|где|этот|тот)(?![а-я])/.test(normalizeText(question));
  if (!rooms || rooms.length === 0 || byName || !ofRooms) return null;
  if (rooms.length === 1) return { text: `Такой номер — ${roomSentence(rooms[0]!).replace(/^Номер /, '')}`, sources: [`room_${rooms[0]!.code}`] };
  const c = hotel.hotel.currency;
  const list = rooms.map((r) => `«${r.name}» — от ${money(r.price_weekday, c)}`).join(', ');
  const rank = rankQuestion(question, hotel);
  const best = rank && !rank.than ? rankedRooms({ ...hotel, room_types: rooms }, rank)[0] : undefined;
  const pick = best ? ` ${rankAnswer({ ...hotel, room_types: rooms }, rank!, money).text.replace(/^(\S+ \S+)/, '$1 из них')}` : '';
  // «Вид на Фонтанку: …» when the feature is the view they share, as the data says it
  const views = new Set(rooms.map((r) => r.view));
  const view = views.size === 1 && rooms[0]!.view && /(?<![а-я])вид/.test(normalizeText(question)) ? rooms[0]!.view : null;
  const lead = view ? `${view.charAt(0).toUpperCase()}${view.slice(1)}` : 'Такие номера';
  return { text: `${lead}: ${list} за ночь.${pick}`, sources: (best ? [best] : rooms).map((r) => `room_${r.code}`) };
}

// Words a question about the rooms' prices is made of; anything else («проезд в метро», «билет») is another object.
const ROOM_PRICE_WORDS = new Set(
  'а и у в во на за по с вас ваш ваши у вас сколько стоит стоят стоить будет будут это цена цены цену ценах стоимость стоимости почем по чем прайс тариф тарифы расценки какие какая какой каков какова во обойдется обойдется выйдет номер номера номеров номерах комната комнаты комнат проживание проживания ночь ночи сутки одну один подскажите скажите пожалуйста сейчас примерно у вас нас двоих одного'.split(
    ' ',
  ),
);

/** Words besides those of a room price question («проживание с кошкой» has «кошкой»). */
export function hasExtraWords(t: string): boolean {
  return t.split(/[^а-яa-z0-9-]+/).some((w) => w && !/^\d+$/.test(w) && !ROOM_PRICE_WORDS.has(w));
}

/** The price of something that is not a room or a stay. */
export function pricesSomethingElse(t: string): boolean {
  return !/(?<![а-я])(?:номер|комнат|проживан|ноч|сут)/.test(t) && hasExtraWords(t);
}
