// Who may call the Twilio routes: HTTP basic auth when credentials.yml sets username/password (Rasa's option),
// then X-Twilio-Signature over the URL Twilio requested and the raw body. A server without an auth token refuses
// every request unless unsigned webhooks are allowed for development.
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Logger } from 'pino';
import { cleanJson } from '../http/input-clean.ts';
import { validateTwilioRequest, validateTwilioRequestWithBody } from './twilio-signature.ts';
import { signedUrlCandidates } from './twilio-twiml.ts';

export interface TwilioAccess {
  /** Public host Twilio reaches (credentials.yml server_url): the URL it signed. */
  serverUrl?: string;
  authToken?: string;
  allowUnsigned: boolean;
  username?: string;
  password?: string;
  logger: Logger;
}

type WithRawBody = FastifyRequest & { rawBody?: string };

/**
 * Signatures are computed over the raw body, so the scope's bodies are parsed here and the text kept. Call it in
 * the Twilio routes' own encapsulated scope: it replaces the scope's body parsers.
 */
export function keepRawBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/x-www-form-urlencoded', 'application/json'], { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    (request as WithRawBody).rawBody = text;
    try {
      if (request.headers['content-type']?.includes('json')) done(null, cleanJson(text ? JSON.parse(text) : {}));
      else done(null, cleanJson(Object.fromEntries(new URLSearchParams(text))));
    } catch {
      done(Object.assign(new Error('malformed body'), { statusCode: 400 }), undefined);
    }
  });
}

/** The first value of a proxy header (a chain of proxies appends theirs after a comma). */
function firstHeader(request: FastifyRequest, name: string): string | undefined {
  const v = request.headers[name];
  return typeof v === 'string' ? v.split(',')[0]!.trim() : undefined;
}

function signatureMatches(access: TwilioAccess, authToken: string, request: FastifyRequest): boolean {
  const signature = request.headers['x-twilio-signature'];
  const urls = signedUrlCandidates(
    access.serverUrl,
    {
      host: request.host,
      protocol: request.protocol,
      forwardedHost: firstHeader(request, 'x-forwarded-host'),
      forwardedProto: firstHeader(request, 'x-forwarded-proto'),
    },
    request.url,
  );
  const raw = (request as WithRawBody).rawBody ?? '';
  const json = request.headers['content-type']?.includes('json');
  const ok =
    typeof signature === 'string' &&
    urls.some((url) =>
      json
        ? validateTwilioRequestWithBody(authToken, signature, url, raw)
        : validateTwilioRequest(authToken, signature, url, (request.body ?? {}) as Record<string, string>),
    );
  if (!ok) access.logger.warn({ urls }, 'rejected webhook: X-Twilio-Signature does not match');
  return ok;
}

/** A preHandler for the routes Twilio (or `portier call`) calls: 401 without basic auth, 403 without a valid signature. */
export function twilioAccessHook(access: TwilioAccess): preHandlerAsyncHookHandler {
  const { username, password, authToken, allowUnsigned } = access;
  const basic = username && password ? `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` : undefined;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (basic && request.headers.authorization !== basic) return reply.code(401).header('www-authenticate', 'Basic').send({ error: 'unauthorized' });
    if (!authToken) {
      if (allowUnsigned) return;
      return reply.code(403).send({ error: 'unsigned Twilio webhooks are refused: the server has no TWILIO_AUTH_TOKEN to check X-Twilio-Signature' });
    }
    if (!signatureMatches(access, authToken, request)) return reply.code(403).send({ error: 'invalid Twilio signature' });
  };
}
