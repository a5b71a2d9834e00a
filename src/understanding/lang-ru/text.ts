// Text normalisation shared by the Russian extractors: lower case, ё → е, tidy spaces.

export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"“”„]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Token {
  text: string; // as written
  norm: string; // lower case, ё → е
  start: number;
  end: number;
}

/** Words (Cyrillic or Latin, with inner hyphens) and digit runs, with their offsets in the original text. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[A-Za-zА-Яа-яЁё]+(?:-[A-Za-zА-Яа-яЁё]+)*|\d+/g)) {
    const start = m.index ?? 0;
    out.push({ text: m[0], norm: m[0].toLowerCase().replace(/ё/g, 'е'), start, end: start + m[0].length });
  }
  return out;
}

/** Blanks out runs of ten or more digits (phone numbers, written or read aloud) so counts and dates skip them. */
export function maskPhoneDigits(numberized: string): string {
  return numberized.replace(/\+?\d[\d\s(),-]{8,}\d/g, (run) => ((run.match(/\d/g) ?? []).length >= 10 ? ' '.repeat(run.length) : run));
}
