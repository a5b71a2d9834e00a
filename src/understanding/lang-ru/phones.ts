// Phone numbers → E.164 with libphonenumber-js (RU by default): «8 916 123-45-67», «+7 (916) …»,
// «89000000002», and digits spoken in groups («восемь девятьсот шестнадцать …»).
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { numberize } from './numbers.ts';
import { correctedPart, correctedPhone, notButPhone } from './phone-correction.ts';
import { normalizeText } from './text.ts';

function e164(digits: string): string | null {
  let candidate = digits;
  if (/^8\d{10}$/.test(candidate)) candidate = `+7${candidate.slice(1)}`;
  else if (/^7\d{10}$/.test(candidate)) candidate = `+${candidate}`;
  const parsed = parsePhoneNumberFromString(candidate, 'RU');
  return parsed?.isValid() ? parsed.number : null;
}

// What a caller says between the groups of a number read aloud («девятьсот шестнадцать ээ семьсот десять ну …»),
// and the words that link the groups («…, потом двести двадцать, и последние одиннадцать ноль девять»).
const BETWEEN_GROUPS =
  /(?<![а-яё])(?:э+|э+м+|м+|хм+|ну|вот|так|значит|это самое|как его|короче|щас|сейчас|секунду|минутку|подождите|записывайте|пишите|дальше|далее|потом|затем|после (?:этого|чего)|следом|и|а|еще|ещё|(?:и )?(?:в|на) конце|последн(?:ие|яя|ее|их)(?: цифры| две| четыре)?|(?:идет|идёт|будет)|окончание)(?![а-яё])[,.]?/g;

/** The first valid phone number in the text, in E.164, or null; a number corrected while said is the one meant. */
export function extractPhone(text: string): string | null {
  const spoken = numberize(normalizeText(text).replace(/…/g, ' ... ').replace(BETWEEN_GROUPS, ' ')).replace(/плюс ?(\d)/g, '+$1');
  const corrected = notButPhone(numberize(normalizeText(text)), e164) ?? correctedPhone(spoken, e164);
  if (corrected) return corrected;
  // written: runs of digits with the usual separators
  for (const m of text.matchAll(/\+?\d[\d\s\-().]{8,}\d/g)) {
    const raw = m[0];
    const digits = (raw.startsWith('+') ? '+' : '') + raw.replace(/\D/g, '');
    const found = e164(digits);
    if (found) return found;
  }
  // spoken: number words become digit groups, then the same rule
  // groups read aloud are often written with commas between them, or with «...» where the caller paused
  for (const m of spoken.matchAll(/\+?\d[\d\s,.…-]{8,}\d/g)) {
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
  const said = numberize(normalizeText(text).replace(BETWEEN_GROUPS, ' ').replace(PART_WORDS, ' ')).replace(/плюс ?(\d)/g, '+$1');
  const spoken = /^[\s,.…-]*\+?\d[\d\s,.…-]*$/.test(said) ? said : correctedPart(said);
  if (!spoken) return null;
  const digits = (spoken.trim().startsWith('+') ? '+' : '') + spoken.replace(/\D/g, '');
  const count = digits.replace('+', '').length;
  // «плюс семь» or «восемь» alone, then a pause: the country's prefix is a part too
  return (count >= 2 && count < 11) || /^(?:\+7|8)$/.test(digits) ? digits : null;
}

/** How many earlier messages a number may have been dictated over (a pause after every two digits at most). */
const MAX_EARLIER_PARTS = 5;

/**
 * A number dictated over several turns («восемь девятьсот шестнадцать» … «сто двадцать три» … «сорок пять
 * шестьдесят семь»): the parts said before, completed by what is said now. `earlier` is the caller's earlier
 * messages, oldest first; only the run of them just before this one that are nothing but parts counts. When those
 * parts give more digits than a number has (the caller started again), the latest parts that make a number win.
 */
export function phoneFromParts(earlier: readonly string[], now: string): string | null {
  const rest = phonePart(now);
  if (!rest) return null;
  const parts: string[] = [];
  for (let i = earlier.length - 1; i >= 0 && parts.length < MAX_EARLIER_PARTS; i--) {
    const text = earlier[i]!;
    const part = phonePart(text);
    if (!part || extractPhone(text)) break;
    parts.unshift(part);
  }
  for (let from = 0; from < parts.length; from++) {
    const found = e164(parts.slice(from).join('') + rest);
    if (found) return found;
  }
  return null;
}
