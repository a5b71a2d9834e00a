// Phone numbers in E.164; Russian habits (8 900 …, 900 …) are read as +7.
import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** E.164 form of a phone number as a caller or staff member writes it, or null when it is not a valid number. */
export function toE164(input: string): string | null {
  // libphonenumber parses in tens of µs and the hotel actions check the same number on every step of a
  // booking: answers are kept (a pure function of the text; bounded).
  const known = e164Answers.get(input);
  if (known !== undefined) return known;
  const answer = parseE164(input);
  if (e164Answers.size >= 10_000) e164Answers.clear();
  e164Answers.set(input, answer);
  return answer;
}

const e164Answers = new Map<string, string | null>();

function parseE164(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let candidate = trimmed.replace(/[^\d+]/g, '');
  // "8 900 000-00-01" is the domestic form of +7 900 000-00-01.
  if (/^8\d{10}$/.test(candidate)) candidate = `+7${candidate.slice(1)}`;
  else if (/^7\d{10}$/.test(candidate)) candidate = `+${candidate}`;
  const parsed = parsePhoneNumberFromString(candidate, 'RU');
  if (!parsed?.isValid()) return null;
  return parsed.number;
}

export function isE164(phone: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(phone) && toE164(phone) === phone;
}
