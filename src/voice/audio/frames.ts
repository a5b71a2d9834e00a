// Twilio's unit of audio: 20 ms of 8 kHz mu-law = 160 bytes.
import { MULAW_SILENCE } from './mulaw.ts';

export const SAMPLE_RATE = 8000;
export const FRAME_MS = 20;
export const FRAME_BYTES = 160;

/** Splits mu-law audio into 160-byte frames; the last one is padded with silence. */
export function toFrames(mulaw: Uint8Array): Uint8Array[] {
  const frames: Uint8Array[] = [];
  for (let at = 0; at < mulaw.length; at += FRAME_BYTES) {
    const frame = new Uint8Array(FRAME_BYTES).fill(MULAW_SILENCE);
    frame.set(mulaw.subarray(at, Math.min(at + FRAME_BYTES, mulaw.length)));
    frames.push(frame);
  }
  return frames;
}

/** Accumulates arbitrary chunks (TTS streams) and yields whole frames as they complete. */
export class FrameChunker {
  #pending = new Uint8Array(0);

  push(chunk: Uint8Array): Uint8Array[] {
    const all = new Uint8Array(this.#pending.length + chunk.length);
    all.set(this.#pending);
    all.set(chunk, this.#pending.length);
    const whole = all.length - (all.length % FRAME_BYTES);
    this.#pending = all.slice(whole);
    const frames: Uint8Array[] = [];
    for (let at = 0; at < whole; at += FRAME_BYTES) frames.push(all.slice(at, at + FRAME_BYTES));
    return frames;
  }

  flush(): Uint8Array[] {
    const rest = this.#pending;
    this.#pending = new Uint8Array(0);
    return rest.length ? toFrames(rest) : [];
  }
}

export function msToFrames(ms: number): number {
  return Math.max(1, Math.round(ms / FRAME_MS));
}
