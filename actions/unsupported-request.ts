// action_answer_unsupported: a request the assistant does not cover (nlu/unsupported-requests.ts says which) is
// answered for what it is — what the assistant cannot do, said plainly — and then reception: on a call the offer to
// put the caller through, in a chat the number (utter_unsupported_reception). Where the hotel's own data answers, it
// is said instead: the hotel's restaurant to a caller asking for one in town, the check-in time to a late arrival.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { phoneText } from '../src/hotel/format-ru.ts';
import { MIN_SCORE, indexOf } from '../src/understanding/knowledge/fact-lookup.ts';
import { lowerFirst } from '../src/understanding/knowledge/plain-speech.ts';
import { unsupportedRequest } from '../src/understanding/nlu/unsupported-requests.ts';
import type { Hotel } from '../src/hotel/types.ts';
import { hotelServices, Reply } from './services.ts';

// booking_code_reminder answers «пришлите подтверждение ещё раз» with this action when no channel is on
const THESE_FLOWS = ['unsupported_request', 'booking_code_reminder'];
const FALLBACKS = 'consecutive_fallbacks';

export function answerUnsupported(call: ActionCall, services: ActionServices): ActionResult {
  const { hotel } = hotelServices('action_answer_unsupported', services);
  const said = call.tracker.latest_message?.text ?? '';
  // the flow is started for one of these requests; an LLM that starts it for something else gets the general words
  const request = unsupportedRequest(said) ?? { topic: 'not_understood' as const };
  // the caller was not helped here: the turn counts in the series of fallbacks, so the next request the assistant cannot
  // do hears examples and the one after that the offer of reception, not the same refusal again
  const reply = new Reply().set(FALLBACKS, fallbacksBefore(call) + 1);
  const reception_phone = phoneText(hotel.hotel.phone.replace(/[^\d+]/g, ''));
  if (request.topic === 'city_tips') {
    const own = (request.places ?? []).map((place) => ownPlace(place, hotel)).find((p) => p !== null);
    // the hotel's own restaurant (or gym) answers the wish; nobody needs reception for it
    if (own) return reply.utter('utter_unsupported_city_tips_own_place', { hotel_place: own }).result();
  }
  reply.utter(`utter_unsupported_${request.topic}`, { check_in_time: hotel.hotel.check_in_time });
  // in the middle of another request its question comes next: the number, not a second question
  return reply.utter(inOtherRequest(call) ? 'utter_unsupported_reception_later' : 'utter_unsupported_reception', { reception_phone }).result();
}

/** The hotel's own service of the kind asked for in town («ресторан» → the restaurant's hours), as a clause. */
function ownPlace(place: string, hotel: Hotel): string | null {
  const top = indexOf(hotel).search(place, 1)[0];
  // a ride is no place: «такси» meets the transfer, which goes only to the hotel
  if (!top || top.fact.kind !== 'service' || top.score < MIN_SCORE || top.fact.id === 'transfer') return null;
  return lowerFirst(top.fact.text);
}

/** The fallbacks in a row before this message (the engine has already set the count back for it). */
function fallbacksBefore(call: ActionCall): number {
  let count = 0;
  let lastUser = -1;
  call.tracker.events.forEach((e, i) => {
    if (e.event === 'user') lastUser = i;
  });
  call.tracker.events.forEach((e, i) => {
    if (i < lastUser && e.event === 'slot' && e.name === FALLBACKS && typeof e.value === 'number') count = e.value;
  });
  return count;
}

function inOtherRequest(call: ActionCall): boolean {
  const stack = (call.tracker.stack ?? []) as { flow_id?: unknown }[];
  return stack.some((frame) => typeof frame.flow_id === 'string' && !THESE_FLOWS.includes(frame.flow_id) && !frame.flow_id.startsWith('pattern_'));
}

export const answerUnsupportedAction: CustomAction = {
  name: 'action_answer_unsupported',
  run: async (call: ActionCall, services: ActionServices) => answerUnsupported(call, services),
};
