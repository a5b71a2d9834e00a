// `portier test`: runs Rasa Pro e2e test files (`rasa test e2e`) against the assembled assistant, prints a
// diff for each failing test and `N passed, M failed`, and writes Rasa's result files or JUnit XML on request.
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Env } from '../../config/env.ts';
import { type Problem, ProjectLoadError } from '../../config/errors.ts';
import type { ActionRunner } from '../../engine/actions.ts';
import { commandHistogram, flowCoverage, formatCoverage, visitedSteps } from '../../engine/testing/e2e-coverage.ts';
import type { TestSuite } from '../../engine/testing/e2e-file.ts';
import { loadTestSuite } from '../../config/engine-files.ts';
import { collectTestFiles } from '../../config/files.ts';
import { formatFailure, junitXml, resultsYaml, summaryLine } from '../../engine/testing/e2e-report.ts';
import { type E2eDriver, E2eStubActions, runE2eTests } from '../../engine/testing/e2e-runner.ts';
import { problemLine, sortProblems } from '../output.ts';
import { addProjectOptions, type ProjectPathFlags, projectPathsOf } from '../project-options.ts';
import { hotelActions } from '../../../actions/index.ts';

export interface TestOptions extends ProjectPathFlags {
  root: string;
  e2eResults?: boolean;
  /** Where -o writes the result files (default: the tests folder). */
  resultsDir?: string;
  junit?: string;
  failFast?: boolean;
  coverageReport?: boolean;
  /** Understand each user turn from the test's own assertions (the engine measured apart from understanding). */
  oracle?: boolean;
  /** Environment for the assistant (programmatic use; the CLI passes process.env). */
  env?: Env;
}

/** Builds the engine under test for a suite; `close` releases it. */
export type DriverFactory = (suite: TestSuite, opts: TestOptions) => Promise<{ driver: E2eDriver; close(): Promise<void> }>;

export async function testCommand(
  paths: string[],
  opts: TestOptions,
  createDriver: DriverFactory = runtimeDriver,
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<number> {
  const root = resolve(opts.root);
  // `portier test e2e tests/` reads like Rasa's `rasa test e2e tests/`.
  const given = paths[0] === 'e2e' && !existsSync(resolve('e2e')) ? paths.slice(1) : paths;
  const targets = (given.length ? given : [join(root, 'tests', 'e2e')]).map((p) => resolve(p));
  const problems: Problem[] = [];
  let files: string[];
  try {
    files = collectTestFiles(targets);
  } catch (e) {
    out(`error: cannot read tests: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const suite = loadTestSuite(files, problems);
  for (const p of sortProblems(problems)) out(problemLine(p));
  // A file that cannot be read is reported and the run goes on with the others (it still fails the run).
  const unreadable = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.pos?.file ?? '')).size;
  if (unreadable) out(`${unreadable} test file(s) could not be read; running the others`);
  if (suite.testCases.length === 0) {
    out(`no test cases found in ${targets.join(', ')}`);
    return 1;
  }

  const { driver, close } = await createDriver(suite, opts);
  let run: Awaited<ReturnType<typeof runE2eTests>>;
  try {
    run = await runE2eTests(suite, driver, {
      failFast: opts.failFast,
      onResult: (r) => {
        if (!r.passed) out(['', ...formatFailure(r, process.cwd())].join('\n'));
      },
    });
  } finally {
    await close();
  }

  if (opts.e2eResults) {
    const first = targets[0]!;
    const dir = opts.resultsDir ? resolve(opts.resultsDir) : statSync(first).isDirectory() ? first : dirname(first);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'e2e_results_passed.yml'), resultsYaml(run.results, true));
    writeFileSync(join(dir, 'e2e_results_failed.yml'), resultsYaml(run.results, false));
    out(`results written to ${join(dir, 'e2e_results_passed.yml')} and e2e_results_failed.yml`);
  }
  if (opts.junit) {
    mkdirSync(dirname(resolve(opts.junit)), { recursive: true });
    writeFileSync(resolve(opts.junit), junitXml(run));
  }
  if (opts.coverageReport) {
    const { loadEngineProject } = await import('../../config/engine-files.ts');
    const project = loadEngineProject({ root, problems: [] });
    const visited = new Set<string>();
    for (const r of run.results) visitedSteps(r.events, visited);
    const lines = formatCoverage(flowCoverage(project.flowById, project.userFlowIds, visited), commandHistogram(run.results.map((r) => r.events)));
    out('');
    for (const l of lines) out(l);
  }
  out('');
  out(summaryLine(run));
  return run.failed > 0 || unreadable > 0 ? 1 : 0;
}

/**
 * The real assistant: project from `--root`, in-memory conversations, a hotel database of its own (so runs
 * never touch the assistant's data), and stub_custom_actions in front of the real actions. With `oracle`, the
 * commands of each user turn come from the test's assertions instead (no model is trained for that run).
 */
export const runtimeDriver: DriverFactory = async (suite, opts) => {
  const { createRuntime } = await import('../../runtime/create-runtime.ts');
  const { InMemoryTrackerStore } = await import('../../stores/tracker-memory.ts');
  const { RuntimeDriver } = await import('../../runtime/e2e-driver.ts');
  const { buildCalmEngine } = await import('../../runtime/calm-engine.ts');
  const { OracleCommandGenerator } = await import('../../engine/testing/oracle-generator.ts');
  const dataDir = mkdtempSync(join(tmpdir(), 'portier-e2e-'));
  const trackers = new InMemoryTrackerStore();
  let stubsInstalled = false;
  const runtime = await createRuntime({
    customActions: hotelActions(),
    root: resolve(opts.root),
    // The report is the output here: per-turn log lines only when LOG_LEVEL asks for them.
    env: { LOG_LEVEL: 'warn', ...(opts.env ?? process.env), PORTIER_DATA_DIR: dataDir, DATABASE_URL: '' },
    paths: projectPathsOf(opts),
    trackers,
    ...(opts.oracle ? { model: null } : {}),
    buildEngine: (assembly) =>
      buildCalmEngine({
        ...assembly,
        ...(opts.oracle ? { understanding: (project) => new OracleCommandGenerator(suite, project) } : {}),
        wrapActions: (real: ActionRunner) => {
          stubsInstalled = true;
          return new E2eStubActions(suite, real);
        },
      }),
  });
  if (suite.stubs.size > 0 && !stubsInstalled) {
    await runtime.close();
    throw new ProjectLoadError([{ severity: 'error', message: 'stub_custom_actions need an engine that accepts stubbed actions (wrapActions)' }]);
  }
  return {
    driver: new RuntimeDriver(runtime, trackers, runtime.runtimeEnv.clock),
    close: async () => {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export function register(program: Command): void {
  const test = program
    .command('test')
    .description('run end-to-end tests in the Rasa Pro e2e format (like `rasa test e2e`)')
    .argument('[paths...]', 'test files or folders (default: tests/e2e in the project); a leading "e2e" is accepted as in `rasa test e2e`')
    .option('--root <folder>', 'project folder', '.')
    .option('-o, --e2e-results', 'write e2e_results_passed.yml and e2e_results_failed.yml (next to the tests, or --results-dir)')
    .option('--results-dir <dir>', 'folder for the -o result files')
    .option('--junit <file>', 'write the results as JUnit XML')
    .option('--fail-fast', 'stop after the first failing test')
    .option('--coverage-report', 'print which steps of each flow the tests reached, and the commands understood')
    .option('--oracle', "take each user turn's commands from the test's own assertions (checks the flows apart from understanding)");
  addProjectOptions(test).action(async (paths: string[], opts: TestOptions) => {
    process.exitCode = await testCommand(paths, opts);
  });
}
