// An engine project: the user's domain and flows merged over the default patterns, compiled for running.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../config/errors.ts';
import { loadDomain } from './domain/load.ts';
import type { Domain } from './domain/types.ts';
import { type CompiledFlow, compileFlow } from './flows/compile.ts';
import { findYamlFiles } from './flows/files.ts';
import { loadFlows } from './flows/load.ts';
import type { Flow } from './flows/types.ts';
import { validateProject } from './flows/validate.ts';
import { defaultPatterns } from './patterns/defaults.ts';

export interface EngineProject {
  domain: Domain;
  flows: Flow[];
  /** Flows by id, patterns included. */
  flowById: ReadonlyMap<string, CompiledFlow>;
  /** Ids of startable user flows (not patterns). */
  userFlowIds: readonly string[];
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
  return { domain, flows, flowById, userFlowIds };
}

/**
 * Loads `<root>/domain.yml` (or `<root>/domain/`) and every flow file under `<root>/data/`, merged over the
 * default patterns, and validates the result. Problems are appended to `problems`; the caller decides
 * whether errors are fatal (see ProjectLoadError).
 */
export function loadEngineProject(opts: { root: string; problems: Problem[]; domainPaths?: string[]; dataPaths?: string[] }): EngineProject {
  const { root, problems } = opts;
  const domainPaths = opts.domainPaths ?? [join(root, 'domain.yml'), join(root, 'domain.yaml'), join(root, 'domain')].filter((p) => existsSync(p));
  const dataPaths = opts.dataPaths ?? [join(root, 'data')];
  const domain = loadDomain(domainPaths, problems);
  const userFlows = loadFlows(dataPaths.flatMap(findYamlFiles), problems);
  const project = buildEngineProject(userFlows, domain, []);
  problems.push(...validateProject(project.flows, project.domain));
  return project;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
