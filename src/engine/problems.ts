// A problem found in project files, with where it is (file:line:col): what loaders and checks report.
import type { SourcePos } from './flows/types.ts';

export interface Problem {
  pos?: SourcePos;
  message: string;
  severity: 'error' | 'warning';
}

export function formatProblem(p: Problem): string {
  const where = p.pos ? `${p.pos.file}:${p.pos.line}:${p.pos.col}: ` : '';
  return `${where}${p.severity}: ${p.message}`;
}
