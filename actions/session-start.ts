// action_session_start: opens a session the way the original project did — SessionStarted, the slots carried
// over from the previous session, the caller's number from the call metadata, and a greeting that names the
// hotel from data/hotel.yml.
import type { ActionCall, ActionEvent, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import type { SlotValue } from '../src/engine/commands.ts';
import { toE164 } from '../src/hotel/phone.ts';
import { hotelServices, slotSet } from './services.ts';

// Engine bookkeeping that must never be copied into a new session, nor a booking's proof of ownership: a new
// session proves it again.
const NOT_CARRIED = new Set([
  'dialogue_stack',
  'flow_hashes',
  'requested_slot',
  'session_started_metadata',
  'caller_phone',
  'verified_booking_code',
  'found_booking_code',
  'found_booking_code_spoken',
  'offered_code_spoken',
  'found_check_in',
  'found_check_out',
  'found_adults',
  'booking_proof',
  'lookup_attempts',
]);

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The caller's number from voice channel metadata (user_phone), in E.164, or null. */
export function callerPhone(call: ActionCall): string | null {
  const sessionStarted = call.tracker.events.filter((e) => e.event === 'session_started').at(-1);
  const candidates = [
    record(call.tracker.slots['session_started_metadata'])['user_phone'],
    record(call.tracker.latest_message?.metadata)['user_phone'],
    record(sessionStarted?.metadata)['user_phone'],
  ];
  for (const c of candidates) {
    if (typeof c === 'string') {
      const phone = toE164(c);
      if (phone) return phone;
    }
  }
  return null;
}

function carryOver(call: ActionCall): ActionEvent[] {
  const domain = record(call.domain);
  const config = record(domain['session_config']);
  if (config['carry_over_slots_to_new_session'] === false) return [];
  const latest = new Map<string, SlotValue>();
  for (const e of call.tracker.events) {
    if (e.event === 'session_started') latest.clear();
    if (e.event === 'slot' && !NOT_CARRIED.has(e.name)) latest.set(e.name, e.value);
  }
  return [...latest].map(([name, value]) => slotSet(name, value));
}

export async function sessionStart(call: ActionCall, services: ActionServices): Promise<ActionResult> {
  const { hotel } = hotelServices('action_session_start', services);
  const events: ActionEvent[] = [{ event: 'session_started' }, ...carryOver(call)];
  const phone = callerPhone(call);
  if (phone) events.push(slotSet('caller_phone', phone));
  events.push({ event: 'action', name: 'action_listen' });
  // A session opened by a request (not a bare «здравствуйте») is greeted briefly, before the answer; one opened in
  // English is greeted by the English answer alone (one language per reply).
  const opening = record(call.tracker.slots['session_started_metadata'])['opening'];
  if (opening === 'other_language') return { events, responses: [] };
  return {
    events,
    // hotel_title reads well with or without a city; name and city stay available to custom greetings.
    responses: [
      {
        response: opening === 'request' ? 'utter_greet_brief' : 'utter_greet',
        hotel_title: hotel.hotel.city ? `${hotel.hotel.name}, ${hotel.hotel.city}` : hotel.hotel.name,
        hotel_name: hotel.hotel.name,
        hotel_city: hotel.hotel.city ?? '',
      },
    ],
  };
}

export const sessionStartAction: CustomAction = { name: 'action_session_start', run: sessionStart };
