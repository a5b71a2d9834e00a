// `portier validate`: like `rasa data validate`, loads every project file and reports each problem.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { projectEnv } from '../../config/env.ts';
import { loadProject } from '../../config/project.ts';
import { problemLine, sortProblems } from '../output.ts';
import { addProjectOptions, type ProjectPathFlags, projectPathsOf } from '../project-options.ts';

export interface ValidateOptions extends ProjectPathFlags {
  root: string;
  failOnWarnings?: boolean;
  quiet?: boolean;
}

/** Returns the exit code: 0 when the project loads without errors (and without warnings if asked). */
export async function validateCommand(opts: ValidateOptions, out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  const root = resolve(opts.root);
  const project = await loadProject(root, projectEnv(root, process.env), projectPathsOf(opts));
  const problems = sortProblems(project.problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  for (const p of problems) if (!opts.quiet || p.severity === 'error') out(problemLine(p));
  const patterns = project.flows.filter((f) => f.id.startsWith('pattern_')).length;
  const flows = `${project.flows.length - patterns} flows${patterns ? ` and ${patterns} pattern overrides` : ''}`;
  const summary = `${flows}, ${Object.keys(project.domain.slots).length} slots, ${Object.keys(project.domain.responses).length} responses`;
  if (errors > 0) {
    out(`Project has ${errors} error(s) and ${warnings} warning(s): ${summary}.`);
    return 1;
  }
  out(`Project is valid${warnings ? ` with ${warnings} warning(s)` : ''}: ${summary}.`);
  return opts.failOnWarnings && warnings > 0 ? 1 : 0;
}

export function register(program: Command): void {
  const validate = program
    .command('validate')
    .description('check config.yml, endpoints.yml, credentials.yml, domain, flows and hotel data (like `rasa data validate`)')
    .option('--root <folder>', 'project folder', '.')
    .option('--fail-on-warnings', 'exit non-zero when there are warnings too')
    .option('-q, --quiet', 'print errors only');
  addProjectOptions(validate).action(async (opts: ValidateOptions) => {
    process.exitCode = await validateCommand(opts);
  });
}
