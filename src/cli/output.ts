// How the CLI prints problems: one line each, paths relative to where the user stands.
import type { Problem } from '../config/errors.ts';
import { displayPath } from '../config/paths.ts';

export { displayPath };

export function problemLine(p: Problem, cwd: string = process.cwd()): string {
  const file = p.pos ? displayPath(p.pos.file, cwd) : null;
  const where = p.pos ? `${file}:${p.pos.line}:${p.pos.col}: ` : '';
  return `${where}${p.severity}: ${p.message}`;
}

/** Errors first, then warnings, each group in file order. */
export function sortProblems(problems: Problem[]): Problem[] {
  const key = (p: Problem) =>
    `${p.severity === 'error' ? 0 : 1}|${p.pos?.file ?? ''}|${String(p.pos?.line ?? 0).padStart(6, '0')}|${String(p.pos?.col ?? 0).padStart(4, '0')}`;
  return [...problems].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
