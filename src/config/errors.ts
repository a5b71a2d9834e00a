// Typed errors that carry where a problem is (file:line:col) and reach the user as one clear line each.
import type { SourcePos } from '../engine/flows/types.ts';

export interface Problem {
  pos?: SourcePos;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const where = p.pos ? `${p.pos.file}:${p.pos.line}:${p.pos.col}: ` : '';
  return `${where}${p.severity}: ${p.message}`;
}

/** Thrown when project files cannot be loaded; holds every problem found, not just the first. */
export class ProjectLoadError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.filter((p) => p.severity === 'error').map(formatProblem).join('\n'));
    this.name = 'ProjectLoadError';
  }
}
