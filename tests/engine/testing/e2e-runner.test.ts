import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import type { Problem } from '../../../src/config/errors.ts';
import type { ActionCall } from '../../../src/engine/actions.ts';
import type { SlotValue } from '../../../src/engine/commands.ts';
import type { TrackerEvent } from '../../../src/engine/events.ts';
import { ActionServerError } from '../../../src/engine/executor/action-errors.ts';
import { InProcessActions } from '../../../src/engine/executor/action-registry.ts';
import { checkAssertions } from '../../../src/engine/testing/e2e-assertions.ts';
import { loadTestSuite } from '../../../src/config/engine-files.ts';
import { collectTestFiles } from '../../../src/config/files.ts';
import type { Assertion } from '../../../src/engine/testing/e2e-file.ts';
import { formatFailure, junitXml, resultsYaml, summaryLine } from '../../../src/engine/testing/e2e-report.ts';
import { type E2eDriver, E2eStubActions, runE2eTests } from '../../../src/engine/testing/e2e-runner.ts';

const T = 1_795_000_000;
const user = (text: string): TrackerEvent => ({
  event: 'user',
  text,
  timestamp: T,
  parse_data: { text, intent: { name: null, confidence: 0 }, entities: [], commands: [] },
});
const bot = (utter: string, text: string, buttons?: { title: string; payload: string }[]): TrackerEvent => ({
  event: 'bot',
  text,
  timestamp: T,
  data: buttons ? { buttons } : {},
  metadata: { utter_action: utter },
});
const slot = (name: string, value: SlotValue): TrackerEvent => ({ event: 'slot', name, value, timestamp: T });
const action = (name: string): TrackerEvent => ({ event: 'action', name, timestamp: T });
const flow = (event: 'flow_started' | 'flow_completed' | 'flow_cancelled', flow_id: string, step_id = 'END'): TrackerEvent =>
  event === 'flow_started' ? { event, flow_id, timestamp: T } : { event, flow_id, step_id, timestamp: T };

/** A scripted conversation partner: replies by text, records metadata and fixture slots. */
class ScriptedDriver implements E2eDriver {
  readonly slotsBySender = new Map<string, Record<string, SlotValue>>();
  readonly metadataSeen: Record<string, unknown>[] = [];
  constructor(private readonly script: Record<string, TrackerEvent[]>) {}
  async setSlots(senderId: string, slots: Record<string, SlotValue>): Promise<void> {
    this.slotsBySender.set(senderId, slots);
  }
  async runTurn(senderId: string, text: string, metadata: Record<string, unknown>): Promise<TrackerEvent[]> {
    this.metadataSeen.push(metadata);
    if (text === 'сломайся') throw new Error('engine exploded');
    if (text === 'кто я') return [user(text), bot('utter_you', `Вы ${this.slotsBySender.get(senderId)?.guest_name ?? 'гость'}`)];
    return [user(text), ...(this.script[text] ?? [])];
  }
}

const script: Record<string, TrackerEvent[]> = {
  'Хочу забронировать номер': [action('action_session_start'), flow('flow_started', 'book_room'), bot('utter_ask_check_in_date', 'Когда заезд?')],
  'завтра на две ночи': [slot('check_in_date', '2026-11-25'), slot('check_out_date', '2026-11-27'), bot('utter_ask_adults', 'Сколько взрослых?')],
  двое: [
    slot('adults', 2),
    bot('utter_ask_booking_confirmation', 'Подтверждаете?', [
      { title: 'Да', payload: '/SetSlots(booking_confirmation=true)' },
      { title: 'Нет', payload: '/SetSlots(booking_confirmation=false)' },
    ]),
  ],
  да: [
    slot('booking_confirmation', true),
    action('action_create_booking'),
    slot('booking_code', 'HB-1234'),
    bot('utter_booking_done', 'Бронь HB-1234 оформлена.'),
    flow('flow_completed', 'book_room', 'done'),
  ],
  отмена: [flow('flow_cancelled', 'book_room', 'ask_adults'), bot('utter_flow_cancelled_rasa', 'Хорошо, отменяю.')],
  номер: [
    {
      event: 'stack',
      update: JSON.stringify([
        { op: 'add', path: '/1', value: { flow_id: 'pattern_clarification', names: ['забронировать номер', 'отменить бронь'], type: 'pattern_clarification' } },
      ]),
      timestamp: T,
    },
    bot('utter_clarification_options_rasa', 'Уточните: забронировать номер или отменить бронь?'),
  ],
};

const YAML = `
fixtures:
  - known_guest:
      - guest_name: Анна Петрова
      - adults: 2
metadata:
  - phone: {user_phone: "+79161234567"}
  - turn: {turn_idx: 1}
stub_custom_actions:
  action_create_booking:
    events: [{event: slot, name: booking_code, value: HB-0001}]
    responses: [{response: utter_booking_done}]
  books_with_stub::action_create_booking:
    events: [{event: slot, name: booking_code, value: HB-9999}]
    responses: []
test_cases:
  - test_case: books_a_room
    metadata: phone
    steps:
      - user: "Хочу забронировать номер"
        assertion_order_enabled: true
        assertions:
          - flow_started: book_room
          - bot_uttered: {utter_name: utter_ask_check_in_date}
      - user: "завтра на две ночи"
        metadata: turn
        assertions:
          - slot_was_set:
              - {name: check_in_date, value: "2026-11-25"}
              - {name: check_out_date}
          - slot_was_not_set: [{name: adults}]
          - bot_did_not_utter: {utter_name: utter_ask_check_in_date}
      - user: "двое"
        assertions:
          - slot_was_set: [{name: adults, value: 2.0}]
          - bot_uttered:
              text_matches: "^Подтвержда"
              buttons:
                - {title: "Да", payload: "/SetSlots(booking_confirmation=true)"}
                - {title: "Нет", payload: "/SetSlots(booking_confirmation=false)"}
      - user: "да"
        assertions:
          - action_executed: action_create_booking
          - flow_completed: {flow_id: book_room}
  - test_case: legacy_steps
    steps:
      - user: "Хочу забронировать номер"
      - utter: utter_ask_check_in_date
      - user: "завтра на две ночи"
      - slot_was_set: [check_in_date, {check_out_date: "2026-11-27"}]
      - slot_was_not_set: [adults]
      - bot: "Сколько взрослых?"
  - test_case: wrong_order
    steps:
      - user: "Хочу забронировать номер"
        assertion_order_enabled: true
        assertions:
          - bot_uttered: {utter_name: utter_ask_check_in_date}
          - flow_started: book_room
  - test_case: cancels
    steps:
      - user: "отмена"
        assertions:
          - flow_cancelled: {flow_id: book_room, flow_step_id: ask_adults}
  - test_case: clarifies
    steps:
      - user: "номер"
        assertions:
          - pattern_clarification_contains: ["отменить бронь", "забронировать номер"]
  - test_case: fixtures_apply
    fixtures: [known_guest]
    steps:
      - user: "кто я"
      - bot: "Вы Анна Петрова"
  - test_case: legacy_wrong_bot
    steps:
      - user: "Хочу забронировать номер"
      - utter: utter_ask_adults
  - test_case: engine_error
    steps:
      - user: "сломайся"
`;

function writeSuite(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'portier-e2e-'));
  writeFileSync(join(dir, 'booking.yml'), text);
  writeFileSync(join(dir, 'notes.txt'), 'not a test');
  return dir;
}

describe('e2e runner', () => {
  test('loads, runs and judges test cases', async () => {
    const dir = writeSuite(YAML);
    const problems: Problem[] = [];
    const suite = loadTestSuite(collectTestFiles([dir]), problems);
    assert.deepEqual(problems, []);
    assert.equal(suite.testCases.length, 8);
    const driver = new ScriptedDriver(script);
    const run = await runE2eTests(suite, driver);
    const status = Object.fromEntries(run.results.map((r) => [r.testCase.name, r.passed]));
    assert.deepEqual(status, {
      books_a_room: true,
      legacy_steps: true,
      wrong_order: false,
      cancels: true,
      clarifies: true,
      fixtures_apply: true,
      legacy_wrong_bot: false,
      engine_error: false,
    });
    assert.equal(summaryLine(run), '5 passed, 3 failed');
    assert.deepEqual(driver.metadataSeen[0], { user_phone: '+79161234567' });
    assert.deepEqual(driver.metadataSeen[1], { user_phone: '+79161234567', turn_idx: 1 });
    assert.deepEqual([...driver.slotsBySender.values()], [{ guest_name: 'Анна Петрова', adults: 2 }]);

    const wrong = run.results.find((r) => r.testCase.name === 'wrong_order')!;
    assert.equal(wrong.failure?.assertion.type, 'flow_started');
    const text = formatFailure(wrong).join('\n');
    assert.match(text, /FAILED .*booking\.yml:\d+ wrong_order/);
    assert.match(text, /- flow_started: book_room/);
    assert.match(text, /\+ bot: utter_ask_check_in_date "Когда заезд\?"/);
    const legacy = run.results.find((r) => r.testCase.name === 'legacy_wrong_bot')!;
    assert.match(legacy.failure!.error_message, /did not say utter_ask_adults/);
    assert.match(run.results.find((r) => r.testCase.name === 'engine_error')!.failure!.error_message, /engine exploded/);
  });

  test('failures name the step line; results files and JUnit XML', async () => {
    const suite = loadTestSuite(collectTestFiles([writeSuite(YAML)]), []);
    const run = await runE2eTests(suite, new ScriptedDriver(script));
    const failed = parse(resultsYaml(run.results, false)) as {
      test_results: { name: string; pass_status: boolean; assertion_failure: { assertion: { type: string } } }[];
    };
    assert.deepEqual(
      failed.test_results.map((r) => r.name),
      ['wrong_order', 'legacy_wrong_bot', 'engine_error'],
    );
    assert.equal(failed.test_results[0]!.pass_status, false);
    assert.equal(failed.test_results[0]!.assertion_failure.assertion.type, 'flow_started');
    const passed = parse(resultsYaml(run.results, true)) as { test_results: { name: string }[] };
    assert.equal(passed.test_results.length, 5);
    const xml = junitXml(run);
    assert.match(xml, /<testsuite name="portier e2e" tests="8" failures="3"/);
    assert.match(xml, /<testcase name="books_a_room" classname="[^"]+booking\.yml" time="[\d.]+"\/>/);
    assert.match(xml, /<failure message="flow book_room was not started" type="flow_started">/);
  });

  test('--fail-fast stops at the first failure', async () => {
    const suite = loadTestSuite(collectTestFiles([writeSuite(YAML)]), []);
    const run = await runE2eTests(suite, new ScriptedDriver(script), { failFast: true });
    assert.equal(run.results.length, 3);
    assert.equal(summaryLine(run), '2 passed, 1 failed');
  });

  test('broken files and unknown fixtures are problems with positions', () => {
    const problems: Problem[] = [];
    loadTestSuite(
      collectTestFiles([
        writeSuite('test_cases:\n  - test_case: x\n    fixtures: [nope]\n    steps:\n      - user: hi\n        assertions:\n          - flow_startd: a\n'),
      ]),
      problems,
    );
    assert.ok(problems.length >= 1);
    assert.match(problems[0]!.message, /test_cases/);
    assert.equal(problems[0]!.pos?.line, 5);
    const p2: Problem[] = [];
    loadTestSuite(collectTestFiles([writeSuite('test_cases:\n  - test_case: x\n    fixtures: [nope]\n    steps:\n      - user: hi\n')]), p2);
    assert.match(p2[0]!.message, /unknown fixture nope/);
    assert.equal(p2[0]!.pos?.line, 2);
  });
});

describe('E2eStubActions', () => {
  const suite = loadTestSuite(collectTestFiles([writeSuite(YAML)]), []);
  const call = (sender: string): ActionCall => ({
    next_action: 'action_create_booking',
    sender_id: sender,
    tracker: { sender_id: sender, slots: {}, latest_message: {}, events: [] },
    domain: {},
    version: '',
  });
  test('test-case stubs win over global stubs; others fall back to real actions', async () => {
    const real = new InProcessActions([{ name: 'action_check_availability', run: async () => ({ events: [], responses: [{ text: 'real' }] }) }], {
      now: () => new Date(0),
    });
    const stubs = new E2eStubActions({ ...suite, testCases: [...suite.testCases, { ...suite.testCases[0]!, name: 'books_with_stub' }] }, real);
    assert.equal(stubs.has('action_create_booking'), true);
    assert.equal(stubs.has('action_check_availability'), true);
    assert.equal(stubs.has('action_nope'), false);
    const global = await stubs.run('action_create_booking', call('e2e-1-books_a_room'));
    assert.deepEqual(global.events, [{ event: 'slot', name: 'booking_code', value: 'HB-0001' }]);
    const specific = await stubs.run('action_create_booking', call('e2e-9-books_with_stub'));
    assert.deepEqual(specific.events, [{ event: 'slot', name: 'booking_code', value: 'HB-9999' }]);
    assert.deepEqual((await stubs.run('action_check_availability', call('x'))).responses, [{ text: 'real' }]);
    await assert.rejects(stubs.run('action_nope', call('x')), ActionServerError);
  });
  test("each test case uses its own file's stub of an action several files stub", async () => {
    const file = (balance: number, name: string) =>
      writeSuite(
        `stub_custom_actions:\n  check_balance:\n    events: [{event: slot, name: balance, value: ${balance}}]\ntest_cases:\n  - test_case: ${name}\n    steps:\n      - user: hi\n`,
      );
    const two = loadTestSuite(collectTestFiles([file(1200, 'first'), file(1300, 'second')]), []);
    const stubs = new E2eStubActions(two);
    const balance = async (sender: string) => (await stubs.run('check_balance', call(sender))).events[0];
    assert.deepEqual(await balance('e2e-1-first'), { event: 'slot', name: 'balance', value: 1200 });
    assert.deepEqual(await balance('e2e-2-second'), { event: 'slot', name: 'balance', value: 1300 });
  });
});

describe('legacy steps', () => {
  const pos = { file: 'x.yml', line: 1, col: 1 };
  const events = [bot('utter_greet', 'Здравствуйте'), bot('utter_a', 'A'), slot('adults', 2), bot('utter_b', 'B')];
  test('bot steps are matched in order with other messages allowed between', async () => {
    const { checkLegacySteps } = await import('../../../src/engine/testing/e2e-assertions.ts');
    assert.equal(
      checkLegacySteps(
        [
          { kind: 'utter', name: 'utter_a', pos },
          { kind: 'bot', text: 'B', pos },
        ],
        events,
      ),
      null,
    );
    assert.match(
      checkLegacySteps(
        [
          { kind: 'utter', name: 'utter_b', pos },
          { kind: 'utter', name: 'utter_a', pos },
        ],
        events,
      )!.error_message,
      /did not say utter_a \(in this order\)/,
    );
    assert.equal(checkLegacySteps([{ kind: 'slot_was_set', slots: [{ name: 'adults', value: 2, hasValue: true }], pos }], events), null);
    assert.match(
      checkLegacySteps([{ kind: 'slot_was_not_set', slots: [{ name: 'adults', hasValue: false }], pos }], events)!.error_message,
      /slot adults was set/,
    );
    assert.match(
      checkLegacySteps([{ kind: 'slot_was_set', slots: [{ name: 'adults', value: 3, hasValue: true }], pos }], events)!.error_message,
      /adults = 3 was not set/,
    );
  });
});

describe('assertions judged as Rasa judges them', () => {
  const notSet = (value?: SlotValue): Assertion => ({
    type: 'slot_was_not_set',
    slots: [value === undefined ? { name: 'freq', hasValue: false } : { name: 'freq', hasValue: true, value }],
  });
  test('slot_was_not_set looks at the turn’s last value: an invalid answer rejected back to null was not set', () => {
    assert.equal(checkAssertions([notSet()], [slot('freq', 'weekly'), slot('freq', null)], false), null);
    assert.ok(checkAssertions([notSet()], [slot('freq', null), slot('freq', 'weekly')], false));
    assert.equal(checkAssertions([notSet('weekly')], [slot('freq', 'weekly'), slot('freq', null)], false), null);
    assert.ok(checkAssertions([notSet('monthly')], [slot('freq', 'monthly')], false));
  });
  test('expected buttons are compared with the first buttons said', () => {
    const said = [
      bot('utter_ask', 'Which?', [
        { title: 'Yes', payload: '/yes' },
        { title: 'No', payload: '/no' },
      ]),
    ];
    const uttered = (buttons: { title: string; payload: string }[]): Assertion => ({ type: 'bot_uttered', match: { buttons } });
    assert.equal(checkAssertions([uttered([{ title: 'Yes', payload: '/yes' }])], said, false), null);
    assert.ok(checkAssertions([uttered([{ title: 'No', payload: '/no' }])], said, false));
    assert.ok(checkAssertions([uttered([{ title: 'Yes', payload: '/yes' }])], [bot('utter_ask', 'Which?')], false));
  });
});
