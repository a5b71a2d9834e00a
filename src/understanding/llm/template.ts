// Jinja templates (through nunjucks) the way Rasa's prompts are written: no autoescape, Rasa's JSON filter,
// Python's None/True/False. Compiled once per file.
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import nunjucks from 'nunjucks';
import { LlmConfigError } from './errors.ts';

export interface LoadedTemplate {
  path: string;
  render(variables: object): string;
}

function jsonString(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}

/** Reads and compiles a template; a relative path is taken from projectDir (default: the working directory). */
export function loadTemplate(path: string, projectDir?: string): LoadedTemplate {
  const full = isAbsolute(path) ? path : resolve(projectDir ?? process.cwd(), path);
  let source: string;
  try {
    source = readFileSync(full, 'utf8');
  } catch (error) {
    throw new LlmConfigError(`prompt template ${full} cannot be read: ${(error as Error).message}`);
  }
  const env = new nunjucks.Environment(null, { autoescape: false, throwOnUndefined: false });
  env.addFilter('to_json_escaped_string', jsonString);
  env.addFilter('tojson', jsonString);
  // Jinja's `x is none`; nunjucks has the test machinery but not this test (and its typings omit addTest).
  (env as unknown as { addTest(name: string, test: (value: unknown) => boolean): void }).addTest('none', (value) => value === null || value === undefined);
  let template: nunjucks.Template;
  try {
    template = new nunjucks.Template(source, env, full, true);
  } catch (error) {
    throw new LlmConfigError(`prompt template ${full} is not a valid template: ${(error as Error).message}`);
  }
  return {
    path: full,
    render: (variables) => template.render({ None: null, True: true, False: false, ...variables }).trim(),
  };
}
