// Typed LLM failures. Each carries a category so retry, breaker and fallback decide from one field.

export type LlmErrorCategory =
  | 'config'
  | 'auth'
  | 'invalid-request'
  | 'not-found'
  | 'rate-limit'
  | 'quota'
  | 'server'
  | 'timeout'
  | 'connectivity'
  | 'breaker-open'
  | 'aborted'
  | 'unparsable';

/** 429 and 5xx are worth another try; so are dropped connections. Auth and bad requests never heal by retrying. */
const RETRYABLE: ReadonlySet<LlmErrorCategory> = new Set(['rate-limit', 'server', 'connectivity']);

export class LlmError extends Error {
  readonly retryable: boolean;
  constructor(
    message: string,
    readonly category: LlmErrorCategory,
    readonly context: { model?: string; baseURL?: string; status?: number; retryAfterMs?: number; latencyMs?: number } = {},
  ) {
    super(message);
    this.name = 'LlmError';
    this.retryable = RETRYABLE.has(category);
  }
}

/** config.yml / endpoints.yml describe an LLM we cannot use (unknown model group, bad values). */
export class LlmConfigError extends LlmError {
  constructor(message: string) {
    super(message, 'config');
    this.name = 'LlmConfigError';
  }
}

/** The startup check failed: one line naming the base URL and the model. */
export class LlmStartupError extends LlmError {
  constructor(message: string, category: LlmErrorCategory, context: LlmError['context']) {
    super(message, category, context);
    this.name = 'LlmStartupError';
  }
}

/** Maps an HTTP status from a chat-completions endpoint to a category (one table, used everywhere). */
export function categoryForStatus(status: number): LlmErrorCategory {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate-limit';
  if (status >= 500) return 'server';
  return 'invalid-request';
}
