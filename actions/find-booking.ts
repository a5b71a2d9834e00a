// action_find_booking: finds the caller's booking once they have proved it is theirs, for the find_booking,
// cancel_booking and change_booking flows. Proof is the caller ID of a call equal to the booking's phone, or the
// booking code together with the booking's phone or the guest's surname. Until then nothing about a booking is
// said, not even whether it exists. Failed attempts are counted in the hotel store per code, phone and caller
// (shared by every instance); five in an hour lock them for an hour and the caller is sent to reception.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { guestsText, money, stayRange, type YearContext } from '../src/hotel/format-ru.ts';
import { hotelToday } from '../src/hotel/rules.ts';
import type { AccessKey, Booking, Hotel } from '../src/hotel/types.ts';
import { declineName } from '../src/hotel/names-ru.ts';
import { callerKey, codeForChannel, namesSurname, parseReference, VOICE_CHANNEL, verifiedCallerPhone } from './booking-identity.ts';
import { roomName } from './check-availability.ts';
import { CallerIdSeal } from '../src/channels/caller-id-proof.ts';
import { type HotelServices, hotelServices, Reply, speechToday, slotNumber, slotText } from './services.ts';

export type LookupStatus = 'found' | 'several' | 'need_code' | 'need_proof' | 'not_found' | 'cancelled' | 'past' | 'locked' | 'give_up';
/** Failed lookups in one conversation before reception is offered (the store's limits apply across conversations). */
const MAX_ATTEMPTS = 3;

/**
 * «бронь 700781459: номер «Стандарт», с 4 по 6 декабря, двое взрослых, на имя Виктора Зайцева, стоимость 15 000
 * рублей». On a call the code is not run into the sentence (nine digits in the middle of a booking are lost by ear,
 * and a caller who gave the code has just said it), nor the party and the price: the caller has asked to find or
 * cancel, and a reply must stay within two short sentences. A caller found by their number is offered the code
 * instead (utter_can_do_something_else, «Продиктовать код брони?»).
 */
export function describeBooking(call: ActionCall, hotel: Hotel, b: Booking, year: YearContext): string {
  const stay = `«${roomName(hotel, b.room_type)}», ${stayRange(b.check_in, b.check_out, year)}`;
  const name = `на имя ${declineName(b.guest_name)}`;
  if (call.tracker.latest_input_channel === VOICE_CHANNEL) return `бронь: ${stay}, ${name}`;
  return `бронь ${b.code}: номер ${stay}, ${guestsText(b.adults, b.children)}, ${name}, стоимость ${money(b.total_price, hotel.hotel.currency)}`;
}

/** The user flow the lookup runs in (find_booking, cancel_booking, change_booking), from the dialogue stack. */
function userFlow(call: ActionCall): string | null {
  const frames = (call.tracker.stack ?? []) as { type?: string; flow_id?: string }[];
  for (let i = frames.length - 1; i >= 0; i--) if (frames[i]?.type === 'flow' && frames[i]?.flow_id) return frames[i]!.flow_id!;
  return null;
}

function foundResult(call: ActionCall, services: HotelServices, reply: Reply, b: Booking, byCaller = false): ActionResult {
  const today = hotelToday(services.hotel, services.now());
  reply
    .set('lookup_attempts', 0)
    .set('verified_booking_code', b.code)
    .set('found_booking_code', b.code)
    .set('found_booking_code_spoken', codeForChannel(call, b.code));
  reply.set('found_check_in', b.check_in).set('found_check_out', b.check_out).set('found_adults', b.adults);
  if (b.status === 'cancelled')
    return reply
      .say(`Бронь ${codeForChannel(call, b.code)} уже отменена.`)
      .set('lookup_status', 'cancelled')
      .result();
  if (b.check_out < today)
    return reply
      .say(`Проживание по брони ${codeForChannel(call, b.code)} уже завершилось.`)
      .set('lookup_status', 'past')
      .result();
  const said = describeBooking(call, services.hotel, b, speechToday(services));
  const onCall = call.tracker.latest_input_channel === VOICE_CHANNEL;
  // «по вашему номеру» in a hotel is a room: the number is named as the phone the caller is calling from
  reply.say(byCaller && onCall ? `По номеру, с которого вы звоните, нашла ${said}.` : `Нашла ${said}.`);
  // Only a caller who asked to find the booking and never said its code is offered it, once the booking is said
  // (the code is the one thing they may not have at hand); «да» reads it (flow booking_code_read).
  reply.set('offered_code_spoken', onCall && byCaller && userFlow(call) === 'find_booking' ? codeForChannel(call, b.code) : null);
  return reply.set('lookup_status', 'found').result();
}

function lockedResult(services: HotelServices, reply: Reply): ActionResult {
  reply.say(`Слишком много неудачных попыток найти бронь, поиск временно недоступен. Вам поможет администратор по телефону ${services.hotel.hotel.phone}.`);
  return reply.set('lookup_status', 'locked').set('booking_reference', null).set('booking_proof', null).set('lookup_attempts', 0).result();
}

/**
 * A miss. The code said (`code`, when it had the hotel's format) is kept and the proof asked again, so a caller who
 * misspoke the phone or surname is not asked for the right code once more (tester kind 13); a code misspoken can be
 * said again at that question. Kept whether or not the code exists, so the next question tells nothing either.
 */
async function failedResult(call: ActionCall, services: HotelServices, reply: Reply, keys: AccessKey[], code: string | null = null): Promise<ActionResult> {
  const locked = await services.pms.recordAccessFailure(keys);
  if (locked.length) return lockedResult(services, reply);
  const attempts = (slotNumber(call, 'lookup_attempts') ?? 0) + 1;
  reply.set('booking_reference', code).set('booking_proof', null).set('found_booking_code', null);
  if (attempts >= MAX_ATTEMPTS) {
    reply.say(`Не нашла бронь с такими данными. Уточнить её можно у администратора по телефону ${services.hotel.hotel.phone}.`);
    return reply.set('lookup_status', 'give_up').set('lookup_attempts', 0).result();
  }
  reply.say('Не нашла бронь с такими данными.');
  return reply.set('lookup_attempts', attempts).set('lookup_status', 'not_found').result();
}

/** On a call from the booking's own phone: its current bookings, one to describe or several to choose from. */
async function byCallerId(call: ActionCall, services: HotelServices, reply: Reply, phone: string): Promise<ActionResult | null> {
  const today = hotelToday(services.hotel, services.now());
  const live = (await services.pms.findBookings({ phone })).filter((b) => b.status === 'confirmed' && b.check_out >= today);
  if (live.length === 1) return foundResult(call, services, reply, live[0]!, true);
  if (live.length === 0) return null;
  const year = speechToday(services);
  const list = live
    .map((b) => `${codeForChannel(call, b.code)} — «${roomName(services.hotel, b.room_type)}» ${stayRange(b.check_in, b.check_out, year)}`)
    .join('; ');
  reply.say(`На ваш номер ${live.length} ${live.length < 5 ? 'брони' : 'броней'}: ${list}.`);
  return reply.set('lookup_status', 'several').set('booking_reference', null).result();
}

export async function findBooking(call: ActionCall, services: HotelServices): Promise<ActionResult> {
  const { pms } = services;
  const reply = new Reply();
  const given = parseReference(slotText(call, 'booking_reference') ?? '');
  const proofText = slotText(call, 'booking_proof');
  const proof = parseReference(proofText ?? '');
  const code = given.code ?? proof.code;
  const phone = proof.phone ?? given.phone;
  const seal = new CallerIdSeal(services.callerIdKey);
  const caller = callerKey(call, seal);
  const callerId = verifiedCallerPhone(call, seal);

  // A booking already proven in this conversation («найдите бронь» … «а теперь отмените её», or made here): no
  // guess, so the locks on guessing never keep it from its caller — other conversations' misses from the same
  // address (a hotel lobby, a carrier's shared IP) lock that address, not the booking this caller has proved.
  const proven = slotText(call, 'verified_booking_code');
  if (proven && (!code || code === proven) && !given.phone && !proofText) {
    const [b] = await pms.findBookings({ code: proven });
    if (b) return foundResult(call, services, reply, b);
  }
  if ((await pms.lockedAccessKeys([caller])).length) return lockedResult(services, reply);
  if (!code) {
    if (callerId) {
      const answer = await byCallerId(call, services, reply, callerId);
      if (answer) return answer;
    }
    // A code in a format the hotel never issues («AB1234», «12345»): no booking has it, and the caller hears so as
    // after any failed lookup (counted the same), rather than being asked for the code again and again.
    const said = slotText(call, 'booking_reference');
    if (said && !given.phone && /\d/.test(said))
      return failedResult(call, services, reply, [caller, ...(phone ? [{ kind: 'phone' as const, value: phone }] : [])]);
    // A phone or a name given first is kept as the proof (a surname proves the booking with its code); the code is
    // asked for next.
    const named = !phone && !proofText && said && /\p{L}{2}/u.test(said) ? said : null;
    reply.set('booking_reference', null).set('booking_proof', phone ?? proofText ?? named);
    if (said && !phone) reply.say('Бронь находится по её коду — девяти цифрам из подтверждения бронирования.');
    return reply.set('lookup_status', 'need_code').result();
  }

  const keys: AccessKey[] = [{ kind: 'code', value: code }, caller, ...(phone ? [{ kind: 'phone' as const, value: phone }] : [])];
  if ((await pms.lockedAccessKeys(keys)).length) return lockedResult(services, reply);
  const [booking] = await pms.findBookings({ code });
  if (booking && callerId && booking.phone === callerId) return foundResult(call, services, reply, booking, true);
  const surname = !phone && proofText && /\p{L}{2}/u.test(proofText) ? proofText : null;
  if (!phone && !surname) {
    // Asked whether or not the code exists, so the question itself tells nothing.
    return reply.set('booking_reference', code).set('booking_proof', null).set('lookup_status', 'need_proof').result();
  }
  const matches = !!booking && (phone ? booking.phone === phone : await namesSurname(surname ?? '', booking.guest_name));
  if (!matches) return failedResult(call, services, reply, keys, code);
  return foundResult(call, services, reply, booking);
}

export const findBookingAction: CustomAction = {
  name: 'action_find_booking',
  run: (call: ActionCall, services: ActionServices) => findBooking(call, hotelServices('action_find_booking', services)),
};
