// Paths shown to users.
import { isAbsolute, relative } from 'node:path';

/** A path as the user would type it: relative when inside the current folder, absolute otherwise. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}
