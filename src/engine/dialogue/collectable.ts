// Which slots a command generator may fill right now (Rasa's rules for SetSlot): the open question and the
// collect steps of the active flow and of the flows it calls.
import type { CompiledFlow } from '../flows/compile.ts';
import type { Turn } from '../executor/turn.ts';
import { activeCollectFrame, type StackFrame } from './stack.ts';

/** The slot the assistant is waiting for: the open question, or a slot being re-asked after validation. */
export function requestedSlot(stack: readonly StackFrame[]): string | null {
  const top = stack[stack.length - 1];
  if (top?.type === 'pattern_validate_slot' && typeof top.validate === 'string') return top.validate;
  const collect = activeCollectFrame(stack)?.collect;
  return typeof collect === 'string' ? collect : null;
}

const slotLists = new WeakMap<CompiledFlow, { always: string[]; askFirst: string[]; calls: string[] }>();

function slotListsOf(cf: CompiledFlow): { always: string[]; askFirst: string[]; calls: string[] } {
  let lists = slotLists.get(cf);
  if (!lists) {
    lists = { always: [], askFirst: [], calls: [] };
    for (const c of cf.order) {
      if (c.step.kind === 'collect') (c.step.ask_before_filling ? lists.askFirst : lists.always).push(c.step.collect);
      if (c.step.kind === 'call') lists.calls.push(c.step.call);
    }
    slotLists.set(cf, lists);
  }
  return lists;
}

/**
 * Slots a generator may fill for a flow: its collect steps (and those of flows it calls), except
 * ask_before_filling ones unless that slot is the one being asked now or already holds a value (Rasa's
 * `is_extractable`: a filled one can be corrected).
 */
export function extractableSlots(turn: Turn, flowId: string, requested: string | null, seen = new Set<string>()): string[] {
  const cf = turn.flow(flowId);
  if (!cf || seen.has(flowId)) return [];
  seen.add(flowId);
  const lists = slotListsOf(cf);
  const filled = (slot: string) => turn.slots[slot] !== null && turn.slots[slot] !== undefined;
  const out = [...lists.always, ...lists.askFirst.filter((s) => s === requested || filled(s))];
  for (const child of lists.calls) out.push(...extractableSlots(turn, child, requested, seen));
  return out;
}
