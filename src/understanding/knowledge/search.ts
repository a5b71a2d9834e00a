// BM25 over the hotel's facts with Russian stems (and five-letter prefixes, so «парковка» meets «паркинг»).

import { normalizeText } from '../lang-ru/text.ts';
import { featureStem } from '../nlu/features.ts';
import type { Fact } from './facts.ts';

const STOP = new Set(
  'а и в во на с со у к о об от до по за из для ли же бы ну вы вас вам мне нам мы я это есть ли можно какой какая какие каков как когда где сколько скажите подскажите пожалуйста а ещё еще там тут у вас ваш ваши ваше ли не нет да или то что чтобы будет буду хочу хотел хотела узнать нужно надо нужен нужна'.split(' '),
);

/**
 * Search terms of a text. A word after «не» is also a term of its own («не приеду» is about not coming);
 * in a fact (`negatedOnly`) it is only that, so «я приеду с котом» does not meet «не приеду» of cancellations.
 */
export function terms(text: string, negatedOnly = false): string[] {
  const out: string[] = [];
  let negated = false;
  for (const w of normalizeText(text).split(/[^а-яa-z0-9-]+/)) {
    if (w === 'не') {
      negated = true;
      continue;
    }
    const after = negated;
    negated = false;
    if (!w || STOP.has(w) || /^\d+$/.test(w)) continue;
    const s = featureStem(w);
    if (after) out.push(`не:${s}`);
    if (after && negatedOnly) continue;
    out.push(s);
    if (s.length >= 5) out.push(`p:${s.slice(0, 5)}`);
  }
  return out;
}

const SPECIFIC_DF = 4;

export interface Hit {
  fact: Fact;
  score: number;
}

export class FactIndex {
  private readonly docs: { fact: Fact; tf: Map<string, number>; len: number }[];
  private readonly df = new Map<string, number>();
  private readonly avgLen: number;

  constructor(readonly facts: Fact[]) {
    this.docs = facts.map((fact) => {
      const tf = new Map<string, number>();
      const ts = terms(`${fact.text} ${fact.searchWords}`, true);
      for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      return { fact, tf, len: ts.length };
    });
    this.avgLen = this.docs.reduce((a, d) => a + d.len, 0) / Math.max(1, this.docs.length);
  }

  search(query: string, limit = 3): Hit[] {
    const q = [...new Set(terms(query))];
    const n = this.docs.length;
    const k1 = 1.2;
    const b = 0.75;
    const hits: Hit[] = [];
    for (const d of this.docs) {
      let score = 0;
      let specific = false;
      for (const t of q) {
        const f = d.tf.get(t);
        if (!f) continue;
        const df = this.df.get(t) ?? 0;
        // a fact must share a word that few facts have, not only «номер» or «стоимость»
        if (df <= SPECIFIC_DF && !t.startsWith('p:')) specific = true;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        score += (idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * d.len) / this.avgLen)) * (t.startsWith('p:') ? 0.5 : 1);
      }
      if (score > 0 && specific) hits.push({ fact: d.fact, score });
    }
    return hits.sort((a, b2) => b2.score - a.score).slice(0, limit);
  }
}
