// Which actions run as the project's own custom actions rather than the engine's built-in behaviour. Its own
// module so that run-action.ts and default-actions.ts can both ask without importing each other.
import type { ActionRunner } from '../actions.ts';
import { isDefaultAction } from '../domain/builtins.ts';
import type { Domain } from '../domain/types.ts';
import type { Turn } from './turn.ts';

/** Defaults that are meant to be replaced by a project's own action even when the domain does not list it. */
const EXTENSION_POINTS = new Set(['action_session_start', 'action_trigger_search', 'action_trigger_chitchat', 'action_human_handoff']);
const PROBE = '__portier_no_such_action__';
const claimsAll = new WeakMap<ActionRunner, boolean>();

function runnerClaimsEverything(runner: ActionRunner): boolean {
  let v = claimsAll.get(runner);
  if (v === undefined) {
    v = runner.has(PROBE);
    claimsAll.set(runner, v);
  }
  return v;
}

const actionSets = new WeakMap<Domain, ReadonlySet<string>>();

/** The domain's `actions:` as a set (asked for every action run). */
function domainActionSet(domain: Domain): ReadonlySet<string> {
  let set = actionSets.get(domain);
  if (!set) {
    set = new Set(domain.actions);
    actionSets.set(domain, set);
  }
  return set;
}

/** Whether `name` runs as a custom action of the project rather than the engine's own behaviour. */
export function isCustom(turn: Turn, name: string): boolean {
  const { actions } = turn.opts;
  if (name === 'action_listen' || !actions.has(name)) return false;
  const listed = domainActionSet(turn.project.domain).has(name);
  if (isDefaultAction(name)) return listed || (EXTENSION_POINTS.has(name) && !runnerClaimsEverything(actions));
  return listed || !runnerClaimsEverything(actions);
}
