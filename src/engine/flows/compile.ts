// Turns a flow's nested steps into a table of steps with ids and resolved `next` targets.
// Ids follow Rasa's scheme for steps without an explicit id: `<index>_<kind>_<name>`.
import type { Problem } from '../problems.ts';
import type { Condition, Flow, Step } from './types.ts';

export const END = 'END';
export const START = 'START';
/** Frame step id meaning "the next step to run is <id>" (used by corrections and loops). */
export const CONTINUE_PREFIX = 'NEXT:';

export type ResolvedNext = { target: string } | { branches: { if?: Condition; target: string }[] };

export interface CompiledStep {
  id: string;
  step: Step;
  /** Position in depth-first order; used to tell whether a step comes before another. */
  index: number;
  next: ResolvedNext;
}

export interface CompiledFlow {
  flow: Flow;
  first: string;
  steps: Map<string, CompiledStep>;
  order: CompiledStep[];
  /** Slots of collect steps (in order) and of set_slots steps. */
  collectSlots: string[];
  setSlots: string[];
}

export function autoStepId(step: Step, index: number): string {
  switch (step.kind) {
    case 'collect':
      return `${index}_collect_${step.collect}`;
    case 'action':
      return `${index}_${step.action.replace(/\{\{\s*|\s*\}\}/g, '').replace(/\s+/g, '_')}`;
    case 'link':
      return `${index}_link_${step.link}`;
    case 'call':
      return `${index}_call_${step.call}`;
    case 'set_slots':
      return `${index}_set_slots`;
    case 'noop':
      return `${index}_noop`;
  }
}

export function compileFlow(flow: Flow, problems: Problem[] = []): CompiledFlow {
  const steps = new Map<string, CompiledStep>();
  const order: CompiledStep[] = [];
  const collectSlots: string[] = [];
  const setSlots: string[] = [];
  let counter = 0;

  // Ids first (depth-first), so `next` may point forward and inline lists know their first id.
  const ids = new Map<Step, string>();
  const assign = (list: Step[]): void => {
    for (const step of list) {
      const id = step.id ?? autoStepId(step, counter);
      counter++;
      if ([...ids.values()].includes(id) || id === END || id === START) {
        problems.push({ severity: 'error', pos: step.pos ?? flow.pos, message: `flow "${flow.id}": duplicate step id "${id}"` });
      }
      ids.set(step, id);
      if (Array.isArray(step.next)) for (const b of step.next) if (Array.isArray(b.then)) assign(b.then);
    }
  };
  assign(flow.steps);

  const build = (list: Step[], after: string): void => {
    list.forEach((step, i) => {
      const fallthrough = i + 1 < list.length ? ids.get(list[i + 1]!)! : after;
      const id = ids.get(step)!;
      let next: ResolvedNext;
      if (step.next === undefined) next = { target: step.kind === 'link' ? END : fallthrough };
      else if (typeof step.next === 'string') next = { target: step.next };
      else {
        next = {
          branches: step.next.map((b) => {
            const target = typeof b.then === 'string' ? b.then : ids.get(b.then[0]!)!;
            return b.if === undefined ? { target } : { if: b.if, target };
          }),
        };
      }
      const compiled: CompiledStep = { id, step, index: order.length, next };
      if (!steps.has(id)) steps.set(id, compiled);
      order.push(compiled);
      if (step.kind === 'collect' && !collectSlots.includes(step.collect)) collectSlots.push(step.collect);
      if (step.kind === 'set_slots') for (const kv of step.set_slots) for (const k of Object.keys(kv)) if (!setSlots.includes(k)) setSlots.push(k);
      if (Array.isArray(step.next)) for (const b of step.next) if (Array.isArray(b.then)) build(b.then, fallthrough);
    });
  };
  build(flow.steps, END);

  for (const c of order) {
    const targets = 'target' in c.next ? [c.next.target] : c.next.branches.map((b) => b.target);
    for (const t of targets) {
      if (t !== END && !steps.has(t)) {
        problems.push({ severity: 'error', pos: c.step.pos ?? flow.pos, message: `flow "${flow.id}": next refers to unknown step id "${t}"` });
      }
    }
  }
  return { flow, first: order[0]?.id ?? END, steps, order, collectSlots, setSlots };
}

/** The ids a step may continue with (for reachability checks). */
export function nextTargets(c: CompiledStep): string[] {
  return 'target' in c.next ? [c.next.target] : c.next.branches.map((b) => b.target);
}
