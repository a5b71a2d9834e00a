// Corrections in one breath: «не комфорт, а люкс», «вместо стандарта комфорт», «не Петров, а Петренко», and which
// part of the booking summary the caller wants corrected.
import type { SlotValue } from '../../engine/commands.ts';
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
