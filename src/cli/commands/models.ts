// `portier models list | pull <name>`: the speech models this project knows (src/voice/models/catalogue.ts),
// which are installed under <PORTIER_DATA_DIR>/models, and installing one with a progress bar, resuming an
// interrupted download and checking its SHA-256. The server finds installed models by itself.
import { join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { loadRuntimeEnv } from '../../config/runtime-env.ts';
import { MODEL_CATALOGUE, type ModelEntry, readCatalogue } from '../../voice/models/catalogue.ts';
import { DownloadError, type DownloadProgress } from '../../voice/models/download.ts';
import { installedModels, ModelInstallError, pullModel } from '../../voice/models/install.ts';

interface ModelsFlags {
  root: string;
  catalogue?: string;
}

type Out = (line: string) => void;
const stdout: Out = (line) => process.stdout.write(`${line}\n`);

export function modelsDirOf(root: string): string {
  return join(loadRuntimeEnv(process.env, resolve(root)).dataDir, 'models');
}

function catalogueOf(flags: ModelsFlags): ModelEntry[] {
  return flags.catalogue ? readCatalogue(flags.catalogue) : MODEL_CATALOGUE;
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

export function listModels(catalogue: ModelEntry[], modelsDir: string, out: Out = stdout): void {
  const installed = new Map(installedModels(modelsDir).map((m) => [m.name, m]));
  for (const entry of catalogue) {
    const here = installed.get(entry.name);
    const state = here ? `installed (${here.dir})` : 'not installed';
    const checksum = entry.sha256 ? 'sha256 pinned' : 'no published sha256';
    out(`${entry.name.padEnd(20)} ${entry.kind}  ${entry.size ? mb(entry.size).padStart(9) : '        ?'}  ${entry.licence}; ${checksum}; ${state}`);
    out(`${''.padEnd(20)} ${entry.description}`);
  }
  for (const m of installed.values())
    if (!catalogue.some((e) => e.name === m.name)) out(`${m.name.padEnd(20)} ${m.kind}  installed (${m.dir}), not in this catalogue`);
}

function progressBar(label: string): DownloadProgress {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} {bar} {percentage}% {got}/{all}`,
      noTTYOutput: true,
      notTTYSchedule: 1000,
      hideCursor: process.stderr.isTTY === true,
    },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  let total = 0;
  return {
    start(all, resumedFrom) {
      done = resumedFrom;
      total = all ?? 0;
      bar.start(total || 1, done, { got: mb(done), all: all ? mb(all) : '?' });
    },
    advance(bytes) {
      done += bytes;
      bar.update(Math.min(done, total || done), { got: mb(done) });
    },
    stop() {
      bar.stop();
    },
  };
}

export async function pullCommand(name: string, flags: ModelsFlags & { from?: string }, out: Out = stdout, progress = true): Promise<void> {
  const catalogue = catalogueOf(flags);
  const entry = catalogue.find((e) => e.name === name);
  if (!entry) throw new ModelInstallError(`no model "${name}" in the catalogue; known: ${catalogue.map((e) => e.name).join(', ')}`);
  const modelsDir = modelsDirOf(flags.root);
  const result = await pullModel(entry, modelsDir, { from: flags.from, progress: progress ? progressBar(name) : undefined }).catch((err: unknown) => {
    if (!(err instanceof DownloadError && err.unreachable)) throw err;
    throw new ModelInstallError(
      `${err.message}. Without internet here: pull on a machine that has it and copy its models/${name}/ folder to ${join(modelsDir, name)}, ` +
        'or serve the archive from an internal web server and add --from <its address> (docs/voice.md)',
    );
  });
  if (result.resumedFrom > 0) out(`resumed the download at ${mb(result.resumedFrom)}`);
  out(
    result.verified
      ? `sha256 ${result.model.sha256} matches the catalogue`
      : `sha256 ${result.model.sha256} (the catalogue has no published checksum for ${name} to compare with)`,
  );
  out(`installed ${name} (${entry.kind}) in ${result.model.dir}; the server uses it at its next start`);
}

export function register(program: Command): void {
  const models = program.command('models').description('speech models for calls without a cloud account: list and pull (download, verify, unpack)');
  models
    .command('list')
    .description('the models Portier knows, and which are installed under PORTIER_DATA_DIR/models')
    .option('--root <folder>', 'project folder (anchors a relative PORTIER_DATA_DIR)', '.')
    .option('--catalogue <file.yml>', 'another catalogue (YAML: models: [...])')
    .action((flags: ModelsFlags) => listModels(catalogueOf(flags), modelsDirOf(flags.root)));
  models
    .command('pull <name>')
    .description('download a model (resuming an interrupted download), check its SHA-256 and unpack it into PORTIER_DATA_DIR/models/<name>')
    .option('--root <folder>', 'project folder (anchors a relative PORTIER_DATA_DIR)', '.')
    .option('--catalogue <file.yml>', 'another catalogue (YAML: models: [...])')
    .option('--from <url>', 'a mirror holding the same archive file names (the catalogue checksum still applies)')
    .action((name: string, flags: ModelsFlags & { from?: string }) => pullCommand(name, flags));
}
