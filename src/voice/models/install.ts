// Installing a catalogue model into <data>/models/<name>/: download (resumable), check the SHA-256 against the
// catalogue, unpack the .tar.bz2 with the system's tar, and record what was installed. The server looks there
// by itself (installedModel), so no path needs configuring.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import type { ModelEntry } from './catalogue.ts';
import { discard, download, type DownloadProgress } from './download.ts';

const run = promisify(execFile);
const MARKER = 'portier-model.json';

const installedSchema = z.object({
  name: z.string(),
  kind: z.enum(['asr', 'tts']),
  url: z.string(),
  sha256: z.string(),
  verified: z.boolean(),
  installed_at: z.string(),
});
export type InstalledModel = z.infer<typeof installedSchema> & { dir: string };

export class ModelInstallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelInstallError';
  }
}

export interface PullResult {
  model: InstalledModel;
  /** The digest was compared with the catalogue's; false when the catalogue has none (printed instead). */
  verified: boolean;
  resumedFrom: number;
}

export async function pullModel(entry: ModelEntry, modelsDir: string, options: { progress?: DownloadProgress; from?: string } = {}): Promise<PullResult> {
  const downloads = join(modelsDir, '.downloads');
  mkdirSync(downloads, { recursive: true });
  const archiveName = basename(new URL(entry.url).pathname);
  // A mirror holds the same archive under its own base URL; the catalogue's digest still decides.
  const url = options.from ? new URL(archiveName, options.from.endsWith('/') ? options.from : `${options.from}/`).href : entry.url;
  const archive = join(downloads, archiveName);
  const got = await download(url, archive, options.progress);
  if (entry.sha256 && got.sha256 !== entry.sha256) {
    await discard(archive);
    throw new ModelInstallError(
      `${archiveName}: SHA-256 ${got.sha256} does not match the catalogue's ${entry.sha256}; the download was deleted (a corrupt or substituted file)`,
    );
  }
  const target = join(modelsDir, entry.name);
  await unpack(archive, modelsDir, target);
  await rm(archive, { force: true });
  const record = { name: entry.name, kind: entry.kind, url, sha256: got.sha256, verified: Boolean(entry.sha256), installed_at: new Date().toISOString() };
  await writeFile(join(target, MARKER), `${JSON.stringify(record, null, 2)}\n`);
  return { model: { ...record, dir: target }, verified: record.verified, resumedFrom: got.resumedFrom };
}

/** Unpacks into a temporary folder first, so a failed unpack never leaves a half model where the server looks. */
async function unpack(archive: string, modelsDir: string, target: string): Promise<void> {
  const staging = await mkdtemp(join(modelsDir, '.unpack-'));
  try {
    await run('tar', ['-xjf', archive, '-C', staging]).catch((err: Error & { stderr?: string }) => {
      throw new ModelInstallError(`cannot unpack ${basename(archive)}: ${(err.stderr || err.message).trim()} (needs tar and bzip2)`);
    });
    // Release archives hold one top folder; its contents become the model folder.
    const entries = readdirSync(staging);
    const root = entries.length === 1 && statSync(join(staging, entries[0]!)).isDirectory() ? join(staging, entries[0]!) : staging;
    await rm(target, { recursive: true, force: true });
    await rename(root, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Models installed under modelsDir, in name order. */
export function installedModels(modelsDir: string): InstalledModel[] {
  if (!existsSync(modelsDir)) return [];
  const found: InstalledModel[] = [];
  for (const name of readdirSync(modelsDir).sort()) {
    const marker = join(modelsDir, name, MARKER);
    if (!existsSync(marker)) continue;
    const parsed = installedSchema.safeParse(JSON.parse(readFileSync(marker, 'utf8')));
    if (parsed.success) found.push({ ...parsed.data, dir: join(modelsDir, name) });
  }
  return found;
}

/** The installed model of a kind the server uses by itself: the catalogue's order decides between several. */
export function installedModel(modelsDir: string, kind: 'asr' | 'tts', preference: string[] = []): InstalledModel | undefined {
  const ofKind = installedModels(modelsDir).filter((m) => m.kind === kind);
  const rank = (m: InstalledModel) => (preference.includes(m.name) ? preference.indexOf(m.name) : preference.length);
  return ofKind.sort((a, b) => rank(a) - rank(b))[0];
}
