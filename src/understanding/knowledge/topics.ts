// Questions with a shape of their own, answered before the fact search: whether a party fits a room type,
// which room to take for a party, whether a pet of some size may come, how to get to the hotel. Every figure
// in the answers (capacities, the pet weight limit, the address) is read from data/hotel.yml.
import { withoutDataTails } from './data-tails.ts';
import type { Hotel, RoomType } from '../../hotel/types.ts';
import { countText } from '../../hotel/format-ru.ts';
import { extractGuests } from '../lang-ru/guests.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { PET_NOUN } from '../lang-ru/pets.ts';
import type { RoomMention } from '../lang-ru/rooms.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { wayFromPlace } from './arrival-place.ts';
import { nameAnswer } from './hotel-name.ts';
import { addressSentence, directionsSentence } from './phrasing.ts';

const L = '(?<![а-я])';
// «поместимся», «влезем», «разместимся», «можно вчетвером», «рассчитан на четверых»
const FITS = new RegExp(
  `${L}(?:помест\\S*|влез\\S*|влаз\\S*|размест\\S*|умест\\S*|вмест\\S*|рассчитан\\S*|можно|получится|пустите|засел\\S*|посел\\S*|хватит|подойдет|сколько (?:человек|гостей|мест)|на сколько (?:человек|гостей))`,
);
// «номер на шестерых есть?», «найдётся комната для пятерых?», «бывают номера на четверых?»: whether a room for the
// party exists at all — with no day said (with one, free rooms for those dates answer it)
const EXISTS = new RegExp(`${L}(?:есть|найд[её]тся|найдутся|бывают|имеются|существуют|предусмотрен\\S*)(?![а-я])`);
const ROOM_WORD = new RegExp(`${L}(?:номер\\S*|комнат\\S*|апартамент\\S*|размещени\\S*)`);
const DAY_WORDS = new RegExp(
  `${L}(?:сегодня|завтра|послезавтра|выходн\\S*|праздник\\S*|числ\\S*|ноч\\S*|сут\\S*|недел\\S*|январ\\S*|феврал\\S*|март\\S*|апрел\\S*|ма[йяе]|июн\\S*|июл\\S*|август\\S*|сентябр\\S*|октябр\\S*|ноябр\\S*|декабр\\S*|понедельник\\S*|вторник\\S*|сред[уы]|четверг\\S*|пятниц\\S*|суббот\\S*|воскресень\\S*|\\d{1,2}-?(?:го|е|ое))(?![а-я])`,
);

// «а какой есть на троих?», «ну а на четверых какие бывают?»: «which one is there» for a party, with no noun, is a
// room — the one thing of the hotel that takes a party
const WHICH_EXISTS = new RegExp(
  `${L}(?:как(?:ой|ая|ие|ое)|что(?:-нибудь|-то| нибудь)?)(?: (?:же|тогда|у вас|вообще|еще|ещ[её]))* (?:есть|найд[её]тся|найдутся|бывают|имеются)(?![а-я])|${L}(?:есть|найд[её]тся|бывают) (?:у вас )?как(?:ой|ие)(?: нибудь)?$`,
);

/** «номер на шестерых есть?»: a room for the party asked about, no dates said. */
function asksRoomForParty(t: string): boolean {
  return EXISTS.test(t) && (ROOM_WORD.test(t) || WHICH_EXISTS.test(t)) && !DAY_WORDS.test(t);
}

// a party said as a collective number or «N человек»: the thing a capacity question is about
const PARTY = new RegExp(
  `${L}(?:вдвоем|втроем|вчетвером|впятером|вшестером|всемером|\\d{1,2}-ро(?! ?(?:ноч|сут))|(?:нас|на|для) \\d{1,2}(?! ?(?:ноч|сут|числ|декабр|январ|час|вечер|утр|дня|минут))|\\d{1,2} (?:человек|гост|взросл|дет)|семь[яиюе]\\S* из \\d{1,2})`,
);
// «что посоветуете», «какой номер лучше взять», «что подойдёт семье из пяти»
const ADVICE = new RegExp(
  `${L}(?:посовету(?!юсь|емся)\\S*|порекоменду\\S*|советуете|предложите|что (?:нам |мне )?подойдет|как(?:ой|ие) (?:номер\\S* )?(?:нам |мне )?(?:лучше|подойд\\S*|выбрать|взять|брать))`,
);
const PET = new RegExp(`${L}${PET_NOUN}(?![а-я])`);
// «30 кг», «килограмм тридцать», «кило на пять»
const PET_WEIGHT = /(\d{1,3}(?:[.,]\d)?) ?(?:кг|кило\S*)(?![а-я])|(?<![а-я])(?:кг|кило\S*) (?:на |под |около )?(\d{1,3})(?![\d])/;
// a size that is over any small-pet limit, without a weight: «большая», «крупная», «овчарка»
const BIG_PET = new RegExp(
  `${L}(?:больш\\S*|крупн\\S*|огромн\\S*|здоров\\S*|овчарк\\S*|лабрадор\\S*|алабай\\S*|ретривер\\S*|доберман\\S*|ротвейлер\\S*|дог|догом|сенбернар\\S*|хаски)`,
);
const SMALL_PET = new RegExp(
  `${L}(?:маленьк\\S*|небольш\\S*|мелк\\S*|крошечн\\S*|карликов\\S*|той|чихуа\\S*|шпиц\\S*|йорк\\S*|кош\\S*|кот|кота|котом|котик\\S*)(?![а-я])`,
);
// where one arrives in the city: the nearest of these is asked of the way here («какой вокзал ближе»), not of the transfer
const ARRIVAL_PLACE = '(?:метро|станци\\S*|вокзал\\S*|аэропорт\\S*)';
// how to get here: directions and the address, not the transfer's price
const ROUTE = new RegExp(
  `${L}(?:как (?:\\S+ ){0,6}(?:добраться|доехать|дойти|проехать|добираться|попасть|найти)|далеко|близко|недалеко|пешком|${ARRIVAL_PLACE} (?:\\S+ )?(?:рядом|поблизости)|(?:рядом|поблизости) (?:\\S+ )?${ARRIVAL_PLACE}|сколько (?:\\S+ )?(?:идти|ехать|добираться)|(?:до|от) (?:метро|станци\\S*|вокзал\\S*)|ближайш\\S* (?:\\S+ ){0,3}${ARRIVAL_PLACE}|${ARRIVAL_PLACE} (?:\\S+ ){0,3}ближайш\\S*|как(?:ое|ая) (?:метро|станц\\S*)|от (?:метро|вокзал\\S*|станци\\S*)|куда (?:ехать|подъехать|приехать)|(?:от|с|со|из) как\\S* (?:метро|станци\\S*)|${ARRIVAL_PLACE} (?:\\S+ ){0,3}(?:ближе|быстрее|удобнее)|(?:ближе|быстрее|удобнее) (?:\\S+ ){0,3}(?:${ARRIVAL_PLACE}|идти|дойти|ехать|доехать|добираться|дойду|дойдем))`,
);
// a walk this short is «недалеко» to anyone asking
const SHORT_WALK_MINUTES = 15;
const TRANSFER_ASKED = new RegExp(
  `${L}(?:трансфер\\S*|встрет\\S*|заказ\\S* (?:\\S+ ){0,2}(?:такси|машин\\S*)|(?:такси|машин\\S*) (?:\\S+ ){0,3}заказ\\S*|довез\\S*|отвез\\S*)`,
);

// «вы же в москве?», «это в питере?», «отель в каком городе?»: the city asked about
const CITY_ASKED = new RegExp(`${L}(?:вы|отель\\S*|гостиниц\\S*|это|находит\\S*|расположен\\S*)(?![а-я])`);
const OTHER_CITIES =
  /(?<![а-я])(?:москв\S*|мск|казан\S*|сочи|новосибирск\S*|екатеринбург\S*|нижн\S* новгород\S*|самар\S*|краснодар\S*|калининград\S*|ростов\S*|уф[аеы]|перм[иь]|воронеж\S*|волгоград\S*|омск\S*|челябинск\S*|тюмен\S*|ярославл\S*|минск\S*|киев\S*|новгород\S*|твер[иь]|псков\S*|выборг\S*|пушкин\S*)(?![а-я])/;
// other names of the hotel's own city as callers say them
const CITY_ALIASES: Record<string, string[]> = {
  'санкт-петербург': ['питер', 'спб', 'петербург', 'санкт', 'ленинград'],
  москва: ['москв', 'мск'],
};

function ownCity(hotel: Hotel): RegExp | null {
  const city = normalizeText(hotel.hotel.city ?? '');
  if (!city) return null;
  const names = [city.slice(0, Math.max(4, city.length - 2)), ...(CITY_ALIASES[city] ?? [])];
  return new RegExp(`(?<![а-я])(?:${names.map((n) => n.replace(/[-]/g, '.')).join('|')})\\S*`);
}

/** «Санкт-Петербург» → «Санкт-Петербурге», «Москва» → «Москве», «Казань» → «Казани». */
function inCity(city: string): string {
  if (/[иоуэ]$/.test(city)) return city;
  if (/[ая]$/.test(city)) return `${city.slice(0, -1)}е`;
  if (/ь$/.test(city)) return `${city.slice(0, -1)}и`;
  return `${city}е`;
}

/** «вы же в москве?» → «Нет, мы в Санкт-Петербурге.» and the address; «это питер?» → «Да, …». */
export function cityAnswer(question: string, hotel: Hotel): { text: string; sources: string[] } | null {
  const t = normalizeText(question);
  const city = hotel.hotel.city;
  const ours = ownCity(hotel);
  if (!city || !ours) return null;
  const address = hotel.hotel.address ? ` ${addressSentence(hotel)}` : '';
  // «в каком городе вы?», «отель в каком городе?»
  if (/(?<![а-я])(?:как\S* город\S*|город\S* как\S*)/.test(t)) return { text: `Мы в ${inCity(city)}.${address}`, sources: ['address'] };
  if (!CITY_ASKED.test(t)) return null;
  const here = ours.test(t);
  if (!here && !OTHER_CITIES.test(t)) return null;
  return { text: `${here ? 'Да' : 'Нет'}, мы в ${inCity(city)}.${address}`, sources: ['address'] };
}

/** Is this one of the questions answered here (so the understanding routes it to the knowledge answer)? */
export function shapedQuestion(text: string, hotel?: Hotel): 'capacity' | 'advice' | 'pet' | 'route' | 'city' | 'name' | null {
  const t = numberize(normalizeText(text));
  if (hotel && nameAnswer(t, hotel)) return 'name';
  if (hotel && cityAnswer(t, hotel)) return 'city';
  if (PET.test(t) && (PET_WEIGHT.test(t) || BIG_PET.test(t) || SMALL_PET.test(t) || FITS.test(t))) return 'pet';
  if ((FITS.test(t) || asksRoomForParty(t)) && PARTY.test(t) && partySize(t)) return 'capacity';
  if (ADVICE.test(t) && partySize(t)) return 'advice';
  if (ROUTE.test(t) && !TRANSFER_ASKED.test(t)) return 'route';
  return null;
}

/** How many people count toward a room's capacity (children under 3 sleep in a free cot). */
function partySize(t: string): number | undefined {
  const g = extractGuests(t);
  const family = /семь[яиюе]\S* из (\d{1,2})/.exec(t);
  if (g.adults === undefined && g.children === undefined) return family ? Number(family[1]) : undefined;
  const babies = (g.children_ages ?? []).filter((a) => a < 3).length;
  return (g.adults ?? 0) + (g.children ?? 0) - babies;
}

function byCapacity(hotel: Hotel, people: number): RoomType[] {
  return hotel.room_types.filter((r) => r.max_guests >= people).sort((a, b) => a.max_guests - b.max_guests || a.price_weekday - b.price_weekday);
}

const guests = (n: number) => countText(n, 'гостя', 'гостей', 'гостей');
const people = (n: number) => countText(n, 'человек', 'человека', 'человек');

/** No room takes the whole party: the largest, and that it means two rooms. */
function tooManyFor(hotel: Hotel, n: number): string {
  const largest = [...hotel.room_types].sort((a, b) => b.max_guests - a.max_guests)[0];
  if (!largest) return '';
  return `Одного номера на ${people(n)} нет: самый большой — «${largest.name}», до ${guests(largest.max_guests)}. Можно взять два номера. ${hotel.policies['guests_counting'] ? 'Дети до 3 лет в счёт не идут.' : ''}`.trim();
}

/** «а в комфорт вчетвером поместимся?» → «Нет, «Комфорт» — до 3 гостей. Вчетвером подойдёт «Семейный».». */
export function capacityAnswer(question: string, hotel: Hotel, room: RoomMention | null): string | null {
  const t = numberize(normalizeText(question));
  if (!(FITS.test(t) || asksRoomForParty(t))) return null;
  const fit = partyFit(t, hotel, room);
  if (!fit) return null;
  const babies = fit.fits !== false && (extractGuests(t).children_ages ?? []).some((a) => a < 3) ? ' Дети до 3 лет в счёт не идут.' : '';
  if (fit.fits === undefined) return `${fit.text}${babies}`;
  return `${fit.fits ? 'Да' : 'Нет'}, ${fit.text.charAt(0).toLowerCase()}${fit.text.slice(1)}${babies}`;
}

/**
 * «доп кровать в люкс поставите, мы втроём»: the rooms for the party said, the room named first — whether it takes
 * them, and the one that does when it does not. Null when the question says no party.
 */
export function partyRooms(question: string, hotel: Hotel, room: RoomMention | null): string | null {
  return partyFit(numberize(normalizeText(question)), hotel, room)?.text ?? null;
}

/** The party's fit: in the room named (`fits`), or, with none named, the rooms that take it (`fits` undefined). */
function partyFit(t: string, hotel: Hotel, room: RoomMention | null): { text: string; fits?: boolean } | null {
  if (!PARTY.test(t)) return null;
  const n = partySize(t);
  if (!n) return null;
  const asked = room && !room.byPreference ? hotel.room_types.find((r) => r.code === room.code) : undefined;
  if (!asked) return { text: adviceFor(hotel, n) };
  if (asked.max_guests >= n) return { text: `В номере «${asked.name}» можно разместиться до ${guests(asked.max_guests)}.`, fits: true };
  const other = byCapacity(hotel, n)[0];
  // the largest room named: that no one room takes the party says its size already
  if (!other && !hotel.room_types.some((r) => r.max_guests > asked.max_guests)) return { text: tooManyFor(hotel, n), fits: false };
  const instead = other ? `На ${people(n)} подойдёт «${other.name}», до ${guests(other.max_guests)}.` : tooManyFor(hotel, n);
  return { text: `Номер «${asked.name}» — до ${guests(asked.max_guests)}. ${instead}`, fits: false };
}

function adviceFor(hotel: Hotel, n: number): string {
  const fitting = byCapacity(hotel, n);
  if (fitting.length === 0) return tooManyFor(hotel, n);
  const [best, ...rest] = fitting;
  const also = rest.length ? ` Ещё подойдёт: ${rest.map((r) => `«${r.name}»`).join(', ')}.` : '';
  return `На ${people(n)} советую номер «${best!.name}»: до ${guests(best!.max_guests)}${best!.beds ? `, ${best!.beds}` : ''}.${also}`;
}

/** «что посоветуете для семьи из пяти?»: the rooms the party fits in, smallest first. */
export function adviceAnswer(question: string, hotel: Hotel): string | null {
  const t = numberize(normalizeText(question));
  if (!ADVICE.test(t)) return null;
  const n = partySize(t);
  return n ? adviceFor(hotel, n) : null;
}

/** The pet weight limit as data/hotel.yml states it («до 8 кг»), when it states one. */
export function petWeightLimit(hotel: Hotel): number | undefined {
  const m = /до (\d+(?:[.,]\d+)?) ?кг/.exec(hotel.policies['pets'] ?? '');
  return m ? Number(m[1]!.replace(',', '.')) : undefined;
}

export interface PetMention {
  weight?: number;
  big: boolean;
  small: boolean;
}

/** A pet in the message, with its weight or size when said. */
export function petMention(text: string): PetMention | null {
  const t = numberize(normalizeText(text));
  if (!PET.test(t)) return null;
  const w = PET_WEIGHT.exec(t);
  return { ...(w ? { weight: Number((w[1] ?? w[2])!.replace(',', '.')) } : {}), big: BIG_PET.test(t), small: SMALL_PET.test(t) };
}

/** The pet as a short description for the booking («собака 30 кг», «небольшая кошка»), or null. */
export function describePet(text: string): string | null {
  const t = numberize(normalizeText(text));
  const kind = PET.exec(t)?.[0];
  if (!kind) return null;
  const pet = petMention(t);
  const size = pet?.big ? 'большой ' : pet?.small ? 'небольшой ' : '';
  return `${size}питомец (${kind})${pet?.weight !== undefined ? ` ${pet.weight} кг` : ''}`;
}

/** Whether this pet may stay in this room type, and the sentence that says why not. */
export function petRefusal(hotel: Hotel, pet: PetMention, roomCode?: string | null): string | null {
  const limit = petWeightLimit(hotel);
  const allowed = hotel.room_types.filter((r) => r.pets_allowed);
  const rooms = allowed.map((r) => `«${r.name}»`).join(' и ');
  const rule = hotel.policies['pets'];
  if (limit !== undefined && ((pet.weight !== undefined && pet.weight > limit) || (pet.weight === undefined && pet.big && !pet.small))) {
    return `К сожалению, нет: можно только с небольшим питомцем до ${limit} кг${rooms ? `, в номерах ${rooms}` : ''}.`;
  }
  const room = roomCode ? hotel.room_types.find((r) => r.code === roomCode) : undefined;
  if (room && room.pets_allowed === false)
    return `В номер «${room.name}» с питомцем нельзя${rooms ? `: с питомцем можно в ${rooms}` : ''}.${rule && limit ? ` Вес — до ${limit} кг.` : ''}`;
  return null;
}

/** «у нас овчарка, килограмм тридцать» → the weight rule; «кошка, четыре кило» → yes, with the rule. */
export function petAnswer(question: string, hotel: Hotel, roomCode?: string | null): string | null {
  const pet = petMention(question);
  const rule = hotel.policies['pets'];
  if (!pet || !rule) return null;
  const refusal = petRefusal(hotel, pet, roomCode);
  if (refusal) return refusal;
  const limit = petWeightLimit(hotel);
  const fits = pet.weight !== undefined && limit !== undefined && pet.weight <= limit;
  // «…до 8 кг, 2000 рублей за всё проживание»: the price tail said as a sentence of its own
  return withoutDataTails(`${fits ? 'Да, можно. ' : ''}${rule.charAt(0).toUpperCase()}${rule.slice(1)}.`);
}

/**
 * Whether the question is about the place the short walk starts from («далеко от метро?» and the data's «7 минут
 * пешком от станции метро …»): «до эрмитажа далеко?», «до вокзала далеко?» name a place the data does not measure,
 * so they get the way without a «Нет, недалеко» of their own.
 */
function asksWalkPlace(t: string, directions: string): boolean {
  const walk = directions.split(/[;.]/).find((p) => /пешком/.test(p)) ?? '';
  const place = /пешком от (.+)$/.exec(normalizeText(walk))?.[1] ?? '';
  const roots = place
    .split(/[^а-яa-z]+/)
    .filter((w) => w.length >= 4)
    .map((w) => w.slice(0, 5));
  const asked = t.split(/[^а-яa-z]+/).filter((w) => w.length >= 4);
  return roots.some((r) => asked.some((w) => w.startsWith(r)));
}

/** «как добраться с вокзала», «далеко от метро?»: the directions and the address, never the transfer's price. */
export function routeAnswer(question: string, hotel: Hotel): { text: string; sources: string[] } | null {
  const t = normalizeText(question);
  if (!ROUTE.test(t) || TRANSFER_ASKED.test(t)) return null;
  // «как доехать с московского вокзала»: the way from that place, and the transfer from it when there is one
  const fromPlace = wayFromPlace(t, hotel);
  if (fromPlace) return fromPlace;
  const h = hotel.hotel;
  const parts: string[] = [];
  const sources: string[] = [];
  let way = h.directions ? directionsSentence(hotel, question) : '';
  // «далеко от метро?», «метро рядом?»: the answer to that first, when the way asked is a short walk
  const walk = /(\d+) минут\S* пешком/.exec(way);
  const near = /(?<![а-я])(?:близко|недалеко|рядом|поблизости)(?![а-я])/.test(t);
  const far = /(?<![а-я])далеко(?![а-я])/.test(t);
  if (walk && Number(walk[1]) <= SHORT_WALK_MINUTES && (near || far) && asksWalkPlace(t, h.directions ?? ''))
    way = `${far ? 'Нет, недалеко' : 'Да, рядом'}: ${way.charAt(0).toLowerCase()}${way.slice(1)}`;
  if (way) {
    parts.push(way);
    sources.push('directions');
  }
  // the address with the whole way; a way asked about («от метро») is answered alone
  if (h.address && (!way || way === directionsSentence(hotel, ''))) {
    parts.push(addressSentence(hotel));
    sources.push('address');
  }
  return parts.length ? { text: parts.join(' '), sources } : null;
}
