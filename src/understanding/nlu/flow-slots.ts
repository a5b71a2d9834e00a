// Slots a flow collects, found through every step including inline branches.
import type { Flow, Step } from '../../engine/flows/types.ts';

function walk(steps: readonly Step[], out: Set<string>): void {
  for (const step of steps) {
    if (step.kind === 'collect') out.add(step.collect);
    if (Array.isArray(step.next)) for (const branch of step.next) if (Array.isArray(branch.then)) walk(branch.then, out);
  }
}

const cache = new WeakMap<Flow, Set<string>>();

export function flowSlots(flow: Flow): Set<string> {
  let hit = cache.get(flow);
  if (!hit) {
    hit = new Set<string>();
    walk(flow.steps, hit);
    cache.set(flow, hit);
  }
  return hit;
}
