// Jinja templates (responses with `metadata.template: jinja`, `{{ }}` inside predicates) rendered with nunjucks.
// Rasa renders with Python's Jinja2; nunjucks' Jinja compatibility layer supplies the Python methods that
// Rasa's own templates call (`context.corrected_slots.keys()`, `.items()`, `.get()`, True/False/None).
import nunjucks from 'nunjucks';
import { russianFilters } from './jinja-filters-ru.ts';

let compatInstalled = false;
let env: nunjucks.Environment | null = null;

function environment(): nunjucks.Environment {
  if (!compatInstalled) {
    nunjucks.installJinjaCompat();
    compatInstalled = true;
  }
  if (!env) {
    env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: false });
    for (const [name, filter] of Object.entries(russianFilters)) env.addFilter(name, filter);
  }
  return env;
}

/** Thrown when a template does not parse or fails while rendering. */
export class JinjaError extends Error {
  constructor(
    readonly template: string,
    detail: string,
  ) {
    super(`Jinja template ${JSON.stringify(template)}: ${detail}`);
    this.name = 'JinjaError';
  }
}

const compiled = new Map<string, nunjucks.Template>();
const MAX_CACHED = 2000;

function compile(template: string): nunjucks.Template {
  let t = compiled.get(template);
  if (t) return t;
  try {
    t = new nunjucks.Template(template, environment(), undefined, true);
  } catch (e) {
    throw new JinjaError(template, firstLine(e));
  }
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(template, t);
  return t;
}

function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const lines = msg
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? msg;
}

/** True when the text contains Jinja syntax worth rendering. */
export function hasJinja(text: string): boolean {
  return text.includes('{{') || text.includes('{%');
}

export function renderJinja(template: string, variables: Record<string, unknown>): string {
  const t = compile(template);
  try {
    return t.render(variables);
  } catch (e) {
    throw new JinjaError(template, firstLine(e));
  }
}

/** null when the template parses, otherwise the parser's message. */
export function checkJinjaSyntax(template: string): string | null {
  try {
    compile(template);
    return null;
  } catch (e) {
    return e instanceof JinjaError ? e.message : String(e);
  }
}
