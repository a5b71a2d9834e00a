// What `portier test` prints and writes: a readable diff per failing test, the closing `N passed, M failed`,
// Rasa's e2e_results_passed.yml / e2e_results_failed.yml, and JUnit XML for CI.
import { relative } from 'node:path';
import { stringify } from 'yaml';
import type { E2eRun, TestCaseResult } from './e2e-runner.ts';

export function summaryLine(run: Pick<E2eRun, 'passed' | 'failed'>): string {
  return `${run.passed} passed, ${run.failed} failed`;
}

/** A failing test as lines: where, what was checked, why it failed, expected (-) vs actual (+). */
export function formatFailure(r: TestCaseResult, cwd?: string): string[] {
  const f = r.failure;
  if (!f) return [];
  const file = cwd ? relative(cwd, r.testCase.file) || r.testCase.file : r.testCase.file;
  const lines = [`FAILED ${file}:${r.testCase.pos.line} ${r.testCase.name}`];
  const said = f.userText !== null ? `user: ${JSON.stringify(f.userText)}` : '(before the first user message)';
  lines.push(`  step ${f.step} (line ${f.stepLine}) ${said}`);
  lines.push(`  ${f.assertion.type}: ${f.error_message}`);
  if (f.expected.length || f.actual.length) {
    lines.push('  --- expected', '  +++ actual (this turn)');
    for (const e of f.expected) lines.push(`  - ${e}`);
    for (const a of f.actual) lines.push(`  + ${a}`);
  }
  return lines;
}

function resultEntry(r: TestCaseResult): Record<string, unknown> {
  const entry: Record<string, unknown> = { name: r.testCase.name, pass_status: r.passed, file: r.testCase.file, line: r.testCase.pos.line };
  if (r.failure) {
    entry.assertion_failure = { assertion: r.failure.assertion, error_message: r.failure.error_message };
    entry.difference = [...r.failure.expected.map((e) => `- ${e}`), ...r.failure.actual.map((a) => `+ ${a}`)];
  }
  return entry;
}

/** Rasa's results file body for the passed or the failed tests. */
export function resultsYaml(results: readonly TestCaseResult[], passed: boolean): string {
  return stringify({ test_results: results.filter((r) => r.passed === passed).map(resultEntry) });
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function junitXml(run: E2eRun, suiteName = 'portier e2e'): string {
  const time = (ms: number) => (ms / 1000).toFixed(3);
  const total = run.results.reduce((t, r) => t + r.durationMs, 0);
  const cases = run.results.map((r) => {
    const head = `    <testcase name="${xml(r.testCase.name)}" classname="${xml(r.testCase.file)}" time="${time(r.durationMs)}"`;
    if (r.passed) return `${head}/>`;
    const f = r.failure!;
    return `${head}>\n      <failure message="${xml(f.error_message)}" type="${xml(String(f.assertion.type))}">${xml(formatFailure(r).join('\n'))}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites tests="${run.results.length}" failures="${run.failed}" time="${time(total)}">`,
    `  <testsuite name="${xml(suiteName)}" tests="${run.results.length}" failures="${run.failed}" errors="0" skipped="0" time="${time(total)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
