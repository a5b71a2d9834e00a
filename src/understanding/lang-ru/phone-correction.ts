// A phone number corrected while it is dictated: «… двадцать два сорок, ой нет, простите, двадцать два двадцать восемь»,
// «8 916 123 45 67, точнее 45 68». The groups said after the marker replace as many digits at the end of what was said
// before it (the caller says again the groups she got wrong), or the last group and what follows it («восемь девятьсот
// шестнадцать двенадцать, ой, сто двадцать три сорок пять …»); a whole number said again replaces it all.

// Words that take back what was just said; a run of them is one marker («ой нет простите»).
const MARKER =
  /(?:^|[\s,.!;—-])(?:(?:ой|ай|нет|неправильно|не так|простите|извините|точнее|точней|вернее|то есть|в смысле|поправлюсь|ошиб(?:ся|лась)|оговорил(?:ся|ась)|сбил(?:ся|ась))(?:[\s,.!;—-]+|$))+/;
// the digits said again open what follows the marker; a number with a word after it («двое», «5-го») is none
const SAID_AGAIN = /^\+?\d+(?:[\s,.…()-]+\d+)*(?![\d-])/;

interface Correction {
  /** The groups of digits said before the marker. */
  said: string[];
  /** The digits said after it. */
  again: string;
  plus: boolean;
}

function correction(spoken: string): Correction | null {
  const marker = MARKER.exec(spoken);
  if (!marker) return null;
  const before = spoken.slice(0, marker.index);
  const rest = spoken.slice(marker.index + marker[0].length).trim();
  const later = correction(rest);
  // «…, ой, 22 28, нет, 22 29»: the last said wins
  const againRun = later ? null : SAID_AGAIN.exec(rest)?.[0];
  const said = before.match(/\d+/g) ?? [];
  if (said.length === 0) return null;
  if (later) return { said: [...said, ...later.said], again: later.again, plus: /\+\s*\d/.test(before) || later.plus };
  if (!againRun || againRun.replace(/\D/g, '').length < 2) return null;
  return { said, again: againRun.replace(/\D/g, ''), plus: /\+\s*\d/.test(before) };
}

// «… сорок пять шестьдесят семь, ой, не шестьдесят семь, а шестьдесят восемь»: the digits named wrong, then right
const NOT_BUT = /(?:^|[\s,.!])(?:(?:ой|ай|нет|простите|извините)[\s,.!]+)*не (\d+(?:[\s,]+\d+)*)[\s,]+а (\d+(?:[\s,]+\d+)*)(?![\d-])/;

/**
 * The number meant when digits said are named wrong and then right («…, ой, не шестьдесят семь, а шестьдесят восемь»;
 * `said` with number words read as digits, the words between the groups kept), or null.
 */
export function notButPhone(said: string, valid: (digits: string) => string | null): string | null {
  const digits = notButDigits(said);
  return digits ? valid(digits) : null;
}

/** The digits said before «не X, а Y» with the last X among them made Y, or null. */
function notButDigits(spoken: string): string | null {
  const m = NOT_BUT.exec(spoken);
  if (!m) return null;
  const before = (spoken.slice(0, m.index).match(/\d+/g) ?? []).join('');
  const wrong = (m[1] ?? '').replace(/\D/g, '');
  const right = (m[2] ?? '').replace(/\D/g, '');
  const at = before.lastIndexOf(wrong);
  if (!before || !wrong || at < 0) return null;
  const plus = /\+\s*\d/.test(spoken.slice(0, m.index)) ? '+' : '';
  return plus + before.slice(0, at) + right + before.slice(at + wrong.length);
}

/** The runs of digits the correction may mean, most likely first. */
function candidates(c: Correction): string[] {
  const plus = c.plus ? '+' : '';
  const digits = c.said.join('');
  const out = [c.again];
  // the same number of digits at the end said again
  if (c.again.length < digits.length) out.push(plus + digits.slice(0, digits.length - c.again.length) + c.again);
  // the last groups said again, and the number goes on from them
  for (let k = 1; k <= c.said.length; k++) out.push(plus + c.said.slice(0, c.said.length - k).join('') + c.again);
  return out;
}

/**
 * The number a caller meant, when the digits said (number words already read as digits) are corrected after a
 * marker; `valid` gives the number for a run of digits, or null. Null when there is no correction or none makes a
 * number.
 */
export function correctedPhone(spoken: string, valid: (digits: string) => string | null): string | null {
  const c = correction(spoken);
  if (!c) return null;
  for (const digits of candidates(c)) {
    const found = valid(digits);
    if (found) return found;
  }
  return null;
}

/**
 * A part of a number dictated in pieces, corrected within itself («двадцать два сорок, ой, двадцать два двадцать
 * восемь»): the digits it leaves, when the message is nothing but digits and the markers.
 */
export function correctedPart(spoken: string): string | null {
  if (!/^[\s,.…+-]*\d[\d\s,.…-]*$/.test(spoken.replace(new RegExp(MARKER.source, 'g'), ' '))) return null;
  const c = correction(spoken);
  if (!c) return null;
  const digits = c.said.join('');
  return c.again.length <= digits.length ? (c.plus ? '+' : '') + digits.slice(0, digits.length - c.again.length) + c.again : null;
}
