// action_quote_price: validates the whole request with the hotel rules, asks the hotel system for the price
// and fills the slots the confirmation question reads (summary_*, total_price_text).
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { HotelValidationError } from '../src/hotel/errors.ts';
import { forPeople, guestsText, listText, money, nightsText, phoneText, staySaid, stayRange } from '../src/hotel/format-ru.ts';
import { declineName } from '../src/hotel/names-ru.ts';
import { prepareBooking } from '../src/hotel/rules.ts';
import type { BookingRequest } from '../src/hotel/types.ts';
import { wishPhrases } from '../src/understanding/lang-ru/room-wishes.ts';
import { partyFromSlots, roomName } from './check-availability.ts';
import { petBooked, petFee } from './pet-fee.ts';
import { type HotelServices, hotelServices, Reply, speechToday, slotText } from './services.ts';

export type QuoteStatus = 'ok' | 'invalid_stay' | 'invalid_name' | 'invalid_phone';

/** The booking request the conversation has gathered so far. */
export function requestFromSlots(call: ActionCall): Partial<BookingRequest> {
  const party = partyFromSlots(call);
  const contact = slotText(call, 'guest_phone');
  return {
    room_type: slotText(call, 'room_type') ?? undefined,
    check_in: slotText(call, 'check_in_date') ?? undefined,
    check_out: slotText(call, 'check_out_date') ?? undefined,
    adults: party.adults,
    children: party.children,
    children_ages: party.children_ages,
    guest_name: slotText(call, 'guest_name') ?? undefined,
    // the wishes for the room («две раздельные кровати; тихий номер»), kept on the booking for staff
    special_requests: wishPhrases(slotText(call, 'room_wishes')),
    // the contact slot holds an e-mail when the caller would rather not give a phone
    ...(contact?.includes('@') ? { email: contact } : { phone: contact ?? undefined }),
  };
}

/**
 * Whether the caller has already heard this booking's summary (said since the last booking made in this
 * conversation): read again after a correction, it is said as the new version («Теперь так: … — верно?»), not with
 * the same opening and question word for word.
 */
export function summaryHeard(call: ActionCall): boolean {
  for (let i = call.tracker.events.length - 1; i >= 0; i--) {
    const e = call.tracker.events[i]!;
    if (e.event !== 'bot') continue;
    const said = e.metadata?.['utter_action'];
    if (said === 'utter_booking_done') return false;
    if (said === 'utter_ask_booking_confirmation') return true;
  }
  return false;
}

/** The summary's parts as the caller hears them, to tell what a correction changed. */
interface SummaryParts {
  room: string;
  stay: string;
  guests: string;
  wishes: string;
  name: string;
  contact: string;
  price: number | null;
}

function heardParts(call: ActionCall): SummaryParts {
  const s = call.tracker.slots;
  const price = s['total_price'];
  return {
    room: slotText(call, 'summary_room') ?? '',
    stay: slotText(call, 'summary_stay') ?? '',
    guests: slotText(call, 'summary_guests') ?? '',
    wishes: typeof s['summary_wishes'] === 'string' ? s['summary_wishes'] : '',
    name: slotText(call, 'summary_name') ?? '',
    contact: slotText(call, 'summary_phone') ?? '',
    price: typeof price === 'number' ? price : null,
  };
}

/**
 * What a correction changed in a summary heard before, said as the caller hears it («на имя Дмитрия Фролова», «с
 * 15 по 17 декабря, это 32 000 рублей»), so the summary read again names the fix and says the rest is unchanged
 * instead of reading everything out (issue 13, round 6); a contact read back on its own (a call) is not said
 * again. Null when nothing the summary says changed, or when the summary was not heard: then it is read whole.
 */
export function summaryChange(before: SummaryParts, now: SummaryParts, priceText: string, contactReadBack: boolean): string | null {
  const said: string[] = [];
  if (now.room !== before.room) said.push(`номер «${now.room}»`);
  if (now.stay !== before.stay) said.push(now.stay);
  if (now.guests !== before.guests) said.push(now.guests);
  if (now.wishes !== before.wishes && now.wishes) said.push(now.wishes.replace(/^, /, ''));
  if (now.name !== before.name) said.push(`на имя ${now.name}`);
  const contactChanged = now.contact !== before.contact;
  if (contactChanged && !contactReadBack) said.push(`${now.contact.includes('@') ? 'почта' : 'телефон'} ${now.contact}`);
  if (!said.length && !(contactChanged || now.wishes !== before.wishes)) return null;
  if (now.price !== before.price) said.push(`это ${priceText}`);
  return said.join(', ');
}

export async function quotePrice(call: ActionCall, services: HotelServices): Promise<ActionResult> {
  const { hotel, pms } = services;
  const reply = new Reply();
  let prepared: ReturnType<typeof prepareBooking>;
  try {
    prepared = prepareBooking(hotel, requestFromSlots(call), services.now());
  } catch (e) {
    if (!(e instanceof HotelValidationError)) throw e;
    if (e.field === 'phone') {
      reply.say('Не получилось разобрать номер телефона — нужен номер из десяти цифр после +7 или адрес электронной почты.').set('guest_phone', null);
      return reply.set('quote_status', 'invalid_phone').result();
    }
    if (e.field === 'guest_name') {
      reply.say('Не расслышала имя гостя.').set('guest_name', null);
      return reply.set('quote_status', 'invalid_name').result();
    }
    // The stay stopped being valid (a date passed, a slot was corrected): check it from the start.
    reply.say('Давайте уточним даты поездки.').set('check_in_date', null).set('check_out_date', null);
    return reply.set('quote_status', 'invalid_stay').result();
  }
  const { request, room, nights } = prepared;
  const quote = await pms.quote(request);
  // a pet the room takes is booked with it: said with the guests, its fee in the total (pet-fee.ts)
  const pet = petBooked(call, room);
  const fee = pet ? (petFee(hotel, nights.length) ?? 0) : 0;
  const total = quote.total_price + fee;
  const year = speechToday(services);
  const adultsAssumed = call.tracker.slots['adults_assumed'] === true && request.children === 0;
  const heard = summaryHeard(call);
  const summary: SummaryParts = {
    room: roomName(hotel, request.room_type),
    stay: staySaid(request.check_in, request.check_out, year),
    // a party said only as a count («нас двое») is read back as that count («на двоих»), not as adults nobody mentioned
    guests: `${adultsAssumed ? forPeople(request.adults) : guestsText(request.adults, request.children)}${pet ? ', с питомцем' : ''}`,
    // said back so that the caller knows they were heard and kept; an empty list says nothing
    wishes: request.special_requests?.length ? `, пожелания: ${listText(request.special_requests)}` : '',
    name: declineName(request.guest_name),
    contact: request.phone ? phoneText(request.phone) : (request.email ?? ''),
    price: total,
  };
  const priceText = `${money(total, quote.currency)}${fee ? `, из них ${money(fee, quote.currency)} — за питомца` : ''}`;
  // on a call a dictated number is read back on its own (confirm_guest_phone), and the caller's own is not read
  const contactReadBack = call.tracker.slots['guest_phone_confirmed'] === true || call.tracker.slots['use_caller_phone'] === true;
  const change = heard ? summaryChange(heardParts(call), summary, priceText, contactReadBack) : null;
  // the confirmation says «почта …» instead of «телефон …» when the e-mail is the only contact
  if (!request.phone) reply.set('guest_email', request.email ?? null);
  else if (slotText(call, 'guest_email')) reply.set('guest_email', null);
  return (
    reply
      .set('guest_name', request.guest_name)
      .set('guest_phone', request.phone || request.email || null)
      // «на имя Ивана Петрова»: the confirmation says the name in the genitive
      .set('summary_name', summary.name)
      .set('total_price', total)
      .set('total_price_text', priceText)
      .set('summary_room', summary.room)
      // a chat shows the nights beside the dates; a call hears them in the dates (summary_stay)
      .set('summary_dates', `${stayRange(request.check_in, request.check_out, year)}, ${nightsText(request.check_in, request.check_out)}`)
      .set('summary_stay', summary.stay)
      .set('summary_guests', summary.guests)
      .set('summary_wishes', summary.wishes)
      .set('summary_phone', summary.contact)
      .set('summary_heard', heard)
      .set('summary_change', change)
      .set('quote_status', 'ok')
      .result()
  );
}

export const quotePriceAction: CustomAction = {
  name: 'action_quote_price',
  run: (call: ActionCall, services: ActionServices) => quotePrice(call, hotelServices('action_quote_price', services)),
};
