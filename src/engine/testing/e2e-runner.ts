// Runs e2e test cases against any engine through a small driver: a fresh conversation per test case,
// fixtures set before the first message, each user step's checks evaluated on the events of its turn.
import type { ActionCall, ActionResult, ActionRunner } from '../actions.ts';
import type { SlotValue } from '../commands.ts';
import type { TrackerEvent } from '../events.ts';
import { ActionServerError } from '../executor/action-errors.ts';
import { checkAssertions, checkLegacySteps, describeTurn, type StepFailure } from './e2e-assertions.ts';
import type { TestCase, TestStep, TestSuite } from './e2e-file.ts';

/** What the runner needs from an engine. */
export interface E2eDriver {
  /** Processes one user message of `senderId`'s conversation; returns the events the turn appended. */
  runTurn(senderId: string, text: string, metadata: Record<string, unknown>): Promise<TrackerEvent[]>;
  /** Sets slots of a fresh conversation before its first message (test fixtures). */
  setSlots(senderId: string, slots: Record<string, SlotValue>): Promise<void>;
}

export interface TestCaseFailure extends StepFailure {
  /** 1-based index of the failing step in the test case and its position in the file. */
  step: number;
  stepLine: number;
  userText: string | null;
}

export interface TestCaseResult {
  testCase: TestCase;
  senderId: string;
  passed: boolean;
  failure?: TestCaseFailure;
  /** Every turn's events, described line by line. */
  transcript: string[];
  /** Every event the test's turns produced, in order. */
  events: TrackerEvent[];
  durationMs: number;
}

export interface E2eRunOptions {
  failFast?: boolean;
  onResult?: (r: TestCaseResult) => void;
}

export interface E2eRun {
  results: TestCaseResult[];
  passed: number;
  failed: number;
}

/** Conversation id of a test case: unique per run, readable in logs, and maps back for stubbed actions. */
export function senderIdFor(testCase: TestCase, index: number): string {
  return `e2e-${index + 1}-${testCase.name}`;
}

export async function runE2eTests(suite: TestSuite, driver: E2eDriver, options: E2eRunOptions = {}): Promise<E2eRun> {
  const results: TestCaseResult[] = [];
  for (const [i, tc] of suite.testCases.entries()) {
    const r = await runTestCase(suite, tc, senderIdFor(tc, i), driver);
    results.push(r);
    options.onResult?.(r);
    if (!r.passed && options.failFast) break;
  }
  const passed = results.filter((r) => r.passed).length;
  return { results, passed, failed: results.length - passed };
}

/** Splits steps into turns: a user step with the legacy steps that follow it (leading legacy steps alone). */
function turnsOf(steps: readonly TestStep[]): { user: Extract<TestStep, { kind: 'user' }> | null; index: number; legacy: TestStep[] }[] {
  const turns: { user: Extract<TestStep, { kind: 'user' }> | null; index: number; legacy: TestStep[] }[] = [];
  steps.forEach((s, i) => {
    if (s.kind === 'user') turns.push({ user: s, index: i, legacy: [] });
    else if (turns.length === 0) turns.push({ user: null, index: i, legacy: [s] });
    else turns[turns.length - 1]!.legacy.push(s);
  });
  return turns;
}

async function runTestCase(suite: TestSuite, tc: TestCase, senderId: string, driver: E2eDriver): Promise<TestCaseResult> {
  const started = performance.now();
  const transcript: string[] = [];
  const allEvents: TrackerEvent[] = [];
  const done = (failure?: TestCaseFailure): TestCaseResult => ({
    testCase: tc,
    senderId,
    passed: !failure,
    failure,
    transcript,
    events: allEvents,
    durationMs: performance.now() - started,
  });
  const fail = (turn: { index: number; user: { text: string; pos: { line: number } } | null }, f: StepFailure): TestCaseResult =>
    done({ ...f, step: turn.index + 1, stepLine: turn.user?.pos.line ?? tc.steps[turn.index]?.pos.line ?? tc.pos.line, userText: turn.user?.text ?? null });

  const fixtureSlots: Record<string, SlotValue> = Object.assign({}, ...tc.fixtures.map((f) => suite.fixtures.get(f) ?? {}));
  try {
    if (Object.keys(fixtureSlots).length) await driver.setSlots(senderId, fixtureSlots);
  } catch (e) {
    return fail({ index: 0, user: null }, errorFailure('fixtures', e));
  }
  const baseMeta = tc.metadata ? (suite.metadata.get(tc.metadata) ?? {}) : {};
  for (const turn of turnsOf(tc.steps)) {
    let events: TrackerEvent[] = [];
    if (turn.user) {
      const meta = { ...baseMeta, ...(turn.user.metadata ? suite.metadata.get(turn.user.metadata) : {}) };
      try {
        events = await driver.runTurn(senderId, turn.user.text, meta);
      } catch (e) {
        return fail(turn, errorFailure('turn', e));
      }
      transcript.push(...describeTurn(events));
      allEvents.push(...events);
      if (turn.user.assertions?.length) {
        const f = checkAssertions(turn.user.assertions, events, turn.user.orderEnabled);
        if (f) return fail(turn, f);
      }
    }
    if (turn.legacy.length) {
      const f = checkLegacySteps(turn.legacy, events);
      if (f) return fail(turn, f);
    }
  }
  return done();
}

function errorFailure(where: string, e: unknown): StepFailure {
  const message = e instanceof Error ? e.message : String(e);
  return { assertion: { type: 'error' }, error_message: `${where} failed: ${message}`, expected: [], actual: [] };
}

/**
 * stub_custom_actions as an action runner: `<test_case>::<action>` first, then `<action>`; actions without
 * a stub for this test case go to `fallback` (the real actions).
 */
export class E2eStubActions implements ActionRunner {
  private readonly testCaseBySender = new Map<string, TestCase>();

  constructor(
    private readonly suite: Pick<TestSuite, 'stubs' | 'stubsByFile' | 'testCases'>,
    private readonly fallback: ActionRunner | null = null,
  ) {
    for (const [i, tc] of suite.testCases.entries()) this.testCaseBySender.set(senderIdFor(tc, i), tc);
  }

  /** The test case's own file first, then every file's; in each, `<test_case>::<action>` before `<action>`. */
  private stubFor(name: string, senderId: string): ActionResult | undefined {
    const tc = this.testCaseBySender.get(senderId);
    const pick = (stubs: Map<string, ActionResult> | undefined) => (tc ? stubs?.get(`${tc.name}::${name}`) : undefined) ?? stubs?.get(name);
    return pick(tc ? this.suite.stubsByFile?.get(tc.file) : undefined) ?? pick(this.suite.stubs);
  }

  has(name: string): boolean {
    if (this.suite.stubs.has(name) || this.fallback?.has(name)) return true;
    for (const key of this.suite.stubs.keys()) if (key.endsWith(`::${name}`)) return true;
    return false;
  }

  async run(name: string, call: ActionCall): Promise<ActionResult> {
    const stub = this.stubFor(name, call.sender_id);
    if (stub) return structuredClone(stub);
    if (this.fallback?.has(name)) return this.fallback.run(name, call);
    throw new ActionServerError('unknown-action', name, call.sender_id, 'no stub for this test case and no implementation');
  }
}
