// Finds the YAML files of a training-data folder (Rasa scans data/ recursively).
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
