// POST /model/parse: what the assistant understands of a text, in Rasa's parse result shape plus CALM commands.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Runtime } from '../../runtime/types.ts';
import { validate } from '../http-errors.ts';

const parseBody = z.object({ text: z.string(), message_id: z.string().optional() });

export function modelRoutes(runtime: Runtime) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post('/model/parse', async (request) => {
      const body = validate(parseBody, request.body, 'body');
      const understanding = await runtime.parse(body.text);
      return {
        text: body.text,
        intent: understanding.intent,
        entities: understanding.entities,
        intent_ranking: understanding.intentRanking ?? [],
        commands: understanding.commands,
        source: understanding.source,
        ...(body.message_id ? { message_id: body.message_id } : {}),
      };
    });
  };
}
