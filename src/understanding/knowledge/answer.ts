// Answers a caller's question from the hotel's facts and the hotel system: times, services, policies and
// rooms are quoted from data/hotel.yml; prices and free rooms for given dates come from the PMS.
import { todayIn } from '../../hotel/calendar.ts';
import { forPeople, pastDayText, peopleCount, tooFarText } from '../../hotel/format-ru.ts';
import { bookingHorizonDays } from '../../hotel/rules.ts';
import type { Hotel, Pms, RoomType } from '../../hotel/types.ts';
import { addDays } from '../lang-ru/calendar.ts';
import { extractStay } from '../lang-ru/dates.ts';
import { extractGuests } from '../lang-ru/guests.ts';
import { loadMorph } from '../lang-ru/morph.ts';
import { asksPrice as asksPriceIn, bareHowMuch } from '../lang-ru/price-words.ts';
import { extractRoomType } from '../lang-ru/rooms.ts';
import { splitOpening, usualForms } from '../lang-ru/spoken.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { hotelFacts, money } from './facts.ts';
import {
  roomsWithFeature,
  roomSentence,
  answerYesNo,
  cheapestRoomSentence,
  factPolarity,
  roomDifferencesSentence,
  isYesNoQuestion,
  phraseFact,
  roomAnswer,
  roomListSentence,
  roomPriceSentence,
} from './phrasing.ts';
import { juxtaposedQuestions, questionClauses, questionPart } from './clauses.ts';
import { FactIndex } from './search.ts';
import { answerToCheck } from './stated-check.ts';
import { discussedStay, nightsAsked } from './context.ts';
import { childAgeAnswer, childrenRuleAnswer, countedParty, type Party, partyAdding, partyOf, partyPhrase, peopleGenitive } from './party.ts';
import { rankAnswer, rankedRooms, rankQuestion } from './ranking.ts';
import { adviceAnswer, capacityAnswer, cityAnswer, petAnswer, routeAnswer, shapedQuestion } from './topics.ts';
import { nameAnswer } from './hotel-name.ts';
import { completedQuestion, followsTopic, topicalWords } from './follow-up.ts';
import { namesRoom } from './asks-fact.ts';

export interface KnowledgeServices {
  now(): Date;
  hotel: Hotel;
  pms: Pms;
}

export interface KnowledgeAnswer {
  text: string;
  /** Where the answer came from: fact ids, "quote", "availability", or "none". */
  sources: string[];
}

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
// a price asked: the price words in one clause in any order (lang-ru/price-words.ts), and «сколько?» alone (not «во
// сколько?», «до скольки?»)
const PRICE_ALONE = /(?<![а-я])(?<!(?:во|до|со) )сколько\s*\??$/;
// «есть что-нибудь на выходные?», «найдётся номер на двоих?»: with dates, asking for anything free
const AVAILABILITY =
  /(свобод(?:н|ен)|наличи|доступн|занят|есть (?:ли )?(?:у вас )?(?:места|номер|комнат|что-?(?:нибудь|то)|варианты?)|места есть|найд[её]тся|можно (?:ли )?(?:забронировать|заселиться|остановиться|приехать) на)/;
// «чем они отличаются», «в чём разница», «какая разница между ними»
const DIFFERENCE =
  /(?<![а-я])(?:чем (?:\S+ ){0,4}отлича\S*|отлича\S* (?:\S+ ){0,2}чем|в ч[её]м (?:\S+ ){0,2}разниц\S*|как\S* (?:\S+ )?разниц\S*|разниц\S* между)(?![а-я])/;
const ROOMS_IN_GENERAL = /(какие (?:у вас )?(?:есть )?номера|типы номеров|какие есть номера|категори|виды номеров|все номера)/;
const MIN_SCORE = 1.5;
// (and the wish for it: «номер нужен на сутки послезавтра, сколько» is no question about what is needed to check in)
const STAY_VERBS = /(?<![а-я])(?:заезд|заезж|заед|заех|въезж|въед|засел|приезж|приед|приех|выезж|выезд|выед|выех|уезж|уед|нужен|нужна|нужно|нужны|надо)[а-я]*/g;
const EARLY_OR_LATE = /(?<![а-я])(?:ранн|раньше|пораньше|рано|поздн|позже|попозже|поздно)/;
// a price asked with no party named is quoted for two adults, and says so
const USUAL_ADULTS = 2;

export function russianDate(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]}`;
}

export function nightsWord(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return `${n} ночь`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${n} ночи`;
  return `${n} ночей`;
}

const indexes = new WeakMap<Hotel, FactIndex>();
function indexOf(hotel: Hotel): FactIndex {
  let idx = indexes.get(hotel);
  if (!idx) {
    idx = new FactIndex(hotelFacts(hotel));
    indexes.set(hotel, idx);
  }
  return idx;
}

/** A stay already agreed in the conversation (the booking's slots), used when the question names no dates. */
export interface KnownStay {
  check_in?: string | null;
  check_out?: string | null;
  adults?: number | null;
  /** The booking's children and their ages (slots), counted with the adults by the hotel's rule. */
  children?: number | null;
  children_ages?: number[] | null;
  room_type?: string | null;
  /** The caller's earlier messages, oldest first: «а за две ночи?» prices the room and dates asked about there. */
  history?: string[];
  /** Room types the assistant named in its last answer («какие ещё?» then lists the others). */
  last_rooms?: string[];
}

// «он», «этот номер», «в нём», «такой»: a room named a moment ago
const REFERS = /(?<![а-я])(?:он|оно|его|нем|н[её]м|этот|этом|этого|такой|таком|тот|том номере)(?![а-я])/;
// «а итого за все три ночи?», «а всего сколько?»: the total of the stay already talked about
const TOTAL = /(?<![а-я])(?:итого|итог|всего|в сумме|в общем|общ\S* (?:сумм|стоимост)|за (?:все|всё|весь))(?![а-я])/;

export async function answerQuestion(said: string, services: KnowledgeServices, known: KnownStay = {}): Promise<KnowledgeAnswer> {
  // the phrasing inflects words of the data (phrasing.ts `paymentWays`); loaded once per process
  await loadMorph();
  // «хочу забронировать …, и ещё скажите, сколько стоит трансфер?»: the question, not the booking clause
  const asked = questionPart(said);
  // «во сколько заселение и можно ли раньше»: each question answered, once
  const parts = questionClauses(asked);
  if (parts.length > 1) {
    const answers = await Promise.all(parts.map((p) => answerQuestion(p, services, known)));
    // «есть ли парковка и сколько стоит»: a part with no topic of its own («сколько стоит») asks about the first
    const found = answers.filter((a) => !a.sources.includes('none') && !a.sources.includes('rooms_from'));
    if (found.length === parts.length && new Set(found.map((a) => a.text)).size === found.length) {
      // «можно пораньше и сколько стоит ранний заезд»: one fact asked twice is said once
      const said = new Set<string>();
      const fresh = found.filter((a) => !a.sources.every((f) => said.has(f)) && a.sources.every((f) => said.add(f)));
      return { text: withoutRepeats(fresh.map((a) => a.text).join(' ')), sources: [...said] };
    }
  }
  const answer = await findAnswer(asked, services, known);
  // «адрес какой у вас во сколько ресторан закрывается»: two questions said without a joiner, kept apart only when the
  // answer to the whole is one of theirs and the other brings a fact of its own
  if (parts.length === 1 && !answer.sources.includes('none')) {
    for (const [first, second] of juxtaposedQuestions(asked)) {
      const both = await Promise.all([first, second].map((p) => answerQuestion(p, services, known)));
      const [a, b] = both as [KnowledgeAnswer, KnowledgeAnswer];
      const found = both.every((x) => !x.sources.includes('none') && !x.sources.includes('rooms_from'));
      const whole = (x: KnowledgeAnswer) => x.sources.join() === answer.sources.join();
      const apart = !a.sources.some((f) => b.sources.includes(f));
      if (found && apart && (whole(a) || whole(b))) return { text: withoutRepeats(`${a.text} ${b.text}`), sources: [...a.sources, ...b.sources] };
    }
  }
  // «есть свободные номера?»: «Да, …» / «Нет, …» first, unless the answer already starts with it
  const question = usualForms(splitOpening(asked).rest);
  // a pet rule found by its shape («можно с собакой?») is a rule like any other: «Да, в номерах …»
  const yesNo = answer.yesNo ?? (answer.sources.includes('pets') ? factPolarity(answer.text, question) : null);
  if (yesNo !== null && isYesNoQuestion(question) && !/^(да|нет)[,.!]/i.test(answer.text)) answer.text = answerYesNo(yesNo, answer.text);
  // «в выходные тоже с семи?», «если не приеду, деньги вернут?»: what the caller assumed, confirmed or not first
  else if (yesNo === null) answer.text = answerToCheck(question, answer.text) ?? answer.text;
  return { text: withoutRepeats(answer.text), sources: answer.sources };
}

// «до 3 пассажиров», «до 4 человек»: a limit on how many a service takes, as the data states it
const LIMIT = /до (\d+) (пассажир[а-яё]*|человек|гост[а-яё]*)/;

/** «трансфер на пятерых»: a party said above a fact's stated limit hears the limit against it, not a bare yes. */
function overLimit(facts: readonly { text: string }[], party: number | null | undefined): string {
  if (!party) return '';
  for (const f of facts) {
    const m = LIMIT.exec(f.text);
    if (m && party > Number(m[1])) return ` Учтите: это до ${m[1]} ${m[2]}, а вас ${party} — как быть, подскажут на ресепшене.`;
  }
  return '';
}

// a sentence as said, for telling repeats apart: «Да, ранний заезд с 10:00 за 50 %…» repeats «Ранний заезд с 10:00…»
const sentenceKey = (s: string) =>
  normalizeText(s)
    .replace(/^(?:да|нет),?\s+/, '')
    .replace(/[^а-яa-z0-9]+/g, '');

/** A reply with each sentence said once: facts joined for two questions (or two facts) may share a sentence. */
export function withoutRepeats(text: string): string {
  const seen = new Set<string>();
  return text
    .split(/(?<=[.!?])\s+(?=[А-ЯЁA-Z«])/)
    .filter((s) => {
      const key = sentenceKey(s);
      if (key && seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .join(' ');
}

// «а какие ещё есть?», «расскажите подробнее» right after a room was named: the whole list
const MORE = /(какие (?:\S+ )?(?:ещ[её]|другие)|а ещ[её] (?:какие|что)|други[ехм] номер|остальные|подробнее|все варианты)/;

/** «а какие ещё есть?», «расскажите про другие»: the rooms not named yet. */
export function asksForOtherRooms(question: string): boolean {
  return MORE.test(normalizeText(question)) || /(?<![а-я])(?:про|о) други[хе](?![а-я])/.test(normalizeText(question));
}

async function findAnswer(asked: string, services: KnowledgeServices, known: KnownStay): Promise<KnowledgeAnswer & { yesNo?: boolean }> {
  const { hotel } = services;
  // «алло здравствуйте а вай фай есть»: the question without the greeting, in the usual words
  const question = usualForms(splitOpening(asked).rest);
  // «а в субботу?» after «во сколько завтрак?»: the question before, with the day said now
  const completed = completedQuestion(
    question,
    known.history ?? [],
    (q) => hasOtherTopic(q, hotel) || onlyAttributes(q),
    (q) => asksSomething(q, hotel),
    (w) => namesRoom(w, hotel.room_types),
  );
  if (completed) return findAnswer(completed, services, { ...known, history: (known.history ?? []).slice(0, -1) });
  const t = normalizeText(question);
  const said = extractStay(question, services.now(), hotel.hotel.timezone);
  // «а сколько стоит люкс?» in the middle of a booking: for the dates already given; outside one, the stay
  // the caller asked about a moment ago
  const earlier = discussedStay(known.history ?? [], services.now(), hotel);
  const knownIn = known.check_in ?? earlier.check_in;
  const knownOut = known.check_in ? known.check_out : earlier.check_out;
  let stay = said.check_in || said.invalid || !knownIn || !knownOut ? said : { check_in: knownIn, check_out: knownOut };
  // «а за две ночи сколько выйдет?»: from the same check-in, for that many nights
  const nights = said.check_in ? undefined : nightsAsked(question);
  if (nights && knownIn) stay = { check_in: knownIn, check_out: addDays(knownIn, nights) };
  // «что входит в стоимость?» asks what the price includes, not what it is
  const followsUp = !!knownIn && (!!nights || TOTAL.test(t)) && /(?<![а-я])(?:сколько|ноч|сут)/.test(t);
  const rank = rankQuestion(question, hotel);
  // «сколько люкс на субботу»: «сколько» asked of a room or of dates needs no verb
  const namedRoom = extractRoomType(question, hotel.room_types);
  const howMuchOf = bareHowMuch(t) && ((!!namedRoom && !namedRoom.byPreference) || !!said.check_in);
  const asksPrice =
    (asksPriceIn(t) || PRICE_ALONE.test(t) || howMuchOf || followsUp || rank?.by === 'price') &&
    !/(?<![а-я])(?:что (?:входит|включен\S*)|входит ли|включен\S* ли)(?![а-я])/.test(t);
  // «лучший номер с видом на реку», «в каких номерах есть диван»: every room that has it (not the one whose alias
  // names it), and the one ranked among them
  // «сколько стоит тот, где гостиная», «почём номер на тридцать восемь метров»: the one room with that feature, priced
  const featureRoom = asksPrice && !(namedRoom && !namedRoom.byPreference) ? onlyRoomWith(question, hotel) : undefined;
  const featured = REFERS.test(t) || featureRoom ? null : byFeature(question, hotel);
  if (featured && !stay.check_in) return featured;
  // «самый дешёвый номер», «подешевле комфорта»: the room chosen by the hotel's prices, not by a shared word
  if (rank && !(stay.check_in && !rank.than)) {
    const ranked = rankAnswer(hotel, rank, money);
    return { text: ranked.text, sources: ranked.rooms.map((c) => `room_${c}`) };
  }
  // «а чем они отличаются?» (after the rooms were listed): each room by what sets it apart
  if (DIFFERENCE.test(t) && !hasOtherTopic(question, hotel)) {
    // «чем комфорт отличается от люкса»: those two, side by side
    const named = hotel.room_types.filter((r) => {
      const m = extractRoomType(question, [r]);
      return m && !m.byPreference;
    });
    const rooms = named.length >= 2 ? named : hotel.room_types;
    return { text: roomDifferencesSentence(hotel, rooms), sources: rooms.map((r) => `room_${r.code}`) };
  }
  // «а сколько это будет стоить?» during a booking: the room already chosen
  const rankedRoom = rank ? rankedRooms(hotel, rank)[0] : undefined;
  const saidRoom = rankedRoom ? { code: rankedRoom.code } : featureRoom ? { code: featureRoom } : namedRoom;
  const shaped = shapedAnswer(question, hotel, saidRoom, known.room_type);
  if (shaped) return shaped;
  // «а если с нами ещё бабушка поедет?» right after a price or free rooms: the same question for the party now
  const previous = known.history?.at(-1);
  const partyFollow =
    !said.check_in &&
    !!previous &&
    /(?<![а-я])если(?![а-я])/.test(t) &&
    (asksPriceIn(normalizeText(previous)) || PRICE_ALONE.test(normalizeText(previous)) || AVAILABILITY.test(normalizeText(previous))) &&
    !!(partyAdding(question, earlier.party ?? null) ?? partyOf(extractGuests(question)));
  // «а ребёнку пять лет»: the rule for children, for that age
  const child = !said.check_in && !saidRoom && !partyFollow ? childAgeAnswer(question, hotel) : null;
  if (child) return { text: child, sources: ['guests_counting'] };
  // «можно к вам с ребёнком?», «дети у вас бесплатно?»: the rule for children, never a «Нет» before it
  const children = !said.check_in && !saidRoom && !partyFollow ? childrenRuleAnswer(question, hotel) : null;
  if (children) return { ...children, sources: ['guests_counting'] };
  // «а сколько человек можно?» right after the sauna: the sauna, asked about one of its attributes
  const followed = !said.check_in && !saidRoom ? followUp(question, known.history ?? [], hotel) : null;
  if (followed) return followed;
  const asksAvailability = AVAILABILITY.test(t) || (partyFollow && !!previous && AVAILABILITY.test(normalizeText(previous)));
  if (stay.invalid && (asksPrice || asksAvailability))
    return { text: `Такой даты нет: «${stay.invalid}». Назовите, пожалуйста, другую дату.`, sources: ['invalid_date'] };
  // «а завтрак входит в стоимость?» is about breakfast, not the price of the stay
  // «сколько стоит номер на двоих с ребёнком пяти лет на выходные»: the child is the party priced, the rule for
  // children is no other topic then
  const childInParty = !!extractGuests(question).children && indexOf(hotel).search(question, 1)[0]?.fact.id === 'guests_counting';
  // «в четверг заезжаем на две ночи, сколько выйдет»: beside the dates, arriving and leaving say when the stay is,
  // not what is asked (an early check-in or a late check-out is asked with «ранний», «пораньше», «попозже»)
  const topical = said.check_in && !EARLY_OR_LATE.test(t) ? normalizeText(question).replace(STAY_VERBS, ' ') : question;
  const otherTopic = !saidRoom && !asksAvailability && !followsUp && !partyFollow && !childInParty && hasOtherTopic(topical, hotel);
  // «сколько он стоит?», «а в этом номере есть диван?»: the room just talked about, by the caller or by the assistant
  const refers = REFERS.test(t);
  const lastNamed = known.last_rooms?.length === 1 ? known.last_rooms[0] : undefined;
  const knownRoom = known.room_type ?? (followsUp || nights || refers || partyFollow ? (earlier.room_type ?? (refers ? lastNamed : undefined)) : undefined);
  const room = saidRoom ?? ((asksPrice || refers || partyFollow) && !otherTopic && knownRoom && !ROOMS_IN_GENERAL.test(t) ? { code: knownRoom } : null);
  if (stay.check_in && (asksPrice || asksAvailability || partyFollow) && !otherTopic) {
    // «сколько стоит на первое ноября» on 24 November: the day is gone, not next year's
    const today = todayIn(hotel.hotel.timezone, services.now());
    if (stay.check_in < today) return { text: pastDayText(today), sources: ['invalid_date'] };
    const last = addDays(today, bookingHorizonDays(hotel));
    if (stay.check_in > last) return { text: tooFarText(last, today), sources: ['invalid_date'] };
    const checkOut = stay.check_out ?? addDays(stay.check_in, 1);
    const party =
      partyAdding(question, knownParty(known) ?? earlier.party ?? null) ?? partyOf(extractGuests(question)) ?? knownParty(known) ?? earlier.party ?? null;
    // «номер с видом на реку с 5 по 7»: the free rooms among those that have the feature
    const among = room || REFERS.test(t) ? undefined : roomsWithFeature(question, hotel)?.map((r) => r.code);
    const answered = await stayAnswer(services, stay.check_in, checkOut, room?.code, asksAvailability || !room, party, among).catch(() => null);
    if (answered) return answered;
  }
  if (room && !room.byPreference && (asksPrice || !hasOtherTopic(question, hotel))) {
    const r = hotel.room_types.find((x) => x.code === room.code);
    // «а если нас четверо?» after the price of a room for three: its limit, and the price of the room that fits
    const grown = partyFollow || asksPrice ? partyOf(extractGuests(question)) : null;
    if (r && asksPrice && grown && countedParty(grown) > r.max_guests) return partyOverRoom(hotel, r, countedParty(grown), question);
    if (r) return { text: asksPrice ? roomPriceSentence(r, hotel, question) : roomAnswer(r, question, hotel), sources: [`room_${r.code}`] };
  }
  if (asksPrice && !room && !ROOMS_IN_GENERAL.test(t) && pricesSomethingElse(t)) {
    // «сколько стоит проезд в метро?» prices something the hotel's facts may not know: no room price list
    if (!hasOtherTopic(question, hotel)) return noInformation(hotel);
  } else if (ROOMS_IN_GENERAL.test(t) || (MORE.test(t) && known.last_rooms?.length)) {
    // the full list only when asked for it; after «Стандарт» was named, «какие ещё?» gets the others
    const except = ROOMS_IN_GENERAL.test(t) ? [] : (known.last_rooms ?? []);
    const rest = except.length < hotel.room_types.length ? except : [];
    return { text: roomListSentence(hotel, rest), sources: hotel.room_types.filter((r) => !rest.includes(r.code)).map((r) => `room_${r.code}`) };
  } else if (asksPrice && !room && (!hasOtherTopic(question, hotel) || !hasExtraWords(t))) {
    // «сколько стоит номер?» on the phone: the cheapest room for the party, and that there are others
    // («а если нас четверо?» after it: the cheapest room that takes four)
    return { text: cheapestRoomSentence(hotel, extractGuests(question).adults ?? known.adults), sources: ['rooms_from'] };
  }
  // a fact met only through its wording, never through what it is about, is no answer («можно добавить ещё один
  // номер» is not about the accessible room that «один номер «Стандарт»» describes)
  const hits = indexOf(hotel)
    .search(question, 3)
    .filter((h) => h.onTopic);
  const top = hits[0];
  if (!top || top.score < MIN_SCORE) {
    return noInformation(hotel);
  }
  // one fact, phrased for this question: a luggage question does not get the late check-out rules. Only a
  // near tie (the search cannot tell «заказать еду» from «заказ в прачечную») says both.
  // The second fact must be about a word the first does not meet: «во сколько дадут ключи» meets the early
  // check-in only through what it shares with the check-in time (and «номера» of its wording).
  const second = hits[1];
  const own = second?.topicWords.some((w) => !top.words.includes(w));
  const chosen = second && own && second.score >= top.score * 0.93 ? [top.fact, second.fact] : [top.fact];
  const text = chosen.map((f, i) => phraseFact(f, question, hotel, i > 0)).join(' ');
  return { text: withoutRepeats(`${text}${overLimit(chosen, extractGuests(question).adults)}`), sources: chosen.map((f) => f.id) };
}

// words that ask about an attribute of something, not about a topic of their own
const ATTRIBUTES = new Set(
  'а и на за в сколько человек людей гостей стоит стоить стоимость цена почем по чем штраф будет есть время часы работает работают открыт открыта открыто до со с скольки во когда можно нужно надо заранее долго ли там это он она оно они её ее его их тоже тогда еще ещё как какой какая какие записываться запись'.split(
    ' ',
  ),
);

/** The code of the one room type that has the feature asked («с гостиной», «на 38 метров»), if only one has it. */
function onlyRoomWith(question: string, hotel: Hotel): string | undefined {
  const rooms = roomsWithFeature(question, hotel);
  return rooms?.length === 1 ? rooms[0]!.code : undefined;
}

/** Rooms asked by a feature, none of them by its own name: those that have it, and the best by the rank asked. */
function byFeature(question: string, hotel: Hotel): KnowledgeAnswer | null {
  const rooms = roomsWithFeature(question, hotel);
  const byName = hotel.room_types.some((r) => {
    // aliases that name a feature («номер с видом на реку») or a rank («самый лучший номер») name no room here
    const plain = { ...r, aliases: r.aliases.filter((a) => !roomsWithFeature(a, hotel) && !rankQuestion(a, hotel)) };
    const m = extractRoomType(question, [plain]);
    return !!m && !m.byPreference;
  });
  // asked of the rooms («в каком номере …», «номера с …», «где есть …»), not a word of another question
  const ofRooms = /(?<![а-я])(?:номер\S*|комнат\S*|как\S*|где)(?![а-я])/.test(normalizeText(question));
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

/** «а сколько человек?»: attribute words only, answered by followUp for the fact asked before. */
function onlyAttributes(question: string): boolean {
  const words = normalizeText(question)
    .replace(/[?!.,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.every((w) => ATTRIBUTES.has(w));
}

/** Did this message ask about a fact or a room (so a follow-up may refer to it)? */
function asksSomething(text: string, hotel: Hotel): boolean {
  const q = usualForms(splitOpening(text).rest);
  const room = extractRoomType(q, hotel.room_types);
  return hasOtherTopic(q, hotel) || !!(room && !room.byPreference) || shapedQuestion(q) !== null;
}

const WHEN_ASKED = /(?<![а-я])(?:когда|во сколько|в какой момент|до скольки|со скольки|с какого времени)(?![а-я])/;
const HOW_ASKED = /(?<![а-я])(?:как(?! (?:насч[её]т|долго|далеко|часто|поздно|рано|много|дорого|близко))|чем|каким образом|какими способами)(?![а-я])/;

/** Whether a question asks when or how (the manner), or neither. */
function questionAspect(t: string): 'when' | 'how' | null {
  return WHEN_ASKED.test(t) ? 'when' : HOW_ASKED.test(t) ? 'how' : null;
}

/** A short question made only of attribute words after a question about one fact: that fact, for this question. */
function followUp(question: string, history: string[], hotel: Hotel): KnowledgeAnswer | null {
  const t = normalizeText(question)
    .replace(/[?!.,]/g, ' ')
    .trim();
  const words = t.split(/\s+/).filter(Boolean);
  // «а сколько человек?» follows up by its «а»; «сколько это стоит?» by the pronoun that points back
  const pointsBack = /^(?:а|и)\s/.test(t) || /(?<![а-я])(?:это|он|она|оно|они|е[её]|его|их)(?![а-я])/.test(t);
  const attributesOnly = pointsBack && words.length <= 6 && words.every((w) => ATTRIBUTES.has(w));
  const previous = history.at(-1);
  if (!previous) return null;
  const before = usualForms(splitOpening(previous).rest);
  const top = indexOf(hotel).search(before, 1)[0];
  if (!top || top.fact.roomType || top.score < MIN_SCORE * 2) return null;
  // «а какой штраф?» after smoking, «а за неё платить надо?» after the cot: the topic before, not a keyword's other fact
  const own = indexOf(hotel).search(topicalWords(question), 12);
  // «когда платить?» then «а как оплатить?»: the same topic asked in another aspect (when → how) is the fact the
  // question finds itself, not the one just said
  const asked = questionAspect(t);
  if (asked && own[0] && own[0].fact.id !== top.fact.id && questionAspect(normalizeText(before)) && asked !== questionAspect(normalizeText(before)))
    return null;
  if (!attributesOnly && !followsTopic(question, own, top, indexOf(hotel).search(`${before} ${question}`, 1)[0])) return null;
  // «сколько это стоит?» after «из аэропорта встречаете?»: the alternative named before
  return { text: phraseFact(top.fact, question, hotel, false, previous), sources: [top.fact.id] };
}

/** A capacity, advice, pet or route question, answered from the hotel data before any search. */
function shapedAnswer(
  question: string,
  hotel: Hotel,
  saidRoom: ReturnType<typeof extractRoomType>,
  knownRoom: string | null | undefined,
): KnowledgeAnswer | null {
  const pet = petAnswer(question, hotel, saidRoom?.code ?? knownRoom);
  if (pet) return { text: pet, sources: ['pets'] };
  // «трансфер на шестерых», «сауна на пятерых»: a party for a service the question names, not for a room
  const top = saidRoom ? null : indexOf(hotel).search(question, 1)[0];
  const forService = !!top?.named && !top.fact.roomType;
  const fits = forService ? null : capacityAnswer(question, hotel, saidRoom);
  if (fits) return { text: fits, sources: ['capacity'] };
  const advice = adviceAnswer(question, hotel);
  if (advice) return { text: advice, sources: ['capacity'] };
  return nameAnswer(question, hotel) ?? routeAnswer(question, hotel) ?? cityAnswer(question, hotel);
}

/** Does the question name a non-room topic strongly (so «можно ли в люкс с собакой» is about pets)? */
// Words a question about the rooms' prices is made of; anything else («проезд в метро», «билет») is another object.
const ROOM_PRICE_WORDS = new Set(
  'а и у в во на за по с вас ваш ваши у вас сколько стоит стоят стоить будет будут это цена цены цену ценах стоимость стоимости почем по чем прайс тариф тарифы расценки какие какая какой каков какова во обойдется обойдется выйдет номер номера номеров номерах комната комнаты комнат проживание проживания ночь ночи сутки одну один подскажите скажите пожалуйста сейчас примерно у вас нас двоих одного'.split(
    ' ',
  ),
);

/** Words besides those of a room price question («проживание с кошкой» has «кошкой»). */
function hasExtraWords(t: string): boolean {
  return t.split(/[^а-яa-z0-9-]+/).some((w) => w && !/^\d+$/.test(w) && !ROOM_PRICE_WORDS.has(w));
}

/** The price of something that is not a room or a stay. */
function pricesSomethingElse(t: string): boolean {
  return !/(?<![а-я])(?:номер|комнат|проживан|ноч|сут)/.test(t) && hasExtraWords(t);
}

function noInformation(hotel: Hotel): KnowledgeAnswer {
  return { text: `К сожалению, у меня нет точной информации об этом. Уточните, пожалуйста, на ресепшене по телефону ${hotel.hotel.phone}.`, sources: ['none'] };
}

function hasOtherTopic(question: string, hotel: Hotel): boolean {
  const top = indexOf(hotel).search(question, 1)[0];
  return !!top && !top.fact.roomType && top.score >= MIN_SCORE * 2;
}

async function stayAnswer(
  services: KnowledgeServices,
  checkIn: string,
  checkOut: string,
  roomType: string | undefined,
  listAvailability: boolean,
  party: Party | null,
  among?: readonly string[],
): Promise<(KnowledgeAnswer & { yesNo?: boolean }) | null> {
  const { hotel, pms } = services;
  const when = stayWhen(checkIn, checkOut);
  const nameOf = (code: string) => hotel.room_types.find((r) => r.code === code)?.name ?? code;
  const currency = hotel.hotel.currency;
  if (roomType && !listAvailability) {
    const q = await pms.quote({ room_type: roomType, check_in: checkIn, check_out: checkOut });
    // several nights at one price: say the nightly price too («в выходные» asks what a weekend night costs)
    const prices = new Set(q.nights.map((n) => n.price));
    // no brackets: they are not heard on the phone
    const perNight = q.nights.length > 1 && prices.size === 1 ? `, по ${money(q.nights[0]!.price, q.currency)} за ночь` : '';
    const room = hotel.room_types.find((r) => r.code === roomType);
    const counted = party ? countedParty(party) : USUAL_ADULTS;
    if (room && counted > room.max_guests) {
      // the party does not fit: the rooms it fits in that are free for the stay, cheapest first
      const fits = party ? await freeRooms(services, checkIn, checkOut, party) : [];
      const instead = fits.length
        ? ` ${capitalize(when)} для вас свободен «${nameOf(fits[0]!.room_type)}» — ${money(fits[0]!.total_price, currency)} за ${nightsWord(fits[0]!.per_night.length || 1)}.`
        : '';
      return {
        text: `В номере «${room.name}» можно разместить не больше ${room.max_guests} гостей, а вас ${peopleCount(counted)}.${instead}`,
        // a room free for the stay that the party fits in: a free-room answer, so the booking of it is offered
        sources: fits.length ? [`room_${room.code}`, 'availability'] : [`room_${room.code}`],
        ...(fits.length ? { yesNo: false } : {}),
      };
    }
    // the price is per room, but whether the party fits is not known when nobody said how many: the usual two are
    // assumed, and said as an assumption the caller can correct, not as a fact about them
    // nobody said how many: the room's size is said with its name («номер «Люкс» на двоих»), which the caller can
    // set against their party, not «если вас двое», which makes the price sound as if it depended on the party
    const size = !party && room ? ` ${forPeople(room.max_guests)}` : '';
    const quoted = `номер «${nameOf(roomType)}»${size} ${when}${party ? partyPhrase(party) : ''} — ${money(q.total_price, q.currency)} за ${nightsWord(q.nights.length)}${perNight}.`;
    return {
      text: capitalize(quoted),
      sources: ['quote'],
    };
  }
  const room = roomType ? hotel.room_types.find((r) => r.code === roomType) : undefined;
  if (room && party && countedParty(party) > room.max_guests) return stayAnswer(services, checkIn, checkOut, roomType, false, party);
  const free = (
    party
      ? (await freeRooms(services, checkIn, checkOut, party)).filter((r) => !roomType || r.room_type === roomType)
      : (await pms.availability({ check_in: checkIn, check_out: checkOut, ...(roomType ? { room_type: roomType } : {}) }))
          .filter((r) => r.available > 0)
          .sort((a, b) => a.total_price - b.total_price)
  ).filter((r) => !among?.length || among.includes(r.room_type));
  // a party larger than any room: no date has a room for it, several rooms do (as the booking says)
  const largest = hotel.room_types.reduce((a, b) => (b.max_guests > a.max_guests ? b : a));
  if (free.length === 0 && party && countedParty(party) > largest.max_guests) {
    return {
      text: `Самый вместительный номер у нас — «${largest.name}», до ${largest.max_guests} гостей; для ${peopleGenitive(countedParty(party))} можно забронировать несколько номеров.`,
      sources: [`room_${largest.code}`],
    };
  }
  if (free.length === 0) {
    return {
      text: roomType ? `${capitalize(when)} номер «${nameOf(roomType)}» занят.` : `${capitalize(when)} свободных номеров нет.`,
      sources: ['availability'],
      yesNo: false,
    };
  }
  // on the phone: the cheapest free room and how many others there are, not the whole list
  const cheapest = free[0]!;
  const nights = nightsWord(cheapest.per_night.length || 1);
  const price = `${money(cheapest.total_price, currency)} за ${nights}`;
  if (roomType) return { text: `${capitalize(when)} номер «${nameOf(roomType)}» свободен: ${price}.`, sources: ['availability'], yesNo: true };
  const others = free.length - 1;
  // one sentence, so that the offer to book that follows is the second and last
  const rest = others === 0 ? '' : others === 1 ? `, есть ещё «${nameOf(free[1]!.room_type)}»` : ', есть и другие номера, подороже';
  return {
    text: `${capitalize(when)}${partyPhrase(party)} свободен «${nameOf(cheapest.room_type)}» — ${price}${rest}.`,
    sources: ['availability'],
    yesNo: true,
  };
}

/** Room types the party fits in with a room free on every night of the stay, cheapest first. */
async function freeRooms(services: KnowledgeServices, checkIn: string, checkOut: string, party: Party) {
  const counted = countedParty(party);
  const fits = (code: string) => (services.hotel.room_types.find((t) => t.code === code)?.max_guests ?? 0) >= counted;
  const rooms = await services.pms.availability({ check_in: checkIn, check_out: checkOut });
  return rooms.filter((r) => r.available > 0 && fits(r.room_type)).sort((a, b) => a.total_price - b.total_price);
}

/** The booking's party (its slots), when its adults are known. */
function knownParty(known: KnownStay): Party | null {
  if (typeof known.adults !== 'number') return null;
  const ages = known.children_ages?.length ? { children_ages: known.children_ages } : {};
  return { adults: known.adults, children: known.children ?? 0, ...ages };
}

/** «с 4 по 6 декабря», or «с 30 декабря по 2 января» across months. */
export function stayWhen(checkIn: string, checkOut: string): string {
  const [from, to] = [russianDate(checkIn), russianDate(checkOut)];
  const sameMonth = checkIn.slice(0, 7) === checkOut.slice(0, 7);
  return sameMonth ? `с ${from.split(' ')[0]} по ${to}` : `с ${from} по ${to}`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A party over the room priced: the room's limit, and the price of the smallest room that takes the party. */
function partyOverRoom(hotel: Hotel, room: RoomType, counted: number, question: string): KnowledgeAnswer & { yesNo?: boolean } {
  const fit = hotel.room_types.filter((r) => r.max_guests >= counted).sort((a, b) => a.max_guests - b.max_guests || a.price_weekday - b.price_weekday)[0];
  const limit = `В номере «${room.name}» можно разместить не больше ${room.max_guests} гостей, а вас ${peopleCount(counted)}.`;
  if (!fit) return { text: `${limit} Одного номера на вас нет — можно взять два.`, sources: [`room_${room.code}`, 'capacity'], yesNo: false };
  return { text: `${limit} ${roomPriceSentence(fit, hotel, question)}`, sources: [`room_${fit.code}`, 'capacity'], yesNo: false };
}
