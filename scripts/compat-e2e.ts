// The compatibility figure of docs/compatibility.md: runs a Rasa Pro project's e2e tests twice, once with
// Portier's own understanding and once with the oracle generator (each user turn's commands read from the
// test's expectations), and sorts the oracle run's failures by what they need that Portier does not run:
// the coexistence router (NLU-based dialogue), forms, Python custom actions, an LLM judge. What remains is
// counted as "engine". Fetches nothing: the project is a folder on this machine.
// usage: node --import tsx scripts/compat-e2e.ts PROJECT [TESTS...] [-c config] [-d domain] [--data paths...]
//        [--endpoints file] [--json]
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { runtimeDriver, type TestOptions } from '../src/cli/commands/test.ts';
import { type Problem, ProjectLoadError } from '../src/config/errors.ts';
import { problemLine } from '../src/cli/output.ts';
import { projectEnv } from '../src/config/env.ts';
import { loadProject } from '../src/config/project.ts';
import { emptyDomain } from '../src/engine/domain/load.ts';
import { buildEngineProject } from '../src/engine/project.ts';
import type { TrackerEvent } from '../src/engine/events.ts';
import type { TestCase, TestSuite } from '../src/engine/testing/e2e-file.ts';
import { loadTestSuite } from '../src/config/engine-files.ts';
import { collectTestFiles } from '../src/config/files.ts';
import { flowFacts } from '../src/engine/testing/oracle-flows.ts';
import { responsesSaying } from '../src/engine/testing/oracle-generator.ts';
import { type E2eRun, runE2eTests, type TestCaseResult } from '../src/engine/testing/e2e-runner.ts';

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    config: { type: 'string', short: 'c' },
    domain: { type: 'string', short: 'd' },
    data: { type: 'string', multiple: true },
    endpoints: { type: 'string' },
    json: { type: 'boolean' },
  },
});
const [projectArg, ...testArgs] = positionals;
if (!projectArg) {
  console.error('usage: node --import tsx scripts/compat-e2e.ts PROJECT [TESTS...] [-c config] [-d domain] [--data paths...] [--json]');
  process.exit(2);
}
const root = resolve(projectArg);
const paths = {
  ...(flags.config ? { config: resolve(flags.config) } : {}),
  ...(flags.domain ? { domain: resolve(flags.domain) } : {}),
  ...(flags.data ? { data: flags.data.map((d) => resolve(d)) } : {}),
  ...(flags.endpoints ? { endpoints: resolve(flags.endpoints) } : {}),
};
const testPaths = testArgs.length
  ? testArgs.map((t) => resolve(t))
  : [join(root, 'e2e_tests'), join(root, 'tests', 'e2e'), join(root, 'tests')].filter(existsSync).slice(0, 1);

const problems: Problem[] = [];
const suite = loadTestSuite(collectTestFiles(testPaths), problems);
for (const p of problems) console.error(`${p.pos ? `${relative(root, p.pos.file)}:${p.pos.line}: ` : ''}${p.severity}: ${p.message}`);

/** A project Portier cannot load (sub-agent calls, a step without a type) is reported as `portier validate` would. */
function unloadable(e: unknown): never {
  if (!(e instanceof ProjectLoadError)) throw e;
  for (const p of e.problems.filter((x) => x.severity === 'error')) console.error(problemLine(p));
  console.error(`${relative(process.cwd(), root) || '.'}: the project does not load; no test was run`);
  process.exit(1);
}
const project = await loadProject(root, projectEnv(root, process.env), paths).catch(unloadable);
const merged = buildEngineProject(project.flows, project.domain);
const defaults = new Set(buildEngineProject([], emptyDomain()).domain.actions);
const customActions = new Set(project.domain.actions.filter((a) => !a.startsWith('utter_') && !defaults.has(a)));
const flowSays = new Set([...flowFacts(merged.flows).said.values()].flat());
// Responses and actions only stories and rules use: the NLU-based side of a coexistence assistant.
const nluSide = new Set(
  project.files.other.flatMap((f) => readFileSync(f, 'utf8').match(/(?<=action:\s*)(?:utter|action)_[A-Za-z0-9_]+/g) ?? []).filter((n) => !flowSays.has(n)),
);
const formSlots = new Set<string>();
for (const file of project.files.domain) {
  const forms = (parse(readFileSync(file, 'utf8')) as { forms?: Record<string, { required_slots?: string[] }> } | null)?.forms ?? {};
  for (const form of Object.values(forms)) for (const s of form?.required_slots ?? []) formSlots.add(s);
}

async function run(oracle: boolean): Promise<E2eRun> {
  const opts: TestOptions = { root, ...paths, oracle, env: { ...process.env, LOG_LEVEL: 'silent' } };
  const { driver, close } = await runtimeDriver(suite, opts);
  try {
    return await runE2eTests(suite, driver);
  } finally {
    await close();
  }
}

const stubbed = (tc: TestCase, action: string) => suite.stubs.has(action) || suite.stubs.has(`${tc.name}::${action}`);

/** The expectations of a test case, flattened: every assertion and legacy step. */
function expectations(tc: TestCase) {
  return tc.steps.flatMap((s) => (s.kind === 'user' ? (s.assertions ?? []) : []));
}

/** Why a test failed under the oracle: what it needs that Portier does not run, or "engine". */
function reasonOf(r: TestCaseResult, s: TestSuite): string {
  const tc = r.testCase;
  const all = expectations(tc);
  const routed = all.some((a) => a.type === 'slot_was_set' && a.slots.some((c) => c.name === 'route_session_to_calm' && c.value === false));
  const expectedNames = [
    ...all.flatMap((a) => (a.type === 'bot_uttered' && a.match.utter_name ? [a.match.utter_name] : [])),
    ...tc.steps.flatMap((x) => (x.kind === 'utter' ? [x.name] : [])),
  ];
  if (expectedNames.some((n) => n.startsWith('utter_ask_') && formSlots.has(n.slice('utter_ask_'.length)))) return 'forms';
  const actionsExpected = all.flatMap((a) => (a.type === 'action_executed' ? [a.name] : []));
  if (routed || [...expectedNames, ...actionsExpected].some((n) => nluSide.has(n))) return 'coexistence router (NLU-based dialogue)';
  const ran = r.events.filter((e): e is Extract<TrackerEvent, { event: 'action' }> => e.event === 'action').map((e) => e.name);
  if (ran.some((a) => customActions.has(a) && !stubbed(tc, a))) return 'Python custom actions';
  if (all.some((a) => a.type === 'generative_response_is_relevant' || a.type === 'generative_response_is_grounded')) return 'LLM judge (generative response)';
  // A `bot:` line no response of the domain says: words an LLM rephraser (or a Python action) produced.
  const expectedText = r.failure?.assertion.type === 'bot_uttered' ? (r.failure.assertion as { text_matches?: unknown }).text_matches : undefined;
  const said = (text: string) => responsesSaying(text, merged.domain).length > 0;
  if (typeof expectedText === 'string' && !said(expectedText)) return 'bot lines no response says (LLM rephraser or Python action output)';
  if (r.failure?.assertion.type === 'legacy_steps' && /bot did not say "/.test(r.failure.error_message))
    return 'bot lines no response says (LLM rephraser or Python action output)';
  void s;
  return 'engine';
}

const own = await run(false).catch(unloadable);
const oracle = await run(true).catch(unloadable);
const byReason = new Map<string, string[]>();
for (const r of oracle.results) {
  if (r.passed) continue;
  const reason = reasonOf(r, suite);
  byReason.set(reason, [
    ...(byReason.get(reason) ?? []),
    `${relative(root, r.testCase.file)}:${r.testCase.pos.line} ${r.testCase.name}${r.failure ? ` — step ${r.failure.step}: ${r.failure.error_message}` : ''}`,
  ]);
}
const total = suite.testCases.length;
const needing = [...byReason].filter(([k]) => k !== 'engine').reduce((n, [, v]) => n + v.length, 0);
const summary = {
  project: root,
  tests: total,
  portier_understanding: { passed: own.passed, failed: own.failed },
  oracle: { passed: oracle.passed, failed: oracle.failed },
  oracle_runnable: { tests: total - needing, passed: oracle.passed },
  oracle_failures: Object.fromEntries([...byReason].map(([k, v]) => [k, v.length])),
};
if (flags.json) console.log(JSON.stringify({ ...summary, failures: Object.fromEntries(byReason) }, null, 2));
else {
  console.log(`${total} e2e tests in ${testPaths.map((p) => relative(process.cwd(), p) || '.').join(', ')}`);
  console.log(`  Portier's understanding: ${own.passed} passed, ${own.failed} failed`);
  console.log(`  oracle commands:         ${oracle.passed} passed, ${oracle.failed} failed`);
  console.log(`  runnable under the oracle (needing none of the parts below): ${oracle.passed} of ${total - needing} passed`);
  for (const [reason, tests] of [...byReason].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`\n  ${reason}: ${tests.length}`);
    for (const t of tests) console.log(`    ${t}`);
  }
}
