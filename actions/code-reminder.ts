// The booking-code reminder (flow booking_code_reminder): a guest without the code hears the offer to have it sent to
// the booking's own contact, and with their agreement and a phone the hotel system queues the codes of that phone's
// current bookings in the outbox (Pms.remindBookingCodes): an SMS to that phone, an e-mail to the booking's address.
// The code is never said or written in the conversation, and the reply is the same whether or not a booking exists,
// so a stranger who knows a guest's number learns nothing and can do nothing but send the guest their own code (a
// few times a day at most). Each request also counts against the caller as a failed attempt (docs/security.md).
import { CallerIdSeal } from '../src/channels/caller-id-proof.ts';
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { phoneText } from '../src/hotel/format-ru.ts';
import { namesOwnPhone } from '../src/understanding/nlu/own-phone.ts';
import { callerKey, parseReference, VOICE_CHANNEL, verifiedCallerPhone } from './booking-identity.ts';
import { type HotelServices, hotelServices, Reply, slotText } from './services.ts';

/** How the codes would go: `sms`, `email` (to the booking's address), `sms_email`; null: no way, reception instead. */
export type ReminderVia = 'sms' | 'email' | 'sms_email';

export function reminderVia(services: HotelServices): ReminderVia | null {
  const { notify, pms } = services;
  if (!notify || typeof pms.remindBookingCodes !== 'function') return null;
  if (notify.sms && notify.email) return 'sms_email';
  return notify.sms ? 'sms' : notify.email ? 'email' : null;
}

/**
 * action_check_code_reminder: whether a reminder can be sent here (a channel on and a store that queues it), and the
 * phone the caller has just said with «не помню код» (kept for the reminder, so it is not asked again).
 */
export function checkCodeReminder(call: ActionCall, services: HotelServices): ActionResult {
  const reply = new Reply().set('code_reminder_via', reminderVia(services)).set('code_reminder_status', null);
  const said = parseReference(call.tracker.latest_message?.text ?? '').phone;
  if (said && !slotText(call, 'code_reminder_phone')) reply.set('code_reminder_phone', said);
  return reply.result();
}

/** The phone the codes go to: dictated, or on a call «на этот номер» with the network's sealed caller ID. */
function reminderPhone(call: ActionCall, services: HotelServices): { phone: string } | { unseen: string } {
  const said = slotText(call, 'code_reminder_phone') ?? '';
  const dictated = parseReference(said).phone;
  if (dictated) return { phone: dictated };
  const callerId = verifiedCallerPhone(call, new CallerIdSeal(services.callerIdKey));
  if (namesOwnPhone(said) && callerId) return { phone: callerId };
  if (!namesOwnPhone(said)) return { unseen: /\d/.test(said) ? 'Не разобрала номер.' : 'Код могу отправить только на телефон, на который оформлена бронь.' };
  return {
    unseen: call.tracker.latest_input_channel === VOICE_CHANNEL ? 'Номер, с которого вы звоните, не определился.' : 'Номер вашего телефона мне здесь не виден.',
  };
}

/** action_send_code_reminder: queues the reminder and says so, in words that tell nothing about any booking. */
export async function sendCodeReminder(call: ActionCall, services: HotelServices): Promise<ActionResult> {
  const reply = new Reply();
  const reception_phone = phoneText(services.hotel.hotel.phone.replace(/[^\d+]/g, ''));
  const remind = services.pms.remindBookingCodes?.bind(services.pms);
  if (!remind || !reminderVia(services)) return reply.utter('utter_code_reminder_unavailable', { reception_phone }).set('code_reminder_status', 'off').result();
  const target = reminderPhone(call, services);
  if ('unseen' in target) return reply.say(target.unseen).set('code_reminder_status', 'need_phone').set('code_reminder_phone', null).result();
  const caller = callerKey(call, new CallerIdSeal(services.callerIdKey));
  if ((await services.pms.lockedAccessKeys([caller])).length) {
    reply.say(`Слишком много неудачных попыток найти бронь, поиск временно недоступен. Вам поможет администратор по телефону ${services.hotel.hotel.phone}.`);
    return reply.set('code_reminder_status', 'locked').result();
  }
  const outcome = await remind(target.phone);
  // a reminder asked is an attempt of this caller: one who sends them to number after number is stopped like a guesser
  await services.pms.recordAccessFailure([caller]);
  // lookup_status code_lost: the code the caller reads from the message afterwards is taken as the lookup again
  // and the phone the code went to is kept as its proof, as a phone said before the code is (find-booking.ts)
  reply.set('lookup_status', 'code_lost').set('booking_proof', target.phone);
  if (outcome === 'limited') return reply.utter('utter_code_reminder_limited', { reception_phone }).set('code_reminder_status', 'limited').result();
  return reply
    .utter('utter_code_reminder_sent', { reminder_phone: phoneText(target.phone) })
    .set('code_reminder_status', 'sent')
    .result();
}

export const checkCodeReminderAction: CustomAction = {
  name: 'action_check_code_reminder',
  run: async (call: ActionCall, services: ActionServices) => checkCodeReminder(call, hotelServices('action_check_code_reminder', services)),
};

export const sendCodeReminderAction: CustomAction = {
  name: 'action_send_code_reminder',
  run: (call: ActionCall, services: ActionServices) => sendCodeReminder(call, hotelServices('action_send_code_reminder', services)),
};
