// Rasa Pro end-to-end test files (`rasa test e2e`): fixtures, metadata, stub_custom_actions, test_cases.
// Parsed with positions so a broken test names its file:line.
import { z } from 'zod';
import type { Problem } from '../problems.ts';
import { posAt, type YamlFile } from '../yaml-source.ts';
import type { ActionResult } from '../actions.ts';
import type { SlotValue } from '../commands.ts';
import type { SourcePos } from '../flows/types.ts';

export interface SlotCheck {
  name: string;
  /** Present when the value is checked too (null is a value). */
  value?: SlotValue;
  hasValue: boolean;
}

export interface BotMatcher {
  utter_name?: string;
  text_matches?: string;
  buttons?: { title: string; payload: string }[];
}

export type Assertion =
  | { type: 'flow_started'; flow_id: string }
  | { type: 'flow_completed' | 'flow_cancelled'; flow_id: string; flow_step_id?: string }
  | { type: 'action_executed'; name: string }
  | { type: 'bot_uttered' | 'bot_did_not_utter'; match: BotMatcher }
  | { type: 'slot_was_set' | 'slot_was_not_set'; slots: SlotCheck[] }
  | { type: 'pattern_clarification_contains'; names: string[] }
  | { type: 'generative_response_is_relevant' | 'generative_response_is_grounded'; spec: unknown };

export type TestStep =
  | { kind: 'user'; text: string; metadata?: string; assertions?: Assertion[]; orderEnabled: boolean; pos: SourcePos }
  | { kind: 'bot'; text: string; pos: SourcePos }
  | { kind: 'utter'; name: string; pos: SourcePos }
  | { kind: 'slot_was_set' | 'slot_was_not_set'; slots: SlotCheck[]; pos: SourcePos };

export interface TestCase {
  name: string;
  file: string;
  pos: SourcePos;
  fixtures: string[];
  metadata?: string;
  steps: TestStep[];
}

export interface TestSuite {
  fixtures: Map<string, Record<string, SlotValue>>;
  metadata: Map<string, Record<string, unknown>>;
  /** Keyed `<action>` or `<test_case>::<action>`; every file's, merged (the last file wins). */
  stubs: Map<string, ActionResult>;
  /**
   * Each file's own stubs. A test case uses its own file's first: rasa-calm-demo's folder of stub tests stubs
   * `check_balance` with a different balance in two files and expects each file's (its CI runs the folder).
   */
  stubsByFile?: Map<string, Map<string, ActionResult>>;
  testCases: TestCase[];
}

const slotValue: z.ZodType<SlotValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(slotValue), z.record(z.string(), slotValue)]),
);
const namedMap = <T extends z.ZodType>(inner: T) => z.array(z.record(z.string(), inner)).nullish();
const button = z.object({ title: z.string(), payload: z.string() });
const botMatcher = z.object({ utter_name: z.string().optional(), text_matches: z.string().optional(), buttons: z.array(button).optional() });
const flowRef = z.object({ flow_id: z.string(), flow_step_id: z.string().optional() });
const slotChecks = z.array(z.looseObject({ name: z.string() }));
const assertionSchema = z.union([
  z.object({ flow_started: z.string() }).strict(),
  z.object({ flow_completed: flowRef }).strict(),
  z.object({ flow_cancelled: flowRef }).strict(),
  z.object({ action_executed: z.string() }).strict(),
  z.object({ bot_uttered: botMatcher }).strict(),
  z.object({ bot_did_not_utter: botMatcher }).strict(),
  z.object({ slot_was_set: slotChecks }).strict(),
  z.object({ slot_was_not_set: slotChecks }).strict(),
  z.object({ pattern_clarification_contains: z.array(z.string()) }).strict(),
  z.object({ generative_response_is_relevant: z.unknown() }).strict(),
  z.object({ generative_response_is_grounded: z.unknown() }).strict(),
]);
const legacySlots = z.array(z.union([z.string(), z.record(z.string(), slotValue)]));
const stepSchema = z.union([
  z
    .object({
      user: z.union([z.string(), z.number()]),
      metadata: z.string().optional(),
      assertions: z.array(assertionSchema).optional(),
      assertion_order_enabled: z.boolean().optional(),
    })
    .strict(),
  z.object({ bot: z.string() }).strict(),
  z.object({ utter: z.string() }).strict(),
  z.object({ slot_was_set: legacySlots }).strict(),
  z.object({ slot_was_not_set: legacySlots }).strict(),
]);
const fileSchema = z.looseObject({
  fixtures: namedMap(z.array(z.record(z.string(), slotValue))),
  metadata: namedMap(z.record(z.string(), z.unknown())),
  stub_custom_actions: z
    .record(z.string(), z.object({ events: z.array(z.looseObject({ event: z.string() })).optional(), responses: z.array(z.looseObject({})).optional() }))
    .nullish(),
  test_cases: z
    .array(z.object({ test_case: z.string(), fixtures: z.array(z.string()).optional(), metadata: z.string().optional(), steps: z.array(stepSchema) }).loose())
    .nullish(),
});

/** Parsed test files (src/config/ reads them) as one suite (fixtures, metadata and stubs are shared, as Rasa merges them). */
export function testSuiteOf(files: Iterable<YamlFile>, problems: Problem[]): TestSuite {
  const suite: TestSuite = { fixtures: new Map(), metadata: new Map(), stubs: new Map(), stubsByFile: new Map(), testCases: [] };
  for (const y of files) {
    const file = y.file;
    if (y.value === null || y.value === undefined) continue;
    const parsed = fileSchema.safeParse(y.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 5)) {
        problems.push({
          severity: 'error',
          pos: posAt(y, issue.path as (string | number)[]),
          message: `e2e test file: ${issue.path.join('.')}: ${issue.message}`,
        });
      }
      continue;
    }
    const d = parsed.data;
    for (const entry of d.fixtures ?? []) {
      for (const [name, slots] of Object.entries(entry)) suite.fixtures.set(name, Object.assign({}, ...slots));
    }
    for (const entry of d.metadata ?? []) for (const [name, meta] of Object.entries(entry)) suite.metadata.set(name, meta);
    const own = new Map<string, ActionResult>();
    for (const [key, stub] of Object.entries(d.stub_custom_actions ?? {})) {
      own.set(key, { events: (stub.events ?? []) as ActionResult['events'], responses: (stub.responses ?? []) as ActionResult['responses'] });
      suite.stubs.set(key, own.get(key)!);
    }
    suite.stubsByFile?.set(file, own);
    (d.test_cases ?? []).forEach((tc, i) => {
      const steps = tc.steps.map((s, j) => toStep(s, posAt(y, ['test_cases', i, 'steps', j])));
      suite.testCases.push({ name: tc.test_case, file, pos: posAt(y, ['test_cases', i]), fixtures: tc.fixtures ?? [], metadata: tc.metadata, steps });
    });
  }
  for (const tc of suite.testCases) {
    for (const f of tc.fixtures)
      if (!suite.fixtures.has(f)) problems.push({ severity: 'error', pos: tc.pos, message: `test case ${tc.name}: unknown fixture ${f}` });
    const metas = [tc.metadata, ...tc.steps.map((s) => (s.kind === 'user' ? s.metadata : undefined))];
    for (const m of metas)
      if (m && !suite.metadata.has(m)) problems.push({ severity: 'error', pos: tc.pos, message: `test case ${tc.name}: unknown metadata ${m}` });
  }
  return suite;
}

function toSlotChecks(items: (string | Record<string, SlotValue>)[]): SlotCheck[] {
  return items.flatMap((it): SlotCheck[] =>
    typeof it === 'string' ? [{ name: it, hasValue: false }] : Object.entries(it).map(([name, value]) => ({ name, value, hasValue: true })),
  );
}

function toStep(s: z.infer<typeof stepSchema>, pos: SourcePos): TestStep {
  if ('user' in s) {
    return {
      kind: 'user',
      text: String(s.user),
      metadata: s.metadata,
      assertions: s.assertions?.map(toAssertion),
      orderEnabled: s.assertion_order_enabled ?? false,
      pos,
    };
  }
  if ('bot' in s) return { kind: 'bot', text: s.bot, pos };
  if ('utter' in s) return { kind: 'utter', name: s.utter, pos };
  if ('slot_was_set' in s) return { kind: 'slot_was_set', slots: toSlotChecks(s.slot_was_set), pos };
  return { kind: 'slot_was_not_set', slots: toSlotChecks(s.slot_was_not_set), pos };
}

function toAssertion(a: z.infer<typeof assertionSchema>): Assertion {
  if ('flow_started' in a) return { type: 'flow_started', flow_id: a.flow_started };
  if ('flow_completed' in a) return { type: 'flow_completed', ...a.flow_completed };
  if ('flow_cancelled' in a) return { type: 'flow_cancelled', ...a.flow_cancelled };
  if ('action_executed' in a) return { type: 'action_executed', name: a.action_executed };
  if ('bot_uttered' in a) return { type: 'bot_uttered', match: a.bot_uttered };
  if ('bot_did_not_utter' in a) return { type: 'bot_did_not_utter', match: a.bot_did_not_utter };
  const checks = (xs: { name: string; [k: string]: unknown }[]): SlotCheck[] =>
    xs.map((x) => ('value' in x ? { name: x.name, value: x.value as SlotValue, hasValue: true } : { name: x.name, hasValue: false }));
  if ('slot_was_set' in a) return { type: 'slot_was_set', slots: checks(a.slot_was_set) };
  if ('slot_was_not_set' in a) return { type: 'slot_was_not_set', slots: checks(a.slot_was_not_set) };
  if ('pattern_clarification_contains' in a) return { type: 'pattern_clarification_contains', names: a.pattern_clarification_contains };
  if ('generative_response_is_relevant' in a) return { type: 'generative_response_is_relevant', spec: a.generative_response_is_relevant };
  return { type: 'generative_response_is_grounded', spec: (a as { generative_response_is_grounded: unknown }).generative_response_is_grounded };
}
