// An engine project: the user's domain and flows merged over the default patterns, compiled for running.
import type { Problem } from './problems.ts';
import type { Domain } from './domain/types.ts';
import { type CompiledFlow, compileFlow } from './flows/compile.ts';
import type { Flow } from './flows/types.ts';
import { defaultPatterns } from './patterns/defaults.ts';

export interface EngineProject {
  domain: Domain;
  flows: Flow[];
  /** Flows by id, patterns included. */
  flowById: ReadonlyMap<string, CompiledFlow>;
  /** Ids of startable user flows (not patterns). */
  userFlowIds: readonly string[];
  /** The assistant's language (config.yml): default pattern texts and the «a, b or c» lists the engine builds. */
  language?: string;
}

/** Merges user flows and domain over the defaults; user definitions with the same id/name win. */
export function buildEngineProject(userFlows: Flow[], userDomain: Domain, problems: Problem[] = [], language = 'ru'): EngineProject {
  const defaults = defaultPatterns(language);
  const domain: Domain = {
    intents: union(defaults.domain.intents, userDomain.intents),
    entities: union(defaults.domain.entities, userDomain.entities),
    actions: union(defaults.domain.actions, userDomain.actions),
    slots: { ...defaults.domain.slots, ...userDomain.slots },
    responses: { ...defaults.domain.responses, ...userDomain.responses },
    session_config: { ...userDomain.session_config },
  };
  const byId = new Map<string, Flow>();
  for (const f of defaults.flows) byId.set(f.id, f);
  for (const f of userFlows) byId.set(f.id, f);
  const flows = [...byId.values()];
  const flowById = new Map<string, CompiledFlow>();
  for (const f of flows) flowById.set(f.id, compileFlow(f, problems));
  const userFlowIds = flows.filter((f) => !f.id.startsWith('pattern_')).map((f) => f.id);
  return { domain, flows, flowById, userFlowIds, language };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
