// Checks a parsed YAML value against a zod schema and reports in file:line:col terms.
// Unknown keys are warnings (the key is named and then ignored); everything else is an error.
import { isMap, type Node } from 'yaml';
import type { z } from 'zod';
import type { SourcePos } from '../engine/flows/types.ts';
import type { Problem } from './errors.ts';
import { posAt, type YamlFile } from './yaml.ts';

type Path = (string | number)[];

/** `pipeline[0].llm` style rendering of a key path, for messages. */
export function describe(path: Path): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

function valueAt(value: unknown, path: Path): unknown {
  let node: unknown = value;
  for (const p of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[p];
  }
  return node;
}

function deleteAt(value: unknown, path: Path): void {
  const parent = valueAt(value, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent && typeof parent === 'object' && key !== undefined) delete (parent as Record<string | number, unknown>)[key];
}

/** Position of the key itself (not its value) of `key` inside the mapping at `parent`. */
export function keyPosAt(y: YamlFile, parent: Path, key: string): SourcePos {
  const map = parent.length ? y.doc.getIn(parent, true) : y.doc.contents;
  if (isMap(map)) {
    const pair = map.items.find((it) => (it.key as { value?: unknown } | null)?.value === key);
    const offset = (pair?.key as Node | undefined)?.range?.[0];
    if (offset !== undefined) {
      const lp = y.lines.linePos(offset);
      return { file: y.file, line: lp.line, col: lp.col };
    }
  }
  return posAt(y, [...parent, key]);
}

function messageOf(issue: z.core.$ZodIssue, basePath: Path, input: unknown): string {
  const full = [...basePath, ...(issue.path as Path)];
  const where = full.length ? `${describe(full)}: ` : '';
  if (issue.code === 'invalid_type' && valueAt(input, issue.path as Path) === undefined) return `${where}required ${issue.expected} is missing`;
  return `${where}${issue.message}`;
}

/**
 * Validates `value` (already interpolated) against `schema`. Unknown keys become warnings at their position and are
 * dropped; a key with a wrong value becomes an error and is dropped too, so one mistake does not hide the others and
 * the defaults fill in. Returns the best-effort result, or null when even that fails.
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
  for (let round = 0; round < 50; round++) {
    const res = schema.safeParse(input);
    if (res.success) return res.data;
    const unknown = res.error.issues.filter((i) => i.code === 'unrecognized_keys');
    for (const issue of unknown) {
      if (issue.code !== 'unrecognized_keys') continue;
      const path = issue.path as Path;
      for (const key of issue.keys) {
        const at = basePath.length || path.length ? `${describe([...basePath, ...path])}: ` : '';
        const where = yaml ? keyPosAt(yaml, [...basePath, ...path], key) : pos([]);
        problems.push({ severity: 'warning', pos: where, message: `${at}unknown key "${key}" is ignored` });
        deleteAt(input, [...path, key]);
      }
    }
    if (unknown.length === 0) {
      const errors = res.error.issues;
      for (const issue of errors) problems.push({ severity: 'error', pos: pos(issue.path as Path), message: messageOf(issue, basePath, input) });
      // Drop the top-level keys in error and try again, so defaults stand in for them.
      const keys = new Set(errors.map((i) => i.path[0]).filter((k): k is string | number => k !== undefined && typeof k !== 'symbol'));
      if (keys.size === 0) return null;
      for (const k of keys) deleteAt(input, [k]);
      const retry = schema.safeParse(input);
      if (retry.success) return retry.data;
      return checkAgainst(null, file, input, schema, [], basePath);
    }
    input = structuredClone(input);
  }
  return null;
}
