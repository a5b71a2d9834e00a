// Environment for project files: `${VAR}` / `${VAR:-default}` interpolation, with values from the real
// environment first and from the project's .env second (as dotenv does, .env never overrides).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseDotenv } from 'dotenv';

export type Env = Readonly<Record<string, string | undefined>>;

/** Variables defined in `<root>/.env`; empty when the file does not exist (that is normal). */
export function readDotenv(root: string): Record<string, string> {
  const file = join(root, '.env');
  if (!existsSync(file)) return {};
  return parseDotenv(readFileSync(file, 'utf8'));
}

/** The environment project files see: .env values under the real environment. */
export function projectEnv(root: string, env: Env): Env {
  return { ...readDotenv(root), ...env };
}

/**
 * Copies .env values into process.env where a variable is not set yet, so that every part of the process
 * (LLM client, speech keys) sees them. Returns the names it set.
 */
export function applyDotenv(root: string, target: Record<string, string | undefined>): string[] {
  const applied: string[] = [];
  for (const [name, value] of Object.entries(readDotenv(root))) {
    if (target[name] === undefined) {
      target[name] = value;
      applied.push(name);
    }
  }
  return applied;
}

/** A `${VAR}` that had no value and no default, with where it was used. */
export interface UnsetVariable {
  name: string;
  path: (string | number)[];
}

const REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Replaces `${VAR}` and `${VAR:-default}` in every string of a parsed YAML value. An empty variable counts as
 * unset (shell `:-` semantics). A string that is only an unset `${VAR}` becomes undefined, so optional keys
 * stay absent; inside a longer string it becomes "". Keys are never interpolated, as in Rasa.
 */
export function interpolate(value: unknown, env: Env, unset: UnsetVariable[] = [], path: (string | number)[] = []): unknown {
  if (typeof value === 'string') {
    let whole = false;
    const out = value.replace(REF, (match, name: string, fallback: string | undefined) => {
      const v = env[name];
      if (v !== undefined && v !== '') return v;
      if (fallback !== undefined) return fallback;
      unset.push({ name, path });
      if (match === value) whole = true;
      return '';
    });
    return whole ? undefined : out;
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolate(v, env, unset, [...path, i]));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = interpolate(v, env, unset, [...path, k]);
    return out;
  }
  return value;
}
