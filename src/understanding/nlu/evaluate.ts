// `portier test-nlu`: seeded, stratified k-fold cross-validation of the intent classifier on Rasa NLU data,
// and entity precision/recall/F1 of the Russian extractors against the [text](entity) annotations.
import type { Hotel } from '../../hotel/types.ts';
import { type Extracted, extractAll, loadMorph } from '../lang-ru/index.ts';
import { recognisedCopy } from './augment.ts';
import { type NluExample, readNluFiles } from './data.ts';
import { seededRandom, shuffled, type TrainOptions, trainOnExamples } from './train.ts';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface NluEvaluation {
  examples: number;
  folds: number;
  intentAccuracy: number;
  /** Accuracy on the held-out examples as a recogniser would write them (lower case, number words, fillers). */
  noisyAccuracy: number;
  intentMacroF1: number;
  perIntent: Record<string, Score>;
  /** Misclassified examples (text, expected, predicted, confidence). */
  errors: { text: string; expected: string; predicted: string; confidence: number }[];
  entity: { precision: number; recall: number; f1: number; perEntity: Record<string, Score>; annotatedExamples: number };
  trainMsMean: number;
}

export interface EvaluateOptions extends TrainOptions {
  folds?: number;
  hotel: Hotel;
  now?: Date;
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: tp + fn };
}

/** Stratified folds: each intent's examples are shuffled (seeded) and dealt round-robin. */
export function stratifiedFolds(examples: NluExample[], k: number, seed: number): number[] {
  const fold = new Array<number>(examples.length).fill(0);
  const random = seededRandom(seed);
  const byIntent = new Map<string, number[]>();
  examples.forEach((e, i) => {
    byIntent.set(e.intent, [...(byIntent.get(e.intent) ?? []), i]);
  });
  let offset = 0;
  for (const intent of [...byIntent.keys()].sort()) {
    for (const [n, i] of shuffled(byIntent.get(intent)!, random).entries()) fold[i] = (n + offset) % k;
    offset++;
  }
  return fold;
}

/** A seeded recogniser-style copy of each example (lower case, numbers as words, fillers, greetings). */
export function recognisedCopies(examples: readonly NluExample[], seed = 1001): string[] {
  const random = seededRandom(seed);
  return examples.map((e) => recognisedCopy(e.text, e.intent, random));
}

export function evaluateIntents(examples: NluExample[], opts: { folds?: number; seed?: number } & TrainOptions = {}) {
  const k = opts.folds ?? 5;
  const fold = stratifiedFolds(examples, k, opts.seed ?? 42);
  const predicted: string[] = new Array(examples.length).fill('');
  const confidence: number[] = new Array(examples.length).fill(0);
  // the same held-out examples as a phone recogniser would write them
  const noisy = recognisedCopies(examples);
  let noisyCorrect = 0;
  let trainMs = 0;
  for (let f = 0; f < k; f++) {
    const train = examples.filter((_, i) => fold[i] !== f);
    const started = performance.now();
    const model = trainOnExamples(train, opts);
    trainMs += performance.now() - started;
    examples.forEach((e, i) => {
      if (fold[i] !== f) return;
      const p = model.predict(e.text);
      predicted[i] = p.intent;
      confidence[i] = p.confidence;
      if (model.predict(noisy[i]!).intent === e.intent) noisyCorrect++;
    });
  }
  const intents = [...new Set(examples.map((e) => e.intent))].sort();
  const perIntent: Record<string, Score> = {};
  for (const intent of intents) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    examples.forEach((e, i) => {
      if (predicted[i] === intent && e.intent === intent) tp++;
      else if (predicted[i] === intent) fp++;
      else if (e.intent === intent) fn++;
    });
    perIntent[intent] = score(tp, fp, fn);
  }
  const correct = examples.filter((e, i) => predicted[i] === e.intent).length;
  const errors = examples
    .map((e, i) => ({ text: e.text, expected: e.intent, predicted: predicted[i] ?? '', confidence: confidence[i] ?? 0 }))
    .filter((r) => r.expected !== r.predicted);
  const f1s = Object.values(perIntent).map((s) => s.f1);
  return {
    intentAccuracy: correct / examples.length,
    noisyAccuracy: noisyCorrect / examples.length,
    intentMacroF1: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
    perIntent,
    errors,
    predicted,
    trainMsMean: trainMs / k,
  };
}

/** Entity types the extractors found in a message, named as data/nlu.yml annotates them. */
export function entityTypes(x: Extracted): Set<string> {
  const out = new Set<string>();
  if (x.stay.check_in || x.stay.check_out || x.stay.nights) out.add('date');
  if (x.guests.adults !== undefined || x.guests.children !== undefined) out.add('guests');
  if (x.room) out.add('room_type');
  if (x.name) out.add('name');
  if (x.phone) out.add('phone');
  if (x.bookingCode) out.add('booking_code');
  return out;
}

/**
 * Message-level entity scores over the annotated examples: a type counts as found when the extractors
 * return it for the message. An answer (intent `inform`) naming one kind of entity is read as the reply to
 * the question for it, as the generator reads it with the slot being asked.
 */
export async function evaluateEntities(examples: NluExample[], hotel: Hotel, now: Date) {
  const morph = await loadMorph();
  const annotated = examples.filter((e) => e.entities.length > 0);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (type: string, key: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(type, c);
  };
  for (const e of annotated) {
    const gold = new Set(e.entities.map((x) => x.entity));
    const answer = e.intent === 'inform' && gold.size === 1;
    const asked = !answer ? null : gold.has('name') ? 'guest_name' : gold.has('booking_code') ? 'booking_reference' : gold.has('guests') ? 'adults' : null;
    const found = entityTypes(extractAll(e.text, { now, timeZone: hotel.hotel.timezone, rooms: hotel.room_types, morph, requestedSlot: asked }));
    for (const t of gold) bump(t, found.has(t) ? 'tp' : 'fn');
    for (const t of found) if (!gold.has(t)) bump(t, 'fp');
  }
  const perEntity: Record<string, Score> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [type, c] of [...counts].sort()) {
    perEntity[type] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  const total = score(tp, fp, fn);
  return { precision: total.precision, recall: total.recall, f1: total.f1, perEntity, annotatedExamples: annotated.length };
}

export async function evaluateNlu(nluPaths: string[], opts: EvaluateOptions): Promise<NluEvaluation> {
  const examples = await readNluFiles(nluPaths);
  const folds = opts.folds ?? 5;
  const intents = evaluateIntents(examples, { ...opts, folds });
  const entity = await evaluateEntities(examples, opts.hotel, opts.now ?? new Date());
  return {
    examples: examples.length,
    folds,
    intentAccuracy: intents.intentAccuracy,
    noisyAccuracy: intents.noisyAccuracy,
    intentMacroF1: intents.intentMacroF1,
    perIntent: intents.perIntent,
    errors: intents.errors,
    entity,
    trainMsMean: intents.trainMsMean,
  };
}

export function formatEvaluation(r: NluEvaluation): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `NLU evaluation: ${r.examples} examples, ${r.folds}-fold stratified cross-validation`,
    `intent accuracy ${pct(r.intentAccuracy)} (as a recogniser writes them: ${pct(r.noisyAccuracy)}), macro F1 ${pct(r.intentMacroF1)}, mean train time ${r.trainMsMean.toFixed(0)} ms`,
    ...Object.entries(r.perIntent).map(([i, s]) => `  ${i.padEnd(16)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.support})`),
    `entities (${r.entity.annotatedExamples} annotated examples): P ${pct(r.entity.precision)}  R ${pct(r.entity.recall)}  F1 ${pct(r.entity.f1)}`,
    ...Object.entries(r.entity.perEntity).map(([e, s]) => `  ${e.padEnd(16)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.support})`),
  ];
  if (r.errors.length) {
    lines.push(`misclassified (${r.errors.length}):`);
    for (const e of r.errors.slice(0, 40)) lines.push(`  "${e.text}": ${e.expected} → ${e.predicted} (${e.confidence.toFixed(2)})`);
  }
  return lines.join('\n');
}
