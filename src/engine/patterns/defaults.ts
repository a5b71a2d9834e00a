// The default pattern flows and Russian responses shipped with the engine (see the .yml files beside this).
import { readFileSync } from 'node:fs';
import type { Problem } from '../../config/errors.ts';
import { parseYaml } from '../../config/yaml.ts';
import { emptyDomain, mergeDomainFile } from '../domain/load.ts';
import type { Domain } from '../domain/types.ts';
import { flowsOfFile } from '../flows/load.ts';
import type { Flow } from '../flows/types.ts';

let cached: { flows: Flow[]; domain: Domain } | null = null;

/** Default patterns and their domain (responses, pattern slots). Problems here are bugs in the engine. */
export function defaultPatterns(): { flows: Flow[]; domain: Domain } {
  if (cached) return cached;
  const problems: Problem[] = [];
  const flowsUrl = new URL('./default-flows.yml', import.meta.url);
  const domainUrl = new URL('./default-responses.yml', import.meta.url);
  const flows = flowsOfFile(parseYaml(flowsUrl.pathname, readFileSync(flowsUrl, 'utf8'), problems), problems);
  const domain = emptyDomain();
  mergeDomainFile(domain, parseYaml(domainUrl.pathname, readFileSync(domainUrl, 'utf8'), problems), problems);
  const errors = problems.filter((p) => p.severity === 'error' || p.severity === 'warning');
  if (errors.length) throw new Error(`default patterns are broken: ${errors.map((p) => `${p.pos?.line}: ${p.message}`).join('; ')}`);
  cached = { flows, domain };
  return cached;
}
