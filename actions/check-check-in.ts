// action_check_check_in: as soon as the check-in date is known, a day that has passed or lies beyond the booking
// horizon is refused with today's date, before any other question of the booking is asked; so is a check-out said
// on or before the check-in (run again after the check-out question). A room type named with the request that takes
// no pets, said with a pet («семейный с собакой с пятого»), is refused here too, before the party is asked: the rooms
// that take pets are offered once the party is known (action_check_availability).
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { addDays, isIsoDate } from '../src/hotel/calendar.ts';
import { HotelValidationError } from '../src/hotel/errors.ts';
import { bookingHorizonDays, hotelToday, validateDates } from '../src/hotel/rules.ts';
import { petMention, petRefusal } from '../src/understanding/knowledge/topics.ts';
import { dateProblem } from './check-availability.ts';
import { dayMonth } from '../src/hotel/format-ru.ts';
import { botLines } from './room-fit.ts';
import { type HotelServices, hotelServices, Reply, slotText, speechToday } from './services.ts';

export function checkCheckIn(call: ActionCall, services: HotelServices): ActionResult {
  const reply = new Reply();
  const checkIn = slotText(call, 'check_in_date');
  // a date that does not exist is the availability check's to explain
  if (!checkIn || !isIsoDate(checkIn)) return reply.result();
  try {
    validateDates(checkIn, addDays(checkIn, 1), hotelToday(services.hotel, services.now()), bookingHorizonDays(services.hotel));
  } catch (e) {
    if (!(e instanceof HotelValidationError)) throw e;
    dateProblem(e, services, reply);
    return reply.result();
  }
  // «заезд 15 января, выезд 10 января»: which of the two is wrong only the caller knows, so both are asked again
  const checkOut = slotText(call, 'check_out_date');
  if (checkOut && isIsoDate(checkOut) && checkOut <= checkIn) {
    const year = speechToday(services);
    reply.say(
      checkOut === checkIn
        ? `Заезд и выезд получаются в один день, ${dayMonth(checkIn, year)}, — нужна хотя бы одна ночь.`
        : `Выезд ${dayMonth(checkOut, year)} получается раньше заезда ${dayMonth(checkIn, year)}.`,
    );
    reply.set('check_in_date', null).set('check_out_date', null);
    return reply.result();
  }
  petRoomRefused(call, services, reply);
  return reply.result();
}

/** A chosen room type that takes no pets, with a pet coming (not one over the weight limit: refused later in any room). */
function petRoomRefused(call: ActionCall, services: HotelServices, reply: Reply): void {
  const { hotel } = services;
  const pet = petMention(slotText(call, 'pet') ?? '');
  const room = hotel.room_types.find((t) => t.code === slotText(call, 'room_type'));
  if (!pet || !room || room.pets_allowed !== false || petRefusal(hotel, pet, null)) return;
  // said once for the room: kept after it, the room is booked without the pet (check-availability.ts checkPet)
  if (slotText(call, 'pet_refused_room') === room.code) return;
  const refusal = petRefusal(hotel, pet, room.code);
  if (!refusal) return;
  // the room's refusal heard a moment ago (the caller's pet question answered) is not said twice
  const heard = botLines(call).some((line) => line.includes(`В номер «${room.name}» с питомцем нельзя`));
  if (!heard) reply.say(refusal);
  reply.set('room_type', null).set('pet_refused_room', room.code);
}

export const checkCheckInAction: CustomAction = {
  name: 'action_check_check_in',
  run: async (call: ActionCall, services: ActionServices) => checkCheckIn(call, hotelServices('action_check_check_in', services)),
};
