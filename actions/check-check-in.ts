// action_check_check_in: as soon as the check-in date is known, a day that has passed or lies beyond the booking
// horizon is refused with today's date, before any other question of the booking is asked.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { addDays, isIsoDate } from '../src/hotel/calendar.ts';
import { HotelValidationError } from '../src/hotel/errors.ts';
import { bookingHorizonDays, hotelToday, validateDates } from '../src/hotel/rules.ts';
import { dateProblem } from './check-availability.ts';
import { type HotelServices, hotelServices, Reply, slotText } from './services.ts';

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
  }
  return reply.result();
}

export const checkCheckInAction: CustomAction = {
  name: 'action_check_check_in',
  run: async (call: ActionCall, services: ActionServices) => checkCheckIn(call, hotelServices('action_check_check_in', services)),
};
