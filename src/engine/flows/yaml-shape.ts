// Checks a piece of parsed YAML against a zod schema and reports every issue at its file:line:col.
// Unknown keys are reported as warnings so a typo never disappears silently.
import type { z } from 'zod';
import type { Problem } from '../problems.ts';
import { posAt, type YamlFile } from '../yaml-source.ts';

export type YamlPath = (string | number)[];

export function checkShape<T>(schema: z.ZodType<T>, value: unknown, y: YamlFile, path: YamlPath, problems: Problem[], what: string): T | null {
  const res = schema.safeParse(value);
  if (res.success) return res.data;
  for (const issue of res.error.issues) {
    const sub = issue.path.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
    const where = sub.length ? ` at ${sub.join('.')}` : '';
    problems.push({ severity: 'error', pos: posAt(y, [...path, ...sub]), message: `${what}${where}: ${issue.message}` });
  }
  return null;
}

export function warnUnknownKeys(obj: unknown, known: readonly string[], y: YamlFile, path: YamlPath, problems: Problem[], what: string): void {
  if (!isRecord(obj)) return;
  for (const key of Object.keys(obj)) {
    if (!known.includes(key)) {
      problems.push({ severity: 'warning', pos: posAt(y, [...path, key]), message: `${what}: unknown key "${key}" is ignored` });
    }
  }
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
