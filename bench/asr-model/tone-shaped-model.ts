// Builds, at bench time, a streaming CTC model in the layout sherpa-onnx loads as T-one (its `toneCtc` model
// type: sherpa-onnx/csrc/online-t-one-ctc-model.cc) with T-one's size and per-chunk work, and random weights.
// No Russian recognition model can be downloaded where this project is built, so the recogniser worker's CPU
// cost per call is measured by running real sherpa-onnx decoding on this model: same input (300 ms of 8 kHz
// int32 samples), same recurrent state (219,729 float16 values in, the next state out), same output (10 CTC
// frames of 35 log-probabilities), and the same amount of arithmetic. It recognises nothing: its text is noise.
//
// Size (T-one, hf t-tech/T-one: 71M parameters, a streaming Conformer; model.safetensors 287 MB in float32):
// 16 Conformer-like blocks at width 384 (the width and depth its state size implies: 16 layers × 384 channels ×
// 30 frames of convolution state = 184,320 of the 219,729 values), each with two feed-forward modules, self-
// attention over the chunk plus 30 frames of left context kept in the state, and a gated pointwise module;
// the feed-forward width is set so that the total is 71M. Every weight is applied to each of the chunk's 10
// frames, so a chunk costs ≈ 2 × 71M × 10 ≈ 1.4 GFLOP — an upper bound for T-one, whose middle layers run at
// half the frame rate (temporal reduction) but whose convolutional front end runs at the 10 ms feature rate.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataType, OnnxGraph } from './onnx-writer.ts';

export interface ToneShape {
  layers: number;
  width: number;
  feedForward: number;
  contextFrames: number;
}

/** T-one's shape as described above. */
export const TONE_SHAPE: ToneShape = { layers: 16, width: 384, feedForward: 2214, contextFrames: 30 };

const SAMPLE_RATE = 8000;
const CHUNK_MS = 300;
const FRAMES = 10; // CTC frames per chunk (30 ms each)
const STATE_DIM = 219_729;
// T-one's alphabet: blank, space, the 33 Russian letters.
const TOKENS = ['<blk>', ' ', ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюя'];

/** Deterministic uniform weights in ±sqrt(3 / fan_in) (unit-variance activations, as a trained layer keeps). */
function randomWeights(seed: number) {
  let s = seed >>> 0 || 1;
  return (rows: number, cols: number): Float32Array => {
    const out = new Float32Array(rows * cols);
    const a = Math.sqrt(3 / rows);
    for (let i = 0; i < out.length; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      out[i] = ((s >>> 0) / 4294967296 - 0.5) * 2 * a;
    }
    return out;
  };
}

function build(shape: ToneShape): { graph: OnnxGraph; bytes: Uint8Array } {
  const { layers, width: d, feedForward: f, contextFrames: ctx } = shape;
  const g = new OnnxGraph();
  const rand = randomWeights(15);
  const ones = (n: number) => g.weight([n], new Float32Array(n).fill(1));
  const zeros = (n: number) => g.weight([n], new Float32Array(n));
  const norm = (x: string) => g.op('LayerNormalization', [x, ones(d), zeros(d)], { axis: -1, epsilon: { float: 1e-5 } });
  const linear = (x: string, rows: number, cols: number) => g.op('MatMul', [x, g.weight([rows, cols], rand(rows, cols))]);
  const slice = (x: string, start: number, end: number, axis: number) => g.op('Slice', [x, g.ints([start]), g.ints([end]), g.ints([axis])]);
  const half = g.scalar(0.5);
  const feedForwardModule = (x: string) => g.op('Add', [x, g.op('Mul', [linear(g.op('Relu', [linear(norm(x), d, f)]), f, d), half])]);

  const signal = g.input('signal', DataType.INT32, ['N', (SAMPLE_RATE * CHUNK_MS) / 1000, 1]);
  const state = g.input('state', DataType.FLOAT16, ['N', STATE_DIM]);
  const samplesPerFrame = (SAMPLE_RATE * CHUNK_MS) / 1000 / FRAMES;
  const audio = g.op('Mul', [g.op('Cast', [signal], { to: DataType.FLOAT }), g.scalar(1 / 32768)]);
  let x = linear(g.op('Reshape', [audio, g.ints([-1, FRAMES, samplesPerFrame])]), samplesPerFrame, d);
  const stateF = g.op('Cast', [state], { to: DataType.FLOAT });
  const perLayer = ctx * d;
  const nextContexts: string[] = [];
  const scale = g.scalar(1 / Math.sqrt(d));
  for (let l = 0; l < layers; l++) {
    x = feedForwardModule(x);
    // Self-attention over 30 frames of this layer's left context (from the state) and the chunk's 10 frames.
    const h = norm(x);
    const context = g.op('Reshape', [slice(stateF, l * perLayer, (l + 1) * perLayer, 1), g.ints([-1, ctx, d])]);
    const span = g.op('Concat', [context, h], { axis: 1 });
    nextContexts.push(g.op('Reshape', [slice(span, FRAMES, FRAMES + ctx, 1), g.ints([-1, perLayer])]));
    const q = linear(h, d, d);
    const k = linear(span, d, d);
    const v = linear(span, d, d);
    const scores = g.op('Softmax', [g.op('Mul', [g.op('MatMul', [q, g.op('Transpose', [k], { perm: [0, 2, 1] })]), scale])], { axis: -1 });
    x = g.op('Add', [x, linear(g.op('MatMul', [scores, v]), d, d)]);
    // Gated pointwise module (the Conformer convolution module's two pointwise layers and its GLU).
    const p = linear(norm(x), d, 2 * d);
    const gated = g.op('Mul', [slice(p, 0, d, 2), g.op('Sigmoid', [slice(p, d, 2 * d, 2)])]);
    x = g.op('Add', [x, linear(gated, d, d)]);
    x = norm(feedForwardModule(x));
  }
  const logits = g.op('Add', [linear(x, d, TOKENS.length), zeros(TOKENS.length)]);
  g.output(g.op('LogSoftmax', [logits], { axis: -1 }), 'logprobs', DataType.FLOAT, ['N', FRAMES, TOKENS.length]);
  const kept = slice(stateF, layers * perLayer, STATE_DIM, 1);
  const next = g.op('Cast', [g.op('Concat', [...nextContexts, kept], { axis: 1 })], { to: DataType.FLOAT16 });
  g.output(next, 'state_next', DataType.FLOAT16, ['N', STATE_DIM]);
  const meta = {
    model_type: 't-one',
    sample_rate: SAMPLE_RATE,
    frame_length_ms: CHUNK_MS,
    state_dim: STATE_DIM,
    comment: 'random weights: a stand-in with T-one size and work per chunk, for benchmarks; it recognises nothing',
  };
  return { graph: g, bytes: g.encode(meta, 'Portier benchmark model shaped like T-one (bench/asr-model/tone-shaped-model.ts)') };
}

export interface BuiltModel {
  dir: string;
  parameters: number;
  /** Multiply-adds ×2 per 300 ms chunk in the matrix products (what dominates the cost). */
  flopsPerChunk: number;
  megabytes: number;
}

/** Writes model.onnx and tokens.txt into `dir` (a sherpa-onnx T-one folder). */
export function writeToneShapedModel(dir: string, shape: ToneShape = TONE_SHAPE): BuiltModel {
  const { graph, bytes } = build(shape);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'model.onnx'), bytes);
  writeFileSync(join(dir, 'tokens.txt'), TOKENS.map((t, i) => `${t} ${i}\n`).join(''));
  const { width: d, contextFrames: ctx, layers } = shape;
  // weights applied to every frame, plus keys/values over the context and the attention products
  const attentionExtra = layers * (2 * d * d * ctx + 2 * 2 * FRAMES * (FRAMES + ctx) * d);
  return { dir, parameters: graph.parameters, flopsPerChunk: 2 * graph.parameters * FRAMES + attentionExtra, megabytes: bytes.length / 1e6 };
}
