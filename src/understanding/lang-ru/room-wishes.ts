// The caller's wishes for the room while booking — how the beds are made up, a room for a wheelchair, a baby cot,
// a quiet room, the floor — read as the short phrases the booking keeps for staff («две раздельные кровати»).
// The hotel notes them and does what it can: nothing here promises or prices anything.
import { normalizeText } from './text.ts';

export type RoomWishKind = 'twin_beds' | 'double_bed' | 'wheelchair' | 'accessible' | 'baby_cot' | 'quiet' | 'high_floor' | 'low_floor';

/** What the booking keeps and the summary says back, one phrase per kind. */
export const ROOM_WISH_PHRASES: Record<RoomWishKind, string> = {
  twin_beds: 'две раздельные кровати',
  double_bed: 'одна двуспальная кровать',
  wheelchair: 'номер для гостя на коляске',
  accessible: 'номер для маломобильного гостя',
  baby_cot: 'детская кроватка',
  quiet: 'тихий номер',
  high_floor: 'этаж повыше',
  low_floor: 'этаж пониже',
};

/** Kinds that exclude each other: the later said replaces the earlier («нет, лучше одну большую»). */
const EXCLUSIVE: RoomWishKind[][] = [
  ['twin_beds', 'double_bed'],
  ['high_floor', 'low_floor'],
  ['wheelchair', 'accessible'],
];

// JavaScript's \b knows no Cyrillic: words are bounded by lookarounds instead.
const B = '(?<![а-яa-z0-9])';
const E = '(?![а-яa-z0-9])';
const cue = (source: string) => new RegExp(source.replaceAll('<', B).replaceAll('>', E));
const TWO = '<(?:две|два|2|пару|пара)>';
// «кровать», «кровати», never «кроватка» (the baby cot)
const BED = '<кроват(?:ь|и|ей|ям|ями|ях)>';
const SEPARATE = '<(?:раздельн|отдельн|односпальн|полуторн|разн)\\S*';
const CUES: [RoomWishKind, RegExp][] = [
  // «две отдельные кровати», «с раздельными кроватями», «кровати чтобы отдельно стояли», «твин»
  [
    'twin_beds',
    cue(
      `${TWO}\\s+(?:\\S+\\s+)?${SEPARATE}\\s+${BED}|${SEPARATE}\\s+${BED}|${BED}\\s+(?:\\S+\\s+){0,3}(?:<раздельн|<отдельн|по отдельности|<порознь)|${TWO}\\s+${BED}|<с двумя\\s+(?:\\S+\\s+)?${BED}|<(?:твин|twin)>|<спать\\s+(?:будем\\s+)?(?:отдельно|раздельно|порознь)>`,
    ),
  ],
  // «одну двуспальную», «большую общую кровать», «кровать вместе»
  ['double_bed', cue(`<(?:больш|общ|двуспальн)\\S*\\s+${BED}|<двуспальн(?:ую|ая|ой)>|<двуспалк\\S*|${BED}\\s+(?:\\S+\\s+)?вместе>|<(?:дабл|double)>`)],
  // a wheelchair, not a pram: «на коляске», «инвалидная коляска», «колясочник»
  ['wheelchair', cue('<колясочни|<на (?:инвалидн\\S* )?коляск|<инвалидн\\S* коляск|<коляск\\S* инвалидн')],
  ['accessible', cue('<инвалид|<маломобильн|<ограниченн\\S* (?:возможност|подвижност)|<безбарьерн|<без порогов>|<(?:плохо|тяжело|с трудом) ход|<на костыл')],
  // «детскую кроватку», «люльку для малыша», «манеж»
  ['baby_cot', cue('<кроватк|<люльк|<колыбел|<манеж')],
  [
    'quiet',
    cue(
      '<тих\\S*\\s+(?:\\S+\\s+)?(?:номер|комнат|сторон)|(?:<номер\\S*|<окна|<окнами)\\s+(?:\\S+\\s+)?во двор>|<потише>|<подальше от (?:лифта|дороги|шума)>|<не на (?:дорогу|улицу|проспект)>|<чтобы (?:было )?тихо>|<(?:номер|комнат\\S*)\\s+(?:\\S+\\s+){0,5}тих(?:ий|ую|ая|ое)>(?!\\s+час)',
    ),
  ],
  // «не на первом этаже», «только не первый»: a floor refused is the wish for one higher
  ['high_floor', cue('<(?:высок|верхн|последн)\\S*\\s+этаж|<этаж\\S*\\s+(?:по)?выше>|<повыше>|<не (?:на )?(?:перв|нижн|низк)\\S*(?:\\s+этаж\\S*)?>')],
  ['low_floor', cue('<(?:низк|нижн|перв|втор)\\S*\\s+этаж|<этаж\\S*\\s+(?:по)?ниже>|<пониже>|<невысоко>|<не (?:на )?(?:верхн|последн|высок)\\S*\\s+этаж')],
];

// «кроватка не нужна», «без кроватки», «уже не надо тихий»: the wish is withdrawn
const WITHDRAWN_BEFORE = cue('<(?:без|не надо|не нужн\\S*|уже не|не)\\s+(?:\\S+\\s+){0,2}$');
const WITHDRAWN_AFTER = cue('^\\s*(?:\\S+\\s+){0,2}(?:не нужн|не надо>|не обязательн|не требу)');

export interface RoomWishes {
  /** Wishes said, in the order said. */
  wanted: RoomWishKind[];
  /** Wishes taken back. */
  withdrawn: RoomWishKind[];
}

/** The wishes a message states or takes back; empty lists when it says none. */
export function readRoomWishes(text: string): RoomWishes {
  const t = normalizeText(text);
  const found: { kind: RoomWishKind; at: number; off: boolean }[] = [];
  for (const [kind, pattern] of CUES) {
    const m = pattern.exec(t);
    if (!m) continue;
    const at = m.index;
    const off = WITHDRAWN_BEFORE.test(t.slice(Math.max(0, at - 30), at)) || WITHDRAWN_AFTER.test(t.slice(at + m[0].length));
    found.push({ kind, at, off });
  }
  // the wheelchair says more than «маломобильный»: one wish, not two
  const has = (k: RoomWishKind) => found.some((f) => f.kind === k && !f.off);
  const kept = found.filter((f) => !(f.kind === 'accessible' && has('wheelchair')));
  kept.sort((a, b) => a.at - b.at);
  return { wanted: kept.filter((f) => !f.off).map((f) => f.kind), withdrawn: kept.filter((f) => f.off).map((f) => f.kind) };
}

/** The slot's value when no wish was said: like the pet slot, «нет», so the booking never asks. */
export const NO_WISHES = 'нет';
const SEPARATOR = '; ';

/** The phrases a wishes slot holds («нет» or empty: none). */
export function wishPhrases(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  const phrases = value
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  return phrases.length === 1 && normalizeText(phrases[0]!) === NO_WISHES ? [] : phrases;
}

/**
 * The slot's value after this message: new wishes added after those noted, a wish taken back or replaced by its
 * opposite removed. Phrases the slot holds from elsewhere (the LLM's own words) are kept. null: nothing changes.
 */
export function mergeRoomWishes(current: unknown, said: RoomWishes): string | null {
  if (!said.wanted.length && !said.withdrawn.length) return null;
  const before = wishPhrases(current);
  const phraseOf = (k: RoomWishKind) => ROOM_WISH_PHRASES[k];
  const dropped = new Set<string>(said.withdrawn.map(phraseOf));
  for (const kind of said.wanted)
    for (const group of EXCLUSIVE) if (group.includes(kind)) for (const other of group) if (other !== kind) dropped.add(phraseOf(other));
  const after = before.filter((p) => !dropped.has(p));
  for (const kind of said.wanted) if (!after.includes(phraseOf(kind))) after.push(phraseOf(kind));
  const value = after.length ? after.join(SEPARATOR) : NO_WISHES;
  return value === (before.length ? before.join(SEPARATOR) : NO_WISHES) ? null : value;
}
