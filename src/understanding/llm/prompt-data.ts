// Computes what the command prompt shows: startable flows with their extractable slots, the current state,
// the transcript and the hotel's calendar. Pure functions over Flow/Domain + UnderstandingContext.
import type { SlotValue } from '../../engine/commands.ts';
import type { Domain, SlotDefinition } from '../../engine/domain/types.ts';
import { evaluatePredicate } from '../../engine/flows/predicates.ts';
import type { CollectStep, Flow, Step } from '../../engine/flows/types.ts';
import type { UnderstandingContext } from '../types.ts';

export interface PromptSlot {
  name: string;
  description: string | null;
  allowed_values: string | null;
  type: string;
}

export interface PromptFlow {
  name: string;
  description: string;
  slots: PromptSlot[];
}

export interface PromptFlowSlot extends PromptSlot {
  value: string;
}

/** Decides whether a flow's `if:` guard holds now; the engine may pass its predicate evaluator. */
export type FlowGuard = (flow: Flow, context: UnderstandingContext) => boolean;

export function isPatternFlow(flow: Flow): boolean {
  return flow.isPattern === true || flow.id.startsWith('pattern_');
}

/** The engine's own guard check (pypred over the current slots); an invalid guard never lets a flow start. */
export const slotGuard: FlowGuard = (flow, context) => {
  if (flow.if === undefined) return true;
  try {
    return evaluatePredicate(flow.if, { slots: { ...context.slots }, context: {} });
  } catch {
    return false;
  }
};

function isLiteralFalse(condition: Flow['if']): boolean {
  if (condition === false) return true;
  return typeof condition === 'string' && /^\s*false\s*$/i.test(condition);
}

/** Flows a caller may start: not patterns, not `if: False`, and passing the guard when one is given. */
export function startableFlows(flows: readonly Flow[], context: UnderstandingContext, guard?: FlowGuard): Flow[] {
  return flows.filter((f) => !isPatternFlow(f) && !isLiteralFalse(f.if) && (f.always_include_in_prompt || !guard || guard(f, context)));
}

/** Every collect step of a flow, including steps nested in branches and those of called child flows. */
export function collectSteps(flow: Flow, flowsById: ReadonlyMap<string, Flow>, seen: Set<string> = new Set()): CollectStep[] {
  if (seen.has(flow.id)) return [];
  seen.add(flow.id);
  const out: CollectStep[] = [];
  const visit = (steps: readonly Step[]): void => {
    for (const step of steps) {
      if (step.kind === 'collect') out.push(step);
      if (step.kind === 'call') {
        const child = flowsById.get(step.call);
        if (child) out.push(...collectSteps(child, flowsById, seen));
      }
      if (Array.isArray(step.next)) for (const branch of step.next) if (Array.isArray(branch.then)) visit(branch.then);
    }
  };
  visit(flow.steps);
  return out;
}

/** The LLM may set a slot unless every mapping gives it to someone else (controlled, NLU-only mappings). */
export function isLlmSettable(slot: SlotDefinition | undefined): boolean {
  if (!slot) return false;
  return slot.mappings.length === 0 || slot.mappings.some((m) => m.type === 'from_llm');
}

function isSet(value: SlotValue | undefined): boolean {
  return value !== undefined && value !== null;
}

/** Python-repr style, because Rasa templates and users' prompts expect `[True, False]` and `['a', 'b']`. */
export function allowedValues(slot: SlotDefinition | undefined): string | null {
  if (!slot) return null;
  if (slot.type === 'bool') return '[True, False]';
  if (slot.type === 'categorical' && slot.values?.length) {
    return `[${slot.values
      .filter((v) => v !== '__other__')
      .map((v) => `'${v}'`)
      .join(', ')}]`;
  }
  return null;
}

/** str() of a slot value the way the Rasa prompt prints it ("undefined" when empty). */
export function slotValueText(value: SlotValue | undefined): string {
  if (value === undefined || value === null) return 'undefined';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function promptSlot(step: CollectStep, domain: Domain): PromptSlot {
  const def = domain.slots[step.collect];
  return {
    name: step.collect,
    description: step.description ?? def?.description ?? null,
    allowed_values: allowedValues(def),
    type: def?.type ?? 'text',
  };
}

/** Collect steps the LLM may fill now: not ask_before_filling, unless already set or being asked. */
function extractableSteps(flow: Flow, flowsById: ReadonlyMap<string, Flow>, domain: Domain, context: UnderstandingContext): CollectStep[] {
  const seen = new Set<string>();
  return collectSteps(flow, flowsById).filter((step) => {
    if (seen.has(step.collect)) return false;
    seen.add(step.collect);
    if (!isLlmSettable(domain.slots[step.collect])) return false;
    return !step.ask_before_filling || isSet(context.slots[step.collect]) || context.requestedSlot === step.collect;
  });
}

export function availableFlows(flows: readonly Flow[], domain: Domain, context: UnderstandingContext, guard?: FlowGuard): PromptFlow[] {
  const byId = new Map(flows.map((f) => [f.id, f]));
  return startableFlows(flows, context, guard).map((flow) => ({
    name: flow.id,
    description: flow.description,
    slots: extractableSteps(flow, byId, domain, context).map((s) => promptSlot(s, domain)),
  }));
}

export interface CurrentState {
  current_flow: string | null;
  current_slot: string | null;
  current_slot_description: string | null;
  current_slot_type: string | null;
  current_slot_allowed_values: string | null;
  flow_slots: PromptFlowSlot[];
}

export function currentState(flows: readonly Flow[], domain: Domain, context: UnderstandingContext): CurrentState {
  const byId = new Map(flows.map((f) => [f.id, f]));
  const active = context.activeFlow ? byId.get(context.activeFlow) : undefined;
  const steps = active ? extractableSteps(active, byId, domain, context) : [];
  const flowSlots = steps.map((s) => ({ ...promptSlot(s, domain), value: slotValueText(context.slots[s.collect]) }));
  const requested = context.requestedSlot;
  const requestedStep = steps.find((s) => s.collect === requested);
  const requestedDef = requested ? domain.slots[requested] : undefined;
  return {
    current_flow: context.activeFlow,
    current_slot: requested,
    current_slot_description: requestedStep?.description ?? requestedDef?.description ?? null,
    current_slot_type: requestedDef?.type ?? null,
    current_slot_allowed_values: allowedValues(requestedDef),
    flow_slots: flowSlots,
  };
}

/** Keeps the prompt's task block on one line and stops a caller closing our triple quotes. */
export function sanitiseUserMessage(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/"{3,}/g, '"').trim();
}

/** `USER: …` / `AI: …` lines, the latest user message last (Rasa's transcript format, byte for byte). */
export function transcript(context: UnderstandingContext, latest: string, maxTurns: number): string {
  const history = context.history.slice(-maxTurns * 2);
  const last = history[history.length - 1];
  const lines = history.map((h) => `${h.role === 'user' ? 'USER' : 'AI'}: ${sanitiseUserMessage(h.text)}`);
  const clean = sanitiseUserMessage(latest);
  if (!(last?.role === 'user' && sanitiseUserMessage(last.text) === clean)) lines.push(`USER: ${clean}`);
  return lines.join('\n');
}

export interface CalendarDay {
  date: string;
  weekday: string;
}

/** Today plus the next days in the hotel's timezone, so "в пятницу" resolves to a date without arithmetic. */
export function calendar(now: Date, timezone: string, days: number): CalendarDay[] {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const weekdayFmt = new Intl.DateTimeFormat('ru-RU', { timeZone: 'UTC', weekday: 'long' });
  const out: CalendarDay[] = [];
  for (let i = 0; i < days; i++) {
    // Calendar arithmetic on the local date, in UTC, so no DST change can skip or repeat a day.
    const t = new Date(Date.UTC(y, m - 1, d + i, 12));
    out.push({ date: t.toISOString().slice(0, 10), weekday: weekdayFmt.format(t) });
  }
  return out;
}
