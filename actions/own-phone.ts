// action_own_phone_proof: the caller says «по этому номеру», «с которого звоню» (or dictates a number once the
// booking is found) while a booking is looked up. What that phone proves is said, and nothing more than the proof
// rules allow (docs/security.md): the number the phone network gave, sealed by the phone channel, proves the
// bookings made with it; on a chat there is no such number. The interrupted lookup then asks its question again.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { CallerIdSeal } from '../src/channels/caller-id-proof.ts';
import { parseReference, VOICE_CHANNEL, verifiedCallerPhone } from './booking-identity.ts';
import { phoneText } from '../src/hotel/format-ru.ts';
import { type HotelServices, hotelServices, Reply, slotText } from './services.ts';

export async function ownPhoneProof(call: ActionCall, services: HotelServices): Promise<ActionResult> {
  const reply = new Reply();
  const callerId = verifiedCallerPhone(call, new CallerIdSeal(services.callerIdKey));
  const dictated = parseReference(call.tracker.latest_message?.text ?? '').phone ?? null;

  // A booking already found (and proven) in this conversation: say how it was found.
  const foundCode = slotText(call, 'found_booking_code');
  const [found] = foundCode ? await services.pms.findBookings({ code: foundCode }) : [];
  if (found) {
    const byCaller = !!callerId && found.phone === callerId;
    // The number dictated is read back either way, so that a digit misheard would be heard. The booking is proven
    // already (caller ID, or its code with the phone or surname): whether that number is the booking's tells nothing
    // its owner may not know.
    if (dictated && found.phone === dictated) return reply.say(`Да, бронь оформлена на номер ${phoneText(dictated)}.`).result();
    if (dictated) {
      const how = byCaller ? ' — её я нашла по номеру, с которого вы звоните' : '';
      return reply.say(`Номера ${phoneText(dictated)} в этой брони нет${how}.`).result();
    }
    // the booking was just said «по номеру, с которого вы звоните»: the caller asking back hears a short yes
    if (byCaller) return reply.say('Да, нашла именно по нему.').result();
    return reply.say('Эта бронь уже найдена.').result();
  }

  if (!callerId) {
    // A chat has no caller number; a call whose number the network did not give (or an action server without the
    // seal's key) cannot use it either.
    const unseen =
      call.tracker.latest_input_channel === VOICE_CHANNEL ? 'Номер, с которого вы звоните, не определился.' : 'Номер вашего телефона мне здесь не виден.';
    return reply.say(unseen).result();
  }
  // The code is given and the proof is asked: the caller's number is that proof, checked (and a failure counted)
  // by the lookup exactly as a dictated one.
  if (slotText(call, 'booking_reference') && slotText(call, 'lookup_status') === 'need_proof') return reply.set('booking_proof', callerId).result();
  // The lookup has already tried the caller's number and found no booking on it.
  return reply.say('На номер, с которого вы звоните, действующих броней не нашла.').result();
}

export const ownPhoneProofAction: CustomAction = {
  name: 'action_own_phone_proof',
  run: (call: ActionCall, services: ActionServices) => ownPhoneProof(call, hotelServices('action_own_phone_proof', services)),
};
