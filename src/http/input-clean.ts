// What every request body goes through before a route sees it: NUL characters are dropped and lone UTF-16
// surrogates become U+FFFD. PostgreSQL refuses both (text and jsonb) where SQLite stores them, so without this
// the same message would be answered on one database and fail with 500 on the other.
import type { FastifyInstance, FastifyRequest } from 'fastify';

// Without the u flag a regex sees UTF-16 code units: a high surrogate not followed by a low one, or the reverse.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

/** A string PostgreSQL and every JSON consumer accept: no NUL, no unpaired surrogate. */
export function cleanText(text: string): string {
  const withoutNul = text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
  return LONE_SURROGATE.test(withoutNul) ? withoutNul.replace(LONE_SURROGATE_ALL, '\ufffd') : withoutNul;
}

/** A parsed JSON value with every string (keys included) cleaned; depth is bounded by the body limit. */
export function cleanJson(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanJson);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) out[cleanText(key)] = cleanJson(field);
    return out;
  }
  return value;
}

/** C0/C1 control characters, which no id, name or phone number of ours contains. */
export const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Replaces the server's JSON parser with fastify's own (prototype-poisoning checks kept) followed by cleanJson.
 * Form bodies are not parsed here: a JSON-only server answers them 415 (channels that take forms, like
 * Twilio's webhook, parse them in their own scope).
 */
export function installCleanJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request: FastifyRequest, body: string | Buffer, done) => {
    parseJson(request, String(body), (error: Error | null, value?: unknown) => (error ? done(error, undefined) : done(null, cleanJson(value))));
  });
}
