// action_trigger_search (pattern_search): answers the caller's latest question from the hotel's facts and,
// for prices or free rooms on given dates, from the hotel system.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { ActionExecutionRejection } from '../src/engine/actions.ts';
import type { Hotel, Pms } from '../src/hotel/types.ts';
import type { PhraseKnowledge } from '../src/runtime/llm-phrasing.ts';
import { extractRoomType } from '../src/understanding/lang-ru/rooms.ts';
import { answerQuestion } from '../src/understanding/knowledge/index.ts';
import { money } from '../src/hotel/format-ru.ts';
import { nightsBetween } from '../src/hotel/calendar.ts';
import { asksForOtherRooms } from '../src/understanding/knowledge/answer.ts';
import { AGAIN } from '../src/understanding/knowledge/insisting.ts';
import { withoutHeard, withoutStayHeard } from '../src/understanding/knowledge/heard.ts';
import { VOICE_CHANNEL } from './booking-identity.ts';
import { fittingRooms, partyFromSlots, roomName } from './check-availability.ts';
import { canTransferCall } from './reception-phone.ts';
import { roomsForStayText } from './room-offer.ts';

export const knowledgeAction: CustomAction = {
  name: 'action_trigger_search',
  async run(call: ActionCall, services: ActionServices): Promise<ActionResult> {
    const { pms, hotel } = services as { pms?: Pms; hotel?: Hotel };
    if (!hotel || !Array.isArray(hotel.room_types))
      throw new ActionExecutionRejection('action_trigger_search', 'action_trigger_search needs the hotel data (services.hotel)');
    if (!pms || typeof pms.quote !== 'function')
      throw new ActionExecutionRejection('action_trigger_search', 'action_trigger_search needs the hotel system (services.pms)');
    const question = call.tracker.latest_message.text?.trim() ?? '';
    if (!question) return { events: [], responses: [{ response: 'utter_no_knowledge_base' }] };
    const slots = call.tracker.slots;
    const text = (name: string) => (typeof slots[name] === 'string' ? (slots[name] as string) : null);
    const adults = typeof slots['adults'] === 'number' ? (slots['adults'] as number) : null;
    const checkIn = text('check_in_date');
    const checkOut = text('check_out_date');
    // «а какой подешевле?» while choosing a room: the one wished for among the rooms free for this stay and party
    const wish = extractRoomType(question, hotel.room_types)?.preference;
    if (wish && checkIn && checkOut && bookingInProgress(call)) {
      const fitting = fittingRooms(hotel, await pms.availability({ check_in: checkIn, check_out: checkOut }), partyFromSlots(call));
      const area = (code: string) => hotel.room_types.find((r) => r.code === code)?.area_m2 ?? 0;
      const sorted = [...fitting].sort((a, b) => (wish === 'largest' ? area(b.room_type) - area(a.room_type) : a.total_price - b.total_price));
      const pick = wish === 'priciest' ? sorted.at(-1) : sorted[0];
      if (pick) {
        const lead = { cheapest: 'Дешевле всего', priciest: 'Дороже всего', largest: 'Просторнее всего' }[wish];
        return {
          events: [],
          responses: [
            {
              text: `${lead} из свободных на ваши даты — «${roomName(hotel, pick.room_type)}»: ${money(pick.total_price, hotel.hotel.currency)} за всё проживание.`,
            },
          ],
        };
      }
    }
    // «а какие ещё есть?» while choosing a room: the other rooms free for this stay and party, with their prices
    if (asksForOtherRooms(question) && checkIn && checkOut && bookingInProgress(call) && !text('room_type')) {
      // on a call the room question offered the cheapest room_offer_count of room_choices
      const choices = Array.isArray(slots['room_choices']) ? slots['room_choices'].filter((c): c is string => typeof c === 'string') : [];
      const offered =
        call.tracker.latest_input_channel === VOICE_CHANNEL
          ? choices.slice(0, typeof slots['room_offer_count'] === 'number' ? slots['room_offer_count'] : 0)
          : [];
      const named = [...new Set([...offered, ...roomsNamedLast(call, hotel)])];
      const fitting = fittingRooms(hotel, await pms.availability({ check_in: checkIn, check_out: checkOut }), partyFromSlots(call));
      const others = fitting.filter((r) => !named.includes(r.room_type));
      if (named.length && fitting.length) {
        const said = others.length
          ? `Ещё свободны ${roomsForStayText(hotel, others, nightsBetween(checkIn, checkOut))}.`
          : 'Других свободных номеров на ваши даты нет.';
        return { events: [], responses: [{ text: said }] };
      }
    }
    const answer = await answerQuestion(
      question,
      { now: () => services.now(), hotel, pms },
      {
        check_in: checkIn,
        check_out: checkOut,
        adults,
        children: typeof slots['children'] === 'number' ? (slots['children'] as number) : null,
        children_ages: Array.isArray(slots['children_ages']) ? slots['children_ages'].filter((a): a is number => typeof a === 'number') : null,
        room_type: text('room_type'),
        history: recentLines(call)
          .filter((l) => l.role === 'user')
          .map((l) => l.text)
          .slice(0, -1),
        last_rooms: roomsNamedLast(call, hotel),
        last_reply: lastReply(call),
      },
    );
    // Optional (config.yml EnterpriseSearchPolicy with an llm): the LLM phrases the answer from the retrieved
    // facts only; prices and availability stay the hotel system's, and any changed figure keeps the original.
    const phrase = services.phraseKnowledge as PhraseKnowledge | undefined;
    if (phrase && !answer.sources.includes('none')) {
      const phrased = await phrase(question, [answer.text], { senderId: call.sender_id, history: recentLines(call) });
      if (phrased) answer.text = phrased;
    }
    // what the caller has already heard is not read out again: dropped, or recalled in the part asked for
    // (a rule said again to a caller who insists is meant to be heard again: insisting.ts)
    if (!answer.sources.includes(AGAIN))
      answer.text = answer.sources.includes('none') ? noInformationAgain(answer.text, call, hotel) : withoutHeard(answer.text, saidInThisCall(call), question);
    // Free rooms or a price for dates, asked outside a booking: offer to book them (the next «да» or «хочу
    // забронировать» starts the booking with the stay and party of this question).
    // A room for the party asked about («номер на шестерых есть?»): the rooms that take it, and the offer too.
    const stayAnswer = answer.sources.includes('availability') || answer.sources.includes('quote') || answer.sources.includes('capacity');
    // the dates just said by the assistant are not said again with the next price for them
    if (stayAnswer) answer.text = withoutStayHeard(answer.text, lastReply(call));
    const bookable = stayAnswer && !/занят|нет\.$/.test(answer.text) && !bookingInProgress(call);
    return { events: [], responses: [{ text: answer.text }, ...(bookable ? [{ response: 'utter_offer_booking' }] : [])] };
  },
};

// What the assistant says when the hotel's facts have no answer: the first time (answer.ts) with the reception phone,
// then shorter, and the third time with the offer to put the caller through («да» then transfers, off-path.ts) — on
// a call; a chat cannot be put through, and hears reception's number again instead.
const NO_INFORMATION_AGAIN = ['Этого я тоже не знаю — подскажут на ресепшене.', 'И здесь не подскажу, извините. Соединить вас с ресепшеном?'];
const NO_INFORMATION_AGAIN_CHAT = (phone: string) => `И здесь не подскажу, извините. Ресепшен ответит по телефону ${phone}.`;
const NO_INFORMATION_SAID = /нет точной информации|тоже не знаю — подскажут|здесь не подскажу/;

/** The «no information» answer, shortened when the caller has already heard it in this conversation. */
function noInformationAgain(first: string, call: ActionCall, hotel: Hotel): string {
  const heard = call.tracker.events.filter((e) => e.event === 'bot' && NO_INFORMATION_SAID.test(e.text ?? '')).length;
  if (heard === 0) return first;
  if (heard >= NO_INFORMATION_AGAIN.length && !canTransferCall(call)) return NO_INFORMATION_AGAIN_CHAT(hotel.hotel.phone);
  return NO_INFORMATION_AGAIN[Math.min(heard, NO_INFORMATION_AGAIN.length) - 1] ?? first;
}

/** Everything the assistant has said in this conversation, reply by reply. */
function saidInThisCall(call: ActionCall): string[] {
  return call.tracker.events.map((e) => (e.event === 'bot' ? (e.text ?? '') : '')).filter(Boolean);
}

/**
 * Room types named in the assistant's last reply (every message since the caller's previous one), so that
 * «а какие ещё есть?» lists the others.
 */
function roomsNamedLast(call: ActionCall, hotel: Hotel): string[] {
  const text = lastReply(call);
  return hotel.room_types.filter((r) => text.includes(`«${r.name}»`)).map((r) => r.code);
}

/** The assistant's reply before the caller's current question (every message since the caller's previous one). */
function lastReply(call: ActionCall): string {
  const events = call.tracker.events;
  let i = events.length - 1;
  // the caller's current question, then the reply before it
  while (i >= 0 && events[i]!.event !== 'user') i--;
  i--;
  const said: string[] = [];
  for (; i >= 0 && events[i]!.event !== 'user'; i--) {
    const e = events[i]!;
    if (e.event === 'bot' && e.text) said.unshift(e.text);
  }
  return said.join(' ');
}

function bookingInProgress(call: ActionCall): boolean {
  const stack = (call.tracker.stack ?? []) as { flow_id?: unknown }[];
  return stack.some((frame) => frame.flow_id === 'book_room');
}

/** The conversation's last lines, for the LLM's phrasing. */
function recentLines(call: ActionCall): { role: 'user' | 'bot'; text: string }[] {
  const lines: { role: 'user' | 'bot'; text: string }[] = [];
  for (const e of call.tracker.events) {
    if (e.event === 'user' && !e.text.startsWith('/')) lines.push({ role: 'user', text: e.text });
    else if (e.event === 'bot' && e.text) lines.push({ role: 'bot', text: e.text });
  }
  return lines.slice(-10);
}
