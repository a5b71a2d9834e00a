// action_reception_phone: a transfer to reception that could not be made (no Twilio account settings, or Twilio
// refused) is never left in silence: the caller hears the reception's number from data/hotel.yml and is offered
// further help (utter_transfer_failed).
// action_check_call_transfer: whether this conversation can be put through to reception at all. Only a call can; a
// chat or the REST channel cannot, so a flow that would offer «Соединить вас с администратором?» there gives
// reception's number instead, and no «да» is asked for that nothing could honour.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { phoneText } from '../src/hotel/format-ru.ts';
import { VOICE_CHANNEL } from './booking-identity.ts';
import { hotelServices, Reply } from './services.ts';

export function receptionPhone(_call: ActionCall, services: ActionServices): ActionResult {
  const { hotel } = hotelServices('action_reception_phone', services);
  return new Reply().utter('utter_transfer_failed', { reception_phone: phoneText(hotel.hotel.phone.replace(/[^\d+]/g, '')) }).result();
}

/** A call (the phone channel) can be put through to reception; any other channel cannot. */
export function canTransferCall(call: ActionCall): boolean {
  return call.tracker.latest_input_channel === VOICE_CHANNEL;
}

export const receptionPhoneAction: CustomAction = {
  name: 'action_reception_phone',
  run: async (call: ActionCall, services: ActionServices) => receptionPhone(call, services),
};

export const checkCallTransferAction: CustomAction = {
  name: 'action_check_call_transfer',
  run: async (call: ActionCall) => new Reply().set('call_transfer_possible', canTransferCall(call)).result(),
};
