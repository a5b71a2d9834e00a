// `portier test-nlu`: cross-validated intent accuracy and entity F1 of the offline Russian NLU (like `rasa test nlu`).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadHotel } from '../../config/hotel-file.ts';
import { evaluateNlu, formatEvaluation } from '../../understanding/nlu/evaluate.ts';

interface TestNluOptions {
  root: string;
  nlu: string[];
  hotel: string;
  folds: string;
  seed: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('test-nlu')
    .description('cross-validate the offline intent classifier and score the Russian entity extractors on NLU data')
    .option('--root <folder>', 'project folder (the other paths are relative to it)', '.')
    .option('--nlu <files...>', 'Rasa NLU YAML files', ['data/nlu.yml'])
    .option('--hotel <file>', 'hotel description (room types for the extractors)', 'data/hotel.yml')
    .option('--folds <n>', 'number of cross-validation folds', '5')
    .option('--seed <n>', 'seed for the folds and training', '42')
    .option('--json', 'print the full result as JSON')
    .action(async (opts: TestNluOptions) => {
      const folds = Number(opts.folds);
      const seed = Number(opts.seed);
      if (!Number.isInteger(folds) || folds < 2) throw new Error('--folds must be an integer of at least 2');
      const now = process.env.PORTIER_NOW ? new Date(process.env.PORTIER_NOW) : new Date();
      const result = await evaluateNlu(
        opts.nlu.map((f) => resolve(opts.root, f)),
        { hotel: loadHotel(resolve(opts.root, opts.hotel)), folds, seed: Number.isFinite(seed) ? seed : 42, now },
      );
      process.stdout.write(`${opts.json ? JSON.stringify(result, null, 2) : formatEvaluation(result)}\n`);
    });
}
