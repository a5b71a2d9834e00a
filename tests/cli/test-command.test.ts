import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type DriverFactory, testCommand } from '../../src/cli/commands/test.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';

const T = 1_795_000_000;
const turn = (text: string, utter: string): TrackerEvent[] => [
  { event: 'user', text, timestamp: T, parse_data: { text, intent: { name: null, confidence: 0 }, entities: [], commands: [] } },
  { event: 'bot', text: utter, timestamp: T, data: {}, metadata: { utter_action: utter } },
];

// Echoes the user's text back as the response name: the tests below decide pass or fail by what they expect.
const echo: DriverFactory = async () => ({
  driver: { setSlots: async () => {}, runTurn: async (_s, text) => turn(text, text) },
  close: async () => {},
});

const SUITE = `test_cases:
  - test_case: passes
    steps:
      - user: utter_greet
      - utter: utter_greet
  - test_case: fails
    steps:
      - user: utter_greet
        assertions:
          - bot_uttered: {utter_name: utter_goodbye}
`;

test('portier test: diff for failures, summary line, result files, JUnit, exit code', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portier-test-cmd-'));
  writeFileSync(join(dir, 'suite.yml'), SUITE);
  const lines: string[] = [];
  const junit = join(dir, 'out', 'junit.xml');
  const code = await testCommand([dir], { root: dir, e2eResults: true, junit }, echo, (l) => lines.push(l));
  const elsewhere = join(dir, 'results');
  await testCommand([join(dir, 'suite.yml')], { root: dir, e2eResults: true, resultsDir: elsewhere }, echo, () => {});
  assert.ok(existsSync(join(elsewhere, 'e2e_results_failed.yml')));
  assert.equal(code, 1);
  assert.equal(lines.at(-1), '1 passed, 1 failed');
  const text = lines.join('\n');
  assert.match(text, /FAILED .*suite\.yml:\d+ fails/);
  assert.match(text, /- bot_uttered: \{"utter_name":"utter_goodbye"\}/);
  assert.match(text, /\+ bot: utter_greet "utter_greet"/);
  assert.ok(existsSync(join(dir, 'e2e_results_passed.yml')));
  assert.match(readFileSync(join(dir, 'e2e_results_failed.yml'), 'utf8'), /name: fails\n\s+pass_status: false/);
  assert.match(readFileSync(junit, 'utf8'), /<testsuite name="portier e2e" tests="2" failures="1"/);
});

test('portier test: all passing exits 0; --fail-fast; broken files are reported', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portier-test-cmd-'));
  writeFileSync(join(dir, 'ok.yml'), 'test_cases:\n  - test_case: ok\n    steps:\n      - user: utter_a\n      - utter: utter_a\n');
  const lines: string[] = [];
  assert.equal(await testCommand(['e2e', join(dir, 'ok.yml')], { root: dir }, echo, (l) => lines.push(l)), 0);
  assert.equal(lines.at(-1), '1 passed, 0 failed');

  writeFileSync(join(dir, 'two.yml'), SUITE.replace('passes', 'z').replace(/test_case: fails/, 'test_case: a'));
  const ff: string[] = [];
  await testCommand([join(dir, 'two.yml')], { root: dir, failFast: true }, echo, (l) => ff.push(l));
  assert.equal(ff.at(-1), '1 passed, 1 failed');

  writeFileSync(join(dir, 'bad.yml'), 'test_cases:\n  - steps: []\n');
  const bad: string[] = [];
  assert.equal(await testCommand([join(dir, 'bad.yml')], { root: dir }, echo, (l) => bad.push(l)), 1);
  assert.match(bad[0]!, /bad\.yml:2:\d+: error: e2e test file: test_cases\.0\.test_case/);
});

test('portier test: a file that does not parse is reported and the other files still run', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portier-test-cmd-'));
  writeFileSync(join(dir, 'a-broken.yml'), 'test_cases:\n  - test_case: x\n    steps: [\n');
  writeFileSync(join(dir, 'b-ok.yml'), 'test_cases:\n  - test_case: ok\n    steps:\n      - user: utter_a\n      - utter: utter_a\n');
  const lines: string[] = [];
  assert.equal(await testCommand([dir], { root: dir }, echo, (l) => lines.push(l)), 1);
  assert.match(lines.join('\n'), /a-broken\.yml:\d+:\d+: error: /);
  assert.ok(lines.includes('1 test file(s) could not be read; running the others'));
  assert.equal(lines.at(-1), '1 passed, 0 failed');
});
