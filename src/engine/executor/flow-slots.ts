// Resetting a flow's slots when it ends or is cancelled (and those of the flows it calls), shared by the flow
// executor and the default actions that cancel flows.
import type { CompiledFlow } from '../flows/compile.ts';
import type { Turn } from './turn.ts';

/** Resets the slots a flow (and the flows it calls) collected or set, except persisted ones. */
export function resetFlowSlots(turn: Turn, cf: CompiledFlow, seen = new Set<string>()): void {
  if (seen.has(cf.flow.id)) return;
  seen.add(cf.flow.id);
  const keep = new Set(cf.flow.persisted_slots ?? []);
  for (const c of cf.order) if (c.step.kind === 'collect' && c.step.reset_after_flow_ends === false) keep.add(c.step.collect);
  for (const slot of [...cf.collectSlots, ...cf.setSlots]) {
    if (keep.has(slot) || !(slot in turn.project.domain.slots)) continue;
    // Rasa resets every scoped slot with a SlotSet, set or not (e2e tests assert those events).
    turn.emit({ event: 'slot', name: slot, value: turn.tracker.initialValue(slot) });
  }
  for (const c of cf.order) {
    if (c.step.kind === 'call') {
      const child = turn.flow(c.step.call);
      if (child) resetFlowSlots(turn, child, seen);
    }
  }
}
