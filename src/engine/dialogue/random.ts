// Seeded randomness for response variations, so a conversation replays identically in tests and e2e runs.

/** mulberry32: a tiny fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from text (FNV-1a), e.g. to give each conversation its own stable stream. */
export function seedFromString(text: string, from = 0x811c9dc5): number {
  // `from` continues an earlier hash: seedFromString(b, seedFromString(a)) === seedFromString(a + b).
  let h = from;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One element chosen with `rng`; undefined for an empty list. No draw is spent on a single choice. */
export function pick<T>(items: readonly T[], rng: () => number): T | undefined {
  if (items.length <= 1) return items[0];
  const i = Math.min(items.length - 1, Math.floor(rng() * items.length));
  return items[i];
}
