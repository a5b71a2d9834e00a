// Loads Rasa Pro flow files (`flows:` in any YAML under data/) into Flow objects with source positions.
import { z } from 'zod';
import type { Problem } from '../problems.ts';
import { posAt, type YamlFile } from '../yaml-source.ts';
import type { Branch, Flow, Next, NluTrigger, Rejection, Step } from './types.ts';
import { checkShape, isRecord, warnUnknownKeys, type YamlPath } from './yaml-shape.ts';

const FLOW_ID = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const FILE_KEYS = [
  'version',
  'flows',
  'nlu',
  'rules',
  'stories',
  'responses',
  'retrieval_intents',
  'test_cases',
  'fixtures',
  'metadata',
  'stub_custom_actions',
];
const FLOW_KEYS = ['name', 'description', 'if', 'nlu_trigger', 'persisted_slots', 'always_include_in_prompt', 'run_pattern_completed', 'steps'];
const STEP_KINDS = ['collect', 'action', 'set_slots', 'link', 'call', 'noop'] as const;
const COMMON_STEP_KEYS = ['id', 'next', 'metadata', 'description'];
const KIND_KEYS: Record<(typeof STEP_KINDS)[number], string[]> = {
  collect: ['collect', 'utter', 'ask_before_filling', 'reset_after_flow_ends', 'rejections', 'force_slot_filling', 'silence_timeout', 'dtmf'],
  action: ['action'],
  set_slots: ['set_slots'],
  link: ['link'],
  call: ['call'],
  noop: ['noop'],
};

const condition = z.union([z.string(), z.boolean()]);
const nluTrigger = z.array(
  z.object({
    intent: z.union([z.string(), z.object({ name: z.string(), confidence_threshold: z.number().min(0).max(1).optional() })]),
  }),
);
const flowHeader = z.object({
  name: z.string().optional(),
  description: z.string({ error: 'a flow needs a description (string)' }),
  if: condition.optional(),
  nlu_trigger: nluTrigger.optional(),
  persisted_slots: z.array(z.string()).optional(),
  always_include_in_prompt: z.boolean().optional(),
  run_pattern_completed: z.boolean().optional(),
  steps: z.array(z.unknown()).min(1, 'a flow needs at least one step'),
});
const common = {
  id: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string()).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  description: z.string().optional(),
};
const rejection = z.object({ if: condition, utter: z.string() });
const collectSchema = z.object({
  ...common,
  collect: z.string(),
  utter: z.string().optional(),
  ask_before_filling: z.boolean().optional(),
  reset_after_flow_ends: z.boolean().optional(),
  rejections: z.array(rejection).optional(),
  force_slot_filling: z.boolean().optional(),
  silence_timeout: z.union([z.number().positive(), z.record(z.string(), z.number().positive())]).optional(),
  dtmf: z
    .object({ length: z.number().int().positive().optional(), finish_on_key: z.string().optional(), allow_audio_input: z.boolean().optional() })
    .optional(),
});
const schemas = {
  collect: collectSchema,
  action: z.object({ ...common, action: z.string().min(1) }),
  set_slots: z.object({ ...common, set_slots: z.array(z.record(z.string(), z.unknown())) }),
  link: z.object({ ...common, link: z.string().min(1) }),
  call: z.object({ ...common, call: z.string().min(1) }),
  noop: z.object({ ...common, noop: z.literal(true, { error: 'noop must be true' }) }),
};

interface Ctx {
  y: YamlFile;
  problems: Problem[];
  flowId: string;
}

/** Merges every `flows:` section of the given parsed files (src/config/ reads them). Files without `flows:` are skipped. */
export function flowsOfFiles(files: Iterable<YamlFile>, problems: Problem[]): Flow[] {
  const flows = new Map<string, Flow>();
  for (const y of files) {
    for (const flow of flowsOfFile(y, problems)) {
      const prev = flows.get(flow.id);
      if (prev) {
        problems.push({
          severity: 'error',
          pos: flow.pos,
          message: `flow "${flow.id}" is defined twice (first at ${prev.pos?.file}:${prev.pos?.line})`,
        });
        continue;
      }
      flows.set(flow.id, flow);
    }
  }
  return [...flows.values()];
}

/** Flows of one parsed YAML document (also used for the shipped default patterns). */
export function flowsOfFile(y: YamlFile, problems: Problem[]): Flow[] {
  if (!isRecord(y.value) || !('flows' in y.value)) return [];
  warnUnknownKeys(y.value, FILE_KEYS, y, [], problems, 'flows file');
  const raw = y.value.flows;
  if (raw === null || raw === undefined) return [];
  if (!isRecord(raw)) {
    problems.push({ severity: 'error', pos: posAt(y, ['flows']), message: '`flows` must be a mapping of flow id to flow' });
    return [];
  }
  const out: Flow[] = [];
  for (const [id, body] of Object.entries(raw)) {
    const flow = parseFlow(y, id, body, problems);
    if (flow) out.push(flow);
  }
  return out;
}

function parseFlow(y: YamlFile, id: string, body: unknown, problems: Problem[]): Flow | null {
  const path: YamlPath = ['flows', id];
  if (!FLOW_ID.test(id)) {
    problems.push({ severity: 'error', pos: posAt(y, path), message: `flow id "${id}" must match ${FLOW_ID.source}` });
    return null;
  }
  const h = checkShape(flowHeader, body, y, path, problems, `flow "${id}"`);
  if (!h) return null;
  warnUnknownKeys(body, FLOW_KEYS, y, path, problems, `flow "${id}"`);
  const ctx: Ctx = { y, problems, flowId: id };
  const steps = parseSteps(ctx, h.steps, [...path, 'steps']);
  if (!steps) return null;
  const flow: Flow = { id, description: h.description, steps, pos: posAt(y, path) };
  if (h.name !== undefined) flow.name = h.name;
  if (h.if !== undefined) flow.if = h.if;
  if (h.nlu_trigger) flow.nlu_trigger = h.nlu_trigger.map(toTrigger);
  if (h.persisted_slots) flow.persisted_slots = h.persisted_slots;
  if (h.always_include_in_prompt !== undefined) flow.always_include_in_prompt = h.always_include_in_prompt;
  if (h.run_pattern_completed !== undefined) flow.run_pattern_completed = h.run_pattern_completed;
  if (id.startsWith('pattern_')) flow.isPattern = true;
  return flow;
}

function toTrigger(t: z.infer<typeof nluTrigger>[number]): NluTrigger {
  if (typeof t.intent === 'string') return { intent: t.intent };
  const out: NluTrigger = { intent: t.intent.name };
  if (t.intent.confidence_threshold !== undefined) out.confidence_threshold = t.intent.confidence_threshold;
  return out;
}

function parseSteps(ctx: Ctx, raw: unknown[], path: YamlPath): Step[] | null {
  const out: Step[] = [];
  let ok = true;
  raw.forEach((item, i) => {
    const step = parseStep(ctx, item, [...path, i]);
    if (step) out.push(step);
    else ok = false;
  });
  return ok ? out : null;
}

function parseStep(ctx: Ctx, raw: unknown, path: YamlPath): Step | null {
  const { y, problems, flowId } = ctx;
  const what = `flow "${flowId}" step`;
  if (!isRecord(raw)) {
    problems.push({ severity: 'error', pos: posAt(y, path), message: `${what}: a step must be a mapping` });
    return null;
  }
  const kinds = STEP_KINDS.filter((k) => k in raw);
  if (kinds.length !== 1) {
    const message = kinds.length
      ? `${what}: has several step types (${kinds.join(', ')}); use exactly one`
      : `${what}: has no step type (one of ${STEP_KINDS.join(', ')})`;
    problems.push({ severity: 'error', pos: posAt(y, path), message });
    return null;
  }
  const kind = kinds[0]!;
  const { next: rawNext, ...rest } = raw;
  const data = checkShape(schemas[kind] as z.ZodType<Record<string, unknown>>, rest, y, path, problems, what);
  warnUnknownKeys(raw, [...COMMON_STEP_KEYS, ...KIND_KEYS[kind]], y, path, problems, what);
  if (!data) return null;
  const pos = posAt(y, path);
  let next: Next | undefined;
  if (rawNext !== undefined) {
    const parsed = parseNext(ctx, rawNext, [...path, 'next']);
    if (parsed === null) return null;
    next = parsed;
  }
  const step = { kind, ...data, pos } as Step;
  if (kind === 'noop') delete (step as { noop?: unknown }).noop;
  if (next !== undefined) step.next = next;
  if (step.kind === 'collect' && step.rejections) step.rejections = step.rejections.map((r): Rejection => ({ if: r.if, utter: r.utter }));
  return step;
}

function parseNext(ctx: Ctx, raw: unknown, path: YamlPath): Next | null {
  const { y, problems, flowId } = ctx;
  const what = `flow "${flowId}" next`;
  if (typeof raw === 'string') return raw;
  if (!Array.isArray(raw)) {
    problems.push({ severity: 'error', pos: posAt(y, path), message: `${what}: must be a step id, END or a list of if/then/else` });
    return null;
  }
  const branches: Branch[] = [];
  for (let i = 0; i < raw.length; i++) {
    const item = raw[i];
    const p = [...path, i];
    if (!isRecord(item) || (!('if' in item) && !('else' in item))) {
      problems.push({ severity: 'error', pos: posAt(y, p), message: `${what}: each branch needs "if" + "then", or "else"` });
      return null;
    }
    if ('else' in item) {
      warnUnknownKeys(item, ['else'], y, p, problems, what);
      if (i !== raw.length - 1) problems.push({ severity: 'warning', pos: posAt(y, p), message: `${what}: branches after "else" are never taken` });
      const target = parseTarget(ctx, item.else, [...p, 'else']);
      if (target === null) return null;
      // biome-ignore lint/suspicious/noThenProperty: Rasa's branch key is `then`
      branches.push({ then: target });
      continue;
    }
    warnUnknownKeys(item, ['if', 'then'], y, p, problems, what);
    if (typeof item.if !== 'string' && typeof item.if !== 'boolean') {
      problems.push({ severity: 'error', pos: posAt(y, [...p, 'if']), message: `${what}: "if" must be a condition string or a boolean` });
      return null;
    }
    if (!('then' in item)) {
      problems.push({ severity: 'error', pos: posAt(y, p), message: `${what}: "if" without "then"` });
      return null;
    }
    const target = parseTarget(ctx, item.then, [...p, 'then']);
    if (target === null) return null;
    // biome-ignore lint/suspicious/noThenProperty: Rasa's branch key is `then`
    branches.push({ if: item.if, then: target });
  }
  return branches;
}

function parseTarget(ctx: Ctx, raw: unknown, path: YamlPath): string | Step[] | null {
  if (typeof raw === 'string') return raw;
  if (Array.isArray(raw) && raw.length > 0) return parseSteps(ctx, raw, path);
  ctx.problems.push({ severity: 'error', pos: posAt(ctx.y, path), message: `flow "${ctx.flowId}": a branch target must be a step id, END or a list of steps` });
  return null;
}
