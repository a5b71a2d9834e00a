// The trained model on disk: models/<UTC timestamp>-<fingerprint prefix>.json, one JSON document.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Domain } from '../engine/domain/types.ts';
import type { Flow } from '../engine/flows/types.ts';
import { type FingerprintInput, MODEL_FORMAT } from './fingerprint.ts';

export interface ModelArtifact {
  format: typeof MODEL_FORMAT;
  portierVersion: string;
  /** When it was trained (real time, ISO 8601). */
  trainedAt: string;
  fingerprint: string;
  inputs: FingerprintInput[];
  assistantId: string;
  language: string;
  flows: Flow[];
  domain: Domain;
  /** The offline NLU model as src/understanding/nlu serialises it (parsed JSON); null without NLU data. */
  nlu: unknown;
  /** Where it was read from or written to (not stored in the file). */
  path?: string;
}

const HeaderSchema = z.looseObject({
  format: z.literal(MODEL_FORMAT),
  portierVersion: z.string(),
  trainedAt: z.string(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  inputs: z.array(z.object({ path: z.string(), kind: z.enum(['project', 'code']), sha256: z.string() })),
  assistantId: z.string(),
  language: z.string(),
  flows: z.array(z.looseObject({ id: z.string() })),
  domain: z.looseObject({ slots: z.record(z.string(), z.unknown()) }),
  nlu: z.unknown(),
});

/** Model files of `dir` (*.json), newest first by modification time, then by name (names start with a UTC timestamp). */
export function listModels(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.json'))
    .map((n) => ({ path: join(dir, n), name: n, mtime: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime || (a.name < b.name ? 1 : -1))
    .map((m) => m.path);
}

export class ModelFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'ModelFileError';
  }
}

export function readModel(path: string): ModelArtifact {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ModelFileError(path, `not a readable model (${(e as Error).message})`);
  }
  const res = HeaderSchema.safeParse(raw);
  if (!res.success) throw new ModelFileError(path, `not a Portier model of format ${MODEL_FORMAT}`);
  return { ...(res.data as unknown as ModelArtifact), path };
}

function stamp(d: Date): string {
  const iso = d.toISOString(); // 2026-11-24T16:30:00.000Z
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

export function modelFileName(artifact: Pick<ModelArtifact, 'fingerprint'>, at: Date): string {
  return `${stamp(at)}-${artifact.fingerprint.slice(0, 12)}.json`;
}

/** Writes atomically (temp file + rename), so a reader never sees half a model. */
export function writeModel(dir: string, artifact: ModelArtifact, name: string): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const { path: _ignored, ...stored } = artifact;
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(stored));
  renameSync(tmp, path);
  return path;
}
