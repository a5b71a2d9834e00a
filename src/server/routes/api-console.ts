// The staff console's own API, beside /api/bookings and behind the same bearer token: what is running
// (GET /api/status), the latest conversations (GET /api/conversations) and one conversation as a transcript
// (GET /api/conversations/:id/transcript). Transcripts hold what guests said, so they never go to the logs.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { replacesReply, type TrackerEvent } from '../../engine/events.ts';
import { todayIn } from '../../hotel/calendar.ts';
import type { Hotel } from '../../hotel/types.ts';
import type { Runtime } from '../../runtime/types.ts';
import { summarizeConversation, type TrackerStore } from '../../stores/tracker-store.ts';
import { documented } from '../openapi.ts';
import { guardApiScope, parseOr400 } from './api-common.ts';

/** The phone channel as the console sees it: whether it started, and its live calls. */
export interface VoiceStatus {
  running: boolean;
  /** Calls connected now. */
  activeCalls(): number;
}

export interface ConsoleApiOptions {
  runtime: Runtime;
  trackers: TrackerStore;
  hotel: Hotel;
  token: string;
  /** The hotel's clock (PORTIER_NOW), for "today". */
  now: () => Date;
  /** null when no phone channel is configured. */
  voice: VoiceStatus | null;
}

const MAX_LISTED_CONVERSATIONS = 500;
const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(MAX_LISTED_CONVERSATIONS).default(50) });
const idParams = z.object({ id: z.string().min(1).max(256) });

/** What /api/openapi.json says of the console's routes. */
const docs = {
  status: documented({
    tag: 'console',
    summary: 'Health of the stores, understanding in use, voice channel, the hotel\'s "today"',
    responses: { 200: 'Service status', 401: 'No or a wrong bearer token' },
  }),
  conversations: documented({
    tag: 'console',
    summary: 'The latest conversations, newest first',
    query: listQuery,
    responses: { 200: 'Conversations with their channel, last activity and turns', 400: 'Invalid limit', 401: 'No or a wrong bearer token' },
  }),
  transcript: documented({
    tag: 'console',
    summary: "A conversation's messages, in order",
    params: idParams,
    responses: { 200: 'The transcript', 401: 'No or a wrong bearer token', 404: 'No conversation with this id' },
  }),
};

/** "llm+nlu" → the LLM with the offline NLU as fallback; "nlu" → offline only. */
function understandingOf(generator: string): { mode: 'llm' | 'nlu' | 'other'; fallback: boolean } {
  const [primary, ...rest] = generator.split('+');
  const mode = primary === 'llm' ? 'llm' : primary === 'nlu' ? 'nlu' : 'other';
  return { mode, fallback: rest.includes('nlu') };
}

const isoTime = (seconds: number) => new Date(seconds * 1000).toISOString();

/** What a person would read of a conversation: the user's and the bot's messages, in order. */
export function transcriptOf(events: readonly TrackerEvent[]) {
  const messages: { role: 'user' | 'bot'; text: string; at: string; intent?: string | null }[] = [];
  for (const event of events) {
    if (event.event === 'user') messages.push({ role: 'user', text: event.text, at: isoTime(event.timestamp), intent: event.parse_data?.intent?.name ?? null });
    else if (event.event === 'bot' && event.text) {
      // a phrase played instead of the assistant's reply: the reply was never heard
      if (replacesReply(event)) while (messages.at(-1)?.role === 'bot') messages.pop();
      messages.push({ role: 'bot', text: event.text, at: isoTime(event.timestamp) });
    }
  }
  return messages;
}

export async function consoleApiRoutes(app: FastifyInstance, options: ConsoleApiOptions): Promise<void> {
  const startedAt = Date.now();
  await app.register(async (scope) => {
    guardApiScope(scope, options.token, 'the console could not read this; it has been logged');
    const { runtime, trackers, hotel, voice } = options;

    scope.get('/api/status', docs.status, async () => {
      const health = await runtime.health();
      const now = options.now();
      return {
        status: health.ok ? 'ok' : 'unavailable',
        version: runtime.info.version,
        model_id: runtime.info.modelId,
        model_file: runtime.info.modelFile,
        understanding: { generator: runtime.info.generator, ...understandingOf(runtime.info.generator) },
        tracker_store: trackers.kind,
        checks: health.checks,
        voice: { enabled: voice?.running ?? false, active_calls: voice?.running ? voice.activeCalls() : null },
        turns_in_flight: runtime.inFlight,
        uptime_s: Math.round((Date.now() - startedAt) / 1000),
        hotel: {
          name: hotel.hotel.name,
          timezone: hotel.hotel.timezone,
          currency: hotel.hotel.currency,
          now: now.toISOString(),
          today: todayIn(hotel.hotel.timezone, now),
        },
      };
    });

    scope.get('/api/conversations', docs.conversations, async (req, reply) => {
      const query = parseOr400(listQuery, req.query, reply);
      if (!query) return reply;
      const recent = await trackers.recent(query.limit);
      return {
        conversations: recent.map((c) => ({ id: c.id, channel: c.channel, last_event_at: isoTime(c.lastEventAt), turns: c.turns })),
      };
    });

    scope.get('/api/conversations/:id/transcript', docs.transcript, async (req, reply) => {
      const params = parseOr400(idParams, req.params, reply, 'id');
      if (!params) return reply;
      const events = await trackers.load(params.id);
      if (events.length === 0) return reply.code(404).send({ error: 'no conversation with this id' });
      return { id: params.id, channel: summarizeConversation(params.id, events).channel, messages: transcriptOf(events) };
    });
  });
}
