// Brings slot values the LLM wrote into the shapes the flows expect (the same shapes the offline generator
// produces): dates YYYY-MM-DD, phones E.164, numbers, booleans, categorical codes, lists.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { SlotValue } from '../../engine/commands.ts';
import type { Domain, SlotDefinition } from '../../engine/domain/types.ts';
import type { UnderstandingContext } from '../types.ts';
import type { SlotValueNormaliser } from './command-parser.ts';

/** Russian readers the offline generator uses; nlu-ru's lang-ru module supplies them (see createSlotNormaliser). */
export interface RussianValueReaders {
  /** A date phrase ("27 ноября", "завтра") → YYYY-MM-DD relative to today in the hotel's timezone, or null. */
  date?: (text: string, now: Date, timezone: string) => string | null;
  /** A phone as said or typed → E.164, or null. */
  phone?: (text: string) => string | null;
  /** A count in words or digits ("двое", "2") → number, or null. */
  count?: (text: string) => number | null;
  /** «да», «конечно», «не надо» → boolean, or null. */
  yesNo?: (text: string) => boolean | null;
  /** A categorical value said in words («люкс» → suite), or null. */
  category?: (slotName: string, text: string) => string | null;
  /** A booking reference: a code («ac3 de5» → AC3DE5) or a phone (→ E.164), or null. */
  reference?: (text: string) => string | null;
}

const TRUE_WORDS = new Set(['true', 'yes', 'да', 'верно', 'конечно', 'ага', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'нет', 'неверно', '0']);

function toBool(value: string, readers: RussianValueReaders): boolean | undefined {
  const v = value.toLowerCase();
  if (TRUE_WORDS.has(v)) return true;
  if (FALSE_WORDS.has(v)) return false;
  return readers.yesNo?.(value) ?? undefined;
}

function toNumber(value: string, readers: RussianValueReaders): number | undefined {
  const v = value.replace(/\s+/g, '').replace(',', '.');
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return readers.count?.(value) ?? undefined;
}

function toCategory(slot: SlotDefinition, value: string, readers: RussianValueReaders): string | undefined {
  const v = value.toLowerCase();
  const match = slot.values?.find((c) => c.toLowerCase() === v);
  if (match) return match;
  const said = readers.category?.(slot.name, value);
  if (said && slot.values?.includes(said)) return said;
  // Rasa keeps unknown categorical values as `__other__` when the slot declares it.
  return slot.values?.includes('__other__') ? '__other__' : undefined;
}

/** `[5, 7]`, `['a', 'b']`, `5 и 7`, `5, 7` → a list; numbers stay numbers. */
function toList(value: string): SlotValue[] {
  const inner = value.replace(/^\[|\]$/g, '');
  return inner
    .split(/\s*(?:,|;|\sи\s)\s*/)
    .map((p) => p.trim().replace(/^['"]|['"]$/g, ''))
    .filter(Boolean)
    .map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : p));
}

/** «5», «5 и 7», «[5, 7]», «5 и 7 лет» → [5, 7]; null when the text holds anything but numbers and those words. */
function numberList(value: string): number[] | null {
  const numbers = value.match(/\d+(?:[.,]\d+)?/g);
  if (!numbers) return null;
  const rest = value.replace(/\d+(?:[.,]\d+)?/g, ' ').replace(/[\s,;[\]'"]+|(?<![\p{L}])(?:и|лет|года?|годик\p{L}*|мес\p{L}*)(?![\p{L}])/gu, '');
  return rest === '' ? numbers.map((n) => Number(n.replace(',', '.'))) : null;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/;

function validDate(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

export function toIsoDate(value: string, context: UnderstandingContext, readers: RussianValueReaders): string | null {
  const v = value.trim();
  let m = v.match(ISO_DATE);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = v.match(DOTTED_DATE);
  if (m) {
    const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return validDate(year, Number(m[2]), Number(m[1]));
  }
  return readers.date?.(v, context.now, context.timezone) ?? null;
}

export function toE164(value: string, readers: RussianValueReaders): string | null {
  const fromReader = readers.phone?.(value);
  if (fromReader) return fromReader;
  // Russian callers write 8XXXXXXXXXX for +7XXXXXXXXXX.
  const digits = value.replace(/[^\d+]/g, '');
  const candidate = /^8\d{10}$/.test(digits) ? `+7${digits.slice(1)}` : digits;
  const phone = parsePhoneNumberFromString(candidate, 'RU');
  return phone?.isValid() ? phone.number : null;
}

const isDateSlot = (name: string): boolean => /(^|_)date($|_)/.test(name);
const isPhoneSlot = (name: string): boolean => /phone/.test(name);
const isReferenceSlot = (name: string): boolean => /(^|_)(reference|code)($|_)/.test(name);
const isNameSlot = (name: string): boolean => /(^|_)name($|_)/.test(name);

/** «иван петров» → «Иван Петров»; names already capitalised (or mixed, like «Мак-Дональд») stay as written. */
function capitaliseName(value: string): string {
  return value
    .split(/\s+/)
    .map((w) => (w === w.toLowerCase() ? w.replace(/(^|-)(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()) : w))
    .join(' ');
}

/**
 * The seam between the LLM and the Russian parsers: a normaliser with the given readers.
 * Text slots named *_date become YYYY-MM-DD and *phone* become E.164 when the value reads as one;
 * otherwise the text is kept as written (the flow's rejections validate it, as for offline input).
 */
export function createSlotNormaliser(readers: RussianValueReaders = {}): SlotValueNormaliser {
  return (slotName: string, value: string, domain: Domain, context: UnderstandingContext): SlotValue | undefined => {
    const slot = domain.slots[slotName];
    if (!slot) return undefined;
    switch (slot.type) {
      case 'bool':
        return toBool(value, readers);
      case 'float':
        return toNumber(value, readers);
      case 'categorical':
        return toCategory(slot, value, readers);
      case 'list':
        return toList(value);
      case 'any': {
        // Lists of numbers (children_ages in the hotel contract) are what `any` slots hold in practice:
        // «5», «5 и 7 лет», «[5, 7]» all become number lists; other text is kept.
        const numbers = numberList(value);
        if (numbers) return numbers;
        return /^\[.*\]$/s.test(value) ? toList(value) : value;
      }
      default: {
        if (isDateSlot(slotName)) return toIsoDate(value, context, readers) ?? value;
        if (isPhoneSlot(slotName)) return toE164(value, readers) ?? value;
        if (isReferenceSlot(slotName)) return readers.reference?.(value) ?? value;
        const text = value.replace(/\s+/g, ' ');
        return isNameSlot(slotName) ? capitaliseName(text) : text;
      }
    }
  };
}
