// `portier train`: builds models/<timestamp>-<fingerprint>.json from the project (like `rasa train`).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { listModels, readModel } from '../../model/artifact.ts';
import { projectEnv } from '../../config/env.ts';
import { currentFingerprint, trainModel } from '../../model/train.ts';
import { displayPath } from '../output.ts';
import { progressBar } from '../progress.ts';
import { addProjectOptions, type ProjectPathFlags, projectPathsOf } from '../project-options.ts';

interface TrainCliOptions extends ProjectPathFlags {
  root: string;
  out: string;
  fixedModelName?: string;
  force?: boolean;
  progress: boolean;
}

export async function trainCommand(opts: TrainCliOptions, say: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  const root = resolve(opts.root);
  const paths = projectPathsOf(opts);
  if (!opts.force && !opts.fixedModelName) {
    const newest = listModels(resolve(root, opts.out))[0];
    if (newest) {
      const fp = currentFingerprint(root, projectEnv(root, process.env), paths).fingerprint;
      try {
        if (readModel(newest).fingerprint === fp) {
          say(`Nothing changed; the model ${displayPath(newest)} is up to date (use --force to train anyway).`);
          return 0;
        }
      } catch {
        // An unreadable model is simply replaced.
      }
    }
  }
  // Notes wait until the bar is done, so they do not tear its line on a terminal.
  const notes: string[] = [];
  const model = await trainModel({
    root,
    env: projectEnv(root, process.env),
    out: opts.out,
    fixedModelName: opts.fixedModelName,
    paths,
    progress: opts.progress ? progressBar() : undefined,
    log: (line) => notes.push(line),
  }).finally(() => {
    for (const line of notes) say(line);
  });
  const slots = Object.keys(model.domain.slots).length;
  say(`Model ${displayPath(model.path ?? '')}: ${model.flows.length} flows, ${slots} slots, NLU ${model.nlu ? 'included' : 'not included'}.`);
  return 0;
}

export function register(program: Command): void {
  const train = program
    .command('train')
    .description('check the project and build a model (flows, domain, offline NLU) under models/, like `rasa train`')
    .option('--root <folder>', 'project folder', '.')
    .option('--out <dir>', 'folder for the model, relative to the project', 'models')
    .option('--fixed-model-name <name>', 'file name of the model instead of <timestamp>-<fingerprint>')
    .option('--force', 'train even when nothing changed since the newest model')
    .option('--no-progress', 'do not show the progress bar');
  addProjectOptions(train, ['credentials']).action(async (opts: TrainCliOptions) => {
    process.exitCode = await trainCommand(opts);
  });
}
