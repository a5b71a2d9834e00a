// Who a price or free-room question is for: the party said in the question, else the booking's, else the one the
// caller named a moment ago. Children count toward a room by the hotel's rule (under 3: a free cot, not counted),
// so «двое взрослых и ребёнок шести лет» is three guests and is never offered a room for two.
import { guestsText } from '../../hotel/format-ru.ts';
import { countedGuests } from '../../hotel/rules.ts';
import type { Guests } from '../lang-ru/guests.ts';

export interface Party {
  adults: number;
  children: number;
  children_ages?: number[];
}

/** The party a reading of guests names, or null when it names nobody (a child alone comes with one adult). */
export function partyOf(g: Guests): Party | null {
  if (g.adults === undefined && !g.children) return null;
  return { adults: g.adults ?? 1, children: g.children ?? 0, ...(g.children_ages?.length ? { children_ages: g.children_ages } : {}) };
}

/** How many of the party count toward a room's capacity. */
export function countedParty(p: Party): number {
  return countedGuests(p.adults, p.children, p.children_ages);
}

/** «для двух взрослых и ребёнка» when children were said (the answer then names who it is for), else ''. */
export function partyPhrase(p: Party | null): string {
  if (!p?.children) return '';
  return ` для ${guestsGenitive(guestsText(p.adults, p.children))}`;
}

// «двое взрослых и ребёнок» → «двух взрослых и ребёнка»: the words guestsText uses, in the genitive
const GENITIVE: Record<string, string> = {
  один: 'одного',
  взрослый: 'взрослого',
  двое: 'двух',
  трое: 'трёх',
  четверо: 'четырёх',
  пятеро: 'пяти',
  шестеро: 'шести',
  ребёнок: 'ребёнка',
  ребёнка: 'детей',
  детей: 'детей',
};

function guestsGenitive(text: string): string {
  return text
    .split(' ')
    .map((w) => GENITIVE[w] ?? w)
    .join(' ');
}
