// Startup check: one tiny request, so a wrong key or model is one clear line at boot, not a failure per turn.
import { LlmClient } from './client.ts';
import { LlmStartupError } from './errors.ts';
import type { LlmSettings } from './settings.ts';

export interface LlmCheck {
  model: string;
  baseURL: string;
  latencyMs: number;
}

/** Resolves when the LLM answers a one-token request; rejects with LlmStartupError (one line) otherwise. */
export async function verifyLlm(settings: LlmSettings, options: { client?: LlmClient } = {}): Promise<LlmCheck> {
  const client = options.client ?? new LlmClient({ settings });
  const { model, baseURL } = settings;
  const started = Date.now();
  try {
    await client.attempt('Ответь одним словом: готов?', settings.timeoutMs, undefined, 1);
    return { model, baseURL, latencyMs: Date.now() - started };
  } catch (error) {
    const e = client.toLlmError(error);
    const ctx = { model, baseURL, ...(e.context.status !== undefined ? { status: e.context.status } : {}) };
    const keyHint = settings.apiKeySource ? `the key from ${settings.apiKeySource}` : 'no key (set OPENAI_API_KEY)';
    const messages: Record<string, string> = {
      auth: `LLM at ${baseURL} rejected ${keyHint} for model ${model} (HTTP ${e.context.status ?? 401}); check the API key`,
      'not-found': `LLM at ${baseURL} answered 404 for model ${model}: check the model name, and that the base URL ends where /chat/completions follows (usually /v1)`,
      quota: `LLM at ${baseURL}: the account behind ${keyHint} has no quota left for model ${model} (HTTP 429 insufficient_quota)`,
      timeout: `LLM at ${baseURL} (model ${model}) did not answer within ${settings.timeoutMs} ms`,
      connectivity: `cannot reach the LLM at ${baseURL} (model ${model}): ${e.message}`,
    };
    throw new LlmStartupError(messages[e.category] ?? `LLM check failed at ${baseURL} for model ${model}: ${e.message}`, e.category, ctx);
  }
}
