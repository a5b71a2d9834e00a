// Finds project YAML files: a training-data folder (Rasa scans data/ recursively) and e2e test folders.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function findYamlFiles(path: string): string[] {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch {
    return [];
  }
  if (st.isFile()) return /\.ya?ml$/i.test(path) ? [path] : [];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.')) continue;
    out.push(...findYamlFiles(join(path, name)));
  }
  return out;
}

/** YAML files under the given paths (files or folders), sorted for a stable order. */
export function collectTestFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else if (/\.ya?ml$/.test(p)) out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}
