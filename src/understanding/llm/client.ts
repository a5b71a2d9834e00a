// Chat-completions client for any OpenAI-compatible API, with a per-turn deadline, bounded retries on
// 429/5xx/connection errors (exponential backoff, Retry-After honoured) and a circuit breaker.
import OpenAI, { type ClientOptions, APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, AzureOpenAI } from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { fetch as undiciFetch } from 'undici';
import { CircuitBreaker } from './circuit-breaker.ts';
import { categoryForStatus, LlmError } from './errors.ts';
import { type GigaChatTokenSource, gigachatTokenSource } from './gigachat-token.ts';
import { type LlmLogger, silentLogger } from './logger.ts';
import { breakerValue, type LlmMetrics } from './metrics.ts';
import type { LlmSettings } from './settings.ts';

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

export interface ChatResult {
  text: string;
  usage: TokenUsage | null;
  latencyMs: number;
  attempts: number;
}

export interface LlmClientOptions {
  settings: LlmSettings;
  logger?: LlmLogger;
  metrics?: LlmMetrics | null;
  /** Injected for deterministic tests. */
  now?: () => number;
  random?: () => number;
  /** First backoff step; doubles per retry. */
  backoffMs?: number;
}

/** Below this, another attempt cannot finish inside the turn's budget, so we stop retrying. */
const MIN_ATTEMPT_MS = 150;

/** fetch through undici with GigaChat's trust store (global fetch cannot take another undici's dispatcher). */
function trustingFetch(dispatcher: NonNullable<GigaChatTokenSource['dispatcher']>): NonNullable<ClientOptions['fetch']> {
  const call = (url: string | URL | Request, init?: RequestInit) => undiciFetch(url as string, { ...(init as object), dispatcher });
  return call as unknown as NonNullable<ClientOptions['fetch']>;
}

export function createOpenAiSdk(settings: LlmSettings, gigachat: GigaChatTokenSource | null = null): OpenAI {
  const common = { maxRetries: 0, timeout: settings.timeoutMs, defaultHeaders: settings.headers };
  // GigaChat speaks the same chat-completions protocol with a short-lived token and its own root CA.
  if (gigachat) {
    const dispatcher = gigachat.dispatcher;
    return new OpenAI({
      ...common,
      baseURL: settings.baseURL,
      apiKey: () => gigachat.token(),
      ...(dispatcher ? { fetch: trustingFetch(dispatcher) } : {}),
    });
  }
  // YandexGPT: the API key (or an IAM token) as the bearer, the folder as the OpenAI project, as Yandex documents.
  if (settings.yandex) return new OpenAI({ ...common, apiKey: settings.apiKey ?? 'no-key', baseURL: settings.baseURL, project: settings.yandex.folderId });
  // Local servers (Ollama, vLLM, llama.cpp) accept any bearer token; the SDK refuses to start without one.
  const apiKey = settings.apiKey ?? 'no-key';
  if (settings.azure) {
    // baseURL, not endpoint: the SDK would otherwise also read OPENAI_BASE_URL and refuse the pair.
    const baseURL = /\/openai$/.test(settings.baseURL) ? settings.baseURL : `${settings.baseURL}/openai`;
    return new AzureOpenAI({ ...common, baseURL, apiKey, apiVersion: settings.azure.apiVersion, deployment: settings.azure.deployment });
  }
  return new OpenAI({ ...common, apiKey, baseURL: settings.baseURL });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const value = headers?.get('retry-after-ms') ?? undefined;
  if (value && Number.isFinite(Number(value))) return Number(value);
  const seconds = headers?.get('retry-after');
  if (seconds && Number.isFinite(Number(seconds))) return Number(seconds) * 1000;
  return undefined;
}

export class LlmClient {
  readonly breaker: CircuitBreaker;
  private readonly sdk: OpenAI;
  private readonly settings: LlmSettings;
  private readonly logger: LlmLogger;
  private readonly metrics: LlmMetrics | null;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly backoffMs: number;
  /** GigaChat's token exchange, when the provider is gigachat. */
  readonly gigachat: GigaChatTokenSource | null;

  constructor(options: LlmClientOptions) {
    this.settings = options.settings;
    this.logger = options.logger ?? silentLogger;
    this.metrics = options.metrics ?? null;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.backoffMs = options.backoffMs ?? 200;
    const giga = this.settings.gigachat;
    this.gigachat = giga ? gigachatTokenSource({ ...giga, credentials: this.settings.apiKey ?? '', ...(options.now ? { now: options.now } : {}) }) : null;
    this.sdk = createOpenAiSdk(this.settings, this.gigachat);
    this.breaker = new CircuitBreaker({
      failureThreshold: this.settings.breaker.failureThreshold,
      coolDownMs: this.settings.breaker.coolDownMs,
      now: this.now,
      onStateChange: (state, previous) => {
        this.metrics?.breaker.set({ model: this.settings.model }, breakerValue(state));
        const log = state === 'open' ? this.logger.warn : this.logger.info;
        log.call(this.logger, { model: this.settings.model, baseURL: this.settings.baseURL, state, previous }, 'llm.breaker.state');
      },
    });
  }

  private errorContext(status?: number): LlmError['context'] {
    return { model: this.settings.model, baseURL: this.settings.baseURL, ...(status !== undefined ? { status } : {}) };
  }

  /** Sends one prompt as a single user message. Throws LlmError; never waits longer than settings.timeoutMs. */
  async complete(prompt: string, signal?: AbortSignal): Promise<ChatResult> {
    if (!this.breaker.tryAcquire()) {
      throw new LlmError(`LLM circuit breaker is open; next try in ${Math.ceil(this.breaker.retryInMs() / 1000)} s`, 'breaker-open', this.errorContext());
    }
    const started = this.now();
    const deadline = started + this.settings.timeoutMs;
    try {
      const result = await this.withRetries(prompt, deadline, signal);
      this.breaker.recordSuccess();
      return { ...result, latencyMs: this.now() - started };
    } catch (error) {
      const llmError = error instanceof LlmError ? error : new LlmError(String(error), 'connectivity', this.errorContext());
      // A caller hanging up (abort) says nothing about the LLM's health.
      if (llmError.category === 'aborted') this.breaker.release();
      else this.breaker.recordFailure();
      throw llmError;
    }
  }

  private async withRetries(prompt: string, deadline: number, signal?: AbortSignal): Promise<Omit<ChatResult, 'latencyMs'>> {
    for (let attempt = 1; ; attempt++) {
      const remaining = deadline - this.now();
      if (remaining <= 0) throw new LlmError(`LLM did not answer within ${this.settings.timeoutMs} ms`, 'timeout', this.errorContext());
      try {
        const answer = await this.attempt(prompt, remaining, signal);
        return { ...answer, attempts: attempt };
      } catch (error) {
        const llmError = this.toLlmError(error, signal);
        // A GigaChat token can be revoked before its expiry: one more try with a fresh one.
        if (this.gigachat && llmError.context.status === 401 && attempt === 1) {
          this.gigachat.invalidate();
          continue;
        }
        const left = deadline - this.now();
        const delay = llmError.context.retryAfterMs ?? this.backoffMs * 2 ** (attempt - 1) * (0.75 + this.random() * 0.5);
        const canRetry = llmError.retryable && attempt <= this.settings.maxRetries && delay + MIN_ATTEMPT_MS < left;
        if (!canRetry) throw llmError;
        this.metrics?.retries.inc({ model: this.settings.model, category: llmError.category });
        this.logger.warn(
          { model: this.settings.model, category: llmError.category, status: llmError.context.status, attempt, delayMs: Math.round(delay) },
          'llm.request.retry',
        );
        await sleep(delay, signal ?? new AbortController().signal);
        if (signal?.aborted) throw new LlmError('LLM request aborted by the caller', 'aborted', this.errorContext());
      }
    }
  }

  /** One HTTP request, aborted when the turn's budget runs out. Streaming is used when settings.stream is set. */
  async attempt(prompt: string, budgetMs: number, signal?: AbortSignal, maxTokens?: number): Promise<{ text: string; usage: TokenUsage | null }> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new LlmError('deadline', 'timeout')), budgetMs);
    const onAbort = (): void => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const body: ChatCompletionCreateParamsNonStreaming = {
      model: this.settings.azure?.deployment ?? this.settings.model,
      messages: [{ role: 'user', content: prompt }],
      temperature: this.settings.temperature,
      [this.settings.maxTokensField]: maxTokens ?? this.settings.maxTokens,
      ...(this.settings.topP !== null ? { top_p: this.settings.topP } : {}),
      ...(this.settings.seed !== null ? { seed: this.settings.seed } : {}),
    };
    const requestOptions = { signal: controller.signal, timeout: budgetMs + 1000, maxRetries: 0 };
    try {
      if (!this.settings.stream) {
        const completion = await this.sdk.chat.completions.create(body, requestOptions);
        const usage = completion.usage ? { promptTokens: completion.usage.prompt_tokens, completionTokens: completion.usage.completion_tokens } : null;
        return { text: completion.choices[0]?.message?.content ?? '', usage };
      }
      const stream = await this.sdk.chat.completions.create({ ...body, stream: true, stream_options: { include_usage: true } }, requestOptions);
      let text = '';
      let usage: TokenUsage | null = null;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta?.content ?? '';
        if (chunk.usage) usage = { promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
      }
      return { text, usage };
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (controller.signal.aborted === false) controller.abort();
    }
  }

  /** Maps SDK errors onto our categories (one place), keeping status and Retry-After. */
  toLlmError(error: unknown, signal?: AbortSignal): LlmError {
    if (error instanceof LlmError) return error;
    // The SDK wraps what a key function (GigaChat's token exchange) throws.
    if (error instanceof Error && error.cause instanceof LlmError) return error.cause;
    const ctx = this.errorContext();
    if (error instanceof APIUserAbortError || (error instanceof Error && error.name === 'AbortError')) {
      if (signal?.aborted) return new LlmError('LLM request aborted by the caller', 'aborted', ctx);
      return new LlmError(`LLM did not answer within ${this.settings.timeoutMs} ms`, 'timeout', ctx);
    }
    if (error instanceof APIConnectionTimeoutError) return new LlmError(`LLM did not answer within ${this.settings.timeoutMs} ms`, 'timeout', ctx);
    if (error instanceof APIConnectionError) return new LlmError(`cannot reach the LLM at ${this.settings.baseURL}: ${error.message}`, 'connectivity', ctx);
    if (error instanceof APIError && typeof error.status === 'number') {
      // OpenAI answers 429 both for "slow down" and for "no money left"; only the first heals by waiting.
      const category = error.status === 429 && error.code === 'insufficient_quota' ? 'quota' : categoryForStatus(error.status);
      const retryAfter = retryAfterMs(error.headers);
      return new LlmError(`LLM answered HTTP ${error.status}: ${error.message}`, category, {
        ...this.errorContext(error.status),
        ...(retryAfter !== undefined ? { retryAfterMs: retryAfter } : {}),
      });
    }
    return new LlmError(`LLM request failed: ${error instanceof Error ? error.message : String(error)}`, 'connectivity', ctx);
  }
}
