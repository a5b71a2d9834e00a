// Booking codes meant to be read aloud over the phone: six characters, none that sound or look alike
// (no O/0, I/1/L, B/8, S/5, Z/2, G/6, Q).
import { randomInt } from 'node:crypto';

export const CODE_ALPHABET = 'ACDEFHJKMNPRTUVWXY23456789';
export const CODE_LENGTH = 6;

export type RandomInt = (maxExclusive: number) => number;

/** A fresh code; it always holds a digit, so it never reads as a word and speech recognisers keep it apart. */
export function newBookingCode(random: RandomInt = randomInt): string {
  for (;;) {
    let code = '';
    for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[random(CODE_ALPHABET.length)];
    if (/\d/.test(code)) return code;
  }
}

// Letters a caller (or a Russian speech recogniser) may produce for the Latin ones in a code.
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', Р: 'P', Т: 'T', Х: 'X', У: 'Y', О: '0', Д: 'D', Ф: 'F', Э: 'E',
};

/** Normalises what was heard into code form: upper case, Cyrillic look-alikes mapped, separators dropped. */
export function normalizeBookingCode(heard: string): string {
  return [...heard.toUpperCase()]
    .map((ch) => CYRILLIC_LOOKALIKES[ch] ?? ch)
    .join('')
    .replace(/[^A-Z0-9]/g, '');
}

export function looksLikeBookingCode(text: string): boolean {
  const c = normalizeBookingCode(text);
  return c.length === CODE_LENGTH && [...c].every((ch) => CODE_ALPHABET.includes(ch));
}
