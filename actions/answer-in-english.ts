// action_answer_in_english: a caller who speaks English hears, in English, whether reception speaks it
// (data/hotel.yml `languages`), the reception phone, and an offer to connect; a «yes» then transfers the call.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { hotelServices } from './services.ts';

export async function answerInEnglish(_call: ActionCall, services: ActionServices): Promise<ActionResult> {
  const { hotel } = hotelServices('action_answer_in_english', services);
  const h = hotel.hotel;
  const english = (h.languages ?? []).includes('en');
  const text = english
    ? `Hello! I can only speak Russian, but our reception speaks English. You can also call them at ${h.phone}. Shall I connect you to reception?`
    : `Hello! I can only speak Russian. Reception can be reached at ${h.phone}. Shall I connect you to reception?`;
  return { events: [], responses: [{ text }] };
}

export const answerInEnglishAction: CustomAction = {
  name: 'action_answer_in_english',
  run: (call: ActionCall, services: ActionServices) => answerInEnglish(call, services),
};
