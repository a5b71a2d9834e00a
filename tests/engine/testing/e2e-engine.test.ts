// The e2e runner against the real engine (MessageProcessor) with `/` payload messages: a flow that calls
// another flow, a link, fixtures and stubbed custom actions, written in Rasa's e2e format.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Problem } from '../../../src/config/errors.ts';
import { loadEngineProject, loadTestSuite } from '../../../src/config/engine-files.ts';
import { collectTestFiles } from '../../../src/config/files.ts';
import { MessageProcessor } from '../../../src/engine/index.ts';
import { commandHistogram, flowCoverage, formatCoverage, visitedSteps } from '../../../src/engine/testing/e2e-coverage.ts';
import { formatFailure, summaryLine } from '../../../src/engine/testing/e2e-report.ts';
import { E2eStubActions, runE2eTests } from '../../../src/engine/testing/e2e-runner.ts';
import { EngineDriver } from '../../../src/engine/testing/engine-driver.ts';

const DOMAIN = `version: "3.1"
intents: [book_table]
actions: [action_reserve]
slots:
  guests: {type: float, mappings: [{type: from_llm}]}
  phone: {type: text, mappings: [{type: from_llm}]}
  vip: {type: bool, mappings: [{type: from_llm}]}
  table_code: {type: text, mappings: [{type: controlled}]}
responses:
  utter_ask_guests: [{text: "Сколько гостей?"}]
  utter_ask_phone: [{text: "Ваш телефон?"}]
  utter_done:
    - condition: slots.vip
      text: "Стол для VIP на {guests} гостей, код {table_code}."
    - text: "Стол на {guests} гостей, код {table_code}, телефон {phone}."
  utter_feedback: [{text: "Спасибо, что выбрали нас!"}]
`;

const FLOWS = `version: "3.1"
flows:
  book_table:
    description: забронировать столик
    nlu_trigger: [{intent: book_table}]
    steps:
      - collect: guests
      - call: ask_contact
      - action: action_reserve
      - action: utter_done
      - link: say_thanks
  ask_contact:
    description: спросить контакт
    if: false
    steps:
      - collect: phone
  say_thanks:
    description: поблагодарить
    if: false
    steps:
      - action: utter_feedback
`;

const TESTS = `fixtures:
  - vip_guest:
      - vip: true
stub_custom_actions:
  action_reserve:
    events: [{event: slot, name: table_code, value: T-1}]
    responses: []
  vip_books::action_reserve:
    events: [{event: slot, name: table_code, value: VIP-7}]
    responses: []
test_cases:
  - test_case: books_with_a_called_flow
    steps:
      - user: "/book_table"
        assertions:
          - flow_started: book_table
          - bot_uttered: {utter_name: utter_ask_guests}
      - user: "/SetSlots(guests=2)"
        assertion_order_enabled: true
        assertions:
          - slot_was_set: [{name: guests, value: 2}]
          - flow_started: ask_contact
          - bot_uttered: {utter_name: utter_ask_phone}
      - user: "/SetSlots(phone=+79001234567)"
        assertion_order_enabled: true
        assertions:
          - flow_completed: {flow_id: ask_contact}
          - action_executed: action_reserve
          - bot_uttered: {utter_name: utter_done, text_matches: "код T-1, телефон \\\\+79001234567"}
          - flow_started: say_thanks
          - bot_uttered: {utter_name: utter_feedback}
  - test_case: vip_books
    fixtures: [vip_guest]
    steps:
      - user: "/book_table"
      - user: "/SetSlots(guests=4)"
      - user: "/SetSlots(phone=+79001234567)"
        assertions:
          - bot_uttered: {text_matches: "^Стол для VIP на 4 гостей, код VIP-7\\\\.$"}
  - test_case: wrong_expectation_is_reported
    steps:
      - user: "/book_table"
        assertions:
          - bot_uttered: {utter_name: utter_ask_phone}
`;

test('e2e runner over the MessageProcessor: call, link, fixtures, stubs, and a real failure', async () => {
  const root = mkdtempSync(join(tmpdir(), 'portier-e2e-engine-'));
  mkdirSync(join(root, 'data'));
  mkdirSync(join(root, 'tests'));
  writeFileSync(join(root, 'domain.yml'), DOMAIN);
  writeFileSync(join(root, 'data', 'flows.yml'), FLOWS);
  writeFileSync(join(root, 'tests', 'table.yml'), TESTS);
  const problems: Problem[] = [];
  const project = loadEngineProject({ root, problems });
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  const suite = loadTestSuite(collectTestFiles([join(root, 'tests')]), problems);
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );

  const now = () => new Date('2026-11-24T09:00:00Z');
  const processor = new MessageProcessor(project, { actions: new E2eStubActions(suite), now, seed: 1 });
  const run = await runE2eTests(suite, new EngineDriver(processor, undefined, now));
  const status = Object.fromEntries(run.results.map((r) => [r.testCase.name, r.passed]));
  const details = run.results.flatMap((r) => formatFailure(r)).join('\n');
  assert.equal(status.books_with_a_called_flow, true, details);
  assert.equal(status.vip_books, true, details);
  assert.equal(status.wrong_expectation_is_reported, false);
  assert.equal(summaryLine(run), '2 passed, 1 failed');

  const visited = new Set<string>();
  for (const r of run.results) visitedSteps(r.events, visited);
  const coverage = flowCoverage(project.flowById, project.userFlowIds, visited);
  assert.deepEqual(
    coverage.map((c) => [c.flow_id, c.covered, c.total]),
    [
      ['book_table', 5, 5],
      ['ask_contact', 1, 1],
      ['say_thanks', 1, 1],
    ],
  );
  const lines = formatCoverage(coverage, commandHistogram(run.results.map((r) => r.events)));
  assert.ok(lines.includes('  book_table: 100.0% (5/5 steps)'), lines.join('\n'));
  assert.ok(lines.includes('  set slot: 4'), lines.join('\n'));
});
