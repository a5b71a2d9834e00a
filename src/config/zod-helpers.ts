// Small zod building blocks for values that may arrive as strings through ${VAR} interpolation.
import { z } from 'zod';

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A number written in YAML as 7, or as "7" (e.g. from ${TIMEOUT}); `inner` adds bounds. */
export function numWith(inner: z.ZodNumber) {
  return z.preprocess((v) => (typeof v === 'string' && NUMBER.test(v.trim()) ? Number(v) : v), inner);
}

export const num = numWith(z.number());

/** A boolean written as true/false, or "true"/"false" from an environment variable. */
export const bool = z.preprocess((v) => {
  if (typeof v !== 'string') return v;
  const s = v.trim().toLowerCase();
  return s === 'true' ? true : s === 'false' ? false : v;
}, z.boolean());

/** A YAML key written with nothing after the colon (`rest:`) is null; treat it as an empty mapping. */
export function emptyAsObject<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v === null || v === undefined ? {} : v), schema);
}
