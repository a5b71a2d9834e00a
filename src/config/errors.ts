// Typed errors that carry where a problem is (file:line:col) and reach the user as one clear line each.
import { formatProblem, type Problem } from '../engine/problems.ts';

export { formatProblem, type Problem } from '../engine/problems.ts';

/** Thrown when project files cannot be loaded; holds every problem found, not just the first. */
export class ProjectLoadError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      problems
        .filter((p) => p.severity === 'error')
        .map(formatProblem)
        .join('\n'),
    );
    this.name = 'ProjectLoadError';
  }
}
