// Loads config.yml, endpoints.yml and credentials.yml of a project: interpolates ${VAR}, validates with zod,
// applies defaults for what is missing, and reports every problem with file:line:col.
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { SourcePos } from '../engine/flows/types.ts';
import { LLM_GENERATOR_NAMES } from '../understanding/llm/schema.ts';
import { checkAgainst, describe, keyPosAt } from './check.ts';
import {
  type AssistantConfig,
  ConfigFileSchema,
  DEFAULT_PIPELINE,
  EnterpriseSearchPolicySchema,
  FlowPolicySchema,
  LlmCommandGeneratorFileSchema,
  NluCommandAdapterSchema,
  type PipelineComponent,
  type PolicyConfig,
  PortierRussianNluSchema,
  PortierSettingsSchema,
  REPLACED_COMPONENTS,
} from './config-schema.ts';
import { type CredentialsConfig, CredentialsFileSchema } from './credentials-schema.ts';
import type { z } from 'zod';
import { type ActionEndpointFileSchema, type EndpointsConfig, EndpointsFileSchema, NlgSchema, UNUSED_ENDPOINT_KEYS } from './endpoints-schema.ts';
import { type Env, interpolate, type UnsetVariable } from './env.ts';
import type { Problem } from './errors.ts';
import { parseYaml, posAt, type YamlFile } from './yaml.ts';

/**
 * Files named on the command line instead of the project's defaults, as Rasa's `-c/--config`, `-d/--domain`,
 * `--data`, `--endpoints` and `--credentials` name them. Relative paths are relative to the project folder.
 */
export interface ProjectPaths {
  config?: string;
  /** A domain file or a folder of domain files. */
  domain?: string;
  /** Files or folders of training data (flows, NLU data). */
  data?: string[];
  endpoints?: string;
  credentials?: string;
}

export interface ProjectConfig {
  config: AssistantConfig;
  endpoints: EndpointsConfig;
  credentials: CredentialsConfig;
  problems: Problem[];
  /** Absolute paths of the files that were read (null: absent, defaults applied). */
  files: { config: string | null; endpoints: string | null; credentials: string | null };
  /** `${VAR}` references without a value, e.g. OPENAI_API_KEY when running offline. Not problems by themselves. */
  unsetVariables: { name: string; pos: SourcePos }[];
}

interface LoadedFile {
  file: string;
  yaml: YamlFile | null;
  value: Record<string, unknown>;
}

type UnsetList = ProjectConfig['unsetVariables'];

function loadFile(path: string, env: Env, problems: Problem[], unsetOut: UnsetList): LoadedFile {
  const yaml = parseYaml(path, readFileSync(path, 'utf8'), problems);
  const unset: UnsetVariable[] = [];
  const raw = yaml.value;
  if (raw !== null && raw !== undefined && (typeof raw !== 'object' || Array.isArray(raw))) {
    problems.push({ severity: 'error', pos: posAt(yaml, []), message: 'expected a mapping of keys at the top level' });
    return { file: path, yaml, value: {} };
  }
  const value = (interpolate(raw ?? {}, env, unset) ?? {}) as Record<string, unknown>;
  for (const u of unset) unsetOut.push({ name: u.name, pos: posAt(yaml, u.path) });
  return { file: path, yaml, value };
}

/** Adds "(VAR is not set)" to errors about keys whose value was an unset ${VAR}. */
function explainUnset(problems: Problem[], from: number, file: string, unset: UnsetList): void {
  for (const p of problems.slice(from)) {
    if (p.severity !== 'error' || p.pos?.file !== file) continue;
    const u = unset.find((v) => v.pos.file === file && v.pos.line === p.pos?.line && v.pos.col === p.pos?.col);
    if (u) p.message += ` (\${${u.name}} is not set)`;
  }
}

function loadAssistantConfig(f: LoadedFile | null, problems: Problem[]): AssistantConfig {
  const file = f?.file ?? 'config.yml';
  const top = checkAgainst(f?.yaml ?? null, file, f?.value ?? {}, ConfigFileSchema, problems) ?? ConfigFileSchema.parse({});
  const pipeline: PipelineComponent[] = [];
  const rawPipeline = top.pipeline ?? null;
  (rawPipeline ?? []).forEach((entry, i) => {
    const at = ['pipeline', i];
    const pos = f?.yaml ? posAt(f.yaml, [...at, 'name']) : undefined;
    const name = entry.name;
    let checked: PipelineComponent | null = null;
    if ((LLM_GENERATOR_NAMES as readonly string[]).includes(name))
      checked = checkAgainst(f?.yaml ?? null, file, entry, LlmCommandGeneratorFileSchema, problems, at);
    else if (name === 'PortierRussianNLU') checked = checkAgainst(f?.yaml ?? null, file, entry, PortierRussianNluSchema, problems, at);
    else if (name === 'NLUCommandAdapter') checked = checkAgainst(f?.yaml ?? null, file, entry, NluCommandAdapterSchema, problems, at);
    else if (REPLACED_COMPONENTS.has(name))
      problems.push({ severity: 'warning', pos, message: `${describe(at)}: ${name} is not used; PortierRussianNLU classifies intents and extracts entities` });
    else if (name === 'LLMBasedRouter' || name === 'IntentBasedRouter')
      problems.push({ severity: 'warning', pos, message: `${describe(at)}: ${name} is not supported (no NLU/CALM coexistence); every message goes to flows` });
    else problems.push({ severity: 'warning', pos, message: `${describe(at)}: unknown component "${name}" is ignored` });
    if (checked) pipeline.push(checked);
  });
  const policies: PolicyConfig[] = [];
  (top.policies ?? [{ name: 'FlowPolicy' }]).forEach((entry, i) => {
    const at = ['policies', i];
    const pos = f?.yaml ? posAt(f.yaml, [...at, 'name']) : undefined;
    if (entry.name === 'FlowPolicy') {
      const p = checkAgainst(f?.yaml ?? null, file, entry, FlowPolicySchema, problems, at);
      if (p) policies.push(p);
    } else if (entry.name === 'EnterpriseSearchPolicy') {
      const p = checkAgainst(f?.yaml ?? null, file, entry, EnterpriseSearchPolicySchema, problems, at);
      if (p) policies.push(p);
    } else {
      problems.push({
        severity: 'warning',
        pos,
        message: `${describe(at)}: policy ${entry.name} is not supported and is ignored; CALM flows run under FlowPolicy`,
      });
    }
  });
  if (!policies.some((p) => p.name === 'FlowPolicy')) {
    const pos = f?.yaml ? posAt(f.yaml, ['policies']) : undefined;
    problems.push({ severity: 'warning', pos, message: 'policies: FlowPolicy is not listed; Portier runs flows as if it were' });
    policies.unshift({ name: 'FlowPolicy' });
  }
  const finalPipeline = rawPipeline === null ? DEFAULT_PIPELINE : pipeline;
  if (top.portier?.understanding === 'llm' && !finalPipeline.some((c) => 'llm' in c)) {
    const pos = f?.yaml ? posAt(f.yaml, ['portier', 'understanding']) : undefined;
    problems.push({
      severity: 'error',
      pos,
      message: 'portier.understanding is "llm" but the pipeline has no LLM command generator (e.g. CompactLLMCommandGenerator)',
    });
  }
  if (top.language !== 'ru') {
    const pos = f?.yaml ? posAt(f.yaml, ['language']) : undefined;
    problems.push({
      severity: 'warning',
      pos,
      message: `language "${top.language}": the offline understanding is Russian only (default responses are in English)`,
    });
  }
  return {
    recipe: top.recipe,
    language: top.language,
    additional_languages: top.additional_languages ?? [],
    assistant_id: top.assistant_id ?? 'portier',
    pipeline: finalPipeline,
    policies,
    portier: top.portier ?? PortierSettingsSchema.parse({}),
  };
}

function loadEndpoints(f: LoadedFile | null, root: string, env: Env, problems: Problem[]): EndpointsConfig {
  const file = f?.file ?? 'endpoints.yml';
  const top = checkAgainst(f?.yaml ?? null, file, f?.value ?? {}, EndpointsFileSchema, problems) ?? {};
  for (const key of UNUSED_ENDPOINT_KEYS) {
    if (top[key] !== undefined && f?.yaml)
      problems.push({ severity: 'warning', pos: keyPosAt(f.yaml, [], key), message: `${key} is not supported by Portier yet and is ignored` });
  }
  const dataDir = resolve(root, env.PORTIER_DATA_DIR || '.portier');
  const tracker = top.tracker_store ?? { type: 'sql' as const, dialect: 'sqlite' as const, db: join(dataDir, 'tracker.db') };
  if (tracker.dialect === 'postgres') tracker.dialect = 'postgresql';
  if (tracker.type === 'sql' && tracker.dialect === 'sqlite') {
    const db = String(tracker.db ?? 'tracker.db');
    tracker.db = db === ':memory:' || isAbsolute(db) ? db : resolve(root, db);
  }
  return {
    action_endpoint: actionEndpoint(top.action_endpoint ?? null, f, problems),
    model_groups: top.model_groups ?? [
      { id: 'openai_llm', models: [{ provider: 'openai', model: 'gpt-4', api_key: env.OPENAI_API_KEY, api_base: env.OPENAI_BASE_URL }] },
    ],
    tracker_store: tracker,
    lock_store: top.lock_store ?? { type: 'in_memory' },
    nlg: nlgOf(top.nlg, f, problems),
    interaction_handling: top.interaction_handling ?? { global_silence_timeout: 7 },
  };
}

/** Rasa's NLG settings; a custom NLG class (Python) cannot run here, so the domain's responses are used. */
function nlgOf(raw: z.output<typeof EndpointsFileSchema>['nlg'], f: LoadedFile | null, problems: Problem[]): EndpointsConfig['nlg'] {
  if (!raw) return { type: 'response' };
  const parsed = NlgSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const pos = f?.yaml ? posAt(f.yaml, ['nlg', 'type']) : undefined;
  problems.push({
    severity: 'warning',
    pos,
    message: `nlg.type: the custom NLG class "${String(raw.type)}" is not run by Portier; responses are used as written`,
  });
  return { type: 'response' };
}

/** The action server to call; `actions_module` (Python actions in Rasa's process) cannot run here. */
function actionEndpoint(raw: z.output<typeof ActionEndpointFileSchema> | null, f: LoadedFile | null, problems: Problem[]): EndpointsConfig['action_endpoint'] {
  if (!raw) return null;
  const { actions_module: module, url, ...rest } = raw;
  if (module !== undefined) {
    const pos = f?.yaml ? posAt(f.yaml, ['action_endpoint', 'actions_module']) : undefined;
    const then = url ? `the action server at ${url} is used` : 'set action_endpoint.url to that server';
    problems.push({
      severity: 'warning',
      pos,
      message: `action_endpoint.actions_module "${module}": Portier cannot run Python action modules; serve them with \`rasa run actions\` (or any Rasa SDK action server) and ${then}`,
    });
  } else if (!url) {
    const pos = f?.yaml ? posAt(f.yaml, ['action_endpoint']) : undefined;
    problems.push({ severity: 'error', pos, message: 'action_endpoint needs a url (the Rasa SDK action server, e.g. http://localhost:5055/webhook)' });
  }
  return url ? { url, ...rest } : null;
}

function checkModelGroups(config: AssistantConfig, endpoints: EndpointsConfig, cf: LoadedFile | null, problems: Problem[]): void {
  config.pipeline.forEach((c, i) => {
    if (!('llm' in c) || !c.llm.model_group) return;
    if (endpoints.model_groups.some((g) => g.id === c.llm.model_group)) return;
    const pos = cf?.yaml ? posAt(cf.yaml, ['pipeline', i, 'llm', 'model_group']) : undefined;
    problems.push({ severity: 'error', pos, message: `model_group "${c.llm.model_group}" is not defined in endpoints.yml model_groups` });
  });
}

/**
 * Reads the project's config.yml, endpoints.yml and credentials.yml (falling back to credentials.example.yml,
 * then to built-in defaults). Never throws for content problems: they are returned, errors and warnings alike.
 */
export function loadProjectConfig(root: string, env: Env, paths: ProjectPaths = {}): ProjectConfig {
  const problems: Problem[] = [];
  const unset: UnsetList = [];
  const open = (name: string): LoadedFile | null => {
    const path = resolve(root, name);
    return existsSync(path) ? loadFile(path, env, problems, unset) : null;
  };
  /** A file named on the command line must exist; a default one may be absent. */
  const openGiven = (given: string | undefined, fallback: string, option: string): LoadedFile | null => {
    if (given === undefined) return open(fallback);
    const file = open(given);
    if (!file) problems.push({ severity: 'error', message: `${option} ${given}: no such file` });
    return file;
  };
  const cf = openGiven(paths.config, 'config.yml', '--config');
  let mark = problems.length;
  const config = loadAssistantConfig(cf, problems);
  if (cf) explainUnset(problems, mark, cf.file, unset);
  if (paths.data?.length) config.portier = { ...config.portier, data: paths.data.map((d) => resolve(root, d)) };
  if (paths.domain !== undefined) {
    config.portier = { ...config.portier, domain: resolve(root, paths.domain) };
    if (!existsSync(config.portier.domain!)) problems.push({ severity: 'error', message: `--domain ${paths.domain}: no such file or folder` });
  }

  const ef = openGiven(paths.endpoints, 'endpoints.yml', '--endpoints');
  mark = problems.length;
  const endpoints = loadEndpoints(ef, root, env, problems);
  if (ef) explainUnset(problems, mark, ef.file, unset);
  checkModelGroups(config, endpoints, cf, problems);

  const kf = paths.credentials !== undefined ? openGiven(paths.credentials, '', '--credentials') : (open('credentials.yml') ?? open('credentials.example.yml'));
  mark = problems.length;
  const credentials: CredentialsConfig = kf
    ? ((checkAgainst(kf.yaml, kf.file, kf.value, CredentialsFileSchema, problems) ?? { rest: {} }) as CredentialsConfig)
    : { rest: {} };
  if (kf) explainUnset(problems, mark, kf.file, unset);
  for (const channel of ['socketio', 'browser_audio'] as const) {
    if (credentials[channel] != null && kf?.yaml)
      problems.push({ severity: 'warning', pos: keyPosAt(kf.yaml, [], channel), message: `the ${channel} channel is not served by Portier yet; ignored` });
  }
  for (const key of Object.keys(credentials) as (keyof CredentialsConfig)[]) if (credentials[key] == null) delete credentials[key];

  return {
    config,
    endpoints,
    credentials,
    problems,
    files: { config: cf?.file ?? null, endpoints: ef?.file ?? null, credentials: kf?.file ?? null },
    unsetVariables: unset,
  };
}
