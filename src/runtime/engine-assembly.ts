// What the runtime hands to the engine's builder (calm-engine.ts) and what it gets back: its own module, so the
// builder and the runtime that calls it do not import each other.
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { Env } from '../config/env.ts';
import type { Project } from '../config/project.ts';
import type { RuntimeEnv } from '../config/runtime-env.ts';
import type { ActionRunner, CustomAction } from '../engine/actions.ts';
import type { Domain } from '../engine/domain/types.ts';
import type { Flow } from '../engine/flows/types.ts';
import type { Hotel, Pms } from '../hotel/types.ts';
import type { ModelArtifact } from '../model/artifact.ts';
import type { NotifyChannels } from '../notify/types.ts';
import type { CommandGenerator } from '../understanding/types.ts';
import type { TurnEngine } from './types.ts';

export interface EngineAssembly {
  project: Project;
  /** The hotel and its booking system; null for a project without a hotel description. */
  hotel: Hotel | null;
  pms: Pms | null;
  runtimeEnv: RuntimeEnv;
  env: Env;
  logger: Logger;
  /** The trained model (offline NLU); null when training was skipped. */
  model: ModelArtifact | null;
  /** The project's custom actions, run in-process when it has a hotel and no action server. */
  customActions: readonly CustomAction[];
  /** Puts another runner in front of the custom actions (`portier test`: stub_custom_actions). */
  wrapActions?: (real: ActionRunner) => ActionRunner;
  /** Replaces the project's understanding (`portier test --oracle`); gets the flows and domain merged with the patterns. */
  understanding?: (project: { flows: readonly Flow[]; domain: Domain }) => CommandGenerator;
  /** Which confirmation channels are on, so the assistant promises only what will be sent. */
  notify?: NotifyChannels | null;
}

export interface BuiltEngine {
  engine: TurnEngine;
  /** "nlu", "llm+nlu", ... for /status. */
  generator: string;
  checks?: Record<string, () => Promise<void>>;
  close?: () => Promise<void>;
  /** Metrics the engine's parts keep (LLM tokens, latency, fallbacks); served on /metrics with the server's. */
  metrics?: Registry;
}
