// Rasa's REST channel: POST /webhooks/rest/webhook {sender, message, metadata?} answers with the bot's messages
// [{recipient_id, text, buttons?, image?, custom?}]; GET /webhooks/rest/ is its health check.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { validate } from '../server/http-errors.ts';
import type { Agent, BotMessage } from './types.ts';

const webhookBody = z.object({
  // Rasa's REST channel falls back to "default" when no sender is given.
  sender: z.string().min(1).max(256).default('default'),
  message: z.string(),
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

export function restChannel(agent: Agent) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/webhooks/rest/', async () => ({ status: 'ok' }));
    app.get('/webhooks/rest', async () => ({ status: 'ok' }));
    app.post('/webhooks/rest/webhook', async (request) => {
      const body = validate(webhookBody, request.body, 'body');
      const messages = await agent.handleMessage({
        sender: body.sender,
        text: body.message,
        channel: 'rest',
        ...(body.metadata ? { metadata: body.metadata } : {}),
      });
      return messages.map(restMessage);
    });
  };
}
