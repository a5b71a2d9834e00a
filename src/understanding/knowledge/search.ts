// BM25 over the hotel's facts with Russian stems, five-letter prefixes («парковка» meets «паркинг») and synonym
// groups («въезжать» meets «заезд», synonyms.ts). A word of the question counts once per fact, by the best of its
// forms, so a word that matches by stem and by group is not counted twice.

import { readNumber } from '../lang-ru/numbers.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { featureStem } from '../nlu/features.ts';
import type { Fact } from './facts.ts';
import { aspectTerm, contextGroups, factAspects, groupTerms } from './synonyms.ts';

const STOP = new Set(
  'а и в во на с со у к о об от до по за из для при ли же бы ну вы вас вам мне нам мы я это есть ли можно какой какая какие каков как когда где сколько скажите подскажите пожалуйста а ещё еще там тут у вас ваш ваши ваше ли не нет да или то что чтобы будет буду хочу хотел хотела узнать нужно надо нужен нужна который которого котором которому которая которой которую которые если деть номер номера номере номеру номером после перед где-нибудь где-то куда-нибудь'.split(
    ' ',
  ),
);

/**
 * Search terms of a text, word by word: each word's forms (stem, prefix, synonym groups). A word after «не» is
 * also a term of its own («не приеду» is about not coming); in a fact (`negatedOnly`) it is only that, so
 * «я приеду с котом» does not meet «не приеду» of cancellations.
 */
export function wordTerms(text: string, negatedOnly = false): string[][] {
  return weightedWordTerms(text, negatedOnly).map((w) => w.forms);
}

// «после выезда», «до вечера», «перед заездом», «при выезде»: when the thing is wanted, not what is asked about
const CIRCUMSTANCE = new Set(['после', 'перед', 'до', 'к', 'ко', 'при']);
const ONE = /^(один|одна|одно|одну|одного|одной)$/;
const COUNTED = /^(номер|комнат|человек|гост|взросл|ребен|ноч|сут|ден|день|раз|кроват|мест|чел)/;
const MODAL = /^(получ|смог|смож|успе|буд|выйд|удаст)/;
// «вечером», «утром», «ночью»: when, not what
const TIME_OF_DAY = /^(утром|вечером|ночью|днем|рано|поздно)$/;

/**
 * The words that dictate figures: two numbers or more in a row («сто семнадцать двести пятнадцать», a booking code or a
 * phone said aloud) are digits, never words of a topic («пятнадцать» of the rule for minors).
 */
function dictatedFigures(words: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; ) {
    let j = i;
    let numbers = 0;
    for (let m = readNumber(words, j); m && m.kind === 'cardinal'; m = readNumber(words, j)) {
      j += m.length;
      numbers++;
    }
    if (numbers >= 2) for (let k = i; k < j; k++) out.add(k);
    i = j > i ? j : i + 1;
  }
  return out;
}

/** The words' forms, and how much each word says about the topic (a circumstance of time says less). */
function weightedWordTerms(text: string, negatedOnly = false): { forms: string[]; weight: number }[] {
  const out: { forms: string[]; weight: number }[] = [];
  let negated = false;
  let previous = '';
  const words = normalizeText(text).split(/[^а-яa-z0-9-]+/);
  const context = contextGroups(words);
  const figures = dictatedFigures(words);
  words.forEach((w, i) => {
    const circumstance = CIRCUMSTANCE.has(previous);
    if (w) previous = w;
    if (w === 'не') {
      negated = true;
      return;
    }
    const after = negated;
    // «не получится приехать», «не смогу заехать»: the «не» of a modal verb negates the verb it governs too
    negated = after && MODAL.test(w);
    // «что нужно для заселения», «когда завтрак»: the aspect of a word the search otherwise ignores
    const asks = w ? aspectTerm(w) : null;
    if (asks === 'g:need' || w === 'когда') {
      out.push({ forms: [asks!], weight: 1 });
      return;
    }
    // «зарядка для телефона»: the guest's own phone is no question about the hotel's
    if (context.get(i)?.includes('g:own')) return;
    // «номер сдать»: a word too common to count by itself may still carry a topic from its neighbours
    if (w && STOP.has(w) && context.has(i)) {
      out.push({ forms: context.get(i)!, weight: 1 });
      return;
    }
    if (!w || STOP.has(w) || /^\d+$/.test(w) || figures.has(i)) return;
    // «в виде исключения», «в виде скидки»: «as», no view of a room
    if (w === 'виде' && words[i - 1] === 'в') return;
    // «ещё один номер», «одна ночь»: a number, not «alone» («сын будет жить один»)
    if (ONE.test(w) && (/^(еще|ещ[её])$/.test(words[i - 1] ?? '') || COUNTED.test(words[i + 1] ?? ''))) return;
    // («поздно выехать»: beside leaving, «поздно» is the late check-out asked, no time of day — contextGroups)
    const weight = circumstance || (TIME_OF_DAY.test(w) && !context.has(i)) ? 0.4 : 1;
    // «с которого часа», «в цене»: the hours or the price are asked, met by facts that state them (FactIndex); a
    // word that only asks an aspect beside its neighbours («расчётный» час заезда) is that aspect alone
    const aspect = aspectTerm(w) ?? (context.get(i)?.every((g) => ASPECTS.has(g)) ? context.get(i)![0]! : null);
    if (aspect) {
      out.push({ forms: [aspect], weight });
      return;
    }
    const s = featureStem(w);
    // «не приеду» meets «не сможем заехать»: the negated word's groups are negated too
    if (after) out.push({ forms: [`не:${s}`, ...groupTerms([w]).map((g) => `не:${g}`)], weight });
    if (after && negatedOnly) return;
    // a topic taken from a neighbour replaces the word's own groups: a car ordered is no car parked
    const groups = context.get(i) ?? groupTerms([w]);
    out.push({ forms: [s, ...(s.length >= 5 ? [`p:${s.slice(0, 5)}`] : []), ...groups], weight });
  });
  return out;
}

/** Every search term of a text (see wordTerms). */
export function terms(text: string, negatedOnly = false): string[] {
  return wordTerms(text, negatedOnly).flat();
}

const SPECIFIC_DF = 4;
// a word met only in a fact's wording, not in what the fact is about
const INCIDENTAL = 0.7;
// a topic word shared by at most this many facts names its fact
const NAMING_DF = 2;
const ASPECTS = new Set(['g:time', 'g:price', 'g:need']);
// a fact that does not state the aspect asked (hours, a price, a requirement)
const MISSING_ASPECT = 0.85;
// a prefix or a synonym group is weaker evidence than the word's own stem
// a negated situation met («не приеду» … «не успеем приехать») is strong evidence: few facts speak of one
const WEIGHT = (t: string) => (t.startsWith('p:') ? 0.5 : t.startsWith('g:') ? 0.8 : t.startsWith('не:') ? 1.3 : 1);

export interface Hit {
  fact: Fact;
  score: number;
  /** The question's words (by position) that the fact meets, and those it meets in what it is about. */
  words: number[];
  topicWords: number[];
  /** A word of the question names what this fact is about, and at most one other fact («сауну», «раскладушку»). */
  named: boolean;
  /** Some word of the question meets what the fact is about, not only its wording («ещё один номер» meets only the
   * wording of «один номер «Стандарт» оборудован для гостей на коляске»). */
  onTopic: boolean;
}

export class FactIndex {
  private readonly docs: { fact: Fact; tf: Map<string, number>; topic: Set<string>; len: number }[];
  private readonly df = new Map<string, number>();
  private readonly avgLen: number;

  constructor(readonly facts: Fact[]) {
    this.docs = facts.map((fact) => {
      const tf = new Map<string, number>();
      // stems and prefixes from the fact's text and topic words; synonym groups only from what the fact is about
      // (topic words and key), never from its wording: «оплата при заселении» is not about arriving
      const about = `${fact.searchWords} ${fact.id.replace(/_/g, ' ')}`;
      const ts = [
        ...terms(`${fact.text} ${fact.searchWords}`, true).filter((t) => !t.startsWith('g:')),
        ...terms(about, true).filter((t) => t.startsWith('g:')),
        // a fact that states hours answers «до скольки», one with a price «сколько стоит»
        ...factAspects(fact.text),
      ];
      for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
      // what the fact is about (its topic words, key, room name): a word met there weighs more than one met only in
      // the fact's wording («завтрак … в цене» is about breakfast, not the family room's «отдельной комнате»)
      const topic = new Set([...terms(about, true), 'g:time', 'g:price', 'g:need']);
      return { fact, tf, topic, len: ts.length };
    });
    this.avgLen = this.docs.reduce((a, d) => a + d.len, 0) / Math.max(1, this.docs.length);
  }

  /** The share of the query's words that the fact has in some form (1: every word of the question meets it). */
  matchedShare(query: string, fact: Fact): number {
    const doc = this.docs.find((d) => d.fact === fact);
    const words = weightedWordTerms(query);
    if (!doc || words.length === 0) return 0;
    return words.filter(({ forms }) => forms.some((t) => doc.tf.has(t))).length / words.length;
  }

  search(query: string, limit = 3): Hit[] {
    // the same word twice counts once
    const seen = new Set<string>();
    const words = weightedWordTerms(query).filter(({ forms }) => !seen.has(forms[0]!) && seen.add(forms[0]!));
    const n = this.docs.length;
    const k1 = 1.2;
    const b = 0.5;
    const hits: Hit[] = [];
    const asked = new Set(words.flatMap(({ forms }) => forms.filter((t) => ASPECTS.has(t))));
    for (const d of this.docs) {
      let score = 0;
      let specific = false;
      const counted = new Set<string>();
      const met: number[] = [];
      const metTopic: number[] = [];
      let named = false;
      let onTopic = false;
      for (const [i, { forms, weight }] of words.entries()) {
        let best = 0;
        for (const t of forms) {
          const f = d.tf.get(t);
          if (!f || counted.has(t)) continue;
          const df = this.df.get(t) ?? 0;
          if (weight === 1 && df <= NAMING_DF && d.topic.has(t) && !ASPECTS.has(t) && !t.startsWith('p:')) named = true;
          if (d.topic.has(t) && !ASPECTS.has(t)) {
            onTopic = true;
            if (!metTopic.includes(i)) metTopic.push(i);
          }
          // a fact must share a word that few facts have, not only «номер» or «стоимость»
          if (df <= SPECIFIC_DF && !t.startsWith('p:')) specific = true;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          const incidental = d.topic.has(t) ? 1 : INCIDENTAL;
          best = Math.max(best, ((idf * f * (k1 + 1)) / (f + k1 * (1 - b + (b * d.len) / this.avgLen))) * WEIGHT(t) * incidental);
        }
        // a group met by two words of the question («заезд … заселиться») is one piece of evidence
        for (const t of forms) if (t.startsWith('g:') && d.tf.has(t)) counted.add(t);
        if (best > 0) met.push(i);
        score += best * weight;
      }
      // «что нужно для заселения» asks a requirement: a fact that states none (the check-in time) answers less of it
      for (const a of asked) if (!d.tf.has(a)) score *= MISSING_ASPECT;
      if (score > 0 && specific) hits.push({ fact: d.fact, score, words: met, topicWords: metTopic, named, onTopic });
    }
    return hits.sort((a, b2) => b2.score - a.score).slice(0, limit);
  }
}
