// The trained intent classifier: multinomial logistic regression over TF-IDF features, softmax with a
// fitted temperature, and a confidence threshold below which a message counts as out of scope.
import { classifierText } from './augment.ts';
import { type SparseVector, type Vectorizer, vectorize } from './features.ts';

export const OUT_OF_SCOPE = 'out_of_scope';

export interface IntentPrediction {
  intent: string;
  confidence: number;
  ranking: { name: string; confidence: number }[];
}

export interface NluModelData {
  intents: string[];
  features: string[];
  idf: number[];
  /** intents × features, row-major. */
  weights: number[];
  bias: number[];
  temperature: number;
  threshold: number;
  trainedAt: string;
  examples: number;
}

export class NluModel {
  readonly intents: string[];
  readonly temperature: number;
  readonly threshold: number;
  private readonly vectorizer: Vectorizer;
  private readonly weights: Float32Array;
  private readonly bias: Float32Array;
  readonly meta: { trainedAt: string; examples: number };

  constructor(args: {
    intents: string[];
    vectorizer: Vectorizer;
    weights: Float32Array;
    bias: Float32Array;
    temperature: number;
    threshold: number;
    trainedAt: string;
    examples: number;
  }) {
    this.intents = args.intents;
    this.vectorizer = args.vectorizer;
    this.weights = args.weights;
    this.bias = args.bias;
    this.temperature = args.temperature;
    this.threshold = args.threshold;
    this.meta = { trainedAt: args.trainedAt, examples: args.examples };
  }

  get featureCount(): number {
    return this.vectorizer.idf.length;
  }

  logits(x: SparseVector): Float64Array {
    const k = this.intents.length;
    const d = this.vectorizer.idf.length;
    const out = new Float64Array(k);
    for (let c = 0; c < k; c++) {
      let s = this.bias[c] ?? 0;
      const row = c * d;
      for (let j = 0; j < x.idx.length; j++) s += (this.weights[row + x.idx[j]!] ?? 0) * x.val[j]!;
      out[c] = s;
    }
    return out;
  }

  logitsOf(text: string): Float64Array {
    return this.logits(vectorize(classifierText(text), this.vectorizer));
  }

  /**
   * Intent ranking; the top intent is `out_of_scope` when the model is not confident enough. The text is read as
   * the model was trained: without the greeting and fillers before the request, in the usual words.
   */
  predict(text: string): IntentPrediction {
    const probs = softmax(this.logits(vectorize(classifierText(text), this.vectorizer)), this.temperature);
    const ranking = this.intents.map((name, i) => ({ name, confidence: probs[i] ?? 0 })).sort((a, b) => b.confidence - a.confidence);
    const top = ranking[0] ?? { name: OUT_OF_SCOPE, confidence: 0 };
    const intent = top.confidence < this.threshold ? OUT_OF_SCOPE : top.name;
    return { intent, confidence: top.confidence, ranking: ranking.slice(0, 10) };
  }

  toJSON(): NluModelData {
    const features: string[] = new Array(this.vectorizer.idf.length);
    for (const [f, i] of this.vectorizer.index) features[i] = f;
    const round = (x: number) => Math.round(x * 1e5) / 1e5;
    return {
      intents: this.intents,
      features,
      idf: Array.from(this.vectorizer.idf, round),
      weights: Array.from(this.weights, round),
      bias: Array.from(this.bias, round),
      temperature: this.temperature,
      threshold: this.threshold,
      trainedAt: this.meta.trainedAt,
      examples: this.meta.examples,
    };
  }
}

export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
  const out = new Float64Array(logits.length);
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]! / temperature);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    out[i] = Math.exp(logits[i]! / temperature - max);
    sum += out[i]!;
  }
  for (let i = 0; i < out.length; i++) out[i]! /= sum;
  return out;
}
