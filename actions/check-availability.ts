// action_check_availability: checks the asked dates, party and (when chosen) room type against the hotel
// system, explains any problem in words built from hotel data, and sets availability_status for the flow.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { addDays, nightsBetween } from '../src/hotel/calendar.ts';
import { HotelValidationError } from '../src/hotel/errors.ts';
import { adultsAccusative, forPeople, MONTHS_GENITIVE, pastDayText, peopleCount, stayRange, tooFarText } from '../src/hotel/format-ru.ts';
import { bookingHorizonDays, countedGuests, FREE_COT_AGE, hotelToday, validateDates } from '../src/hotel/rules.ts';
import type { Hotel, IsoDate, RoomAvailability, RoomType } from '../src/hotel/types.ts';
import { petPartySentence, petRoomsNeeded } from '../src/understanding/knowledge/pet-party.ts';
import { type PetMention, petMention, petRefusal, petWeightLimit } from '../src/understanding/knowledge/topics.ts';
import { countOnly, extractGuests } from '../src/understanding/lang-ru/guests.ts';
import { VOICE_CHANNEL } from './booking-identity.ts';
import { offerDates } from './offer-dates.ts';
import { botLines, checkedWishes, needsSentence, petComing, roomFits, roomsForNeeds } from './room-fit.ts';
import {
  chosenRoomUnpriced,
  offerNotHeard,
  offerRooms,
  type RoomOffer,
  roomOfferedKey,
  roomsPricedBefore,
  sayBackChosenRoom,
  tellChosenRoomPrice,
} from './room-offer.ts';
import { type HotelServices, hotelServices, Reply, speechToday, slotNumber, slotNumbers, slotText } from './services.ts';

export type AvailabilityStatus =
  | 'available'
  | 'rooms_available'
  | 'invalid_dates'
  | 'too_many_guests'
  | 'need_children_ages'
  | 'over_capacity'
  | 'sold_out'
  | 'no_rooms'
  | 'pet_not_allowed'
  | 'pet_party'
  | 'room_to_agree';

export interface Party {
  adults: number;
  children: number;
  children_ages?: number[];
}

export function partyFromSlots(call: ActionCall): Party {
  return {
    adults: Math.max(0, Math.round(slotNumber(call, 'adults') ?? 1)),
    children: Math.max(0, Math.round(slotNumber(call, 'children') ?? 0)),
    children_ages: slotNumbers(call, 'children_ages'),
  };
}

// Statuses after which the room question is asked.
const OFFERING: ReadonlySet<AvailabilityStatus> = new Set(['rooms_available', 'over_capacity', 'sold_out', 'pet_not_allowed', 'room_to_agree']);

export function roomName(hotel: Hotel, code: string): string {
  return hotel.room_types.find((t) => t.code === code)?.name ?? code;
}

/** Room types the party fits in that have a room free on every night. */
export function fittingRooms(hotel: Hotel, rooms: RoomAvailability[], party: Party): RoomAvailability[] {
  const counted = countedGuests(party.adults, party.children, party.children_ages);
  return rooms.filter((r) => r.available > 0 && (hotel.room_types.find((t) => t.code === r.room_type)?.max_guests ?? 0) >= counted);
}

/** The nearest stay of the same length (up to two weeks either way) with a fitting room free. */
export async function nearestFreeStay(services: HotelServices, checkIn: IsoDate, checkOut: IsoDate, party: Party, prefer?: string, only = false) {
  const nights = nightsBetween(checkIn, checkOut);
  const today = hotelToday(services.hotel, services.now());
  for (let d = 1; d <= 14; d++) {
    for (const shift of [d, -d]) {
      const start = addDays(checkIn, shift);
      if (nightsBetween(today, start) < 0) continue;
      const end = addDays(start, nights);
      const rooms = fittingRooms(services.hotel, await services.pms.availability({ check_in: start, check_out: end }), party);
      const pick = rooms.find((r) => r.room_type === prefer) ?? (only ? undefined : rooms[0]);
      if (pick) return { check_in: start, check_out: end, room: pick };
    }
  }
  return null;
}

/** Says what is wrong with the dates of a stay and clears the ones to ask again. */
export function dateProblem(e: HotelValidationError, services: HotelServices, reply: Reply): void {
  switch (e.reason) {
    case 'in_past':
    case 'too_far': {
      const today = hotelToday(services.hotel, services.now());
      reply.say(e.reason === 'in_past' ? pastDayText(today) : tooFarText(String(e.details['last']), today));
      reply.set('check_in_date', null).set('check_out_date', null);
      return;
    }
    case 'not_after_check_in':
      reply.say('Дата выезда должна быть позже даты заезда.').set('check_out_date', null);
      return;
    case 'too_long':
      reply.say(`Я могу забронировать не больше ${String(e.details['max'])} ночей подряд.`).set('check_out_date', null);
      return;
    default: {
      const which = e.field === 'check_out' ? 'выезда' : 'заезда';
      const said = impossibleDate(String(e.details['value'] ?? ''));
      reply.say(said ? `${said} — такой даты нет в календаре.` : `Не получилось понять дату ${which}.`);
      reply.set('check_out_date', null);
      if (e.field !== 'check_out') reply.set('check_in_date', null);
    }
  }
}

/** "31 ноября" for a date-shaped value that is not a real date ("2026-11-31"), else null. */
export function impossibleDate(value: string): string | null {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(value);
  const month = MONTHS_GENITIVE[Number(m?.[1]) - 1];
  return m && month ? `${Number(m[2])} ${month}` : null;
}

/**
 * Whether the caller's message that gave the number of adults said only a count («нас четверо», «двое»), with
 * nobody named: the assistant then says «взрослых» back, so that children (babies under 3 do not count toward a
 * room) can be mentioned.
 */
function partySaidAsCount(call: ActionCall): boolean {
  const events = call.tracker.events;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.event !== 'user') continue;
    const commands = (e.parse_data?.['commands'] ?? []) as { command?: string; name?: string }[];
    if (!commands.some((c) => c.command === 'set slot' && c.name === 'adults')) continue;
    const text = e.text ?? '';
    return countOnly(text, extractGuests(text, 'adults'));
  }
  return false;
}

export async function checkAvailability(call: ActionCall, services: HotelServices): Promise<ActionResult> {
  const { hotel, pms } = services;
  const reply = new Reply();
  const party0 = partyFromSlots(call);
  // «нас четверо»: the adults were read from a bare count
  const assumed = party0.children === 0 && partySaidAsCount(call);
  if (assumed !== (call.tracker.slots['adults_assumed'] === true)) reply.set('adults_assumed', assumed);
  let offer: RoomOffer | null = null;
  // the stay said back in the offer, or null when the caller said the days (offer-dates.ts)
  let named: string | null = null;
  const status = (s: AvailabilityStatus) => {
    // dates offered earlier stand only until the next check
    if (s !== 'no_rooms' && (call.tracker.slots['suggested_check_in'] ?? null) !== null) reply.set('suggested_check_in', null).set('suggested_check_out', null);
    // On a call the offer is said here, once, and the room question is short: asked again after a digression it
    // does not read the prices out again (issue 13).
    // a party said only as a count («нас двое») is taken as adults, and the offer says so as what the assistant
    // counts on («Для двоих взрослых свободны …»), not as a fact about the caller, so that children can be mentioned
    const party = s === 'rooms_available' && assumed ? adultsAccusative(party0.adults) : '';
    if (offer && OFFERING.has(s) && call.tracker.latest_input_channel === VOICE_CHANNEL)
      reply.utter(offer.response, { room_offer: offer.room_offer, offer_dates: named, party, nights_said: offer.nights_said });
    return reply.set('availability_status', s).result();
  };

  let dates: { check_in: IsoDate; check_out: IsoDate };
  try {
    dates = validateDates(slotText(call, 'check_in_date'), slotText(call, 'check_out_date'), hotelToday(hotel, services.now()), bookingHorizonDays(hotel));
  } catch (e) {
    if (!(e instanceof HotelValidationError)) throw e;
    dateProblem(e, services, reply);
    return status('invalid_dates');
  }

  const party = partyFromSlots(call);
  const counted = countedGuests(party.adults, party.children, party.children_ages);
  const largest = hotel.room_types.reduce((a, b) => (b.max_guests > a.max_guests ? b : a));
  // A room type found sold out is remembered with its dates: when the caller then moves the stay, it is tried again
  // for the new dates instead of asking which room again.
  const [wishedType, ...wishedFor] = (slotText(call, 'sold_out_room_type') ?? '').split('/');
  const wished = !slotText(call, 'room_type') && wishedType && wishedFor.join('/') !== `${dates.check_in}/${dates.check_out}`;
  // Likewise a room said back with its price and not yet agreed to is kept when the caller moves the stay.
  const [offeredType, ...offeredFor] = (slotText(call, 'room_offered') ?? '').split('/');
  const reoffered = !slotText(call, 'room_type') && !wished && offeredType && offeredFor.join('/') !== `${dates.check_in}/${dates.check_out}`;
  const chosen: RoomType | undefined = hotel.room_types.find((t) => t.code === (wished ? wishedType : reoffered ? offeredType : slotText(call, 'room_type')));
  // Children of unknown age may be under 3 and not count: ask their ages before refusing the room.
  const unknownAges = party.children - (party.children_ages?.length ?? 0);
  const atLeast = countedGuests(party.adults, party.children, [...(party.children_ages ?? []), ...Array(Math.max(0, unknownAges)).fill(0)]);
  const limit = chosen?.max_guests ?? largest.max_guests;
  if (unknownAges > 0 && counted > limit && atLeast <= limit) {
    reply.say(`В номере «${(chosen ?? largest).name}» можно разместить не больше ${limit} гостей, не считая детей до ${FREE_COT_AGE} лет.`);
    reply.set('children_ages', null);
    return status('need_children_ages');
  }
  // a pet that no room taking pets can share with the whole party: said before any room is offered (never a room
  // that refuses pets), and the guests of the room with the pet asked, the rooms booked one after another
  const petParty = petPartyCheck(call, hotel, counted, chosen, reply);
  if (petParty) return status(petParty);

  if (counted > largest.max_guests) {
    reply.say(
      `Самый вместительный номер у нас — «${largest.name}», до ${largest.max_guests} гостей; для большой компании можно забронировать несколько номеров.`,
    );
    reply.set('adults', null).set('children', 0).set('children_ages', null);
    return status('too_many_guests');
  }

  const all = await pms.availability(dates);
  const fitting = fittingRooms(hotel, all, party);
  const nights = nightsBetween(dates.check_in, dates.check_out);
  // null (the response's «На ваши даты») or, when the dates were vague or worked out, the dates themselves
  named = offerDates(call, dates.check_in, dates.check_out, speechToday(services));
  reply.set('offer_dates', named);
  offer = offerRooms(reply, hotel, fitting, nights);

  const petProblem = checkPet(call, hotel, chosen, fitting, reply);
  if (petProblem)
    offer = offerRooms(
      reply,
      hotel,
      fitting.filter((r) => petsAllowed(hotel, r)),
      nights,
      true,
    );
  if (petProblem) return status(petProblem);

  if (chosen && counted > chosen.max_guests) {
    // no brackets: they are not heard on the phone
    const cots = party.children > 0 ? `, не считая детей до ${FREE_COT_AGE} лет` : '';
    // a bare count is not said back as adults: the room's size is said, and that babies would not count, so a
    // caller with one can say so («Люкс рассчитан на двоих, малыши до 3 лет не в счёт.»)
    // «можно разместить» left out: with the offer after it the turn stays within the phone budget
    reply.say(
      assumed
        ? `Номер «${chosen.name}» рассчитан ${forPeople(chosen.max_guests)}, малыши до ${FREE_COT_AGE} лет не в счёт.`
        : `В номере «${chosen.name}» не больше ${chosen.max_guests} гостей, а вас ${peopleCount(counted)}${cots}.`,
    );
    reply.set('room_type', null);
    if (fitting.length) return status('over_capacity');
  } else if (chosen && (all.find((r) => r.room_type === chosen.code)?.available ?? 0) === 0) {
    reply.set('room_type', null).set('sold_out_room_type', `${chosen.code}/${dates.check_in}/${dates.check_out}`);
    if (fitting.length) {
      const year = speechToday(services);
      let text = `Номера «${chosen.name}» ${stayRange(dates.check_in, dates.check_out, year)} уже заняты`;
      const near = await nearestFreeStay(services, dates.check_in, dates.check_out, party, chosen.code, true);
      if (near) text += `; ближайшие свободные даты для «${chosen.name}» — ${stayRange(near.check_in, near.check_out, year)}`;
      reply.say(`${text}.`);
      return status('sold_out');
    }
  } else if (chosen) {
    if (wished) reply.set('room_type', chosen.code).set('sold_out_room_type', null);
    // a room chosen before its price for the stay was heard is said back with the price and agreed to first
    const free = all.find((r) => r.room_type === chosen.code);
    let unpriced = free ? chosenRoomUnpriced(call, hotel, free, dates, speechToday(services)) : null;
    // a room that cannot meet a wish the data can check (separate beds, a wheelchair) is said so, once, and offered
    const wishes = checkedWishes(call);
    const unmet = !roomFits(hotel, chosen, wishes, false) && !slotText(call, 'guest_name');
    if (free && unpriced === null && unmet && slotText(call, 'room_offered') !== roomOfferedKey(chosen.code, dates)) unpriced = 'ask';
    const needs = unpriced ? needsSentence(hotel, wishes, petComing(call), botLines(call), chosen) : '';
    if (needs) reply.say(needs);
    if (free && unpriced === 'ask') {
      offer = sayBackChosenRoom(reply, hotel, free, nights, dates);
      return status('room_to_agree');
    }
    if (free && unpriced === 'tell') tellChosenRoomPrice(call, reply, hotel, free, nights, dates);
    if (reoffered) reply.set('room_type', chosen.code);
    return status('available');
  } else if (fitting.length) {
    // a pet, separate beds, a wheelchair: the rooms offered are those that take them, and the caller hears why
    const wishes = checkedWishes(call);
    const pet = petComing(call);
    if (wishes.length || pet) {
      const forNeeds = roomsForNeeds(hotel, fitting, wishes, pet);
      const needs = needsSentence(hotel, wishes, pet, botLines(call));
      if (needs) reply.say(needs);
      offer = offerRooms(reply, hotel, forNeeds, nights, pet && forNeeds.length > 1);
    }
    // a price for this very stay heard a moment ago is not read out again with the offer
    offer = offer && offerNotHeard(offer, roomsPricedBefore(call, hotel, offer.rooms, dates, speechToday(services)), hotel);
    return status('rooms_available');
  }

  // Nothing fits these dates: suggest the nearest dates that do, and ask for dates again.
  const near = await nearestFreeStay(services, dates.check_in, dates.check_out, party, chosen?.code);
  const year = speechToday(services);
  let text = `${stayRange(dates.check_in, dates.check_out, year)} подходящих свободных номеров нет.`;
  if (near) text += ` Ближайшие свободные даты — ${stayRange(near.check_in, near.check_out, year)}, номер «${roomName(hotel, near.room.room_type)}».`;
  reply.say(text.charAt(0).toUpperCase() + text.slice(1));
  reply.set('check_in_date', null).set('check_out_date', null).set('room_type', null);
  reply.set('suggested_check_in', near?.check_in ?? null).set('suggested_check_out', near?.check_out ?? null);
  return status('no_rooms');
}

function petsAllowed(hotel: Hotel, r: RoomAvailability): boolean {
  return hotel.room_types.find((t) => t.code === r.room_type)?.pets_allowed === true;
}

/** Whether the pet is over the pets policy's limit (refused in any room by checkPet). */
function petOverLimit(hotel: Hotel, pet: PetMention): boolean {
  const limit = petWeightLimit(hotel);
  return limit !== undefined && ((pet.weight ?? 0) > limit || (pet.weight === undefined && pet.big && !pet.small));
}

/**
 * A pet coming with a party larger than any room that takes pets holds (pet-party.ts): said with what is possible,
 * and the flow asks who stays in the room with the pet; the rooms the party then needs are booked one after another
 * (rooms_wanted), as a larger party's are. Null when the party fits a room that takes pets, or no pet comes.
 */
function petPartyCheck(call: ActionCall, hotel: Hotel, counted: number, chosen: RoomType | undefined, reply: Reply): AvailabilityStatus | null {
  const pet = petMention(slotText(call, 'pet') ?? '');
  const sentence = pet && !petOverLimit(hotel, pet) ? petPartySentence(hotel, counted, chosen) : null;
  if (!sentence) {
    if (slotNumber(call, 'pet_party_guests') !== null) reply.set('pet_party_guests', null);
    return null;
  }
  // heard a moment ago as the answer to the caller's pet question: not said twice, only the question follows
  if (!botLines(call).some((line) => line.includes(sentence))) reply.say(sentence);
  reply.set('adults', null).set('children', 0).set('children_ages', null).set('room_type', null);
  reply.set('rooms_wanted', Math.max(petRoomsNeeded(hotel, counted), slotNumber(call, 'rooms_wanted') ?? 1));
  reply.set('pet_party_guests', counted);
  return 'pet_party';
}

// the pet slot's value when there is none to check (its initial value: the booking never asks about pets)
const NO_PET = 'нет';

/**
 * The pet the caller brings against the hotel's pet rule, before anything is booked: a pet over the weight limit
 * is refused in words (the slot is cleared); a room type that takes no pets is refused and the free rooms that do
 * are offered, said once for that room (pet_refused_room). The pet is kept: a room that takes it, chosen then, books
 * it (its fee in the summary's total, actions/pet-fee.ts); kept in the refusing room, it is not booked.
 */
function checkPet(call: ActionCall, hotel: Hotel, chosen: RoomType | undefined, fitting: RoomAvailability[], reply: Reply): AvailabilityStatus | null {
  const pet = petMention(slotText(call, 'pet') ?? '');
  if (!pet) return null;
  if (petOverLimit(hotel, pet)) {
    reply.say(petRefusal(hotel, pet) ?? '').set('pet', NO_PET);
    return null;
  }
  if (!chosen) return null;
  if (chosen.pets_allowed !== false) return null;
  // said once: a caller who keeps this room type after hearing the rule is not stopped again
  if (slotText(call, 'pet_refused_room') === chosen.code) return null;
  const withPets = fitting.filter((r) => petsAllowed(hotel, r));
  reply.say(petRefusal(hotel, pet, chosen.code) ?? '').set('pet_refused_room', chosen.code);
  if (withPets.length === 0) return null;
  reply.set('room_type', null);
  return 'pet_not_allowed';
}

export const checkAvailabilityAction: CustomAction = {
  name: 'action_check_availability',
  run: (call: ActionCall, services: ActionServices) => checkAvailability(call, hotelServices('action_check_availability', services)),
};
