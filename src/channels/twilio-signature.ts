// X-Twilio-Signature, as twilio-node's validateRequest/validateRequestWithBody compute it:
// base64(HMAC-SHA1(authToken, url + each sorted key + value)); JSON bodies sign the URL only and carry
// bodySHA256=<hex sha256 of the raw body> in its query.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export type SignedParams = Record<string, string | string[] | undefined>;

export function twilioSignature(authToken: string, url: string, params: SignedParams = {}): string {
  let data = url;
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of [...new Set(value)].sort()) data += key + v;
    else data += key + value;
  }
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Twilio is inconsistent about default ports in what it signs: try the URL with and without one. */
export function urlVariants(url: string): string[] {
  const parsed = new URL(url);
  const defaultPort = parsed.protocol === 'https:' ? '443' : '80';
  const withoutPort = new URL(url);
  withoutPort.port = '';
  const withPort = new URL(url);
  if (!withPort.port) withPort.port = defaultPort;
  // URL drops an explicit default port on assignment, so splice it into the string.
  const explicit = withPort.port ? withPort.toString() : withPort.toString().replace(parsed.host, `${parsed.hostname}:${defaultPort}`);
  return [...new Set([url, withoutPort.toString(), explicit])];
}

export function validateTwilioRequest(authToken: string, signature: string, url: string, params: SignedParams): boolean {
  return urlVariants(url).some((u) => safeEqual(twilioSignature(authToken, u, params), signature));
}

export function validateTwilioRequestWithBody(authToken: string, signature: string, url: string, rawBody: string): boolean {
  const bodyHash = new URL(url).searchParams.get('bodySHA256');
  if (!bodyHash) return false;
  const actual = createHash('sha256').update(rawBody).digest('hex');
  return safeEqual(actual, bodyHash) && validateTwilioRequest(authToken, signature, url, {});
}
