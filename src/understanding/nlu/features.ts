// Features for the intent classifier: words, stems, stem bigrams and character n-grams, TF-IDF weighted
// and L2-normalised. Stems come from a suffix stripper, not a dictionary, so a saved model loads instantly.
import { numberize } from '../lang-ru/numbers.ts';
import { normalizeText } from '../lang-ru/text.ts';

const ENDING =
  /(иями|ями|ами|ого|его|ому|ему|ыми|ими|ешь|ете|ишь|ите|ться|тся|ать|ять|ить|еть|уть|ый|ий|ой|ая|яя|ое|ее|ые|ие|ых|их|ую|юю|ом|ем|ам|ям|ах|ях|ов|ев|ей|ия|ие|ию|ии|ью|а|я|у|ю|е|ы|и|о|ь)$/;

export function featureStem(word: string): string {
  if (word.length <= 3) return word;
  const s = word.replace(ENDING, '');
  return s.length >= 3 ? s : word.slice(0, 3);
}

export function words(text: string): string[] {
  return numberize(normalizeText(text))
    .replace(/\d+/g, '0')
    .split(/[^а-яa-z0-9]+/)
    .filter(Boolean);
}

/**
 * Which features the classifier reads besides words, stems and stem bigrams: character 3–5-grams of the words
 * (the default), of the words' dictionary lemmas (with the lemmas as features too), or none. The variants exist
 * to be measured side by side on the same folds (bench/nlu-features.bench.ts, docs/benchmarks.md); a saved model
 * always uses the default.
 */
export type FeatureSet = 'chars-of-words' | 'chars-of-lemmas' | 'no-chars';
export const DEFAULT_FEATURES: FeatureSet = 'chars-of-words';

/** The lemmatiser for 'chars-of-lemmas' (the az dictionary, loaded by the caller before training). */
export type Lemmatize = (word: string) => string;

function charGrams(w: string, bump: (f: string) => void): void {
  const padded = ` ${w} `;
  for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) bump(`c:${padded.slice(i, i + n)}`);
}

/** Raw feature counts of a text. */
export function featureCounts(text: string, set: FeatureSet = DEFAULT_FEATURES, lemmatize?: Lemmatize): Map<string, number> {
  const out = new Map<string, number>();
  const bump = (f: string) => out.set(f, (out.get(f) ?? 0) + 1);
  const ws = words(text);
  const stems = ws.map(featureStem);
  for (const w of ws) bump(`w:${w}`);
  for (const s of stems) bump(`s:${s}`);
  for (let i = 0; i + 1 < stems.length; i++) bump(`b:${stems[i]}_${stems[i + 1]}`);
  if (ws.length === 0) bump('empty');
  // a question mark and the opening word say a lot about what kind of turn this is
  if (text.includes('?')) bump('punct:?');
  if (ws[0]) bump(`first:${stems[0]}`);
  if (ws.length <= 2) bump(`short:${ws.length}`);
  if (set === 'chars-of-words') for (const w of ws) charGrams(w, bump);
  if (set === 'chars-of-lemmas') {
    const lemmas = ws.map((w) => (lemmatize && w !== '0' ? lemmatize(w) : w));
    for (const l of lemmas) bump(`l:${l}`);
    for (const l of lemmas) charGrams(l, bump);
  }
  return out;
}

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

export interface Vectorizer {
  index: Map<string, number>;
  idf: Float32Array;
  /** Absent: the default set (a saved model). */
  features?: { set: FeatureSet; lemmatize?: Lemmatize };
}

export function fitVectorizer(texts: string[], minDf = 1, features?: Vectorizer['features']): Vectorizer {
  const df = new Map<string, number>();
  for (const t of texts) for (const f of featureCounts(t, features?.set, features?.lemmatize).keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  const idfs: number[] = [];
  for (const [f, n] of df) {
    if (n < minDf && !f.startsWith('w:') && !f.startsWith('s:')) continue;
    index.set(f, idfs.length);
    idfs.push(Math.log((1 + texts.length) / (1 + n)) + 1);
  }
  return { index, idf: Float32Array.from(idfs), ...(features ? { features } : {}) };
}

export function vectorize(text: string, v: Vectorizer): SparseVector {
  const idx: number[] = [];
  const val: number[] = [];
  for (const [f, c] of featureCounts(text, v.features?.set, v.features?.lemmatize)) {
    const i = v.index.get(f);
    if (i === undefined) continue;
    idx.push(i);
    val.push((1 + Math.log(c)) * (v.idf[i] ?? 1));
  }
  const norm = Math.sqrt(val.reduce((a, b) => a + b * b, 0)) || 1;
  return { idx: Int32Array.from(idx), val: Float32Array.from(val.map((x) => x / norm)) };
}
