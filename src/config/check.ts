// Checks a parsed YAML value against a zod schema and reports in file:line:col terms.
// Unknown keys are warnings (the key is named and then ignored); everything else is an error.
import type { z } from 'zod';
import type { Problem } from './errors.ts';
import { posAt, type YamlFile } from './yaml.ts';

type Path = (string | number)[];

function describePath(path: Path): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

function deleteAt(value: unknown, path: Path, key: string): void {
  let node: unknown = value;
  for (const p of path) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string | number, unknown>)[p];
  }
  if (node && typeof node === 'object') delete (node as Record<string, unknown>)[key];
}

function messageOf(issue: z.core.$ZodIssue, basePath: Path): string {
  const full = [...basePath, ...(issue.path as Path)];
  const where = full.length ? `${describePath(full)}: ` : '';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}required ${issue.expected} is missing`;
  return `${where}${issue.message}`;
}

/** `pipeline[0].llm` style rendering of a key path, for messages. */
export function describe(path: Path): string {
  return describePath(path);
}

/**
 * Validates `value` (already interpolated) against `schema`. Unknown keys become warnings at their position and
 * are removed before validating again, so one typo does not hide the rest. Returns null when errors remain.
 */
export function checkAgainst<S extends z.ZodType>(
  yaml: YamlFile | null,
  file: string,
  value: unknown,
  schema: S,
  problems: Problem[],
  basePath: Path = [],
): z.output<S> | null {
  const pos = (path: Path) => (yaml ? posAt(yaml, [...basePath, ...path]) : { file, line: 1, col: 1 });
  let input: unknown = structuredClone(value);
  for (let round = 0; round < 20; round++) {
    const res = schema.safeParse(input);
    if (res.success) return res.data;
    const unknown = res.error.issues.filter((i) => i.code === 'unrecognized_keys');
    if (unknown.length === 0) {
      for (const issue of res.error.issues) {
        const path = [...(issue.path as Path)];
        problems.push({ severity: 'error', pos: pos(path), message: messageOf(issue, basePath) });
      }
      return null;
    }
    for (const issue of unknown) {
      if (issue.code !== 'unrecognized_keys') continue;
      const path = issue.path as Path;
      for (const key of issue.keys) {
        const at = basePath.length || path.length ? `${describePath([...basePath, ...path])}: ` : '';
        problems.push({ severity: 'warning', pos: pos([...path, key]), message: `${at}unknown key "${key}" is ignored` });
        deleteAt(input, path, key);
      }
    }
    input = structuredClone(input);
  }
  return null;
}
