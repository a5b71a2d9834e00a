// Fixed responses (greeting, reprompts, confirmations) are synthesised once per process and replayed.
import type { SpeechSynthesizer, SynthesisRequest } from './types.ts';

export class CachedSynthesizer implements SpeechSynthesizer {
  readonly #cache = new Map<string, Uint8Array>();
  hits = 0;
  misses = 0;

  constructor(
    readonly inner: SpeechSynthesizer,
    readonly maxEntries = 1000,
  ) {}

  get name(): string {
    return this.inner.name;
  }

  async check(): Promise<void> {
    await this.inner.check?.();
  }

  has(text: string): boolean {
    return this.#cache.has(text);
  }

  /** Synthesises ahead of time so the first caller hears it without waiting. */
  async warm(texts: string[]): Promise<void> {
    for (const text of texts) {
      if (this.#cache.has(text)) continue;
      const parts: Uint8Array[] = [];
      for await (const chunk of this.inner.synthesize({ text, signal: new AbortController().signal })) parts.push(chunk);
      this.#store(text, parts);
    }
  }

  async *synthesize(request: SynthesisRequest): AsyncIterable<Uint8Array> {
    const hit = this.#cache.get(request.text);
    if (hit) {
      this.hits++;
      this.#cache.delete(request.text); // refresh LRU position
      this.#cache.set(request.text, hit);
      yield hit;
      return;
    }
    this.misses++;
    const parts: Uint8Array[] = [];
    for await (const chunk of this.inner.synthesize(request)) {
      parts.push(chunk);
      yield chunk;
    }
    if (!request.signal.aborted) this.#store(request.text, parts);
  }

  #store(text: string, parts: Uint8Array[]): void {
    const total = parts.reduce((n, p) => n + p.length, 0);
    if (total === 0) return;
    const audio = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      audio.set(p, at);
      at += p.length;
    }
    this.#cache.set(text, audio);
    while (this.#cache.size > this.maxEntries) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
  }
}
