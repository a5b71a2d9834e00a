// Who a price or free-room question is for: the party said in the question, else the booking's, else the one the
// caller named a moment ago. Children count toward a room by the hotel's rule (under 3: a free cot, not counted),
// so «двое взрослых и ребёнок шести лет» is three guests and is never offered a room for two.
import { childrenAgesText, guestsText } from '../../hotel/format-ru.ts';
import { countedGuests, FREE_COT_AGE } from '../../hotel/rules.ts';
import type { Hotel } from '../../hotel/types.ts';
import { extractGuests, type Guests } from '../lang-ru/guests.ts';
import { normalizeText } from '../lang-ru/text.ts';

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

// a cot or a bed asked about: the baby cot's own fact answers, not the counting rule
const BED_WORDS = /(?<![а-я])(?:кроват\S*|кроватк\S*|раскладушк\S*|манеж\S*|люльк\S*)/;
// a child staying on their own («сыну шестнадцать, он может один остановиться?»): the rule for minors answers
const ALONE_WORDS =
  /(?<![а-я])(?<!и )(?:один|одна|одного|одну|сам|сама|без (?:родител\S*|взросл\S*|нас)|останов\S*|засел\S*|жить|может|могут|пустите|пускаете)(?![а-я])/;
// words of a stay or a price: a stay priced for a party, not a question about a child
const STAY_WORDS = /(?<![а-я])(?:ноч\S*|сут\S*|номер\S*|заезд\S*|выезд\S*|стоит|стоить|цена|почем|сколько будет)(?![а-я])/;

/**
 * «а ребёнку пять лет», «сыну четыре года», «ей полтора годика»: a child's age said about the hotel's rule for
 * children (docs: policies.guests_counting), answered for that age — a child under 3 sleeps in a free cot and is not
 * counted, an older one is one of the room's guests. Null when no age is said or the question is about something else.
 */
export function childAgeAnswer(question: string, hotel: Hotel): string | null {
  if (!hotel.policies['guests_counting']) return null;
  const t = normalizeText(question);
  if (BED_WORDS.test(t) || STAY_WORDS.test(t) || ALONE_WORDS.test(t) || t.split(/\s+/).length > 8) return null;
  const g = extractGuests(question);
  // «ему два года»: the child spoken of a moment ago, its age said with a pronoun
  const ages = g.children_ages?.length
    ? g.children_ages
    : /(?<![а-я])(?:ему|ей|им)(?![а-я])/.test(t)
      ? extractGuests(question, 'children_ages').children_ages
      : undefined;
  if (!ages?.length || g.adults !== undefined) return null;
  const many = ages.length > 1;
  const said = childrenAgesText(ages);
  const lead = said.charAt(0).toUpperCase() + said.slice(1);
  const under = `до ${FREE_COT_AGE} лет`;
  if (ages.every((a) => a < FREE_COT_AGE)) {
    const cot = hotel.policies['baby_cot'] ? ', кроватку дадим по запросу' : '';
    return `${lead} — ${many ? 'дети' : 'ребёнок'} ${under} ${many ? 'размещаются' : 'размещается'} бесплатно в детской кроватке и в число гостей не ${many ? 'входят' : 'входит'}${cot}.`;
  }
  if (ages.every((a) => a >= FREE_COT_AGE))
    return `${lead} — ${many ? 'они считаются гостями номера, как взрослые' : 'он считается гостем номера, как взрослый'}. Бесплатно, в детской кроватке, размещаются только дети ${under}.`;
  return `${lead} — дети ${under} размещаются бесплатно в детской кроватке и в число гостей не входят, остальные считаются гостями.`;
}

// «пятерых», «шестерых»: a party in the genitive («для пятерых»)
const GENITIVE_PARTY: Record<number, string> = {
  3: 'троих',
  4: 'четверых',
  5: 'пятерых',
  6: 'шестерых',
  7: 'семерых',
  8: 'восьмерых',
  9: 'девятерых',
  10: 'десятерых',
};

/** «для пятерых», «для 12 человек». */
export function peopleGenitive(n: number): string {
  return GENITIVE_PARTY[n] ?? `${n} человек`;
}

// one person more than the party spoken of: «а если с нами ещё бабушка», «плюс ещё один взрослый», «и ещё ребёнок»
const ADDS = /(?<![а-я])(?:ещ[её]|плюс|добав\S*)(?![а-я])/;
const ADULT_ADDED =
  /(?<![а-я])(?:бабушк\S*|дедушк\S*|мам\S*|пап\S*|жен[аыу]|муж\S*|сестр\S*|брат\S*|друг\S*|подруг\S*|коллег\S*|тещ\S*|свекров\S*|свекр\S*|взросл\S*|человек\S*)(?![а-я])/;

/**
 * The party spoken of before with the people this question adds («а если с нами ещё бабушка» after a price for two),
 * or null when it adds nobody (or says the whole party anew: «то есть пятеро» is read as said).
 */
export function partyAdding(question: string, before: Party | null): Party | null {
  if (!before) return null;
  const t = normalizeText(question);
  if (!ADDS.test(t)) return null;
  const g = extractGuests(question);
  if (g.more) return { ...before, adults: before.adults + g.more };
  // a total said with it («ещё бабушка, то есть пятеро») is the party as said
  if (/(?<![а-я])(?:то есть|итого|всего|будет|будем)(?![а-я])/.test(t)) return null;
  if (ADULT_ADDED.test(t)) return { ...before, adults: before.adults + 1 };
  if (g.children) {
    const ages = [...(before.children_ages ?? []), ...(g.children_ages ?? [])];
    return { adults: before.adults, children: before.children + g.children, ...(ages.length ? { children_ages: ages } : {}) };
  }
  return null;
}

// children asked about: «с ребёнком», «с детьми», «дети», «детей», and as said fondly («детишки», «с малюткой»)
const CHILDREN_ASKED =
  /(?<![а-я])(?:с (?:ребенком|детьми|малышом|малышами|детками|детишками|ребятишками|малюткой|младенцем)|дети|детей|детки|деток|детишки|детишек|ребятишки|ребенок|ребенка|малыши|младенцы)(?![а-я])/;
// children coming along («а с детьми?», «а с ребёнком можно?»): who comes, not whom something is for
const WITH_CHILDREN = /(?<![а-я])с (?:реб[её]нком|детьми|малышом|малышами|детками|детишками|ребятишками|малюткой|младенцем)(?![а-я])/;

/** «а с ребёнком?»: children said to come along. */
export function comesWithChildren(question: string): boolean {
  return WITH_CHILDREN.test(normalizeText(question));
}

const ALLOWED_ASKED = /(?<![а-я])(?:можно|берете|пускаете|принимаете|разрешается|размещаете|селите)(?![а-я])/;
const FREE_ASKED = /(?<![а-я])(?:бесплатн\S*|платн\S*|плати\S*|платят|доплат\S*|доплач\S*|стоит|стоят|сколько)(?![а-я])/;

/**
 * «можно к вам с ребёнком?», «дети у вас бесплатно?»: the hotel's rule for children (policies.guests_counting), with
 * «Да» when children are asked to be allowed — the rule's «не учитываются» is no «Нет» to the question.
 */
export function childrenRuleAnswer(question: string, hotel: Hotel): { text: string; yesNo?: boolean } | null {
  const rule = hotel.policies['guests_counting'];
  if (!rule) return null;
  const t = normalizeText(question);
  if (!CHILDREN_ASKED.test(t) || BED_WORDS.test(t) || ALONE_WORDS.test(t) || t.split(/\s+/).length > 9) return null;
  const g = extractGuests(question);
  // («с ребёнком» alone reads as the caller and the child: no party of its own)
  if (g.children_ages?.length || (g.adults ?? 0) > 1) return null;
  const allowed = ALLOWED_ASKED.test(t);
  if (!allowed && !FREE_ASKED.test(t)) return null;
  const text = `${rule.charAt(0).toUpperCase()}${rule.slice(1)}.`;
  return allowed ? { text: `Да, с детьми можно. ${text}` } : { text };
}
