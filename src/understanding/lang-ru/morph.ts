// Russian morphology through `az` (OpenCorpora dictionaries shipped inside the package, no download).
// Loaded once per process; `loadMorph()` resolves when the dictionaries are in memory (~0.2 s).

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az, { type AzParse } from 'az';

export interface Parse {
  word: string;
  lemma: string;
  score: number;
  /** Grammemes, e.g. NOUN, anim, femn, Name, Surn, Patr, sing, gent. */
  tags: Set<string>;
  parse: AzParse;
}

export interface Morph {
  parse(word: string, asName?: boolean): Parse[];
  lemma(word: string): string;
  /** The dictionary has the word (not only a guess from its ending): «машина» yes, «нгуен», «вэй» no. */
  inDictionary(word: string): boolean;
}

class AzMorph implements Morph {
  private readonly cache = new Map<string, Parse[]>();
  /** Parses of a word. The dictionary tags names (Name, Surn, Patr) only when capitalised, so `asName` capitalises. */
  parse(word: string, asName = false): Parse[] {
    const lower = word.toLowerCase();
    const key = asName ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    let hit = this.cache.get(key);
    if (!hit) {
      let parses: AzParse[] = [];
      try {
        parses = Az.Morph(key);
      } catch {
        // az throws on a few odd tokens; such a word simply has no parse
      }
      hit = parses.map((p) => ({
        word: key,
        // normalize() has no word for some predicted paradigms: the form itself is then its lemma
        lemma: (p.normalize()?.word ?? lower).replace(/ё/g, 'е'),
        score: p.score,
        tags: new Set(p.tag.toString().split(/[ ,]/)),
        parse: p,
      }));
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(key, hit);
    }
    return hit;
  }
  lemma(word: string): string {
    return this.parse(word)[0]?.lemma ?? word.toLowerCase().replace(/ё/g, 'е');
  }
  inDictionary(word: string): boolean {
    return this.parse(word).some((p) => p.parse.parser === 'Dictionary');
  }
}

let loading: Promise<Morph> | null = null;
let loaded: Morph | null = null;

/** The dictionaries when already in memory (every understanding path loads them first), else null. */
export function loadedMorph(): Morph | null {
  return loaded;
}

export function loadMorph(): Promise<Morph> {
  loading ??= new Promise<Morph>((resolve, reject) => {
    const require = createRequire(import.meta.url);
    const dicts = join(dirname(require.resolve('az')), '..', 'dicts');
    Az.Morph.init(dicts, (err) => {
      if (err) return reject(err);
      loaded = new AzMorph();
      resolve(loaded);
    });
  });
  return loading;
}
