// action_check_party: a party said with the booking's first words, set against the rooms' capacity before the dates
// are asked (book kinds 3, 14). «нас пятеро, двое взрослых и трое детей, хотим в семейный» hears at once that the
// room takes fewer and which rooms take them, or that none does; «мы вдвоём и трое детей — два, шесть и девять лет»
// hears that a child under the free-cot age does not count, so the family room takes them. Said only while the
// dates are not both known: with them, action_check_availability says it beside the rooms free on those dates.
// Every number and name comes from data/hotel.yml (max_guests, the room names) and the counting rule (rules.ts).
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { peopleCount } from '../src/hotel/format-ru.ts';
import { countedGuests, FREE_COT_AGE } from '../src/hotel/rules.ts';
import type { Hotel, RoomType } from '../src/hotel/types.ts';
import { partyFromSlots } from './check-availability.ts';
import { hotelServices, Reply, slotText } from './services.ts';

const names = (rooms: readonly RoomType[]) => {
  const quoted = rooms.map((r) => `«${r.name}»`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} и ${quoted.at(-1)}` : (quoted[0] ?? '');
};

/** «вам подойдёт «Семейный»», «вам подойдут «Комфорт» и «Семейный»». */
function fitText(rooms: readonly RoomType[]): string {
  return `вам ${rooms.length > 1 ? 'подойдут' : 'подойдёт'} ${names(rooms)}`;
}

export function checkParty(call: ActionCall, hotel: Hotel): ActionResult {
  const reply = new Reply();
  if (slotText(call, 'check_in_date') && slotText(call, 'check_out_date')) return reply.result();
  if (call.tracker.slots['adults'] === null || call.tracker.slots['adults'] === undefined) return reply.result();
  const party = partyFromSlots(call);
  const ages = party.children_ages ?? [];
  // children of unknown age may be babies: counted as such, a party still too big is told so; where they decide,
  // the ages are asked where the rooms are offered, not guessed here
  const unknown = party.children - ages.length;
  const counted = countedGuests(party.adults, party.children, [...ages, ...Array<number>(Math.max(0, unknown)).fill(0)]);
  const everyone = party.adults + party.children;
  const fitting = hotel.room_types.filter((t) => t.max_guests >= counted);
  const babies = ages.some((a) => a < FREE_COT_AGE);
  const cots = party.children > 0 ? `, не считая детей до ${FREE_COT_AGE} лет` : '';
  const chosen = hotel.room_types.find((t) => t.code === slotText(call, 'room_type'));
  if (fitting.length === 0) {
    const largest = hotel.room_types.reduce((a, b) => (b.max_guests > a.max_guests ? b : a));
    reply.say(
      `Вас ${peopleCount(counted)}, а самый вместительный номер у нас — «${largest.name}», до ${largest.max_guests} гостей${cots}; для большой компании можно забронировать несколько номеров.`,
    );
    reply.set('adults', null).set('children', 0).set('children_ages', null);
    return reply.set('availability_status', 'too_many_guests').result();
  }
  if (chosen && counted > chosen.max_guests) {
    reply.say(`В номере «${chosen.name}» не больше ${chosen.max_guests} гостей${cots}, а вас ${peopleCount(counted)}: ${fitText(fitting)}.`);
    return reply.set('room_type', null).result();
  }
  if (unknown > 0) return reply.result();
  // the free-cot rule decides: counted by heads, no room would take them
  if (babies && !hotel.room_types.some((t) => t.max_guests >= everyone)) {
    const lead = `Дети до ${FREE_COT_AGE} лет в число гостей не входят`;
    reply.say(chosen ? `${lead}, так что «${chosen.name}» вам подходит.` : `${lead}, так что ${fitText(fitting)}.`);
  }
  return reply.result();
}

export const checkPartyAction: CustomAction = {
  name: 'action_check_party',
  run: async (call: ActionCall, services: ActionServices) => checkParty(call, hotelServices('action_check_party', services).hotel),
};
