// Phone numbers → E.164 with libphonenumber-js (RU by default): «8 916 123-45-67», «+7 (916) …»,
// «89000000002», and digits spoken in groups («восемь девятьсот шестнадцать …»).
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { numberize } from './numbers.ts';
import { normalizeText } from './text.ts';

function e164(digits: string): string | null {
  let candidate = digits;
  if (/^8\d{10}$/.test(candidate)) candidate = `+7${candidate.slice(1)}`;
  else if (/^7\d{10}$/.test(candidate)) candidate = `+${candidate}`;
  const parsed = parsePhoneNumberFromString(candidate, 'RU');
  return parsed?.isValid() ? parsed.number : null;
}

// What a caller says between the groups of a number read aloud («девятьсот шестнадцать ээ семьсот десять ну …»).
const BETWEEN_GROUPS =
  /(?<![а-яё])(?:э+|э+м+|м+|хм+|ну|вот|так|значит|это самое|как его|короче|щас|сейчас|секунду|минутку|подождите|записывайте|пишите|дальше)(?![а-яё])[,.]?/g;

/** The first valid phone number in the text, in E.164, or null. */
export function extractPhone(text: string): string | null {
  // written: runs of digits with the usual separators
  for (const m of text.matchAll(/\+?\d[\d\s\-().]{8,}\d/g)) {
    const raw = m[0];
    const digits = (raw.startsWith('+') ? '+' : '') + raw.replace(/\D/g, '');
    const found = e164(digits);
    if (found) return found;
  }
  // spoken: number words become digit groups, then the same rule
  const spoken = numberize(normalizeText(text).replace(BETWEEN_GROUPS, ' ')).replace(/плюс ?(\d)/g, '+$1');
  // groups read aloud are often written with commas between them
  for (const m of spoken.matchAll(/\+?\d[\d\s,-]{8,}\d/g)) {
    const raw = m[0];
    const digits = (raw.startsWith('+') ? '+' : '') + raw.replace(/\D/g, '');
    const found = e164(digits);
    if (found) return found;
  }
  return null;
}

// What may stand around the digits of a part of a number («телефон восемь девятьсот …», «пишите: …»).
const PART_WORDS = /(?<![а-яё])(?:мой|мобильный|телефон|номер|мобильного|начало|первая часть|вторая часть|и|дальше|потом|так)(?![а-яё])/g;

/** The digits of a message that is nothing but part of a phone number read aloud, or null. */
export function phonePart(text: string): string | null {
  const spoken = numberize(normalizeText(text).replace(BETWEEN_GROUPS, ' ').replace(PART_WORDS, ' ')).replace(/плюс ?(\d)/g, '+$1');
  if (!/^[\s,.-]*\+?\d[\d\s,.-]*$/.test(spoken)) return null;
  const digits = (spoken.trim().startsWith('+') ? '+' : '') + spoken.replace(/\D/g, '');
  return digits.replace('+', '').length >= 2 && digits.replace('+', '').length < 11 ? digits : null;
}

/**
 * A number dictated over two turns («восемь девятьсот шестнадцать» … «сто двадцать три сорок пять шестьдесят
 * семь»): the part said before, completed by what is said now, when neither is a number alone.
 */
export function phoneInPieces(before: string, now: string): string | null {
  const first = phonePart(before);
  if (!first || extractPhone(before)) return null;
  const rest = phonePart(now);
  return rest ? e164(first + rest) : null;
}
