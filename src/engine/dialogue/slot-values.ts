// Coerces a value to a slot's type as Rasa does: "True"/"да" → true, "2,5" → 2.5, categorical values
// matched case-insensitively to their defined spelling.
import type { SlotValue } from '../commands.ts';
import type { SlotDefinition } from '../domain/types.ts';

const TRUE = new Set(['true', 'yes', 'y', '1', 'да', 'ага', 'угу', 'конечно', 'верно', 'подтверждаю']);
const FALSE = new Set(['false', 'no', 'n', '0', 'нет', 'неа', 'не надо']);

export type Coerced = { ok: true; value: SlotValue } | { ok: false; value: SlotValue };

export function coerceSlotValue(def: SlotDefinition | undefined, value: SlotValue): Coerced {
  if (value === null || !def) return { ok: true, value };
  switch (def.type) {
    case 'bool': {
      if (typeof value === 'boolean') return { ok: true, value };
      if (typeof value === 'number') return value === 1 || value === 0 ? { ok: true, value: value === 1 } : { ok: false, value };
      if (typeof value === 'string') {
        const s = value
          .trim()
          .toLowerCase()
          .replace(/[.!]+$/, '');
        if (TRUE.has(s)) return { ok: true, value: true };
        if (FALSE.has(s)) return { ok: true, value: false };
      }
      return { ok: false, value };
    }
    case 'float': {
      if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false, value };
      if (typeof value === 'string') {
        const s = value.trim().replace(',', '.');
        if (/^[-+]?\d+(\.\d+)?$/.test(s)) return { ok: true, value: Number(s) };
      }
      return { ok: false, value };
    }
    case 'categorical': {
      const s = String(typeof value === 'object' ? JSON.stringify(value) : value)
        .trim()
        .toLowerCase();
      const found = def.values?.find((v) => v.toLowerCase() === s);
      if (found !== undefined) return { ok: true, value: found };
      if (def.values?.includes('__other__')) return { ok: true, value: '__other__' };
      return { ok: false, value };
    }
    case 'text':
      if (typeof value === 'string') return { ok: true, value };
      if (typeof value === 'number' || typeof value === 'boolean') return { ok: true, value: String(value) };
      return { ok: false, value };
    default:
      return { ok: true, value };
  }
}

/** Whether a (coerced) value fits the slot's type; used by action_run_slot_rejections. */
export function fitsSlotType(def: SlotDefinition | undefined, value: SlotValue): boolean {
  if (value === null || !def) return true;
  switch (def.type) {
    case 'bool':
      return typeof value === 'boolean';
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'categorical':
      return typeof value === 'string' && (def.values ?? []).includes(value);
    default:
      return true;
  }
}

export function sameValue(a: SlotValue | undefined, b: SlotValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return (a ?? null) === (b ?? null);
  if (typeof a === 'object' || typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return false;
}
