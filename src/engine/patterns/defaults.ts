// The default pattern flows and their responses (Russian, or English for other languages) shipped with the engine.
import { readFileSync } from 'node:fs';
import type { Problem } from '../problems.ts';
import { parseYaml } from '../yaml-source.ts';
import { emptyDomain, mergeDomainFile } from '../domain/load.ts';
import type { Domain } from '../domain/types.ts';
import { flowsOfFile } from '../flows/load.ts';
import type { Flow } from '../flows/types.ts';

const cached = new Map<string, { flows: Flow[]; domain: Domain }>();

/**
 * Default patterns and their domain (responses, pattern slots). The responses follow the assistant's language:
 * Russian for "ru", English otherwise. Problems here are bugs in the engine.
 */
export function defaultPatterns(language = 'ru'): { flows: Flow[]; domain: Domain } {
  const texts = language === 'ru' ? 'ru' : 'en';
  const known = cached.get(texts);
  if (known) return known;
  const problems: Problem[] = [];
  const read = (name: string) => {
    const url = new URL(name, import.meta.url);
    return parseYaml(url.pathname, readFileSync(url, 'utf8'), problems);
  };
  const flows = flowsOfFile(read('./default-flows.yml'), problems);
  const domain = emptyDomain();
  mergeDomainFile(domain, read('./default-responses.yml'), problems);
  if (texts === 'en') {
    const english = emptyDomain();
    mergeDomainFile(english, read('./default-responses-en.yml'), problems);
    Object.assign(domain.responses, english.responses);
  }
  const errors = problems.filter((p) => p.severity === 'error' || p.severity === 'warning');
  if (errors.length) throw new Error(`default patterns are broken: ${errors.map((p) => `${p.pos?.line}: ${p.message}`).join('; ')}`);
  const patterns = { flows, domain };
  cached.set(texts, patterns);
  return patterns;
}
