// The fingerprint of a trained model: sha256 over every input that shapes it, so a change retrains.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { ProjectFiles } from '../config/project.ts';
import { findFiles } from './files.ts';

/** Bumped when the artifact's shape changes; old models then count as stale. */
export const MODEL_FORMAT = 1;

export interface FingerprintInput {
  /** Relative to the project root (project files) or to the Portier install (code). */
  path: string;
  kind: 'project' | 'code';
  sha256: string;
}

// Code whose output is stored in the model: when it changes, the stored result may be wrong.
const CODE_DIRS = ['src/understanding/nlu', 'src/understanding/lang-ru', 'src/engine/flows', 'src/engine/domain'];

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

export function fingerprintInputs(root: string, files: ProjectFiles, installDir: string): FingerprintInput[] {
  const project = [files.config, ...files.domain, ...files.flows, ...files.nlu, files.hotel].filter((f): f is string => f !== null && existsSync(f));
  const inputs: FingerprintInput[] = [...new Set(project)].map((f) => ({
    path: relative(root, f),
    kind: 'project',
    sha256: sha256(readFileSync(f)),
  }));
  for (const dir of CODE_DIRS) {
    for (const f of findFiles(resolve(installDir, dir), /\.ts$/)) {
      inputs.push({ path: relative(installDir, f), kind: 'code', sha256: sha256(readFileSync(f)) });
    }
  }
  return inputs.sort((a, b) => (a.kind + a.path < b.kind + b.path ? -1 : 1));
}

export function fingerprintOf(inputs: FingerprintInput[]): string {
  const lines = inputs.map((i) => `${i.kind} ${i.path} ${i.sha256}`);
  return sha256(`portier-model ${MODEL_FORMAT}\n${lines.join('\n')}`);
}

/** Paths that differ between two input lists (added, removed or changed), for the "out of date" message. */
export function changedInputs(before: FingerprintInput[], now: FingerprintInput[]): string[] {
  const key = (i: FingerprintInput) => `${i.kind}:${i.path}`;
  const old = new Map(before.map((i) => [key(i), i.sha256]));
  const cur = new Map(now.map((i) => [key(i), i.sha256]));
  const changed = new Set<string>();
  for (const [k, h] of cur) if (old.get(k) !== h) changed.add(k.slice(k.indexOf(':') + 1));
  for (const k of old.keys()) if (!cur.has(k)) changed.add(k.slice(k.indexOf(':') + 1));
  return [...changed].sort();
}
