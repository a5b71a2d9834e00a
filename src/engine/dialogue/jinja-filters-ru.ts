// Russian filters for response templates, so that a pattern's context (ISO dates, E.164 phones, names as
// said) is read out as a person says it: `{{ d | date_ru }}` → «11 декабря», `{{ a | stay_ru(b) }}` →
// «с 11 по 13 декабря», `{{ p | phone_ru }}` → «+7 900 123-45-67», `{{ n | genitive_name }}` → «Ивана Петрова».
import { childrenAgesText, dayMonth, guestsText, peopleCount, phoneText, stayRange } from '../../hotel/format-ru.ts';
import { declineName } from '../../hotel/names-ru.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function asDate(value: unknown): string | null {
  return typeof value === 'string' && ISO_DATE.test(value) ? value : null;
}

export const russianFilters: Record<string, (value: unknown, ...args: unknown[]) => string> = {
  date_ru: (value) => {
    const d = asDate(value);
    return d ? dayMonth(d) : String(value ?? '');
  },
  stay_ru: (from, to) => {
    const [a, b] = [asDate(from), asDate(to)];
    return a && b ? stayRange(a, b) : [from, to].filter(Boolean).join(' — ');
  },
  phone_ru: (value) => (typeof value === 'string' ? phoneText(value) : String(value ?? '')),
  genitive_name: (value) => (typeof value === 'string' ? declineName(value) : String(value ?? '')),
  // «двое взрослых», «один взрослый»; `{{ n | children_ru }}` → «ребёнок», «трое детей»
  adults_ru: (value) => (typeof value === 'number' ? guestsText(Math.round(value), 0) : String(value ?? '')),
  children_ru: (value) => (typeof value === 'number' ? childrenText(Math.round(value)) : String(value ?? '')),
  // `{{ [5, 8] | ages_ru }}` → «детям 5 и 8 лет»
  ages_ru: (value) => (Array.isArray(value) ? childrenAgesText(value.filter((v): v is number => typeof v === 'number')) : String(value ?? '')),
};

function childrenText(n: number): string {
  if (n === 0) return 'без детей';
  if (n === 1) return 'один ребёнок';
  return peopleCount(n) === String(n) ? `${n} детей` : `${peopleCount(n)} детей`;
}
