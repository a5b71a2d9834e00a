// GigaChat's access tokens: the authorization key (GIGACHAT_CREDENTIALS, "Basic" material from the developer
// console) is exchanged at the OAuth endpoint for a token that lives 30 minutes. The token is kept until a
// minute before it expires, refreshed once for concurrent callers, and dropped when the API says 401.
// Sber's servers are signed by the Russian Trusted Root CA, which Node does not trust by itself: its PEM file
// (ca_file / GIGACHAT_CA_BUNDLE_FILE) goes into the connection's trust store here and for the chat requests.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, fetch as undiciFetch } from 'undici';
import { z } from 'zod';
import { LlmError } from './errors.ts';

const TokenAnswer = z.looseObject({ access_token: z.string().min(1), expires_at: z.number() });

/** Refresh this long before the token's own expiry, so a turn never carries a token that dies on the way. */
const EARLY_MS = 60_000;

export interface GigaChatTokenOptions {
  authUrl: string;
  /** The authorization key: base64 of client_id:client_secret, as the developer console shows it. */
  credentials: string;
  scope: string;
  caFile: string | null;
  now?: () => number;
}

/** The connection settings GigaChat needs: the Russian root CA added to Node's own roots. */
export function gigachatDispatcher(caFile: string | null): Agent | undefined {
  if (!caFile) return undefined;
  let pem: string;
  try {
    pem = readFileSync(caFile, 'utf8');
  } catch (error) {
    throw new LlmError(`cannot read the GigaChat CA file ${caFile}: ${(error as Error).message}`, 'auth');
  }
  return new Agent({ connect: { ca: pem } });
}

export class GigaChatTokenSource {
  readonly dispatcher: Agent | undefined;
  private readonly options: GigaChatTokenOptions;
  private readonly now: () => number;
  private current: { token: string; expiresAt: number } | null = null;
  private pending: Promise<string> | null = null;
  /** Token exchanges made (tests and the startup check read it). */
  exchanges = 0;

  constructor(options: GigaChatTokenOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.dispatcher = gigachatDispatcher(options.caFile);
  }

  /** A valid access token, exchanging the key for a new one when there is none or it is about to expire. */
  token(): Promise<string> {
    if (this.current && this.current.expiresAt - EARLY_MS > this.now()) return Promise.resolve(this.current.token);
    this.pending ??= this.exchange().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** The API refused the token (401): the next request exchanges the key again. */
  invalidate(): void {
    this.current = null;
  }

  private async exchange(): Promise<string> {
    const { authUrl, credentials, scope } = this.options;
    let response: Awaited<ReturnType<typeof undiciFetch>>;
    try {
      response = await undiciFetch(authUrl, {
        method: 'POST',
        headers: {
          Authorization: `Basic ${credentials}`,
          RqUID: randomUUID(),
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: new URLSearchParams({ scope }).toString(),
        ...(this.dispatcher ? { dispatcher: this.dispatcher } : {}),
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const why = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/.test(cause?.code ?? '')
        ? `the server's certificate is not trusted: set GIGACHAT_CA_BUNDLE_FILE to the Russian Trusted Root CA (${cause?.code})`
        : (cause?.message ?? (error as Error).message);
      throw new LlmError(`cannot get a GigaChat token from ${authUrl}: ${why}`, 'connectivity', { model: 'GigaChat', baseURL: authUrl });
    }
    const text = await response.text();
    if (!response.ok) {
      const category = response.status === 401 || response.status === 400 ? 'auth' : response.status >= 500 ? 'server' : 'invalid-request';
      const hint = category === 'auth' ? ' (check GIGACHAT_CREDENTIALS and the scope)' : '';
      throw new LlmError(`GigaChat token exchange answered HTTP ${response.status}${hint}`, category, {
        model: 'GigaChat',
        baseURL: authUrl,
        status: response.status,
      });
    }
    const parsed = TokenAnswer.safeParse(JSON.parse(text || '{}'));
    if (!parsed.success)
      throw new LlmError('GigaChat token exchange answered without access_token/expires_at', 'server', { model: 'GigaChat', baseURL: authUrl });
    this.exchanges++;
    this.current = { token: parsed.data.access_token, expiresAt: parsed.data.expires_at };
    return parsed.data.access_token;
  }
}

const sources = new Map<string, GigaChatTokenSource>();

/**
 * One token source per key, scope and endpoint in the process: the command generator, the rephraser and the
 * start-up check share one token instead of each exchanging the key. A test clock gets its own.
 */
export function gigachatTokenSource(options: GigaChatTokenOptions): GigaChatTokenSource {
  if (options.now) return new GigaChatTokenSource(options);
  const key = JSON.stringify([options.authUrl, options.credentials, options.scope, options.caFile]);
  let source = sources.get(key);
  if (!source) {
    source = new GigaChatTokenSource(options);
    sources.set(key, source);
  }
  return source;
}
