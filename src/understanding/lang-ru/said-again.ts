// A value said again in the same breath: «на двоих… ой нет, на троих», «нас двое, хотя нет, трое», «с пятого, вернее с
// шестого». What comes after the marker corrects what came before it; the reader of each value decides whether the
// part after the marker says its value again (dates: lang-ru/dates.ts; the party: lang-ru/guests.ts).
import { numberize } from './numbers.ts';

const MARKER =
  /(?:^|[\s,.!;—-])(хотя нет|ой нет|а нет|ой|нет|вернее|точнее|точней|то есть|в смысле|поправлюсь|ошиб(?:ся|лась)|оговорил(?:ся|ась)|извините|простите)(?=[\s,.!;—-]|$)/g;

export interface SaidAgain {
  before: string;
  after: string;
}

/**
 * The message split at its first self-correction, or null. A bare «нет» corrects only between two numbers («на двоих
 * нет на троих»): «детей нет, нас трое», «нет, спасибо» correct nothing.
 */
export function splitAtCorrection(text: string): SaidAgain | null {
  for (const m of text.matchAll(MARKER)) {
    const marker = m[1] ?? '';
    const end = m.index + m[0].length;
    const after = text.slice(end).replace(/^[\s,.!;—-]+/, '');
    if (!after) return null;
    if (marker === 'нет' && !(/\d(?:-ро|-х)?[\s,.]*$/.test(numberize(text.slice(0, m.index))) && /^(?:на |нас |будет |будем )?\d/.test(numberize(after))))
      continue;
    return { before: text.slice(0, m.index), after };
  }
  return null;
}

// «ой нет, подождите, не с десятого, а с двенадцатого…», «простите, не люкс, а комфорт»: a message that does nothing
// but say again a value of the question just asked
const OPENING_MARKERS =
  /^(?:(?:ой|ай|ах|нет|а нет|хотя нет|подождите|погодите|стоп|простите|извините|точнее|вернее|то есть|в смысле|ошиб(?:ся|лась)|перепутал[аи]?|оговорил(?:ся|ась))(?:[\s,.!—-]+|$))+/;

/**
 * A message that opens with a self-correction, as the follow-up it is: «ой нет, не с десятого, а с двенадцатого по
 * четырнадцатое» → «а с двенадцатого по четырнадцатое» (the value it replaces dropped), read like «а в субботу?» after
 * the question just answered. Null when the message does not open with a marker.
 */
export function correctionAsFollowUp(text: string): string | null {
  const t = text.toLowerCase().replace(/ё/g, 'е').replace(/[«»"]/g, ' ').replace(/\s+/g, ' ').trim();
  const marker = OPENING_MARKERS.exec(t);
  if (!marker) return null;
  const rest = t.slice(marker[0].length).replace(/[?!.]+$/, '');
  if (!rest) return null;
  const notBut = /^не (.+?)[\s,]+а (.+)$/.exec(rest);
  return `а ${notBut ? notBut[2] : rest}`;
}
