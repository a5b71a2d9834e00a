// Assembles the assistant from the project folder: project files, hotel system, custom actions, understanding,
// dialogue engine, tracker and lock stores. Every part can be passed in instead (tests, benchmarks).

import { resolve } from 'node:path';
import type { Logger } from 'pino';
import { type Env, projectEnv } from '../config/env.ts';
import { ProjectLoadError } from '../config/errors.ts';
import type { ProjectPaths } from '../config/load.ts';
import { loadProject, type Project } from '../config/project.ts';
import { loadRuntimeEnv, type RuntimeEnv } from '../config/runtime-env.ts';
import type { CustomAction } from '../engine/actions.ts';
import type { Hotel, Pms } from '../hotel/types.ts';
import type { ModelArtifact } from '../model/artifact.ts';
import { ensureTrainedModel } from '../model/train.ts';
import { createLogger } from '../logging/logger.ts';
import { type NotifySetup, notifySetup } from '../notify/setup.ts';
import { createPms } from '../stores/hotel-pms.ts';
import type { LockStore } from '../stores/lock-store.ts';
import { createLockStore, createTrackerStore } from '../stores/tracker-from-config.ts';
import { StoreUnavailableError, type TrackerStore } from '../stores/tracker-store.ts';
import { buildCalmEngine } from './calm-engine.ts';
import type { BuiltEngine, EngineAssembly } from './engine-assembly.ts';
import { ConversationRuntime } from './conversation-runtime.ts';
import { assistantId, packageVersion } from './project-info.ts';
import type { Runtime } from './types.ts';

/** What an engine factory gets to build the TurnEngine from. */
export interface CreateRuntimeOptions {
  /** Project folder (config.yml, domain.yml, data/, endpoints.yml). */
  root: string;
  /** The environment, given by the entry (the CLI passes process.env); the project's .env fills what is unset. */
  env: Env;
  logger?: Logger;
  /**
   * The hotel's custom actions (actions/index.ts `hotelActions()`), given by whoever assembles the runtime (the CLI);
   * run in-process when the project has a hotel and endpoints.yml names no action server.
   */
  customActions: readonly CustomAction[];
  /** An endpoints.yml other than <root>/endpoints.yml (--endpoints); the same as `paths.endpoints`. */
  endpointsFile?: string;
  /** Project files named on the command line (-c, -d, --data, --endpoints, --credentials). */
  paths?: ProjectPaths;
  trackers?: TrackerStore;
  locks?: LockStore;
  pms?: Pms;
  /** A model already loaded; otherwise the newest one under <root>/models, trained first when out of date. */
  model?: ModelArtifact | null;
  /** Where "training a model now" lines go (stderr by default). */
  log?: (line: string) => void;
  /** Builds the dialogue engine with its understanding and actions (default: the CALM engine). */
  buildEngine?: (assembly: EngineAssembly) => Promise<BuiltEngine>;
}

export interface AssembledRuntime extends Runtime {
  readonly project: Project;
  /** Null for a project without a hotel description (then there is no hotel system either). */
  readonly hotel: Hotel | null;
  readonly pms: Pms | null;
  /** Where conversations live: the staff console lists them. */
  readonly trackers: TrackerStore;
  readonly runtimeEnv: RuntimeEnv;
  readonly logger: Logger;
  /** Booking confirmations: the channels configured and their senders (null without a hotel). */
  readonly notify: NotifySetup | null;
}

async function reachable(store: string, ping: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer within 10 s')), 10_000);
  });
  try {
    await Promise.race([ping(), timeout]);
  } catch (error) {
    throw error instanceof StoreUnavailableError ? error : new StoreUnavailableError(store, (error as Error).message);
  } finally {
    clearTimeout(timer);
  }
}

export async function createRuntime(options: CreateRuntimeOptions): Promise<AssembledRuntime> {
  const root = resolve(options.root);
  const env = projectEnv(root, options.env);
  const runtimeEnv = loadRuntimeEnv(env, root);
  const logger = options.logger ?? createLogger(env);

  // `--endpoints` stands in for endpoints.yml as a whole, as in Rasa (stores, action server, LLMs, nlg).
  const paths: ProjectPaths = { ...options.paths, ...(options.endpointsFile ? { endpoints: options.endpointsFile } : {}) };
  const project = await loadProject(root, env, paths);
  const errors = project.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new ProjectLoadError(errors);
  const hotel = project.hotel;

  const cleanup: (() => Promise<void>)[] = [];
  try {
    // The hotel system exists only for a project with a hotel description.
    // Confirmations in writing go with the hotel system: channels from the environment, queued by the store.
    const notify = hotel ? notifySetup(env) : null;
    const pms =
      options.pms ??
      (hotel
        ? await createPms({
            hotel,
            dataDir: runtimeEnv.dataDir,
            databaseUrl: runtimeEnv.databaseUrl ?? undefined,
            now: runtimeEnv.clock,
            notify: notify?.channels,
          })
        : null);
    if (notify) logger.info({ event: 'notify.channels', sms: notify.channels.sms, email: notify.channels.email }, notify.summary);
    if (notify?.email) cleanup.push(async () => notify.email?.close());
    if (!options.pms && pms) cleanup.push(() => pms.close());

    const endpoints = project.endpoints;
    const selection = { endpoints, env, dataDir: runtimeEnv.dataDir, root };
    const trackers = options.trackers ?? createTrackerStore(selection);
    if (!options.trackers) cleanup.push(() => trackers.close());
    const locks = options.locks ?? createLockStore(selection);
    if (!options.locks) cleanup.push(() => locks.close());
    // Unreachable stores stop the start with one line, rather than losing conversations later (Rasa would fall
    // back to memory); an orchestrator restarts the process once the database is up.
    await Promise.all([reachable(trackers.kind, () => trackers.ping()), reachable(`${locks.kind} lock`, () => locks.ping())]);

    const model =
      options.model !== undefined
        ? options.model
        : await ensureTrainedModel(root, options.log ?? ((line) => process.stderr.write(`${line}\n`)), env, { paths });
    const buildEngine = options.buildEngine ?? buildCalmEngine;
    const built = await buildEngine({
      project,
      hotel,
      pms,
      runtimeEnv,
      env,
      logger,
      model,
      customActions: options.customActions,
      notify: notify?.channels ?? null,
    });
    if (built.close) cleanup.unshift(built.close);

    const files = [project.files.config, project.files.endpoints, ...project.files.flows, ...project.files.nlu, ...project.files.domain, project.files.hotel];
    const hotelCheck: Record<string, () => Promise<void>> = pms ? { hotel_system: async () => void (await pms.findBookings({ code: '__health__' })) } : {};
    const runtime = new ConversationRuntime({
      engine: built.engine,
      trackers,
      locks,
      logger,
      now: runtimeEnv.clock,
      info: {
        version: packageVersion(),
        modelId: model?.fingerprint.slice(0, 16) ?? assistantId(files.filter((f): f is string => f !== null)),
        modelFile: model?.path ?? null,
        generator: built.generator,
      },
      checks: { ...hotelCheck, ...built.checks },
      // The runtime closes the stores it was given only when it created them; the hotel system goes last.
      ...(built.metrics ? { metricRegistries: [built.metrics] } : {}),
      closers: [...(built.close ? [built.close] : []), ...(options.pms || !pms ? [] : [() => pms.close()])],
    });
    logger.info({ event: 'runtime.ready', tracker_store: trackers.kind, lock_store: locks.kind, generator: built.generator }, 'runtime ready');
    return Object.assign(runtime, { project, hotel, pms, trackers, runtimeEnv, logger, notify });
  } catch (error) {
    for (const close of cleanup) await close().catch(() => {});
    throw error;
  }
}
