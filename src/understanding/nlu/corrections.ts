// Corrections in one breath: «не комфорт, а люкс», «вместо стандарта комфорт», «не Петров, а Петренко», and which
// part of the booking summary the caller wants corrected.
import type { SlotValue } from '../../engine/commands.ts';
import { firstNameGenders } from '../../hotel/names-ru.ts';
import { type Extracted, normalizeText } from '../lang-ru/index.ts';
import { changeTarget } from './change-slots.ts';

// «вместо стандарта», «вместо 14-го»: what is being replaced.
export const INSTEAD_OF = /(?<![а-яё])вместо\s+[^\s,?!.]+/i;

// «не X, а Y» (X up to three words); group 2 is X.
export const NOT_BUT = /(^|[\s,.!?])не\s+((?:[^\s,]+\s+){0,2}?[^\s,]+)\s*,?\s+а\s+/i;

/** «не Петров, а Петренко» with guest_name «Алексей Петров» → «Алексей Петренко». */
export function replaceNamePart(current: SlotValue | undefined, wrong: string, rest: string): string | null {
  if (typeof current !== 'string') return null;
  const right = /^[А-ЯЁа-яё-]+/.exec(rest.trim())?.[0];
  if (!right) return null;
  const norm = (w: string) => w.toLowerCase().replace(/ё/g, 'е');
  const parts = current.split(/\s+/);
  const i = parts.findIndex((p) => norm(p) === norm(wrong));
  if (i < 0) return null;
  parts[i] = right.charAt(0).toUpperCase() + right.slice(1).toLowerCase();
  return parts.join(' ');
}

/**
 * A name said while a full name is held: one word given alone corrects one part of it, not the whole. A known first
 * name («нет, не Иван, Игорь») replaces the first name; any other word is the surname («фамилия Соколовский»), and
 * the first name stays. Two words or more are a whole name and replace it.
 */
export function correctedName(current: SlotValue | undefined, given: string): string {
  if (typeof current !== 'string') return given;
  const parts = current.trim().split(/\s+/);
  const said = given.trim().split(/\s+/);
  const word = said[0];
  if (parts.length < 2 || said.length !== 1 || !word) return given;
  const heldFirst = firstNameGenders(parts[0] ?? '').length > 0;
  const givenFirst = firstNameGenders(word).length > 0;
  if (givenFirst && heldFirst) parts[0] = word;
  else if (!givenFirst) parts[parts.length - 1] = word;
  else return given;
  return parts.join(' ');
}

/** «соколовский» as read from a bare answer: each part of a name with a capital, as a booking keeps it. */
export function capitalisedName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/(^|-)([а-яёa-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase()))
    .join(' ');
}

/** A value equal to the slot's: setting it changes nothing, so it is no correction either. */
export function sameValue(a: SlotValue | undefined, b: SlotValue): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b);
}

/** Which part of the booking summary the caller wants corrected: the name and the phone, or a part of the stay. */
export function fixTarget(x: Extracted, text: string): 'dates' | 'room_type' | 'guests' | 'guest_name' | 'guest_phone' | null {
  const t = normalizeText(text);
  if (x.phone || /(?<![а-я])(?:телефон\S*|почт\S*|мобильн\S*)(?![а-я])/.test(t)) return 'guest_phone';
  if (/(?<![а-я])(?:им(?:я|ени|енем)|фамили\S*|отчеств\S*)(?![а-я])/.test(t)) return 'guest_name';
  return changeTarget(x, text);
}
