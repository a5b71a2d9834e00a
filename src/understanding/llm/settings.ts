// LLM settings as Rasa Pro writes them (config.yml pipeline entry + endpoints.yml model_groups), resolved into
// one flat object the client and generator use. The YAML files are read by config-cli; we accept plain objects.
import { z } from 'zod';
import type { Env } from '../../config/env.ts';
import { createProviderRegistry } from '../../providers/registry.ts';
import { LlmConfigError } from './errors.ts';
import { LLM_GENERATOR_NAMES, type LlmBlockConfig, LlmCommandGeneratorSchema, type LlmCommandGeneratorEntry, LlmModelGroupSchema } from './schema.ts';

/** endpoints.yml as the LLM settings read it: the model groups (and the nlg block, for the rephraser). */
export const endpointsSchema = z.looseObject({
  model_groups: z.array(LlmModelGroupSchema).nullish(),
  nlg: z.looseObject({ type: z.string().optional() }).nullish(),
});

export type PipelineEntry = LlmCommandGeneratorEntry;

export interface LlmSettings {
  generator: string;
  modelGroup: string | null;
  provider: string;
  model: string;
  baseURL: string;
  /** Where baseURL came from, for the startup log ("config", "OPENAI_BASE_URL", "provider default"). */
  baseURLSource: string;
  apiKey: string | null;
  apiKeySource: string | null;
  azure: { apiVersion: string; deployment: string } | null;
  temperature: number;
  topP: number | null;
  maxTokens: number;
  /** Which request field carries maxTokens: OpenAI's reasoning models refuse max_tokens. */
  maxTokensField: 'max_tokens' | 'max_completion_tokens';
  seed: number | null;
  /** Budget for one turn's LLM call, retries included. */
  timeoutMs: number;
  maxRetries: number;
  stream: boolean;
  headers: Record<string, string>;
  promptTemplate: string | null;
  maxInputCharacters: number;
  historyTurns: number;
  flowRetrieval: boolean;
  breaker: { failureThreshold: number; coolDownMs: number };
  /** YandexGPT through Yandex Cloud's OpenAI-compatible API: the folder goes out as OpenAI-Project. */
  yandex: { folderId: string } | null;
  /** GigaChat: apiKey holds the authorization key, exchanged at authUrl for 30-minute access tokens. */
  gigachat: { authUrl: string; scope: string; caFile: string | null } | null;
}

export const DEFAULT_TIMEOUT_MS = 5000;
export const GIGACHAT_AUTH_URL = 'https://ngw.devices.sberbank.ru:9443/api/v2/oauth';

/** What Portier knows of an LLM provider: where it answers, where its key comes from, the model when none is named. */
interface LlmProvider {
  baseURL?: string;
  /** Environment variables holding the key, first match wins. */
  keyVariables: readonly string[];
  /** Usually runs on our own hardware and needs no key. */
  keyless: boolean;
  defaultModel: string;
}

const openaiCompatible = (baseURL?: string, keyless = false): LlmProvider => ({
  ...(baseURL ? { baseURL } : {}),
  keyVariables: ['OPENAI_API_KEY'],
  keyless,
  defaultModel: 'gpt-4',
});

/**
 * LLM providers by the model config's `provider:` (Rasa and litellm spell some in several ways). A name not
 * registered is an OpenAI-compatible API at its api_base.
 */
export const llmProviders = createProviderRegistry<void, LlmProvider>(
  'LLM provider',
  {
    openai: () => openaiCompatible('https://api.openai.com/v1'),
    azure: () => ({ keyVariables: ['AZURE_API_KEY', 'AZURE_OPENAI_API_KEY', 'OPENAI_API_KEY'], keyless: false, defaultModel: 'gpt-4' }),
    ollama: () => openaiCompatible('http://localhost:11434/v1', true),
    'self-hosted': () => openaiCompatible('http://localhost:8000/v1', true),
    vllm: () => openaiCompatible('http://localhost:8000/v1', true),
    'llama.cpp': () => openaiCompatible('http://localhost:8080/v1', true),
    llamacpp: () => openaiCompatible('http://localhost:8080/v1', true),
    yandex: () => ({
      baseURL: 'https://llm.api.cloud.yandex.net/v1',
      keyVariables: ['YANDEX_API_KEY', 'YANDEX_IAM_TOKEN'],
      keyless: false,
      defaultModel: 'yandexgpt/latest',
    }),
    gigachat: () => ({
      baseURL: 'https://gigachat.devices.sberbank.ru/api/v1',
      keyVariables: ['GIGACHAT_CREDENTIALS'],
      keyless: false,
      defaultModel: 'GigaChat',
    }),
  },
  { yandexgpt: 'yandex', yandex_gpt: 'yandex', yandexcloud: 'yandex', giga: 'gigachat', sber: 'gigachat' },
);

const providerInfo = (provider: string): LlmProvider => (llmProviders.has(provider) ? llmProviders.create(provider, undefined) : openaiCompatible());

/** YandexGPT's model URI: a short name (yandexgpt, yandexgpt-lite/latest) becomes gpt://<folder>/<name>/<version>. */
function yandexModelUri(model: string, folderId: string): string {
  if (/^[a-z]+:\/\//.test(model)) return model;
  return `gpt://${folderId}/${model.includes('/') ? model : `${model}/latest`}`;
}

/** Finds the LLM command generator in a config.yml pipeline (names may carry a module path). */
export function findLlmPipelineEntry(pipeline: readonly unknown[] | undefined): PipelineEntry | null {
  for (const item of pipeline ?? []) {
    const parsed = LlmCommandGeneratorSchema.safeParse(item);
    if (!parsed.success) continue;
    const short = parsed.data.name.split('.').pop() ?? '';
    if ((LLM_GENERATOR_NAMES as readonly string[]).includes(short)) return parsed.data;
  }
  return null;
}

/** Replaces `${VAR}` / `${VAR:-default}` as in endpoints.yml; an unset variable becomes empty (then treated as absent). */
function expandEnv(value: string | undefined, env: Env): string | undefined {
  if (value === undefined) return undefined;
  const out = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (_m, name: string, fallback?: string) => env[name] || fallback || '');
  return out.trim() === '' ? undefined : out;
}

function describeIssues(error: z.ZodError, where: string): string {
  return error.issues.map((i) => `${where}.${i.path.join('.')}: ${i.message}`).join('; ');
}

/** Turns the pipeline entry + endpoints + environment into LlmSettings. Throws LlmConfigError with a fix-it sentence. */
export function resolveLlmSettings(pipelineEntry: unknown, endpoints: unknown, env: Env): LlmSettings {
  const entryParsed = LlmCommandGeneratorSchema.safeParse(pipelineEntry);
  if (!entryParsed.success) throw new LlmConfigError(`config.yml pipeline entry is invalid: ${describeIssues(entryParsed.error, 'pipeline')}`);
  const endpointsParsed = endpointsSchema.safeParse(endpoints ?? {});
  if (!endpointsParsed.success) throw new LlmConfigError(`endpoints.yml is invalid: ${describeIssues(endpointsParsed.error, 'endpoints')}`);
  const entry = entryParsed.data;
  const llm = entry.llm ?? {};

  let model: LlmBlockConfig = llm;
  const modelGroup = llm.model_group ?? null;
  if (modelGroup) {
    const groups = endpointsParsed.data.model_groups ?? [];
    const group = groups.find((g) => g.id === modelGroup);
    if (!group) {
      const known = groups.map((g) => g.id).join(', ') || 'none';
      throw new LlmConfigError(`config.yml ${entry.name}.llm.model_group "${modelGroup}" is not in endpoints.yml model_groups (defined: ${known})`);
    }
    // Several models in a group are a router in Rasa; we use the first and let the breaker/fallback cover outages.
    model = {
      ...group.models[0],
      ...stripUndefined({ temperature: llm.temperature, max_tokens: llm.max_tokens, max_completion_tokens: llm.max_completion_tokens, timeout: llm.timeout }),
    };
  }

  const provider = llmProviders.canonical(model.provider ?? model.type ?? 'openai');
  const info = providerInfo(provider);
  const defaultModel = info.defaultModel;
  let modelName = model.model ?? model.model_name ?? (provider === 'azure' ? model.deployment : undefined) ?? defaultModel;

  const configBase = expandEnv(model.api_base, env);
  const envBase = provider === 'azure' ? (env.AZURE_API_BASE ?? env.AZURE_OPENAI_ENDPOINT) : (env.OPENAI_BASE_URL ?? env.OPENAI_API_BASE);
  let baseURL: string;
  let baseURLSource: string;
  if (configBase) [baseURL, baseURLSource] = [configBase, 'config'];
  else if (envBase) [baseURL, baseURLSource] = [envBase, provider === 'azure' ? 'AZURE_API_BASE' : env.OPENAI_BASE_URL ? 'OPENAI_BASE_URL' : 'OPENAI_API_BASE'];
  else if (info.baseURL) [baseURL, baseURLSource] = [info.baseURL, 'provider default'];
  else throw new LlmConfigError(`LLM provider "${provider}" needs api_base in the model config (or OPENAI_BASE_URL)`);
  // Rasa (through litellm) writes Ollama's base without /v1; the OpenAI-compatible routes live under /v1.
  if (provider === 'ollama' && !/\/v1\/?$/.test(baseURL)) baseURL = `${baseURL.replace(/\/+$/, '')}/v1`;

  const configKey = expandEnv(model.api_key, env);
  const keyNames = info.keyVariables;
  const envKeyName = keyNames.find((name) => env[name]?.trim()) ?? keyNames[0]!;
  const envKey = env[envKeyName]?.trim() || undefined;
  const apiKey = configKey ?? envKey ?? null;
  const apiKeySource = configKey ? 'config' : envKey ? envKeyName : null;

  let azure: LlmSettings['azure'] = null;
  if (provider === 'azure') {
    const apiVersion = expandEnv(model.api_version, env) ?? env.AZURE_API_VERSION ?? env.OPENAI_API_VERSION;
    if (!apiVersion) throw new LlmConfigError('LLM provider "azure" needs api_version in the model config (or AZURE_API_VERSION)');
    azure = { apiVersion, deployment: model.deployment ?? modelName };
  }

  let yandex: LlmSettings['yandex'] = null;
  if (provider === 'yandex') {
    const folderId = expandEnv(model.folder_id, env) ?? env.YANDEX_FOLDER_ID?.trim();
    if (!folderId && !/^[a-z]+:\/\//.test(modelName))
      throw new LlmConfigError('LLM provider "yandex" needs the Yandex Cloud folder: folder_id in the model config or YANDEX_FOLDER_ID');
    if (folderId) {
      modelName = yandexModelUri(modelName, folderId);
      yandex = { folderId };
    } else yandex = { folderId: modelName.split('/')[2] ?? '' };
  }
  const gigachat: LlmSettings['gigachat'] =
    provider === 'gigachat'
      ? {
          authUrl: expandEnv(model.auth_url, env) ?? env.GIGACHAT_AUTH_URL ?? GIGACHAT_AUTH_URL,
          scope: expandEnv(model.scope, env) ?? env.GIGACHAT_SCOPE ?? 'GIGACHAT_API_PERS',
          caFile: expandEnv(model.ca_file, env) ?? env.GIGACHAT_CA_BUNDLE_FILE ?? null,
        }
      : null;

  const timeoutSeconds = model.timeout ?? model.request_timeout;
  const settings: LlmSettings = {
    generator: entry.name.split('.').pop() ?? entry.name,
    modelGroup,
    provider,
    model: modelName,
    baseURL: baseURL.replace(/\/+$/, ''),
    baseURLSource,
    apiKey,
    apiKeySource,
    azure,
    temperature: model.temperature ?? 0,
    topP: model.top_p ?? null,
    maxTokens: model.max_tokens ?? model.max_completion_tokens ?? 256,
    maxTokensField: model.max_tokens === undefined && model.max_completion_tokens !== undefined ? 'max_completion_tokens' : 'max_tokens',
    seed: model.seed ?? null,
    timeoutMs: timeoutSeconds !== undefined ? Math.round(timeoutSeconds * 1000) : DEFAULT_TIMEOUT_MS,
    maxRetries: model.max_retries ?? 2,
    stream: model.stream ?? false,
    headers: model.extra_headers ?? {},
    promptTemplate: entry.prompt_template ?? entry.prompt ?? null,
    maxInputCharacters: entry.user_input?.max_characters ?? 420,
    historyTurns: entry.history_turns ?? 20,
    flowRetrieval: entry.flow_retrieval?.active ?? true,
    breaker: {
      failureThreshold: entry.circuit_breaker?.failure_threshold ?? 3,
      coolDownMs: Math.round((entry.circuit_breaker?.cool_down ?? 30) * 1000),
    },
    yandex,
    gigachat,
  };
  if (settings.timeoutMs <= 0) throw new LlmConfigError(`${entry.name}.llm.timeout must be positive (seconds)`);
  if (settings.maxRetries < 0 || settings.maxRetries > 10) throw new LlmConfigError(`llm max_retries must be 0..10 (got ${settings.maxRetries})`);
  return settings;
}

function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export interface UnderstandingDecision {
  use: 'llm' | 'offline';
  /** One sentence for the startup log. */
  reason: string;
}

/** config.yml `portier.understanding`: auto (LLM when usable), llm (always), nlu (never). */
export type UnderstandingMode = 'auto' | 'llm' | 'nlu';

/** Says whether the runtime should understand with the LLM or the offline generator, and why. */
export function decideUnderstanding(settings: LlmSettings | null, env: Env, mode: UnderstandingMode = 'auto'): UnderstandingDecision {
  if (mode === 'nlu') return { use: 'offline', reason: 'config.yml portier.understanding is "nlu"' };
  if (!settings) return { use: 'offline', reason: 'config.yml has no LLM command generator in its pipeline' };
  const off = env.PORTIER_LLM?.toLowerCase();
  if (off === 'off' || off === '0' || off === 'false') return { use: 'offline', reason: 'PORTIER_LLM=off disables the LLM' };
  const where = `model ${settings.model} at ${settings.baseURL}`;
  // Forced on: the startup check then names a missing or wrong key in one line.
  if (mode === 'llm') return { use: 'llm', reason: `config.yml portier.understanding is "llm": ${settings.generator} with ${where}` };
  if (settings.apiKey) return { use: 'llm', reason: `${settings.generator} with ${where} (key from ${settings.apiKeySource})` };
  if (providerInfo(settings.provider).keyless || isLocalUrl(settings.baseURL)) {
    return { use: 'llm', reason: `${settings.generator} with local ${where} (no key needed)` };
  }
  const keyName = providerInfo(settings.provider).keyVariables.slice(0, 2).join(' or ');
  return { use: 'offline', reason: `no API key for ${where}: set ${keyName} to use the LLM; understanding offline` };
}

function isLocalUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '::1' || host === '[::1]';
  } catch {
    return false;
  }
}
