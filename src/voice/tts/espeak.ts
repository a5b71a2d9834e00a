// Local Russian TTS through the espeak-ng program (GPL: run as a separate process, never bundled).
// Output is 22.05 kHz PCM WAV, resampled here to 8 kHz and mu-law encoded.
import { spawn, spawnSync } from 'node:child_process';
import { mulawEncode } from '../audio/mulaw.ts';
import { floatToInt16, int16ToFloat, resampleFloat } from '../audio/resample.ts';
import { readWav } from '../audio/wav.ts';
import { type SpeechSynthesizer, type SynthesisRequest, SynthesizerError } from './types.ts';

export interface EspeakOptions {
  voice: string;
  /** Words per minute. */
  rate: number;
  binary: string;
}

export const espeakDefaults = { voice: 'ru', rate: 165, binary: 'espeak-ng' } as const satisfies EspeakOptions;

export const ESPEAK_INSTALL_HINT = 'install it with: apt-get install espeak-ng (Debian/Ubuntu) or brew install espeak-ng';

export function espeakAvailable(binary: string = espeakDefaults.binary): boolean {
  const probe = spawnSync(binary, ['--version'], { stdio: 'ignore' });
  return probe.status === 0;
}

/** Runs espeak-ng once and returns 8 kHz mu-law audio. */
export async function espeakToMulaw(text: string, options: Partial<EspeakOptions> = {}, signal?: AbortSignal): Promise<Uint8Array> {
  const o = { ...espeakDefaults, ...options };
  const wav = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn(o.binary, ['-v', o.voice, '-s', String(o.rate), '--stdout', text], { stdio: ['ignore', 'pipe', 'pipe'], signal });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') reject(new SynthesizerError('espeak-ng', `program "${o.binary}" not found; ${ESPEAK_INSTALL_HINT}`));
      else reject(err);
    });
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new SynthesizerError('espeak-ng', `exited with ${code}: ${stderr.trim()}`));
    });
  });
  const { sampleRate, samples } = readWav(wav);
  return mulawEncode(floatToInt16(resampleFloat(int16ToFloat(samples), sampleRate, 8000)));
}

export class EspeakSynthesizer implements SpeechSynthesizer {
  readonly name = 'espeak-ng';
  readonly #options: Partial<EspeakOptions>;

  constructor(options: Partial<EspeakOptions> = {}) {
    this.#options = options;
  }

  async check(): Promise<void> {
    const binary = this.#options.binary ?? espeakDefaults.binary;
    if (!espeakAvailable(binary)) throw new SynthesizerError('espeak-ng', `program "${binary}" not found; ${ESPEAK_INSTALL_HINT}`);
  }

  async *synthesize({ text, signal }: SynthesisRequest): AsyncIterable<Uint8Array> {
    if (signal.aborted) return;
    try {
      yield await espeakToMulaw(text, this.#options, signal);
    } catch (err) {
      if (signal.aborted) return;
      throw err;
    }
  }
}
