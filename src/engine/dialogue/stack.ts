// The dialogue stack: frames of user flows and of patterns, in Rasa's JSON shape. Frames are immutable
// values; every change makes a new array so the tracker can diff it into a `stack` event.
import type { SlotValue } from '../commands.ts';

export type FlowFrameType = 'regular' | 'interrupt' | 'link' | 'call';

export interface StackFrame {
  frame_id: string;
  /** 'flow' for user flows, the pattern id (e.g. 'pattern_collect_information') for pattern frames. */
  type: string;
  flow_id: string;
  step_id: string;
  frame_type?: FlowFrameType;
  /** Context properties of pattern frames (`context.*` in predicates and responses). */
  [prop: string]: SlotValue | undefined;
}

export const COLLECT = 'pattern_collect_information';

export function isUserFrame(f: StackFrame): boolean {
  return f.type === 'flow';
}

export function topFrame(stack: readonly StackFrame[]): StackFrame | undefined {
  return stack[stack.length - 1];
}

/** Index of the topmost user-flow frame, or -1. */
export function topUserIndex(stack: readonly StackFrame[]): number {
  for (let i = stack.length - 1; i >= 0; i--) if (isUserFrame(stack[i]!)) return i;
  return -1;
}

export function topUserFrame(stack: readonly StackFrame[]): StackFrame | undefined {
  const i = topUserIndex(stack);
  return i < 0 ? undefined : stack[i];
}

/** The user flow the conversation is "in": the top user frame, or the flow that called it. */
export function callingUserIndex(stack: readonly StackFrame[]): number {
  let i = topUserIndex(stack);
  while (i > 0 && stack[i]!.frame_type === 'call') {
    let parent = i - 1;
    while (parent >= 0 && !isUserFrame(stack[parent]!)) parent--;
    if (parent < 0) break;
    i = parent;
  }
  return i;
}

/** The collect frame on top of the stack (the question being asked), if any. */
export function activeCollectFrame(stack: readonly StackFrame[]): StackFrame | undefined {
  const top = topFrame(stack);
  return top && top.type === COLLECT ? top : undefined;
}

/** Context properties of a frame: everything but the bookkeeping keys. */
export function frameContext(f: StackFrame | undefined): Record<string, SlotValue> {
  const ctx: Record<string, SlotValue> = {};
  if (!f) return ctx;
  for (const [k, v] of Object.entries(f)) if (v !== undefined) ctx[k] = v;
  return ctx;
}
