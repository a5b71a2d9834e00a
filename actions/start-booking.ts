// action_start_booking: a new booking in a conversation starts clean. The flow's set_slots resets what it can; the
// rooms offered to a booking before it (room_choices, a list slot, which set_slots may not set, as in Rasa) are cleared
// here, so that «давайте подешевле» or «да» in the second booking never picks among the first booking's offer; and a
// farewell heard at an earlier booking's summary (summary_left_open, which the booking's cancel must not reset).
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { Reply } from './services.ts';

export function startBooking(call: ActionCall): ActionResult {
  const reply = new Reply();
  const choices = call.tracker.slots['room_choices'];
  if (Array.isArray(choices) && choices.length > 0) reply.set('room_choices', null);
  // a goodbye heard at an earlier booking's summary is no part of this one (nlu/summary-farewell.ts)
  if (call.tracker.slots['summary_left_open'] === true) reply.set('summary_left_open', false);
  return reply.result();
}

export const startBookingAction: CustomAction = {
  name: 'action_start_booking',
  run: async (call: ActionCall, _services: ActionServices) => startBooking(call),
};
