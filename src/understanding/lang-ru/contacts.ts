// E-mail addresses and booking codes (typed, or spelled aloud letter by letter).
import { extractSpokenEmail } from './email-spoken.ts';
import { numberize } from './numbers.ts';
import { normalizeText } from './text.ts';

export function extractEmail(text: string): string | null {
  const m = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.exec(text);
  return m ? m[0].toLowerCase() : extractSpokenEmail(text);
}

// Cyrillic letters a speech recogniser may write for the Latin ones of a code.
const LOOKALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  Р: 'P',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  О: 'O',
  Д: 'D',
  Ф: 'F',
  Э: 'E',
};

const CODE_DIGITS = 9;

/**
 * A nine-digit booking code, typed or said («472 901 338», «четыре семь два, девять ноль один, три три восемь»,
 * «четыреста семьдесят два девятьсот один …»): neighbouring groups of digits adding up to nine digits. A phone
 * said right before or after it (10–11 digits) is left out.
 */
export function extractDigitCode(text: string): string | null {
  const runs = numberize(normalizeText(text)).match(/\d+(?:[\s,.-]+\d+)*/g) ?? [];
  for (const run of runs) {
    const groups = run.split(/[\s,.-]+/);
    const total = groups.join('').length;
    if (total === CODE_DIGITS) return startsWell(groups.join(''));
    // a code and a phone in one breath: the code is the first or the last nine digits, the phone the rest
    for (const [code, rest] of [splitAt(groups, true), splitAt(groups, false)]) {
      if (code && (rest.length === 10 || rest.length === 11) && startsWell(code)) return code;
    }
  }
  return null;
}

function startsWell(code: string): string | null {
  return code.length === CODE_DIGITS && code[0] !== '0' ? code : null;
}

/** Splits whole groups into nine leading (or trailing) digits and the rest; null when no group boundary fits. */
function splitAt(groups: string[], leading: boolean): [string | null, string] {
  const order = leading ? groups : [...groups].reverse();
  let taken = '';
  for (let i = 0; i < order.length; i++) {
    taken = leading ? taken + order[i] : order[i] + taken;
    if (taken.length === CODE_DIGITS) {
      const rest = order.slice(i + 1);
      return [taken, (leading ? rest : rest.reverse()).join('')];
    }
    if (taken.length > CODE_DIGITS) break;
  }
  return [null, ''];
}

/**
 * A booking code: nine digits (extractDigitCode), or a code of the first format: 5–8 letters and digits with at least one digit (those codes are six characters),
 * written in one piece or spelled with spaces/dashes («AB3 K7M»). `loose` (the code is being asked for)
 * also accepts Cyrillic look-alike letters.
 */
export function extractBookingCode(text: string, loose = false): string | null {
  const digits = extractDigitCode(text);
  if (digits) return digits;
  const mapped = loose ? [...text.toUpperCase()].map((ch) => LOOKALIKES[ch] ?? ch).join('') : text;
  const candidates = mapped.matchAll(/(?<![A-Za-z0-9А-Яа-я+])([A-Za-z0-9](?:[\s-]?[A-Za-z0-9]){4,7})(?![A-Za-z0-9А-Яа-я])/g);
  for (const m of candidates) {
    const code = (m[1] ?? '').replace(/[\s-]/g, '').toUpperCase();
    if (code.length < 5 || code.length > 8) continue;
    if (!/\d/.test(code) || !/[A-Z]/.test(code)) continue;
    if (!loose && /\s/.test(m[1] ?? '') && !/^[A-Z0-9\s-]+$/.test(m[1] ?? '')) continue;
    return code;
  }
  return loose ? extractSpokenCode(text) : null;
}

// How a code's characters sound when spelled on the phone: Cyrillic letters, Russian names of Latin letters,
// Russian names of Cyrillic letters, and English digits. «и» is the English name of E (codes avoid I anyway).
const SPOKEN: Record<string, string> = {
  а: 'A',
  б: 'B',
  в: 'V',
  г: 'G',
  д: 'D',
  е: 'E',
  з: 'Z',
  и: 'E',
  й: 'Y',
  к: 'K',
  л: 'L',
  м: 'M',
  н: 'N',
  о: 'O',
  п: 'P',
  р: 'R',
  с: 'S',
  т: 'T',
  у: 'U',
  ф: 'F',
  х: 'H',
  э: 'E',
  эй: 'A',
  би: 'B',
  си: 'C',
  ди: 'D',
  эф: 'F',
  джи: 'G',
  эйч: 'H',
  ай: 'I',
  джей: 'J',
  кей: 'K',
  эл: 'L',
  эль: 'L',
  эм: 'M',
  эн: 'N',
  оу: 'O',
  пи: 'P',
  кью: 'Q',
  ар: 'R',
  эр: 'R',
  эс: 'S',
  ти: 'T',
  ю: 'U',
  ви: 'V',
  'дабл-ю': 'W',
  дабл: 'W',
  экс: 'X',
  икс: 'X',
  уай: 'Y',
  игрек: 'Y',
  зед: 'Z',
  зэт: 'Z',
  ка: 'K',
  дэ: 'D',
  тэ: 'T',
  пэ: 'P',
  бэ: 'B',
  вэ: 'V',
  гэ: 'G',
  зэ: 'Z',
  ха: 'H',
  цэ: 'C',
  ку: 'Q',
  зиро: '0',
  ван: '1',
  ту: '2',
  фри: '3',
  сри: '3',
  фо: '4',
  фор: '4',
  файв: '5',
  сикс: '6',
  севен: '7',
  сэвен: '7',
  эйт: '8',
  найн: '9',
};
const FILLER = new Set([
  'код',
  'кода',
  'брони',
  'бронирования',
  'номер',
  'мой',
  'моей',
  'это',
  'вот',
  'так',
  'значит',
  'буква',
  'цифра',
  'латинская',
  'латинскими',
  'английская',
  'пишите',
  'записывайте',
  'у',
  'меня',
]);

/** A code spelled aloud («а к три д е пять», «эй си три ди и файв») → "AK3DE5", or null. */
export function extractSpokenCode(text: string): string | null {
  const words = numberize(normalizeText(text))
    .split(/[\s,.;:!?]+/)
    .filter((w) => w && !FILLER.has(w));
  let code = '';
  for (const w of words) {
    if (/^\d+$/.test(w)) code += w;
    else if (SPOKEN[w]) code += SPOKEN[w];
    else if (/^[a-z0-9]+$/.test(w)) code += w.toUpperCase();
    else return null;
  }
  return code.length >= 5 && code.length <= 8 && /\d/.test(code) && /[A-Z]/.test(code) ? code : null;
}

/**
 * What a caller gives as a booking code when it is in no format the hotel issues («AB12345», «4567», «12-34-56»):
 * one run of Latin letters and digits (at least three digits), 3–16 characters. Passed on as said, so the lookup
 * answers that no booking has it instead of asking for the code again. Phones are read before this.
 */
export function extractCodeAttempt(text: string): string | null {
  const runs = numberize(normalizeText(text)).match(/(?<![a-zа-я0-9])[a-z0-9](?:[\s-]?[a-z0-9])*(?![a-zа-я0-9])/g) ?? [];
  for (const run of runs) {
    const code = run.replace(/[\s-]/g, '').toUpperCase();
    if (code.length >= 3 && code.length <= 16 && (code.match(/\d/g) ?? []).length >= 3) return code;
  }
  return null;
}
