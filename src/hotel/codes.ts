// Booking codes meant to be read aloud over a Russian phone line: nine digits, because Russian digit names
// never sound alike (letters do: «эм»/«эн», «бэ»/«пэ», «эс»/«эф»), and a recogniser writes digits reliably.
// 9 × 10⁸ codes: with lookups limited to 5 failures an hour per code, phone and caller (see docs/security.md),
// and a booking shown only to a caller who also gives its phone or surname, guessing is hopeless.
// Codes of the first format (six characters of ACDEFHJKMNPRTUVWXY23456789) stay valid for existing bookings.
import { randomInt } from 'node:crypto';

export const CODE_DIGITS = 9;
/** The alphabet of the first code format, still recognised. */
export const LEGACY_CODE_ALPHABET = 'ACDEFHJKMNPRTUVWXY23456789';
export const LEGACY_CODE_LENGTH = 6;

export type RandomInt = (maxExclusive: number) => number;

/** A fresh code: nine digits, the first never 0 (so a code never reads as a shorter number). */
export function newBookingCode(random: RandomInt = randomInt): string {
  let code = String(1 + random(9));
  for (let i = 1; i < CODE_DIGITS; i++) code += String(random(10));
  return code;
}

// Letters a caller (or a Russian speech recogniser) may produce for the Latin ones in a legacy code.
const CYRILLIC_LOOKALIKES: Record<string, string> = {
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
  О: '0',
  Д: 'D',
  Ф: 'F',
  Э: 'E',
};

/** Normalises what was heard into code form: upper case, Cyrillic look-alikes mapped, separators dropped. */
export function normalizeBookingCode(heard: string): string {
  return [...heard.toUpperCase()]
    .map((ch) => CYRILLIC_LOOKALIKES[ch] ?? ch)
    .join('')
    .replace(/[^A-Z0-9]/g, '');
}

export function isDigitCode(code: string): boolean {
  return new RegExp(`^[1-9]\\d{${CODE_DIGITS - 1}}$`).test(code);
}

function isLegacyCode(code: string): boolean {
  return code.length === LEGACY_CODE_LENGTH && /\d/.test(code) && [...code].every((ch) => LEGACY_CODE_ALPHABET.includes(ch));
}

/** A code of either format, once normalised. */
export function looksLikeBookingCode(text: string): boolean {
  const c = normalizeBookingCode(text);
  return isDigitCode(c) || isLegacyCode(c);
}

const DIGIT_WORDS = ['ноль', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];

/**
 * How the assistant says a code on the phone: digit by digit in Russian words, in groups of three
 * («четыре семь два, девять ноль один, три три восемь»). Legacy codes are spelled one character at a time.
 */
export function spokenCode(code: string): string {
  const chars = [...code];
  const word = (ch: string) => (/\d/.test(ch) ? DIGIT_WORDS[Number(ch)]! : ch);
  if (!isDigitCode(code)) return chars.map(word).join(' ');
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += 3)
    groups.push(
      chars
        .slice(i, i + 3)
        .map(word)
        .join(' '),
    );
  return groups.join(', ');
}
