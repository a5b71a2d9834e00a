// action_check_check_in: as soon as the check-in date is known, a day that has passed or lies beyond the booking
// horizon is refused with today's date, before any other question of the booking is asked; so is a check-out said
// on or before the check-in (run again after the check-out question).
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { addDays, isIsoDate } from '../src/hotel/calendar.ts';
import { HotelValidationError } from '../src/hotel/errors.ts';
import { bookingHorizonDays, hotelToday, validateDates } from '../src/hotel/rules.ts';
import { dateProblem } from './check-availability.ts';
import { type HotelServices, hotelServices, Reply, slotText, speechToday } from './services.ts';
import { dayMonth } from '../src/hotel/format-ru.ts';

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
  }
  return reply.result();
}

export const checkCheckInAction: CustomAction = {
  name: 'action_check_check_in',
  run: async (call: ActionCall, services: ActionServices) => checkCheckIn(call, hotelServices('action_check_check_in', services)),
};
