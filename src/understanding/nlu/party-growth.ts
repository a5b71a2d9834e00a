// The party as it grows while a room is booked, and a child's age said on its own (tester kind 2): «с нами ещё
// свекровь поедет» is one adult more than counted (the room offer is checked again for it), «и ещё дочка, ей семь»
// one child more; «а ребёнку пять лет» outside a booking asks the rule for children, it books nothing.
import type { SlotValue } from '../../engine/commands.ts';
import { type Extracted, extractGuests, normalizeText } from '../lang-ru/index.ts';
import type { UnderstandingContext } from '../types.ts';
import { addsOnePerson } from './booking-at-hand.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';

const MORE = /(?<![а-я])(?:ещ[её]|плюс|добав\S*|кроме (?:нас|того))(?![а-я])/;
const CHILD_WORD = /(?<![а-я])(?:ребен\S*|дет\S*|малыш\S*|сын\S*|доч\S*|мальчик\S*|девочк\S*)/;
const BOOKING_VERB = /(?<![а-я])(?:заброни\S*|брониру\S*|оформ\S*|сним\S*|снять|номер\S*)(?![а-я])/;

const count = (v: SlotValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** The party after people said to come besides those counted, or null when the message adds nobody. */
export function partyAdded(project: GeneratorProject, ctx: UnderstandingContext, text: string, x: Extracted): Extracted['guests'] | null {
  if (ctx.activeFlow !== project.flow.book) return null;
  const adults = count(ctx.slots[project.slot.adults]);
  if (!adults) return null;
  const kids = count(ctx.slots[project.slot.children]) ?? 0;
  const t = normalizeText(text);
  // «и ещё ребёнок», «плюс дочка, ей семь»: a child more than those counted
  if (x.guests.children && x.guests.adults === undefined && kids > 0 && MORE.test(t)) {
    const known = ctx.slots[project.slot.childrenAges];
    const ages = [...(Array.isArray(known) ? known.filter((a): a is number => typeof a === 'number') : []), ...(x.guests.children_ages ?? [])];
    return { children: kids + x.guests.children, ...(ages.length ? { children_ages: ages } : {}) };
  }
  // «с нами ещё свекровь поедет», «плюс ещё один взрослый»: an adult more
  const more = x.guests.more ?? (addsOnePerson(text, x) && !CHILD_WORD.test(t) ? 1 : undefined);
  return more ? { adults: adults + more } : null;
}

/** «а ребёнку пять лет», «ему два годика»: a child's age with nothing of a booking, outside one. */
export function childAgeAsked(project: GeneratorProject, turn: DecisionTurn): boolean {
  const { x, text, said, active } = turn;
  if (active || !project.options.hotel || x.guests.adults !== undefined || x.stay.check_in || x.stay.nights || x.room || BOOKING_VERB.test(said)) return false;
  const ages = x.guests.children_ages?.length
    ? x.guests.children_ages
    : /(?<![а-я])(?:ему|ей|им)(?![а-я])/.test(said)
      ? extractGuests(text, 'children_ages').children_ages
      : undefined;
  return !!ages?.length && said.split(/\s+/).length <= 8;
}
