// The whole project as the engine needs it: config files plus flows, domain and hotel, with every problem.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { emptyDomain } from '../engine/domain/load.ts';
import type { Domain } from '../engine/domain/types.ts';
import type { Flow } from '../engine/flows/types.ts';
import { validateProject } from '../engine/flows/validate.ts';
import { buildEngineProject } from '../engine/project.ts';
import { loadHotel } from './hotel-file.ts';
import type { Hotel } from '../hotel/types.ts';
import { keyPosAt } from './check.ts';
import type { Env } from './env.ts';
import { type Problem, ProjectLoadError } from './errors.ts';
import { loadProjectConfig, type ProjectConfig, type ProjectPaths } from './load.ts';
import { loadDomain, loadFlows } from './engine-files.ts';
import { findYamlFiles } from './files.ts';
import { readYaml } from './yaml.ts';

export interface ProjectFiles {
  config: string | null;
  endpoints: string | null;
  credentials: string | null;
  /** Every YAML file with a top-level `flows:` key under the data folders. */
  flows: string[];
  /** Every YAML file with a top-level `nlu:` key under the data folders. */
  nlu: string[];
  /** Other YAML files under the data folders (checked for syntax only). */
  other: string[];
  /** domain.yml, or the files of a domain/ folder. */
  domain: string[];
  /** The hotel description, or null: a project without one (any Rasa project) runs without the hotel's parts. */
  hotel: string | null;
}

export interface Project extends Omit<ProjectConfig, 'files'> {
  root: string;
  flows: Flow[];
  domain: Domain;
  hotel: Hotel | null;
  files: ProjectFiles;
}

function hasTopKey(file: string, key: string): boolean {
  return new RegExp(`^${key}\\s*:`, 'm').test(readFileSync(file, 'utf8'));
}

/** Data files that are neither flows nor NLU data: report syntax errors and what Portier does not read. */
function checkOtherDataFile(file: string, problems: Problem[]): void {
  const y = readYaml(file, problems);
  if (!y.value || typeof y.value !== 'object') return;
  for (const key of Object.keys(y.value)) {
    if (key === 'version') continue;
    const what = key === 'stories' || key === 'rules' ? `${key} (NLU-based dialogue) are not supported; use flows` : `"${key}" is not read by Portier`;
    problems.push({ severity: 'warning', pos: keyPosAt(y, [], key), message: `${what}; ignored` });
  }
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
  const configured = config.config.portier.hotel;
  const hotelPath = resolve(root, configured ?? 'data/hotel.yml');
  // A hotel file named in config.yml is expected to exist (loadProject reports it); the default one is optional.
  const hotel = configured !== undefined || existsSync(hotelPath) ? hotelPath : null;
  const inputs = data.filter((f) => f !== hotelPath);
  return {
    ...config.files,
    flows: inputs.filter((f) => hasTopKey(f, 'flows')),
    nlu: inputs.filter((f) => hasTopKey(f, 'nlu')),
    other: inputs.filter((f) => !hasTopKey(f, 'flows') && !hasTopKey(f, 'nlu')),
    domain: domainPaths(root, config.config.portier.domain),
    hotel,
  };
}

/**
 * Loads config.yml, endpoints.yml, credentials.yml, the flows, the domain and the hotel. Content problems are
 * collected in `problems` (each with file:line:col); it never throws for them.
 */
export async function loadProject(root: string, env: Env, paths: ProjectPaths = {}): Promise<Project> {
  const cfg = loadProjectConfig(root, env, paths);
  const problems = cfg.problems;
  const files = projectFiles(root, cfg);

  const flows = loadFlows(files.flows, problems);
  for (const file of files.other) checkOtherDataFile(file, problems);
  // Without a single flow of its own the assistant can only answer «не совсем понятно»: refuse, do not serve.
  if (!flows.some((f) => !f.id.startsWith('pattern_'))) {
    const where = files.flows.length > 0 ? files.flows.join(', ') : `${cfg.config.portier.data.join(', ')} (no YAML file with a top-level flows: key)`;
    problems.push({ severity: 'error', message: `no flows: ${where} defines none, so the assistant could start nothing; add data/flows.yml` });
  }

  let domain: Domain = emptyDomain();
  if (files.domain.length === 0) problems.push({ severity: 'error', message: `no domain: expected domain.yml or a domain/ folder in ${root}` });
  else domain = loadDomain(files.domain, problems);

  let hotel: Hotel | null = null;
  // Any Rasa project runs without a hotel description: the hotel's actions, knowledge and data join only
  // when there is one.
  if (files.hotel && !existsSync(files.hotel)) {
    problems.push({ severity: 'error', message: `portier.hotel: no hotel description at ${files.hotel}` });
  } else if (files.hotel) {
    try {
      hotel = loadHotel(files.hotel);
    } catch (e) {
      if (e instanceof ProjectLoadError) problems.push(...e.problems);
      else throw e;
    }
  }

  // Cross-checks on a half-loaded project would mostly repeat the load errors.
  // Checked as the engine will run it: over the default patterns and built-in responses, which the user's
  // flows may link to (pattern_human_handoff) or override.
  if (!problems.some((p) => p.severity === 'error')) {
    const merged = buildEngineProject(flows, domain);
    problems.push(...validateProject(merged.flows, merged.domain));
  }

  return { ...cfg, root, flows, domain, hotel, files };
}
