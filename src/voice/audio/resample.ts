// Windowed-sinc resampling for whole utterances (TTS output at 22.05/24 kHz → 8 kHz, 8 → 16 kHz for Silero).
// The low-pass cut sits below the lower Nyquist so decimation never aliases.
const HALF_TAPS = 16;

function blackman(x: number, half: number): number {
  const n = (x + half) / (2 * half);
  return 0.42 - 0.5 * Math.cos(2 * Math.PI * n) + 0.08 * Math.cos(4 * Math.PI * n);
}

const TABLE_STEPS = 512;
const kernels = new Map<string, { half: number; table: Float32Array }>();

/** The low-pass kernel for one rate pair, tabulated so the inner loop has no trigonometry. */
function kernelFor(ratio: number): { half: number; table: Float32Array } {
  const key = ratio.toFixed(6);
  const cached = kernels.get(key);
  if (cached) return cached;
  const cutoff = Math.min(1, ratio) * 0.95; // fraction of the input Nyquist
  const half = Math.ceil(HALF_TAPS / Math.min(1, ratio));
  const table = new Float32Array(half * TABLE_STEPS + 1);
  for (let i = 0; i < table.length; i++) {
    const x = i / TABLE_STEPS;
    const arg = Math.PI * x * cutoff;
    table[i] = (x === 0 ? 1 : Math.sin(arg) / arg) * cutoff * blackman(x, half);
  }
  const kernel = { half, table };
  kernels.set(key, kernel);
  return kernel;
}

export function resampleFloat(input: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate) return input.slice();
  const ratio = toRate / fromRate;
  const { half, table } = kernelFor(ratio);
  const outLength = Math.floor(input.length * ratio);
  const out = new Float32Array(outLength);
  for (let i = 0; i < outLength; i++) {
    const center = i / ratio;
    const first = Math.max(0, Math.floor(center) - half + 1);
    const last = Math.min(input.length - 1, Math.floor(center) + half);
    let acc = 0;
    for (let j = first; j <= last; j++) {
      const idx = Math.round(Math.abs(j - center) * TABLE_STEPS);
      acc += input[j]! * (table[idx] ?? 0);
    }
    out[i] = acc;
  }
  return out;
}

export function int16ToFloat(pcm: Int16Array): Float32Array {
  const out = new Float32Array(pcm.length);
  for (let i = 0; i < pcm.length; i++) out[i] = pcm[i]! / 32768;
  return out;
}

export function floatToInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const v = Math.round(samples[i]! * 32767);
    out[i] = Math.max(-32768, Math.min(32767, v));
  }
  return out;
}

/** Streaming 8 → 16 kHz upsampler (zero-stuffing + FIR low-pass at 3.8 kHz) that keeps its history between frames. */
export class Upsampler2x {
  static readonly #taps = Upsampler2x.#design(31);
  #history = new Float32Array(Upsampler2x.#taps.length);

  static #design(n: number): Float32Array {
    const taps = new Float32Array(n);
    const mid = (n - 1) / 2;
    const fc = 3800 / 16000;
    for (let i = 0; i < n; i++) {
      const x = i - mid;
      const sinc = x === 0 ? 2 * fc : Math.sin(2 * Math.PI * fc * x) / (Math.PI * x);
      taps[i] = 2 * sinc * blackman(x, mid + 1);
    }
    return taps;
  }

  process(input: Float32Array): Float32Array {
    const taps = Upsampler2x.#taps;
    const out = new Float32Array(input.length * 2);
    const h = this.#history;
    for (let i = 0; i < out.length; i++) {
      h.copyWithin(1, 0);
      h[0] = i % 2 === 0 ? input[i >> 1]! : 0;
      let acc = 0;
      for (let k = 0; k < taps.length; k++) acc += taps[k]! * h[k]!;
      out[i] = acc;
    }
    return out;
  }
}
