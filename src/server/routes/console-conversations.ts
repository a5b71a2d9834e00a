// The console's conversations (every call and chat, handoffs to reception first, transcripts with what the
// assistant understood) and «how the assistant is doing» (per day or week, with latency per stage of a call).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { todayIn } from '../../hotel/calendar.ts';
import type { ConversationDigest } from '../../staff/conversation-digest.ts';
import { stageLatencies } from '../../staff/latency.ts';
import { periodStats } from '../../staff/stats.ts';
import { PERMISSIONS } from '../../staff/types.ts';
import { redactText } from '../../logging/redact.ts';
import { parseOr400 } from './api-common.ts';
import { type ConsoleContext, maskedPhone } from './console-context.ts';

const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(200) });
const idParams = z.object({ ref: z.string().min(1).max(64) });
const statsQuery = z.object({ period: z.enum(['day', 'week']).default('day') });

const isoTime = (seconds: number) => new Date(seconds * 1000).toISOString();

/** A digest as this staff member may see it: callers' numbers (and numbers said aloud) masked unless allowed. */
function visible(req: FastifyRequest, ctx: ConsoleContext, digest: ConversationDigest, withTurns: boolean) {
  const seePhones = req.staff ? PERMISSIONS[req.staff.role].seeCallerNumbers : false;
  const text = (t: string) => (seePhones ? t : redactText(t));
  const { turns, startedAt, endedAt, durationS, handoffReason, guestTurns, ...rest } = digest;
  return {
    ...rest,
    duration_s: durationS,
    handoff_reason: handoffReason,
    guest_turns: guestTurns,
    id: seePhones || !digest.phone || digest.id !== digest.phone ? digest.id : maskedPhone(digest.id),
    ref: ctx.conversations.refOf(digest.id),
    phone: digest.phone ? (seePhones ? digest.phone : maskedPhone(digest.phone)) : null,
    summary: text(digest.summary),
    started_at: isoTime(startedAt),
    ended_at: isoTime(endedAt),
    ...(withTurns ? { turns: turns.map((t) => ({ ...t, text: text(t.text), at: isoTime(t.at) })) } : {}),
  };
}

export function consoleConversationRoutes(app: FastifyInstance, ctx: ConsoleContext): void {
  const { conversations, hotel } = ctx;

  app.get('/console/api/conversations', async (req, reply) => {
    const q = parseOr400(listQuery, req.query, reply);
    if (!q) return reply;
    const all = await conversations.recent(q.limit);
    return {
      handoffs: all.filter((d) => d.outcome === 'handoff').map((d) => visible(req, ctx, d, false)),
      conversations: all.map((d) => visible(req, ctx, d, false)),
    };
  });

  app.get('/console/api/conversations/:ref', async (req, reply) => {
    const params = parseOr400(idParams, req.params, reply, 'ref');
    if (!params) return reply;
    const digest = await conversations.byRef(params.ref);
    if (!digest) return reply.code(404).send({ error: 'Такого разговора нет.' });
    return visible(req, ctx, digest, true);
  });

  app.get('/console/api/stats', async (req, reply) => {
    const q = parseOr400(statsQuery, req.query, reply);
    if (!q) return reply;
    const today = todayIn(hotel.hotel.timezone, ctx.now());
    const digests = await conversations.recent();
    return {
      period: q.period,
      today,
      periods: periodStats(digests, { period: q.period, count: q.period === 'day' ? 14 : 8, today, timeZone: hotel.hotel.timezone }),
      latency: await stageLatencies(ctx.metrics),
    };
  });
}
