// Issue 12: the intent classifier's features side by side on the same folds — character 3–5-grams of the words
// (the default), of the words' lemmas (with the lemmas themselves), and no character n-grams — as written and as a
// phone recogniser writes the held-out lines; with the classifier's latency per message and the training time.
// usage: npm run bench -- nlu-features
import { cpus } from 'node:os';
import { loadMorph } from '../src/understanding/lang-ru/morph.ts';
import { readNluFiles } from '../src/understanding/nlu/data.ts';
import { evaluateIntents } from '../src/understanding/nlu/evaluate.ts';
import type { FeatureSet } from '../src/understanding/nlu/features.ts';
import { trainOnExamples } from '../src/understanding/nlu/train.ts';

const FOLDS = 5;
const SEED = 42;
const examples = await readNluFiles(['data/nlu.yml']);
const morph = await loadMorph();
const lemmatize = (w: string) => morph.lemma(w);

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

console.log(`${examples.length} examples, ${FOLDS} folds (seed ${SEED}), ${cpus()[0]?.model ?? '?'} ×${cpus().length}, ${new Date().toISOString()}`);
console.log('| features | accuracy | recogniser-style | macro F1 | train (full data) | classify p50 / p99 |');
console.log('|---|---|---|---|---|---|');
for (const set of ['chars-of-words', 'chars-of-lemmas', 'no-chars'] as FeatureSet[]) {
  const features = { set, lemmatize };
  const cv = evaluateIntents(examples, { folds: FOLDS, seed: SEED, features });
  let started = performance.now();
  const model = trainOnExamples(examples, { seed: SEED, features });
  const trainMs = performance.now() - started;
  const ms: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const e of examples) {
      started = performance.now();
      model.predict(e.text);
      ms.push(performance.now() - started);
    }
  }
  console.log(
    `| ${set} | ${pct(cv.intentAccuracy)} | ${pct(cv.noisyAccuracy)} | ${cv.intentMacroF1.toFixed(3)} | ${(trainMs / 1000).toFixed(1)} s | ${quantile(ms, 0.5).toFixed(2)} / ${quantile(ms, 0.99).toFixed(2)} ms |`,
  );
}
