// POST /model/parse: what the assistant understands of a text, in Rasa's parse result shape plus CALM commands
// (`/intent{...}` and `/SetSlots(...)` payloads read as a message would be). GET /domain: the domain it runs.
import type { FastifyInstance } from 'fastify';
import { stringify } from 'yaml';
import { z } from 'zod';
import type { Runtime } from '../../runtime/types.ts';
import { HttpError, validate } from '../../http/http-errors.ts';

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

    // Rasa answers JSON, or YAML when the client accepts it.
    app.get('/domain', async (request, reply) => {
      const domain = runtime.domain();
      if (!domain) throw new HttpError(404, 'NotFound', 'this assistant has no domain to show');
      const body = { version: '3.1', ...domain };
      const accept = String(request.headers.accept ?? '');
      if (/yaml|yml/.test(accept)) return reply.type('application/x-yml; charset=utf-8').send(stringify(body));
      return body;
    });
  };
}
