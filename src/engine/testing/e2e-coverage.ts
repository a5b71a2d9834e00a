// `portier test --coverage-report`: which steps of each user flow the test conversations reached (from the
// dialogue stack updates they produced), and how often each command was understood.
import { applyStackPatch, type PatchOp } from '../dialogue/json-patch.ts';
import type { StackFrame } from '../dialogue/stack.ts';
import type { TrackerEvent } from '../events.ts';
import type { CompiledFlow } from '../flows/compile.ts';

export interface FlowCoverage {
  flow_id: string;
  covered: number;
  total: number;
  /** Step ids no test reached, in flow order. */
  missing: string[];
}

const key = (flow: string, step: string) => `${flow}\u0000${step}`;

/** Every (flow, step) a conversation's stack went through, replaying its `stack` events from an empty stack. */
export function visitedSteps(events: readonly TrackerEvent[], into: Set<string> = new Set()): Set<string> {
  let stack: StackFrame[] = [];
  for (const e of events) {
    if (e.event === 'restart' || e.event === 'session_started') stack = [];
    if (e.event !== 'stack') continue;
    try {
      stack = applyStackPatch(stack, JSON.parse(e.update) as PatchOp[]);
    } catch {
      continue; // a conversation that started before this run's events: its frames are unknown
    }
    for (const f of stack) if (f.flow_id && f.step_id) into.add(key(f.flow_id, f.step_id));
  }
  return into;
}

export function flowCoverage(flowById: ReadonlyMap<string, CompiledFlow>, flowIds: readonly string[], visited: ReadonlySet<string>): FlowCoverage[] {
  return flowIds.flatMap((id) => {
    const flow = flowById.get(id);
    if (!flow) return [];
    const steps = flow.order.map((s) => s.id);
    const missing = steps.filter((s) => !visited.has(key(id, s)));
    return [{ flow_id: id, covered: steps.length - missing.length, total: steps.length, missing }];
  });
}

/** How many times each command ("start flow", "set slot", ...) appears in the users' messages. */
export function commandHistogram(conversations: readonly (readonly TrackerEvent[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const events of conversations) {
    for (const e of events) {
      if (e.event !== 'user') continue;
      for (const c of e.parse_data?.commands ?? []) counts.set(c.command, (counts.get(c.command) ?? 0) + 1);
    }
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

export function formatCoverage(coverage: readonly FlowCoverage[], histogram: ReadonlyMap<string, number>): string[] {
  const lines = ['Flow coverage:'];
  let covered = 0;
  let total = 0;
  for (const c of coverage) {
    covered += c.covered;
    total += c.total;
    const pct = c.total ? ((100 * c.covered) / c.total).toFixed(1) : '100.0';
    lines.push(`  ${c.flow_id}: ${pct}% (${c.covered}/${c.total} steps)${c.missing.length ? ` — not reached: ${c.missing.join(', ')}` : ''}`);
  }
  lines.push(`  total: ${total ? ((100 * covered) / total).toFixed(1) : '100.0'}% (${covered}/${total} steps)`);
  lines.push('Commands:');
  for (const [name, n] of histogram) lines.push(`  ${name}: ${n}`);
  if (histogram.size === 0) lines.push('  (none)');
  return lines;
}
