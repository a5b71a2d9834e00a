// The whole project as the engine needs it: config files plus flows, domain and hotel, with every problem.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Domain } from '../engine/domain/types.ts';
import { findYamlFiles } from '../engine/flows/files.ts';
import { loadFlows } from '../engine/flows/load.ts';
import type { Flow } from '../engine/flows/types.ts';
import { loadHotel } from '../hotel/load.ts';
import type { Hotel } from '../hotel/types.ts';
import { type Env, projectEnv } from './env.ts';
import { type Problem, ProjectLoadError } from './errors.ts';
import { loadProjectConfig, type ProjectConfig } from './load.ts';

export interface ProjectFiles {
  config: string | null;
  endpoints: string | null;
  credentials: string | null;
  /** Every YAML file with a top-level `flows:` key under the data folders. */
  flows: string[];
  /** Every YAML file with a top-level `nlu:` key under the data folders. */
  nlu: string[];
  /** domain.yml, or the files of a domain/ folder. */
  domain: string[];
  hotel: string;
}

export interface Project extends Omit<ProjectConfig, 'files'> {
  root: string;
  flows: Flow[];
  domain: Domain;
  hotel: Hotel | null;
  files: ProjectFiles;
}

type DomainLoader = (paths: string[], problems: Problem[]) => Domain;
type ProjectValidator = (flows: Flow[], domain: Domain) => Problem[] | undefined;

// engine-core's domain loader and cross-checks; resolved at run time so this module loads on its own.
async function engineModule<T>(relative: string, name: string): Promise<T | null> {
  const url = new URL(relative, import.meta.url);
  if (!existsSync(url)) return null;
  const mod = (await import(url.href)) as Record<string, unknown>;
  return typeof mod[name] === 'function' ? (mod[name] as T) : null;
}

function hasTopKey(file: string, key: string): boolean {
  return new RegExp(`^${key}\\s*:`, 'm').test(readFileSync(file, 'utf8'));
}

/** domain.yml at the root, else every YAML file of domain/ (merged, as Rasa does). */
export function domainPaths(root: string, configured?: string): string[] {
  for (const candidate of configured ? [configured] : ['domain.yml', 'domain.yaml', 'domain']) {
    const path = resolve(root, candidate);
    if (!existsSync(path)) continue;
    return statSync(path).isDirectory() ? findYamlFiles(path) : [path];
  }
  return [];
}

/** Lists the project's input files; used by loadProject and by `portier train` for the fingerprint. */
export function projectFiles(root: string, config: ProjectConfig): ProjectFiles {
  const data = config.config.portier.data.flatMap((d) => findYamlFiles(resolve(root, d)));
  const hotel = resolve(root, config.config.portier.hotel);
  const inputs = data.filter((f) => f !== hotel);
  return {
    ...config.files,
    flows: inputs.filter((f) => hasTopKey(f, 'flows')),
    nlu: inputs.filter((f) => hasTopKey(f, 'nlu')),
    domain: domainPaths(root, config.config.portier.domain),
    hotel,
  };
}

/**
 * Loads config.yml, endpoints.yml, credentials.yml, the flows, the domain and the hotel. Content problems are
 * collected in `problems` (each with file:line:col); it never throws for them.
 */
export async function loadProject(root: string, env: Env = projectEnv(root)): Promise<Project> {
  const cfg = loadProjectConfig(root, env);
  const problems = cfg.problems;
  const files = projectFiles(root, cfg);

  const flows = loadFlows(files.flows, problems);

  const loadDomain = await engineModule<DomainLoader>('../engine/domain/load.ts', 'loadDomain');
  let domain: Domain = {
    intents: [],
    entities: [],
    actions: [],
    slots: {},
    responses: {},
    session_config: { session_expiration_time: 60, carry_over_slots_to_new_session: true },
  };
  if (files.domain.length === 0) problems.push({ severity: 'error', message: `no domain: expected domain.yml or a domain/ folder in ${root}` });
  else if (loadDomain) domain = loadDomain(files.domain, problems);
  else problems.push({ severity: 'warning', message: 'the domain loader (src/engine/domain/load.ts) is not available; domain not checked' });

  let hotel: Hotel | null = null;
  try {
    hotel = loadHotel(files.hotel);
  } catch (e) {
    if (e instanceof ProjectLoadError) problems.push(...e.problems);
    else throw e;
  }

  const validateProject = await engineModule<ProjectValidator>('../engine/flows/validate.ts', 'validateProject');
  const hasErrors = problems.some((p) => p.severity === 'error');
  if (validateProject && !hasErrors) problems.push(...(validateProject(flows, domain) ?? []));

  return { ...cfg, root, flows, domain, hotel, files };
}
