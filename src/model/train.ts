// `portier train` and the check `portier run` makes first: build the model artifact, or reuse an up-to-date one.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Env } from '../config/env.ts';
import { ProjectLoadError } from '../config/errors.ts';
import { loadProjectConfig, type ProjectPaths } from '../config/load.ts';
import { displayPath } from '../config/paths.ts';
import { loadProject, projectFiles } from '../config/project.ts';
import { serializeNluModel, trainNluModel } from '../understanding/nlu/train.ts';
import { listModels, type ModelArtifact, ModelFileError, modelFileName, readModel, writeModel } from './artifact.ts';
import { changedInputs, type FingerprintInput, fingerprintInputs, fingerprintOf, MODEL_FORMAT } from './fingerprint.ts';

/** The Portier installation (where src/ lives), for code fingerprints and the version. */
export const INSTALL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface TrainProgress {
  start(total: number): void;
  step(label: string): void;
  stop(): void;
}

export interface TrainOptions {
  root: string;
  /** Output folder; default <root>/models. */
  out?: string;
  fixedModelName?: string;
  progress?: TrainProgress;
  /** Lines for the user (warnings count, notes). */
  log?: (line: string) => void;
  now?: () => Date;
  /** Environment for ${VAR} in project files (the entry's, over the project's .env). */
  env: Env;
  /** Files named on the command line (-c, -d, --data, --endpoints). */
  paths?: ProjectPaths;
}

function portierVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(INSTALL_DIR, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** The fingerprint the project would have if trained now (cheap: hashes files, loads nothing). */
export function currentFingerprint(root: string, env: Env, paths: ProjectPaths = {}): { fingerprint: string; inputs: FingerprintInput[] } {
  const cfg = loadProjectConfig(root, env, paths);
  const inputs = fingerprintInputs(root, projectFiles(root, cfg), INSTALL_DIR);
  return { fingerprint: fingerprintOf(inputs), inputs };
}

/** Loads and checks the project, trains what understanding needs, writes models/<stamp>-<fp>.json. */
export async function trainModel(opts: TrainOptions): Promise<ModelArtifact> {
  const root = resolve(opts.root);
  const progress = opts.progress;
  const log = opts.log ?? (() => {});
  progress?.start(4);
  try {
    progress?.step('reading the project');
    const project = await loadProject(root, opts.env, opts.paths);
    const errors = project.problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new ProjectLoadError(project.problems);
    const warnings = project.problems.length;

    progress?.step('fingerprinting inputs');
    const inputs = fingerprintInputs(root, project.files, INSTALL_DIR);
    const fingerprint = fingerprintOf(inputs);

    progress?.step('training the offline understanding');
    let nlu: unknown = null;
    const nluConfig = project.config.pipeline.find((c) => c.name === 'PortierRussianNLU');
    if (project.files.nlu.length === 0) log('note: no NLU training data (a data file with `nlu:`); the model has no NLU part');
    else {
      const model = await trainNluModel(project.files.nlu, nluConfig && 'intent_threshold' in nluConfig ? { threshold: nluConfig.intent_threshold } : {});
      nlu = JSON.parse(serializeNluModel(model));
    }

    progress?.step('writing the model');
    const artifact: ModelArtifact = {
      format: MODEL_FORMAT,
      portierVersion: portierVersion(),
      trainedAt: (opts.now ?? (() => new Date()))().toISOString(),
      fingerprint,
      inputs,
      assistantId: project.config.assistant_id,
      language: project.config.language,
      flows: project.flows,
      domain: project.domain,
      nlu,
    };
    const out = resolve(root, opts.out ?? 'models');
    const name = opts.fixedModelName ? `${opts.fixedModelName.replace(/\.json$/, '')}.json` : modelFileName(artifact, new Date());
    artifact.path = writeModel(out, artifact, name);
    if (warnings) log(`${warnings} warning(s); run "portier validate" to see them`);
    return artifact;
  } finally {
    progress?.stop();
  }
}

/** The newest model of `dir` that can be read, or null. */
function newestModel(dir: string, log: (line: string) => void): ModelArtifact | null {
  for (const path of listModels(dir)) {
    try {
      return readModel(path);
    } catch (e) {
      if (e instanceof ModelFileError) log(`skipping ${e.message}`);
      else throw e;
    }
  }
  return null;
}

/**
 * What `portier run` calls first: the newest model when its fingerprint matches the project; otherwise it says
 * why in one line and trains. A missing model never stops anyone.
 */
export async function ensureTrainedModel(
  root: string,
  log: (line: string) => void,
  env: Env,
  opts: Omit<TrainOptions, 'root' | 'log' | 'env'> = {},
): Promise<ModelArtifact> {
  const dir = resolve(root, opts.out ?? 'models');
  const model = newestModel(dir, log);
  const now = currentFingerprint(root, env, opts.paths);
  if (model && model.fingerprint === now.fingerprint) return model;
  if (!model) log(`No trained model in ${displayPath(dir)}/; training one now.`);
  else {
    const changed = changedInputs(model.inputs, now.inputs);
    const shown = changed.slice(0, 3).join(', ') + (changed.length > 3 ? ` and ${changed.length - 3} more` : '');
    log(`Model ${displayPath(model.path ?? dir)} is out of date (changed: ${shown || 'model format'}); training a new one.`);
  }
  const trained = await trainModel({ ...opts, root, log, env });
  log(`Trained ${displayPath(trained.path ?? dir)}.`);
  return trained;
}
