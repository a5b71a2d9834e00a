// Trains the intent classifier from Rasa NLU YAML files: TF-IDF features, multinomial logistic regression
// by seeded mini-batch SGD, then a softmax temperature fitted on a held-out split so confidences mean something.
import { mulberry32 } from '../../engine/dialogue/random.ts';
import { z } from 'zod';
import { type AugmentOptions, augmentExamples, classifierText } from './augment.ts';
import { type NluExample, readNluFiles } from './data.ts';
import { DEFAULT_FEATURES, fitVectorizer, type SparseVector, type Vectorizer, vectorize } from './features.ts';
import { NluModel, type NluModelData, softmax } from './model.ts';

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  l2?: number;
  seed?: number;
  /** Confidence under which the prediction becomes out_of_scope. */
  threshold?: number;
  /** Fit the softmax temperature on a held-out 20 % (default true). */
  calibrate?: boolean;
  /** Seeded recogniser-style variants of every example (augment.ts); false trains on the examples alone. */
  augment?: AugmentOptions | false;
  /** Features besides words and stems (features.ts); for side-by-side measurements, a saved model uses the default. */
  features?: NonNullable<Vectorizer['features']>;
}

// With the variants the data is about 2.2 times larger: 15 epochs make as many updates as 30 without them and
// measured the same accuracy (docs/benchmarks/nlu.md), in half the time.
const DEFAULTS = {
  learningRate: 0.8,
  l2: 1e-5,
  seed: 42,
  threshold: 0.25,
  calibrate: true,
  augment: {} as AugmentOptions | false,
  features: { set: DEFAULT_FEATURES } as NonNullable<Vectorizer['features']>,
};

/** Deterministic PRNG so training and cross-validation repeat exactly (the engine's mulberry32). */
export const seededRandom = mulberry32;

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

function fit(examples: NluExample[], opts: Required<TrainOptions>, temperature: number): NluModel {
  const intents = [...new Set(examples.map((e) => e.intent))].sort();
  const vectorizer = fitVectorizer(
    examples.map((e) => e.text),
    1,
    opts.features,
  );
  const d = vectorizer.idf.length;
  const k = intents.length;
  const weights = new Float32Array(k * d);
  const bias = new Float32Array(k);
  const xs: SparseVector[] = examples.map((e) => vectorize(e.text, vectorizer));
  const ys = examples.map((e) => intents.indexOf(e.intent));
  const random = seededRandom(opts.seed);
  const order = xs.map((_, i) => i);
  const model = new NluModel({ intents, vectorizer, weights, bias, temperature: 1, threshold: opts.threshold, trainedAt: '', examples: examples.length });
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const lr = opts.learningRate / (1 + epoch * 0.1);
    for (const i of shuffled(order, random)) {
      const x = xs[i]!;
      const p = softmax(model.logits(x));
      for (let c = 0; c < k; c++) {
        const g = (p[c] ?? 0) - (c === ys[i] ? 1 : 0);
        if (Math.abs(g) < 1e-4) continue;
        const row = c * d;
        for (let j = 0; j < x.idx.length; j++) {
          const f = row + x.idx[j]!;
          weights[f] = weights[f]! - lr * (g * x.val[j]! + opts.l2 * weights[f]!);
        }
        bias[c] = bias[c]! - lr * g * 0.1;
      }
    }
  }
  return new NluModel({
    intents,
    vectorizer,
    weights,
    bias,
    temperature,
    threshold: opts.threshold,
    trainedAt: new Date().toISOString(),
    examples: examples.length,
  });
}

/** Temperature minimising the negative log-likelihood of held-out examples. */
function fitTemperature(model: NluModel, heldOut: NluExample[]): number {
  const scored = heldOut.map((e) => ({ logits: model.logitsOf(e.text), gold: model.intents.indexOf(e.intent) }));
  let best = { t: 1, nll: Infinity };
  for (let t = 0.3; t <= 4.01; t += 0.05) {
    let nll = 0;
    for (const { logits, gold } of scored) nll -= Math.log(Math.max(gold >= 0 ? (softmax(logits, t)[gold] ?? 0) : 1e-6, 1e-6));
    if (nll < best.nll) best = { t, nll };
  }
  return Math.round(best.t * 100) / 100;
}

export function trainOnExamples(given: NluExample[], options: TrainOptions = {}): NluModel {
  const merged = { ...DEFAULTS, ...options };
  const opts = { ...merged, epochs: options.epochs ?? (merged.augment === false ? 30 : 15) };
  if (given.length === 0) throw new Error('no NLU training examples');
  const prepared = (examples: NluExample[]) =>
    opts.augment === false ? examples.map((e) => ({ ...e, text: classifierText(e.text) })) : augmentExamples(examples, opts.augment);
  let temperature = 1;
  if (opts.calibrate && given.length >= 50) {
    // the temperature is fitted on examples the probe never saw, not even as variants
    const random = seededRandom(opts.seed + 1);
    const mixed = shuffled(given, random);
    const cut = Math.floor(mixed.length * 0.8);
    const probe = fit(prepared(mixed.slice(0, cut)), opts, 1);
    temperature = fitTemperature(probe, mixed.slice(cut));
  }
  return fit(prepared(given), opts, temperature);
}

export async function trainNluModel(nluPaths: string[], opts?: TrainOptions): Promise<NluModel> {
  return trainOnExamples(await readNluFiles(nluPaths), opts);
}

const modelSchema = z.object({
  format: z.literal('portier-nlu/1'),
  intents: z.array(z.string()),
  features: z.array(z.string()),
  idf: z.array(z.number()),
  weights: z.array(z.number()),
  bias: z.array(z.number()),
  temperature: z.number().positive(),
  threshold: z.number().min(0).max(1),
  trainedAt: z.string(),
  examples: z.number(),
});

function fromData(data: NluModelData): ConstructorParameters<typeof NluModel>[0] {
  const index = new Map<string, number>();
  data.features.forEach((f, i) => {
    index.set(f, i);
  });
  return {
    intents: data.intents,
    vectorizer: { index, idf: Float32Array.from(data.idf) },
    weights: Float32Array.from(data.weights),
    bias: Float32Array.from(data.bias),
    temperature: data.temperature,
    threshold: data.threshold,
    trainedAt: data.trainedAt,
    examples: data.examples,
  };
}

export function serializeNluModel(model: NluModel): string {
  return JSON.stringify({ format: 'portier-nlu/1', ...model.toJSON() });
}

export class NluModelFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NluModelFormatError';
  }
}

/** Reads a model from its JSON text, or from the already-parsed object (as a model artifact embeds it). */
export function deserializeNluModel(json: string | unknown): NluModel {
  let raw: unknown = json;
  if (typeof json === 'string') {
    try {
      raw = JSON.parse(json);
    } catch (e) {
      throw new NluModelFormatError(`NLU model is not JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const parsed = modelSchema.safeParse(raw);
  if (!parsed.success) throw new NluModelFormatError(`not a Portier NLU model: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const data = parsed.data;
  if (data.weights.length !== data.intents.length * data.features.length) throw new NluModelFormatError('NLU model weights do not match its features');
  return new NluModel(fromData(data));
}
