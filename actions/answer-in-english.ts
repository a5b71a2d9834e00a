// action_answer_in_english: a caller who speaks English hears, in English, whether reception speaks it
// (data/hotel.yml `languages`), the reception phone, and on a call an offer to connect; a «yes» then transfers the call. A
// simple fact asked in English (check-in, parking, prices…) is answered first with its figures (knowledge/english.ts).
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { englishClosing, englishFacts } from '../src/understanding/knowledge/english.ts';
import { canTransferCall } from './reception-phone.ts';
import { hotelServices } from './services.ts';

export async function answerInEnglish(call: ActionCall, services: ActionServices): Promise<ActionResult> {
  const { hotel } = hotelServices('action_answer_in_english', services);
  const h = hotel.hotel;
  const english = (h.languages ?? []).includes('en');
  // a simple fact asked in English is answered with its figures from hotel.yml before the offer
  const said = call.tracker.latest_message.text ?? '';
  // «thank you, bye»: a goodbye, not the offer again
  const closing = englishClosing(said);
  if (closing) return { events: [], responses: [{ text: closing }] };
  // a booking asked for is refused first: no room prices read out before it; the caller's other questions («do you
  // accept cards?») are answered after the refusal
  const asksBooking = /\b(?:book|booking|reserve|reservation)\b/i.test(said);
  const fact = englishFacts(said, hotel, asksBooking ? ['rooms'] : []);
  const firstTurn = !call.tracker.events.some((e) => e.event === 'bot' && typeof e.text === 'string' && /^Hello!/.test(e.text));
  // facts asked and answered, no booking: the answers are the reply; reception is for what cannot be answered here
  // (the first time, the caller also hears that reception speaks English: on a call with the offer to connect, which a
  // «yes» takes; in a chat with its number)
  if (fact && !asksBooking) {
    const more = 'Is there anything else you would like to know?';
    const text = !firstTurn
      ? `${fact} ${more}`
      : !english
        ? `Hello! ${fact} ${more}`
        : canTransferCall(call)
          ? `Hello! ${fact} Our reception speaks English too. Shall I connect you to reception?`
          : `Hello! ${fact} Our reception speaks English too: ${h.phone}. ${more}`;
    return { events: [], responses: [{ text }] };
  }
  const hello = firstTurn ? 'Hello! ' : '';
  const refusal = asksBooking ? 'I can take bookings only in Russian' : 'I can take requests only in Russian';
  const answered = asksBooking && fact ? ` ${fact}` : '';
  // the offer to connect was made and not taken («no, I just want to book…», a name, «please book it»): what happens
  // next is said once more in English, with no question, so the call never goes round between two replies
  // (a chat, which cannot be put through, is given the number instead of the offer: that counts as the offer made)
  const offered = call.tracker.events.some((e) => e.event === 'bot' && typeof e.text === 'string' && /Shall I connect you|please call them at/.test(e.text));
  // «no thanks», «thank you», «bye» once everything is said: the call ends politely, in English
  if (
    offered &&
    /^(?:no|nope|no thanks|no,? thank you|thanks|thank you|bye|goodbye|good bye|ok|okay|fine)[.!]*$/i.test(call.tracker.latest_message.text?.trim() ?? '')
  )
    return { events: [], responses: [{ text: `Thank you for calling! Reception is at ${h.phone}. Goodbye!` }] };
  if (offered) {
    const text = english
      ? `I'm sorry, I can take bookings only in Russian. Our reception speaks English and will book the room for you: please call them at ${h.phone}.${answered}`
      : `I'm sorry, I can take bookings only in Russian. Please call reception at ${h.phone}.${answered}`;
    return { events: [], responses: [{ text }] };
  }
  // only a call can be put through: a chat is given the number, and asked nothing
  if (!canTransferCall(call)) {
    const text = english
      ? `${hello}${refusal}, but our reception speaks English: please call them at ${h.phone}.${answered}`
      : `${hello}${refusal}. Reception can be reached at ${h.phone}: please call them at that number.${answered}`;
    return { events: [], responses: [{ text }] };
  }
  const text = english
    ? `${hello}${refusal}, but our reception speaks English. You can also call them at ${h.phone}.${answered} Shall I connect you to reception?`
    : `${hello}${refusal}. Reception can be reached at ${h.phone}.${answered} Shall I connect you to reception?`;
  return { events: [], responses: [{ text }] };
}

export const answerInEnglishAction: CustomAction = {
  name: 'action_answer_in_english',
  run: (call: ActionCall, services: ActionServices) => answerInEnglish(call, services),
};
