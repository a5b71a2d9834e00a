// action_tell_minors_rule: a minor who would stay without a grown-up, said while booking («мне семнадцать, номер на
// одного», «сыну шестнадцать, он едет один»; lang-ru/minors.ts): the hotel's rule for minors, as data/hotel.yml
// states it (policies.minors), is said once, and the booking goes on — the rule allows a notarised consent.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import type { Hotel } from '../src/hotel/types.ts';
import { hotelServices, Reply } from './services.ts';

export function tellMinorsRule(call: ActionCall, hotel: Hotel): ActionResult {
  const reply = new Reply();
  const rule = hotel.policies['minors'];
  if (!rule || call.tracker.slots['minors_rule_said'] === true) return reply.result();
  reply.say(`Учтите: ${rule.trim().replace(/[.!]+$/, '')}.`);
  return reply.set('minors_rule_said', true).result();
}

export const tellMinorsRuleAction: CustomAction = {
  name: 'action_tell_minors_rule',
  run: async (call: ActionCall, services: ActionServices) => tellMinorsRule(call, hotelServices('action_tell_minors_rule', services).hotel),
};
