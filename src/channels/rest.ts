// Rasa's REST channel: POST /webhooks/rest/webhook {sender, message, metadata?} answers with the bot's messages
// [{recipient_id, text, buttons?, image?, custom?}]; GET /webhooks/rest/ is its health check.
// Only JSON is taken (a form post, which a browser sends cross-site without asking, gets 415). With a jwt_secret
// the sender is the verified token's subject, so one web chat visitor cannot write into another's conversation.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { HttpError, validate } from '../http/http-errors.ts';
import { CONTROL_CHARS } from '../http/input-clean.ts';
import { bearerToken, type JwtVerifier } from '../http/jwt.ts';
import type { Limiter } from '../http/rate-limits.ts';
import type { Agent, BotMessage } from './types.ts';

/** Longer messages are refused: no guest types or says that much in one turn, and understanding cost grows with it. */
export const MAX_MESSAGE_CHARS = 2000;
/** Metadata key under which the server records the caller's IP address (overrides anything a client sent). */
export const CALLER_IP_KEY = 'caller_ip';

/** Conversation ids: printable text, at most 256 characters. */
export const conversationId = z
  .string()
  .min(1)
  .max(256)
  .refine((id) => !CONTROL_CHARS.test(id), 'must not contain control characters');

const webhookBody = z.object({
  // Rasa's REST channel falls back to "default" when no sender is given.
  sender: conversationId.default('default'),
  message: z.string().max(MAX_MESSAGE_CHARS, `at most ${MAX_MESSAGE_CHARS} characters`),
  metadata: z.record(z.string(), z.unknown()).optional(),
  input_channel: z.string().optional(),
});

/** The fields Rasa's REST channel returns; engine-internal hints (voice control) stay inside. */
export function restMessage(message: BotMessage): Record<string, unknown> {
  const out: Record<string, unknown> = { recipient_id: message.recipient_id };
  if (message.text !== undefined) out.text = message.text;
  if (message.buttons?.length) out.buttons = message.buttons;
  if (message.image !== undefined) out.image = message.image;
  if (message.custom !== undefined) out.custom = message.custom;
  return out;
}

export interface RestChannelOptions {
  /** credentials.yml rest.jwt_secret (or jwt_key) with jwt_method: senders come from signed tokens. */
  jwt?: JwtVerifier;
  /** Per client IP and per sender. */
  limits?: { perIp?: Limiter; perSender?: Limiter };
}

/** The sender a verified token names: `sub`, or Rasa's `{user: {username}}`. */
function tokenSender(payload: Record<string, unknown>): string | null {
  if (typeof payload.sub === 'string' && payload.sub) return payload.sub;
  const user = payload.user as { username?: unknown } | undefined;
  return typeof user?.username === 'string' && user.username ? user.username : null;
}

async function signedSender(jwt: JwtVerifier, request: FastifyRequest, named: string | undefined): Promise<string> {
  const token = bearerToken(request.headers.authorization);
  if (!token) throw new HttpError(401, 'NotAuthenticated', 'this chat needs a signed sender token (Authorization: Bearer <JWT>)');
  const payload = await jwt.verify(token);
  const sender = payload ? tokenSender(payload) : null;
  if (!sender || !conversationId.safeParse(sender).success) throw new HttpError(403, 'NotAuthorized', 'the sender token is not valid');
  if (named !== undefined && named !== sender) throw new HttpError(403, 'NotAuthorized', 'the message names another sender than its token');
  return sender;
}

export function restChannel(agent: Agent, options: RestChannelOptions = {}) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/webhooks/rest/', async () => ({ status: 'ok' }));
    app.get('/webhooks/rest', async () => ({ status: 'ok' }));
    const perIp = options.limits?.perIp;
    const perSender = options.limits?.perSender;
    const onlyJson = async (request: FastifyRequest) => {
      if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(request.headers['content-type'] ?? '')) {
        throw new HttpError(415, 'UnsupportedMediaType', 'send the body as application/json');
      }
    };
    app.post('/webhooks/rest/webhook', { onRequest: perIp ? [onlyJson, perIp.handler] : [onlyJson] }, async (request: FastifyRequest, reply: FastifyReply) => {
      const body = validate(webhookBody, request.body, 'body');
      const named = (request.body as { sender?: string } | null)?.sender;
      const sender = options.jwt ? await signedSender(options.jwt, request, named) : body.sender;
      (request as FastifyRequest & { sender?: string }).sender = sender;
      await perSender?.handler(request, reply);
      const messages = await agent.handleMessage({
        sender,
        text: body.message,
        channel: 'rest',
        metadata: { ...body.metadata, [CALLER_IP_KEY]: request.ip },
      });
      return messages.map(restMessage);
    });
  };
}

/** The key of the per-sender limit: the sender the route settled on (after its token was checked). */
export function senderKey(request: FastifyRequest): string | null {
  return (request as FastifyRequest & { sender?: string }).sender ?? null;
}
