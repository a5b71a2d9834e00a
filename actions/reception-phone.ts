// action_reception_phone: a transfer to reception that could not be made (no Twilio account settings, or
// Twilio refused) is never left in silence: the caller hears the reception's number from data/hotel.yml and is
// offered further help (utter_transfer_failed).
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { phoneText } from '../src/hotel/format-ru.ts';
import { hotelServices, Reply } from './services.ts';

export function receptionPhone(_call: ActionCall, services: ActionServices): ActionResult {
  const { hotel } = hotelServices('action_reception_phone', services);
  return new Reply().utter('utter_transfer_failed', { reception_phone: phoneText(hotel.hotel.phone.replace(/[^\d+]/g, '')) }).result();
}

export const receptionPhoneAction: CustomAction = {
  name: 'action_reception_phone',
  run: async (call: ActionCall, services: ActionServices) => receptionPhone(call, services),
};
