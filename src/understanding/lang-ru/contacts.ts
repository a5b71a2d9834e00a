// E-mail addresses and booking codes.

export function extractEmail(text: string): string | null {
  const m = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.exec(text);
  return m ? m[0].toLowerCase() : null;
}

// Cyrillic letters a speech recogniser may write for the Latin ones of a code.
const LOOKALIKES: Record<string, string> = {
  А: 'A', В: 'B', С: 'C', Е: 'E', Н: 'H', К: 'K', М: 'M', Р: 'P', Т: 'T', Х: 'X', У: 'Y', О: 'O', Д: 'D', Ф: 'F', Э: 'E',
};

/**
 * A booking code: 5–8 letters and digits with at least one digit (the hotel's codes are six characters),
 * written in one piece or spelled with spaces/dashes («AB3 K7M»). `loose` (the code is being asked for)
 * also accepts Cyrillic look-alike letters.
 */
export function extractBookingCode(text: string, loose = false): string | null {
  const mapped = loose ? [...text.toUpperCase()].map((ch) => LOOKALIKES[ch] ?? ch).join('') : text;
  const candidates = mapped.matchAll(/(?<![A-Za-z0-9А-Яа-я+])([A-Za-z0-9](?:[\s-]?[A-Za-z0-9]){4,7})(?![A-Za-z0-9А-Яа-я])/g);
  for (const m of candidates) {
    const code = (m[1] ?? '').replace(/[\s-]/g, '').toUpperCase();
    if (code.length < 5 || code.length > 8) continue;
    if (!/\d/.test(code) || !/[A-Z]/.test(code)) continue;
    if (!loose && /\s/.test(m[1] ?? '') && !/^[A-Z0-9\s-]+$/.test(m[1] ?? '')) continue;
    return code;
  }
  return null;
}
