// What the e2e oracle needs to know of a project's flows: which flows only start as a consequence of others
// (`call`, `link`), what each flow says in step order, and which slots it collects in which order.
import type { Flow, Step } from '../flows/types.ts';

export interface FlowFacts {
  /** Flows only reached through `call` steps (never started by the user). */
  called: Set<string>;
  /** target flow → flows with a `link` to it. */
  linkedFrom: Map<string, Set<string>>;
  /** Responses and actions of each flow in step order, through the flows it links to or calls. */
  said: Map<string, string[]>;
  /** Collected slots of each flow in step order, through the flows it links to or calls. */
  collects: Map<string, string[]>;
  /** A collect question's response or action name → the slot it asks for. */
  askedSlot: Map<string, string>;
  /** A collect step's rejection response → the slot it rejects. */
  rejectedSlot: Map<string, string>;
  userFlows: Flow[];
  /** Quoted words in the conditions of the project's pattern_clarification (flows it sends elsewhere). */
  clarificationSpecial: Set<string>;
}

function nestedSteps(steps: readonly Step[]): Step[] {
  const out: Step[] = [];
  for (const s of steps) {
    out.push(s);
    if (Array.isArray(s.next)) for (const b of s.next) if (Array.isArray(b.then)) out.push(...nestedSteps(b.then));
  }
  return out;
}

/** A flow's own items in step order, with a `link` or `call` step as a `{ to }` entry. */
type Item<T> = T | { to: string };

/** Expands `link` and `call` steps in place (a called flow's steps come where the call is), each flow once. */
function through<T>(id: string, own: Map<string, Item<T>[]>): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const item of own.get(f) ?? []) {
      if (typeof item === 'object' && item !== null && 'to' in item) visit(item.to);
      else out.push(item as T);
    }
  };
  visit(id);
  return out;
}

export function flowFacts(flows: readonly Flow[]): FlowFacts {
  const called = new Set<string>();
  const linkedFrom = new Map<string, Set<string>>();
  const ownSaid = new Map<string, Item<string>[]>();
  const ownCollects = new Map<string, Item<string>[]>();
  const askedSlot = new Map<string, string>();
  const rejectedSlot = new Map<string, string>();
  for (const f of flows) {
    const steps = nestedSteps(f.steps);
    const said: Item<string>[] = [];
    const collects: Item<string>[] = [];
    for (const s of steps) {
      if (s.kind === 'collect') {
        const asks = [s.utter ?? `utter_ask_${s.collect}`, `action_ask_${s.collect}`];
        said.push(...asks);
        collects.push(s.collect);
        for (const a of asks) askedSlot.set(a, s.collect);
        for (const r of s.rejections ?? []) rejectedSlot.set(r.utter, s.collect);
      } else if (s.kind === 'action') said.push(s.action);
      else if (s.kind === 'call') {
        called.add(s.call);
        said.push({ to: s.call });
        collects.push({ to: s.call });
      } else if (s.kind === 'link') {
        linkedFrom.set(s.link, new Set([...(linkedFrom.get(s.link) ?? []), f.id]));
        said.push({ to: s.link });
        collects.push({ to: s.link });
      }
    }
    ownSaid.set(f.id, said);
    ownCollects.set(f.id, collects);
  }
  const said = new Map(flows.map((f) => [f.id, through(f.id, ownSaid)]));
  const collects = new Map(flows.map((f) => [f.id, [...new Set(through(f.id, ownCollects))]]));
  const userFlows = flows.filter((f) => !f.id.startsWith('pattern_') && !called.has(f.id) && f.if !== false);
  const clarification = flows.find((f) => f.id === 'pattern_clarification');
  const conditions = clarification
    ? nestedSteps(clarification.steps).flatMap((st) => (Array.isArray(st.next) ? st.next.map((b) => String(b.if ?? '')) : []))
    : [];
  const clarificationSpecial = new Set(conditions.flatMap((c) => [...c.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]!)));
  return { called, linkedFrom, said, collects, askedSlot, rejectedSlot, userFlows, clarificationSpecial };
}

/**
 * The user flow whose step order says `name` earliest (the flow an expected response shows was started),
 * unless the active flow (or one it reaches) says it.
 */
export function flowSaying(name: string, facts: FlowFacts, activeFlow: string | null): string | null {
  if (activeFlow && facts.said.get(activeFlow)?.includes(name)) return null;
  let best: { id: string; at: number } | null = null;
  for (const f of facts.userFlows) {
    const at = facts.said.get(f.id)?.indexOf(name) ?? -1;
    if (at >= 0 && (!best || at < best.at)) best = { id: f.id, at };
  }
  return best?.id ?? null;
}
