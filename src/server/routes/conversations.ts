// Rasa's conversation API (`--enable-api`): read a tracker, append a user message without a bot turn, add or
// replace events, predict or execute the next action, trigger an intent.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { conversationId, MAX_MESSAGE_CHARS, restMessage } from '../../channels/rest.ts';
import { isDefaultAction } from '../../engine/domain/builtins.ts';
import { parseRasaEvents } from '../../runtime/event-schemas.ts';
import type { Runtime } from '../../runtime/types.ts';
import type { TrackerEvent } from '../../engine/events.ts';
import { apiCallerOf } from '../auth.ts';
import { HttpError, validate } from '../../http/http-errors.ts';

const idParams = z.object({ conversation_id: conversationId });
const trackerQuery = z.object({
  include_events: z.enum(['ALL', 'APPLIED', 'AFTER_RESTART', 'NONE']).default('AFTER_RESTART'),
  until: z.coerce.number().optional(),
  token: z.string().optional(),
});
const messageBody = z.object({
  text: z.string().max(MAX_MESSAGE_CHARS),
  sender: z.string().default('user'),
  parse_data: z.record(z.string(), z.unknown()).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

const triggerBody = z.object({
  name: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9_\-.]+$/, 'an intent name'),
  entities: z.record(z.string(), z.unknown()).optional(),
});
const executeBody = z.object({ name: z.string().min(1), policy: z.string().optional(), confidence: z.number().optional() });
const outputQuery = z.object({ output_channel: z.string().optional(), token: z.string().optional() });

/** Rasa event dicts as posted, checked against Rasa's event shapes; a missing timestamp is now. */
function postedEvents(body: unknown, list: boolean) {
  if (list && !Array.isArray(body)) throw new HttpError(400, 'BadRequest', 'invalid body: expected a list of events');
  const parsed = parseRasaEvents(body, Date.now() / 1000);
  if (!parsed.ok) throw new HttpError(400, 'BadRequest', `invalid events: ${parsed.issues.slice(0, 5).join('; ')}`, { issues: parsed.issues });
  return parsed.events;
}

/**
 * A role-`user` token writes its own conversation, but not slots that only the assistant's actions set (mapping
 * `controlled`, such as the proof that a booking is the caller's): a typed message could not set them either.
 */
function refuseControlledSlots(request: FastifyRequest, runtime: Runtime, events: readonly TrackerEvent[]): void {
  if (apiCallerOf(request).role === 'admin') return;
  const slots = runtime.domain()?.slots ?? {};
  for (const event of events) {
    if (event.event !== 'slot') continue;
    const def = slots[event.name];
    if (def && def.mappings.length > 0 && def.mappings.every((m) => m.type === 'controlled')) {
      throw new HttpError(403, 'NotAuthorized', `a user token cannot set the slot "${event.name}": only the assistant's actions set it`);
    }
  }
}

export function conversationRoutes(runtime: Runtime) {
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/conversations/:conversation_id/tracker', async (request) => {
      const { conversation_id } = validate(idParams, request.params, 'path');
      const query = validate(trackerQuery, request.query, 'query');
      // A conversation with no events is an empty tracker, as Rasa serves it.
      const tracker = await runtime.getTracker(conversation_id, { include: query.include_events, until: query.until });
      if (!tracker) throw new HttpError(404, 'NotFound', `no conversation with id "${conversation_id}"`);
      return tracker;
    });

    app.post('/conversations/:conversation_id/messages', async (request) => {
      const { conversation_id } = validate(idParams, request.params, 'path');
      const body = validate(messageBody, request.body, 'body');
      const query = validate(trackerQuery, request.query, 'query');
      if (body.sender !== 'user') throw new HttpError(400, 'BadRequest', 'only user messages can be posted to a conversation (sender: "user")');
      return runtime.appendMessage(conversation_id, body.text, {
        ...(body.metadata ? { metadata: body.metadata } : {}),
        ...(body.parse_data ? { parseData: body.parse_data } : {}),
        include: query.include_events,
      });
    });

    app.post('/conversations/:conversation_id/tracker/events', async (request) => {
      const { conversation_id } = validate(idParams, request.params, 'path');
      const events = postedEvents(request.body, false);
      refuseControlledSlots(request, runtime, events);
      return runtime.appendEvents(conversation_id, events);
    });

    app.put('/conversations/:conversation_id/tracker/events', async (request) => {
      const { conversation_id } = validate(idParams, request.params, 'path');
      const events = postedEvents(request.body, true);
      refuseControlledSlots(request, runtime, events);
      return runtime.replaceEvents(conversation_id, events);
    });

    // Rasa's prediction of the next action (the flow policy's, with certainty); nothing runs, nothing is stored.
    app.post('/conversations/:conversation_id/predict', async (request) => {
      const { conversation_id } = validate(idParams, request.params, 'path');
      const prediction = await runtime.predict(conversation_id);
      if (!prediction) throw new HttpError(501, 'NotImplemented', 'this assistant cannot predict actions');
      return prediction;
    });

    // Rasa runs the named action (a response, a default or a custom action) outside a user turn.
    app.post('/conversations/:conversation_id/execute', async (request) => {
      const { conversation_id } = validate(idParams, request.params, 'path');
      const body = validate(executeBody, request.body, 'body');
      const query = validate(outputQuery, request.query, 'query');
      const domain = runtime.domain();
      if (domain && !domain.actions.includes(body.name) && !(body.name in domain.responses) && !isDefaultAction(body.name))
        throw new HttpError(404, 'NotFound', `the action "${body.name}" is not in the domain`);
      const result = await runtime.execute(conversation_id, body.name, query.output_channel ?? 'rest');
      if (!result) throw new HttpError(501, 'NotImplemented', 'this assistant cannot run single actions');
      return { tracker: result.tracker, messages: result.messages.map(restMessage) };
    });

    // Rasa runs the intent as if the user had sent it: the engine reads `/intent{entities}` payloads.
    app.post('/conversations/:conversation_id/trigger_intent', async (request) => {
      const { conversation_id } = validate(idParams, request.params, 'path');
      const body = validate(triggerBody, request.body, 'body');
      const query = validate(outputQuery, request.query, 'query');
      const intents = runtime.domain()?.intents;
      if (intents && !intents.includes(body.name)) throw new HttpError(404, 'NotFound', `the intent "${body.name}" is not in the domain`);
      const text = `/${body.name}${body.entities && Object.keys(body.entities).length ? JSON.stringify(body.entities) : ''}`;
      const messages = await runtime.handleMessage({ sender: conversation_id, text, channel: query.output_channel ?? 'rest' });
      const tracker = await runtime.getTracker(conversation_id);
      return { tracker, messages: messages.map(restMessage) };
    });
  };
}
