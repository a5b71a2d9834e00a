// `portier prune --older-than 90d`: deletes conversations whose last message is older than that, from the
// tracker store the project uses (endpoints.yml, DATABASE_URL, or the SQLite file under PORTIER_DATA_DIR), and
// the booking confirmations queued or sent before then from the hotel store's outbox (each holds a guest's phone
// or e-mail).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { projectEnv } from '../../config/env.ts';
import { ProjectLoadError } from '../../config/errors.ts';
import { loadProjectConfig } from '../../config/load.ts';
import { loadRuntimeEnv } from '../../config/runtime-env.ts';
import { projectFiles } from '../../config/project.ts';
import { loadHotel } from '../../config/hotel-file.ts';
import { hasOutbox } from '../../notify/types.ts';
import { parseAge, pruneConversations, pruneNotifications } from '../../runtime/retention.ts';
import { createPms } from '../../stores/hotel-pms.ts';
import { createTrackerStore } from '../../stores/tracker-from-config.ts';
import { addProjectOptions, type ProjectPathFlags, projectPathsOf } from '../project-options.ts';

export interface PruneOptions extends ProjectPathFlags {
  root: string;
  olderThan: string;
}

export async function pruneCommand(
  opts: PruneOptions,
  env: Record<string, string | undefined> = process.env,
  out: (line: string) => void = (l) => process.stdout.write(`${l}\n`),
): Promise<number> {
  const ageMs = parseAge(opts.olderThan);
  if (ageMs === null) throw new Error(`--older-than: "${opts.olderThan}" is not an age such as 90d, 36h or 30m`);
  const root = resolve(opts.root);
  const fullEnv = projectEnv(root, env);
  const runtimeEnv = loadRuntimeEnv(fullEnv, root);
  const project = loadProjectConfig(root, fullEnv, projectPathsOf(opts));
  const errors = project.problems.filter((p) => p.severity === 'error' && p.pos?.file === project.files.endpoints);
  if (errors.length) throw new ProjectLoadError(errors);
  const trackers = createTrackerStore({ endpoints: project.endpoints, env: fullEnv, dataDir: runtimeEnv.dataDir, root });
  const hotelFile = projectFiles(root, project).hotel;
  const pms = hotelFile
    ? await createPms({ hotel: loadHotel(hotelFile), dataDir: runtimeEnv.dataDir, databaseUrl: runtimeEnv.databaseUrl ?? '', now: runtimeEnv.clock })
    : null;
  try {
    const now = runtimeEnv.clock();
    const since = new Date(now.getTime() - ageMs).toISOString();
    const deleted = await pruneConversations(trackers, ageMs, now);
    out(`deleted ${deleted} conversation(s) with no message since ${since} (${trackers.kind} store)`);
    if (pms && hasOutbox(pms)) out(`deleted ${await pruneNotifications(pms.outbox, ageMs, now)} notification(s) written before ${since} (hotel store)`);
    return 0;
  } finally {
    await trackers.close();
    await pms?.close();
  }
}

export function register(program: Command): void {
  const prune = program
    .command('prune')
    .description('delete conversations older than an age (personal data retention), from the configured tracker store')
    .requiredOption('--older-than <age>', 'age of the last message: 90d, 36h, 30m')
    .option('--root <folder>', 'project folder', '.');
  addProjectOptions(prune, ['config', 'domain', 'data', 'credentials']).action(async (opts: PruneOptions) => {
    process.exitCode = await pruneCommand(opts);
  });
}
