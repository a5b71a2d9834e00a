// Corrections, as Rasa's command processor makes them: a slot whose question the active flows have already gone
// past is corrected (pattern_correction), sending the flow back to the earliest such question of the outermost flow
// or confirming the new value; an early answer to a question still ahead is just an answer.
import type { SlotValue } from '../commands.ts';
import { CONTINUE_PREFIX } from '../flows/compile.ts';
import { pushPatternFrame } from '../executor/flow-executor.ts';
import type { Turn } from '../executor/turn.ts';
import type { StackFrame } from './stack.ts';

/** A collect step an active flow has gone past: its flow, its id and its place in the flow. */
export interface PassedCollect {
  flow: string;
  step: string;
  index: number;
}

/** Collect steps the active flows have already gone past, by slot (the earliest step of each slot). */
export function passedCollects(turn: Turn, activeFrames: readonly StackFrame[]): Map<string, PassedCollect> {
  const passed = new Map<string, PassedCollect>();
  for (const frame of activeFrames) {
    const cf = turn.flow(frame.flow_id);
    if (!cf) continue;
    const at = frame.step_id.startsWith(CONTINUE_PREFIX) ? frame.step_id.slice(CONTINUE_PREFIX.length) : frame.step_id;
    const here = cf.steps.get(at)?.index ?? -1;
    for (const c of cf.order) {
      if (c.index >= here) break;
      if (c.step.kind === 'collect' && !passed.has(c.step.collect)) passed.set(c.step.collect, { flow: cf.flow.id, step: c.id, index: c.index });
    }
  }
  return passed;
}

/** The question open is a confirmation: a collect step asked afresh each time (`ask_before_filling`). */
export function confirming(turn: Turn, activeFrames: readonly StackFrame[], requested: string | null): boolean {
  for (const f of activeFrames) {
    const step = turn.flow(f.flow_id)?.steps.get(f.step_id)?.step;
    if (step?.kind === 'collect' && step.collect === requested && step.ask_before_filling) return true;
  }
  return false;
}

/** pattern_correction for the corrected slots, reset to the outermost flow's earliest passed question among them. */
export function pushCorrection(
  turn: Turn,
  activeFrames: readonly StackFrame[],
  passed: Map<string, PassedCollect>,
  corrected: Record<string, SlotValue>,
): void {
  let reset: PassedCollect | null = null;
  for (const slot of Object.keys(corrected)) {
    const p = passed.get(slot);
    if (!p) continue;
    // The outermost flow wins (its frame is lower on the stack), then the earliest step.
    const rank = (x: { flow: string }) => activeFrames.findIndex((f) => f.flow_id === x.flow);
    if (!reset || rank(p) < rank(reset) || (p.flow === reset.flow && p.index < reset.index)) reset = p;
  }
  pushPatternFrame(turn, 'pattern_correction', {
    is_reset_only: isResetOnly(turn, corrected),
    corrected_slots: corrected,
    new_slot_values: Object.values(corrected),
    reset_flow_id: reset?.flow ?? null,
    reset_step_id: reset?.step ?? null,
  });
}

/**
 * Rasa's `are_all_slots_reset_only`: a correction only sends the flow back to the question when every
 * collect step (of any flow) of every corrected slot has `ask_before_filling`; such a slot is asked, never
 * set in passing. Otherwise the correction is confirmed (`utter_corrected_previous_input`), even to null.
 */
function isResetOnly(turn: Turn, corrected: Record<string, SlotValue>): boolean {
  for (const cf of turn.project.flowById.values()) {
    for (const c of cf.order) if (c.step.kind === 'collect' && c.step.collect in corrected && !c.step.ask_before_filling) return false;
  }
  return true;
}
