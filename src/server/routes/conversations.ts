// Rasa's conversation API (`--enable-api`): read a tracker, append a user message without a bot turn.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Runtime } from '../../runtime/types.ts';
import { HttpError, validate } from '../http-errors.ts';

const idParams = z.object({ conversation_id: z.string().min(1).max(256) });
const trackerQuery = z.object({
  include_events: z.enum(['ALL', 'APPLIED', 'AFTER_RESTART', 'NONE']).default('AFTER_RESTART'),
  until: z.coerce.number().optional(),
  token: z.string().optional(),
});
const messageBody = z.object({
  text: z.string(),
  sender: z.string().default('user'),
  parse_data: z.record(z.string(), z.unknown()).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

export function conversationRoutes(runtime: Runtime) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/conversations/:conversation_id/tracker', async (request) => {
      const { conversation_id } = validate(idParams, request.params, 'path');
      const query = validate(trackerQuery, request.query, 'query');
      const tracker = await runtime.getTracker(conversation_id, { include: query.include_events, until: query.until });
      if (!tracker) throw new HttpError(404, 'NotFound', `no conversation with id "${conversation_id}"`);
      return tracker;
    });

    app.post('/conversations/:conversation_id/messages', async (request) => {
      const { conversation_id } = validate(idParams, request.params, 'path');
      const body = validate(messageBody, request.body, 'body');
      if (body.sender !== 'user') throw new HttpError(400, 'BadRequest', 'only user messages can be posted to a conversation (sender: "user")');
      return runtime.appendMessage(conversation_id, body.text, body.metadata ? { metadata: body.metadata } : {});
    });
  };
}
