// Answers a caller's question from the hotel's facts and the hotel system: times, services, policies and
// rooms are quoted from data/hotel.yml; prices and free rooms for given dates come from the PMS.
import { todayIn } from '../../hotel/calendar.ts';
import { pastDayText, tooFarText } from '../../hotel/format-ru.ts';
import { bookingHorizonDays } from '../../hotel/rules.ts';
import type { Hotel } from '../../hotel/types.ts';
import { addDays } from '../lang-ru/calendar.ts';
import { extractStay } from '../lang-ru/dates.ts';
import { extractGuests } from '../lang-ru/guests.ts';
import { loadMorph } from '../lang-ru/morph.ts';
import { asksPrice as asksPriceIn, bareHowMuch } from '../lang-ru/price-words.ts';
import { extractRoomType } from '../lang-ru/rooms.ts';
import { splitOpening, usualForms } from '../lang-ru/spoken.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { KnowledgeAnswer, KnowledgeServices, KnownStay } from './answer-types.ts';
import { namesRoom } from './asks-fact.ts';
import { asksSomething, followUp, onlyAttributes } from './attribute-follow-up.ts';
import { coordinatedTopics, juxtaposedQuestions, questionClauses, questionPart } from './clauses.ts';
import { discussedStay, nightsAsked } from './context.ts';
import { kindOfNightOnly, nearestWeekendTaken } from './days-said.ts';
import { elsewhereAnswer } from './elsewhere.ts';
import { factsAsked, hasOtherTopic, indexOf, MIN_SCORE, namesTopic, noInformation } from './fact-lookup.ts';
import { money } from './facts.ts';
import { nightShareAnswer } from './night-share.ts';
import { completedQuestion } from './follow-up.ts';
import { thingForChild } from './for-child.ts';
import { nameAnswer } from './hotel-name.ts';
import { asksException, noException, refuses } from './plea.ts';
import { childAgeAnswer, childrenRuleAnswer, comesWithChildren, countedParty, partyAdding, partyOf } from './party.ts';
import { petClashAnswer } from './pet-party.ts';
import { factPolarity, phraseFact } from './phrasing.ts';
import { answerYesNo, joinAnswers } from './plain-speech.ts';
import { aspectsAsked, isYesNoQuestion } from './question-kind.ts';
import { cheapestRoomSentence, roomAnswer, roomDifferencesSentence, roomListSentence, roomPriceSentence, roomsWithFeature } from './room-phrasing.ts';
import { asksRoomsInGeneral, byFeature, DIFFERENCE, hasExtraWords, MORE, onlyRoomWith, pricesSomethingElse } from './room-questions.ts';
import { rankAnswer, rankedRooms, rankQuestion } from './ranking.ts';
import { answerToCheck } from './stated-check.ts';
import { stayEdgeAnswer } from './stay-edges.ts';
import { insistingAnswer } from './insisting.ts';
import { knownParty, partyOverRoom, stayAnswer } from './stay-answer.ts';
import { adviceAnswer, capacityAnswer, cityAnswer, partyRooms, petAnswer, petMention, petRefusal, routeAnswer } from './topics.ts';

export type { KnowledgeAnswer, KnowledgeServices, KnownStay } from './answer-types.ts';
export { asksForOtherRooms } from './room-questions.ts';

// a price asked: the price words in one clause in any order (lang-ru/price-words.ts), and «сколько?» alone (not «во
// сколько?», «до скольки?»)
const PRICE_ALONE = /(?<![а-я])(?<!(?:во|до|со) )сколько\s*\??$/;
// «есть что-нибудь на выходные?», «найдётся номер на двоих?»: with dates, asking for anything free
const AVAILABILITY =
  /(свобод(?:н|ен)|наличи|доступн|занят|есть (?:ли )?(?:у вас )?(?:места|номер|комнат|что-?(?:нибудь|то)|варианты?)|места есть|найд[её]тся|можно (?:ли )?(?:забронировать|заселиться|остановиться|приехать) на)/;

// arriving and leaving said with dates (and the wish for a room: «номер нужен на сутки послезавтра, сколько» is no question about what is needed to check in)
const STAY_VERBS = /(?<![а-я])(?:заезд|заезж|заед|заех|въезж|въед|засел|приезж|приед|приех|выезж|выезд|выед|выех|уезж|уед|нужен|нужна|нужно|нужны|надо)[а-я]*/g;
const EARLY_OR_LATE = /(?<![а-я])(?:ранн|раньше|пораньше|рано|поздн|позже|попозже|поздно)/;

// «а сколько он стоит», «почём она»: the thing just named
const POINTS_BACK = /(?<![а-я])(?:он|она|оно|это|его|е[её]|н(?:его|е[её]|ей|ем|ём))(?![а-я])/;
// a rule that refuses something outright («дополнительная кровать не предоставляется», «запрещено»)
const REFUSES = /(?<![а-яё])(?:не (?:предоставля|допуска|разреша|принима|размеща|ставит)\S*|запрещ\S*|нельзя)/;
// «этот, с видом на речку», «тот, где гостиная»: a room described, not one named a moment ago
const DESCRIBED = /(?<![а-я])(?:этот|тот|такой)\s+(?:\S+\s+)?(?:с|со|где|котор\S*)(?![а-я])/;
// «туда», «там»: the place just named
const THERE = /(?<![а-я])(?:туда|там)(?![а-я])/;
// «он», «этот номер», «в нём», «такой»: a room named a moment ago
const REFERS = /(?<![а-я])(?:он|оно|его|нем|н[её]м|этот|этом|этого|такой|таком|тот|том номере)(?![а-я])/;
// «а итого за все три ночи?», «а всего сколько?»: the total of the stay already talked about
const TOTAL = /(?<![а-я])(?:итого|итог|всего|в сумме|в общем|общ\S* (?:сумм|стоимост)|за (?:все|всё|весь))(?![а-я])/;

export async function answerQuestion(said: string, services: KnowledgeServices, known: KnownStay = {}): Promise<KnowledgeAnswer> {
  // the phrasing inflects words of the data (phrasing.ts `paymentWays`); loaded once per process
  await loadMorph();
  // «ну а за доплату?» after a refusal, «а скидку?» after a fee: the rule stands
  const insisting = insistingAnswer(said, known.last_reply, services.hotel);
  if (insisting) return insisting;
  // «хочу забронировать …, и ещё скажите, сколько стоит трансфер?»: the question, not the booking clause
  const asked = questionPart(said);
  // «нас четверо с собакой, можно?», «семейный … и можно ли с кошкой»: the pet against the party and the room of the
  // whole turn, before its clauses are answered apart
  const petClash = petClashAnswer(asked, services.hotel, known);
  if (petClash) return petClash;
  // «во сколько заселение и можно ли раньше»: each question answered, once
  const clauses = questionClauses(asked);
  // «во сколько заезд и выезд»: two topics joined under one question are asked each (a word alone finds its fact
  // strongly, and never a room)
  const topicOf = (word: string) => {
    const top = indexOf(services.hotel).search(word, 1)[0];
    return top && !top.fact.roomType && top.score >= MIN_SCORE * 2 ? top.fact.id : null;
  };
  const pair = clauses.length === 1 ? coordinatedTopics(asked, topicOf) : null;
  const parts = pair ?? clauses;
  if (parts.length > 1) {
    const answers = await Promise.all(parts.map((p) => answerQuestion(p, services, known)));
    // «сауна во сколько открывается и сколько стоит», «есть ли сауна и почём она»: a part with no topic of its own, or
    // one that points back to it, asks about the fact the part before named
    const facts = indexOf(services.hotel).facts;
    const factOf = (a: KnowledgeAnswer) => (a.sources.length === 1 ? facts.find((f) => f.id === a.sources[0] && !f.roomType) : undefined);
    for (let i = 1; i < parts.length; i++) {
      // (a part before that names its topic or points back to it, not «ой», «слушайте» answered by the question before)
      const prior = parts[i - 1]!;
      const fact = hasOtherTopic(prior, services.hotel) || POINTS_BACK.test(normalizeText(prior)) ? factOf(answers[i - 1]!) : undefined;
      const part = parts[i]!;
      const ownless = answers[i]!.sources.some((s) => s === 'none' || s === 'rooms_from');
      const pointsBack = (POINTS_BACK.test(normalizeText(part)) || THERE.test(normalizeText(part))) && !extractRoomType(part, services.hotel.room_types);
      // «и сколько человек туда пускают»: a figure asked of the place just named, whatever fact its verb meets by itself
      const named = indexOf(services.hotel).search(part, 1)[0]?.named === true;
      const figureOfIt = pointsBack && !!aspectsAsked(part) && !named;
      if (fact && (figureOfIt || (!factOf(answers[i]!) && (ownless || pointsBack) && !hasOtherTopic(part, services.hotel))))
        answers[i] = { text: phraseFact(fact, part, services.hotel), sources: [fact.id] };
    }
    // one fact asked for several of its aspects (where and when, the hours and the price, how many it takes): said once
    const one = factOf(answers[0]!);
    if (one && answers.every((a) => factOf(a) === one) && new Set(parts.map(aspectsAsked).filter(Boolean)).size > 0) {
      const text = phraseFact(one, parts.join(' и '), services.hotel);
      // «есть ли сауна и почём она»: the yes of the first question still comes first
      const yes = /^(да|нет)(?=,)/i.exec(answers[0]!.text)?.[0];
      return { text: withoutRepeats(yes && !/^(да|нет),/i.test(text) ? answerYesNo(yes.toLowerCase() === 'да', text) : text), sources: [one.id] };
    }
    // «есть ли парковка и сколько стоит»: a part with no topic of its own («сколько стоит») asks about the first
    // («сколько стоит номер на троих»: the cheapest room, for a part that names the room it prices)
    const namesRooms = (i: number) => /(?<![а-я])(?:номер\S*|комнат\S*)(?![а-я])/.test(normalizeText(parts[i]!));
    const found = answers.filter((a, i) => !a.sources.includes('none') && (!a.sources.includes('rooms_from') || namesRooms(i)));
    if (found.length === parts.length && new Set(found.map((a) => a.text)).size === found.length) {
      // «можно пораньше и сколько стоит ранний заезд»: one fact asked twice is said once
      const said = new Set<string>();
      const fresh = found.filter((a) => !a.sources.every((f) => said.has(f)) && a.sources.every((f) => said.add(f)));
      return { text: withoutRepeats(joinAnswers(fresh.map((a) => a.text))), sources: [...said] };
    }
  }
  // «ну пожалуйста, в виде исключения» after a refusal: the rule holds, said again for the question refused
  const pleaded = asksException(asked) ? known.history?.at(-1) : undefined;
  if (pleaded) {
    const refused = await answerQuestion(pleaded, services, { ...known, history: known.history!.slice(0, -1) });
    if (refuses(refused.text)) return { text: noException(refused.text), sources: refused.sources };
  }
  const answer = await findAnswer(asked, services, known);
  // «адрес какой у вас во сколько ресторан закрывается»: two questions said without a joiner, kept apart only when the
  // answer to the whole is one of theirs and the other brings a fact of its own
  if (parts.length === 1 && !answer.sources.includes('none')) {
    for (const [first, second] of juxtaposedQuestions(asked, (q) => namesTopic(q, services.hotel))) {
      const both = await Promise.all([first, second].map((p) => answerQuestion(p, services, known)));
      const [a, b] = both as [KnowledgeAnswer, KnowledgeAnswer];
      // (two facts of the hotel: a room, a price or free rooms are one question with its details)
      const found = both.every((x) => !x.sources.some((f) => f === 'none' || f === 'rooms_from' || f === 'quote' || f === 'availability'));
      const whole = (x: KnowledgeAnswer) => x.sources.join() === answer.sources.join();
      const apart = !a.sources.some((f) => b.sources.includes(f));
      if (found && apart && (whole(a) || whole(b))) return { text: withoutRepeats(joinAnswers([a.text, b.text])), sources: [...a.sources, ...b.sources] };
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
    if (m && party > Number(m[1])) return `Это до ${m[1]} ${m[2]}, а вас ${party} — как быть, подскажут на ресепшене.`;
  }
  return '';
}

// a sentence as said, for telling repeats apart: «Да, ранний заезд с 10:00 за 50 %…» repeats «Ранний заезд с 10:00…»
const sentenceKey = (s: string) =>
  normalizeText(s)
    .replace(/^(?:да|нет),?\s+/, '')
    // «Обычно заезд с 14:00» after the early check-in repeats «Заезд с 14:00» said for the check-in time
    .replace(/^обычно\s+/, '')
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

async function findAnswer(asked: string, services: KnowledgeServices, known: KnownStay): Promise<KnowledgeAnswer & { yesNo?: boolean }> {
  const { hotel } = services;
  // «алло здравствуйте а вай фай есть»: the question without the greeting, in the usual words
  const question = usualForms(splitOpening(asked).rest);
  // «а в субботу?» after «во сколько завтрак?»: the question before, with the day said now
  // «а с детьми можно?» after the pet rule asks the rule for children; after a price it is the party priced again
  const before = normalizeText(known.history?.at(-1) ?? '');
  const pricedBefore = asksPriceIn(before) || PRICE_ALONE.test(before) || AVAILABILITY.test(before);
  const completed = completedQuestion(
    question,
    known.history ?? [],
    (q) => hasOtherTopic(q, hotel) || onlyAttributes(q) || (!pricedBefore && comesWithChildren(q)),
    (q) => asksSomething(q, hotel),
    (w) => namesRoom(w, hotel.room_types),
  );
  if (completed) return findAnswer(completed, services, { ...known, history: (known.history ?? []).slice(0, -1) });
  const t = normalizeText(question);
  // «а комфорт в выходные?»: the price of a weekend night, not a stay on the coming weekend the caller never named
  const said = kindOfNightOnly(question, services.now(), hotel.hotel.timezone) ? {} : extractStay(question, services.now(), hotel.hotel.timezone);
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
  // («ну этот, с видом на речку» describes the room; it points back to none)
  const featured = (REFERS.test(t) && !DESCRIBED.test(t)) || featureRoom ? null : byFeature(question, hotel);
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
  // «мы едем с собакой, с какого времени заезд?»: the dog of the story asks no pet rule when the question finds a fact
  const storyless = factsAsked(question, hotel).question;
  // «комфорт на две ночи с пятого, с нами собачка, сколько всего»: a stay priced with its pet, not the pet rule alone
  const petStay = asksPrice && !!said.check_in && !!petMention(question);
  // «прилетаем в девять утра, сразу заселят или ждать?»: the usual hour and the rule for earlier, with its fee (the
  // hour is in the story, so the whole question is read)
  const edge = saidRoom ? null : stayEdgeAnswer(question, hotel, indexOf(hotel).search(question, 1)[0]?.fact.id);
  const shaped = edge ?? shapedAnswer(storyless, hotel, saidRoom, known.room_type, petStay);
  if (shaped) return shaped;
  // «а если с нами ещё бабушка поедет?» right after a price or free rooms: the same question for the party now
  const previous = known.history?.at(-1);
  const partyFollow =
    !said.check_in &&
    !!previous &&
    /(?<![а-я])если(?![а-я])/.test(t) &&
    (asksPriceIn(normalizeText(previous)) || PRICE_ALONE.test(normalizeText(previous)) || AVAILABILITY.test(normalizeText(previous))) &&
    !!(partyAdding(question, earlier.party ?? null) ?? partyOf(extractGuests(question)));
  // «сколько стоит завтрак для ребёнка», «кресло для ребёнка»: the thing asked for a child, not the rule for children
  const forChild = !said.check_in && !saidRoom ? thingForChild(question, hotel, asksPrice) : null;
  if (forChild?.answer) return forChild.answer;
  // «а ребёнку пять лет»: the rule for children, for that age
  const child = !said.check_in && !saidRoom && !partyFollow ? childAgeAnswer(question, hotel) : null;
  if (child) return { text: child, sources: ['guests_counting'] };
  if (forChild?.unknown) return noInformation(hotel);
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
  // «расскажите про номера»: the rooms as a whole, not the one just talked about
  const allRooms = asksRoomsInGeneral(t, hasOtherTopic(question, hotel));
  const room = saidRoom ?? ((asksPrice || refers || partyFollow) && !otherTopic && knownRoom && !allRooms ? { code: knownRoom } : null);
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
    // «почём люкс на выходные»: the weekend taken is said to be the coming one
    const assumed = stay === said && nearestWeekendTaken(question, services.now(), hotel.hotel.timezone) ? 'на ближайшие выходные, ' : '';
    const answered = await stayAnswer(services, stay.check_in, checkOut, room?.code, asksAvailability || !room, party, among, assumed).catch(() => null);
    if (answered) return petStay ? withPetFee(answered, hotel) : answered;
  }
  // «ранний заезд в комфорт сколько стоит»: the rule's share of the night, for that room
  const share = room && asksPrice ? nightShareAnswer(question, hotel, room.code) : null;
  if (share) return share;
  if (room && !room.byPreference && (asksPrice || !hasOtherTopic(question, hotel))) {
    const r = hotel.room_types.find((x) => x.code === room.code);
    // «а если нас четверо?» after the price of a room for three: its limit, and the price of the room that fits
    const grown = partyFollow || asksPrice ? partyOf(extractGuests(question)) : null;
    if (r && asksPrice && grown && countedParty(grown) > r.max_guests) return partyOverRoom(hotel, r, countedParty(grown), question);
    if (r) return { text: asksPrice ? roomPriceSentence(r, hotel, question) : roomAnswer(r, question, hotel), sources: [`room_${r.code}`] };
  }
  if (asksPrice && !room && !allRooms && pricesSomethingElse(t)) {
    // «сколько стоит проезд в метро?» prices something the hotel's facts may not know: no room price list
    if (!hasOtherTopic(question, hotel)) return noInformation(hotel);
  } else if (allRooms || (MORE.test(t) && known.last_rooms?.length)) {
    // the full list only when asked for it; after «Стандарт» was named, «какие ещё?» gets the others
    const except = allRooms ? [] : (known.last_rooms ?? []);
    const rest = except.length < hotel.room_types.length ? except : [];
    return { text: roomListSentence(hotel, rest), sources: hotel.room_types.filter((r) => !rest.includes(r.code)).map((r) => `room_${r.code}`) };
  } else if (asksPrice && !room && (!hasOtherTopic(question, hotel) || !hasExtraWords(t))) {
    // «сколько стоит номер?» on the phone: the cheapest room for the party, and that there are others
    // («а если нас четверо?» after it: the cheapest room that takes four)
    return { text: cheapestRoomSentence(hotel, extractGuests(question).adults ?? known.adults), sources: ['rooms_from'] };
  }
  // a fact met only through its wording, never through what it is about, is no answer («можно добавить ещё один
  // номер» is not about the accessible room that «один номер «Стандарт»» describes)
  // (and a story told around the question brings no topic: «прилетаем в обед, с какого времени заселение»)
  const { question: topicQuestion, hits } = factsAsked(question, hotel);
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
  const text = chosen.map((f, i) => phraseFact(f, topicQuestion, hotel, i > 0)).join(' ');
  // «нас четверо, трансфер всех увезёт?»: a party over the service's limit hears the limit first, never a «да»
  const over = overLimit(chosen, extractGuests(question).adults);
  if (over)
    return {
      text: withoutRepeats(`${over} ${text.replace(/^(?:Да|Нет),\s*(\S)/, (_m, c: string) => c.toUpperCase())}`),
      sources: chosen.map((f) => f.id),
      yesNo: false,
    };
  return { text: withoutRepeats(text), sources: chosen.map((f) => f.id) };
}

/** A capacity, advice, pet or route question, answered from the hotel data before any search. */
function shapedAnswer(
  question: string,
  hotel: Hotel,
  saidRoom: ReturnType<typeof extractRoomType>,
  knownRoom: string | null | undefined,
  petStay = false,
): KnowledgeAnswer | null {
  // «телефон аэропорта подскажите»: another place's contact is not the hotel's way here or its number
  const elsewhere = elsewhereAnswer(question, hotel, indexOf(hotel));
  if (elsewhere) return elsewhere;
  const roomCode = saidRoom?.code ?? knownRoom;
  const mention = petMention(question);
  // a stay priced with a pet the room takes is the price with the fee (withPetFee); a pet it does not take, the rule
  const pet = petStay && mention && !petRefusal(hotel, mention, roomCode) ? null : petAnswer(question, hotel, roomCode);
  if (pet) return { text: pet, sources: ['pets'] };
  // «раскладушку в стандарт поставите, нас трое»: a rule that refuses the request is said in its own words, then the
  // room the party fits in
  const rule = indexOf(hotel)
    .search(question, 3)
    .find((h) => !h.fact.roomType);
  if (rule?.named && rule.fact.kind === 'policy' && REFUSES.test(rule.fact.text.split(';')[0] ?? '') && isYesNoQuestion(question)) {
    const rooms = partyRooms(question, hotel, saidRoom ?? (knownRoom ? { code: knownRoom } : null));
    if (rooms) return { text: `${phraseFact(rule.fact, question, hotel)} ${rooms}`, sources: [rule.fact.id, 'capacity'] };
  }
  // «трансфер на шестерых», «сауна на пятерых»: a party for a service the question names, not for a room
  const top = saidRoom ? null : indexOf(hotel).search(question, 1)[0];
  // (children named in the party meet the rule for counting them, which is about rooms, no service)
  const forService = !!top?.named && !top.fact.roomType && top.fact.id !== 'guests_counting';
  const fits = forService ? null : capacityAnswer(question, hotel, saidRoom);
  if (fits) return { text: fits, sources: ['capacity'] };
  const advice = adviceAnswer(question, hotel);
  if (advice) return { text: advice, sources: ['capacity'] };
  return nameAnswer(question, hotel) ?? routeAnswer(question, hotel) ?? cityAnswer(question, hotel);
}

// «2000 рублей за всё проживание»: the pet fee as the pets rule of data/hotel.yml states it
const PET_FEE = /(\d[\d\s]*)\s*рубл\S* за (?:всё|все|весь) (?:проживание|период|срок)/;

/** A stay's price with the pet fee of the pets rule added, when the rule states one for the whole stay. */
function withPetFee(answer: KnowledgeAnswer & { total?: number }, hotel: Hotel): KnowledgeAnswer {
  const fee = PET_FEE.exec(hotel.policies['pets'] ?? '');
  if (!fee || answer.total === undefined) return answer;
  const amount = Number(fee[1]!.replace(/\s/g, ''));
  const c = hotel.hotel.currency;
  return {
    text: `${answer.text} С питомцем — ещё ${money(amount, c)} за всё проживание, всего ${money(answer.total + amount, c)}.`,
    sources: [...answer.sources, 'pets'],
  };
}
