// The shapes of Rasa's tracker events, checked before events posted to the HTTP API are stored: a malformed
// event would be kept and break every later turn of that conversation. Rasa event types the engine does not
// act on (active_loop, entities, reminders, ...) are accepted as Rasa accepts them; a known type must have its
// fields of the right types.
import { z } from 'zod';
import type { TrackerEvent } from '../engine/events.ts';

const timestamp = z.number().finite().nonnegative().optional();
const metadata = z.record(z.string(), z.unknown()).optional();
const base = { timestamp, metadata };
const name = z.string().min(1).max(512);
const flowStep = { ...base, flow_id: name, step_id: z.string().max(512) };
const slotValue = z.unknown().transform((v) => (v === undefined ? null : v));

const intent = z.looseObject({ name: z.string().nullable().default(null), confidence: z.number().finite().default(1) });
const entity = z.looseObject({ entity: name, value: z.unknown(), start: z.number().int().optional(), end: z.number().int().optional() });
const parseData = z.looseObject({
  intent: intent.optional(),
  entities: z.array(entity).default([]),
  intent_ranking: z.array(z.looseObject({ name: z.string(), confidence: z.number().finite() })).optional(),
  commands: z.array(z.looseObject({ command: z.string() })).default([]),
  text: z.string().optional(),
});

const patchOp = z.looseObject({ op: z.enum(['add', 'remove', 'replace', 'move', 'copy', 'test']), path: z.string() });
const stackUpdate = z.string().refine((text) => {
  try {
    return z.array(patchOp).safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
}, 'a JSON Patch (a list of {op, path, value?})');

const known = z.discriminatedUnion('event', [
  z.looseObject({
    event: z.literal('user'),
    ...base,
    text: z
      .string()
      .nullable()
      .transform((t) => t ?? ''),
    parse_data: parseData.optional(),
    input_channel: z.string().nullable().optional(),
    message_id: z.string().nullable().optional(),
  }),
  z.looseObject({ event: z.literal('bot'), ...base, text: z.string().nullable().default(null), data: z.record(z.string(), z.unknown()).nullable().optional() }),
  z.looseObject({
    event: z.literal('action'),
    ...base,
    name,
    policy: z.string().nullable().optional(),
    confidence: z.number().finite().nullable().optional(),
    action_text: z.string().nullable().optional(),
  }),
  z.looseObject({ event: z.literal('slot'), ...base, name, value: slotValue }),
  z.looseObject({ event: z.literal('stack'), ...base, update: stackUpdate }),
  z.looseObject({ event: z.literal('followup'), ...base, name }),
  z.looseObject({ event: z.literal('flow_started'), ...base, flow_id: name }),
  z.looseObject({ event: z.literal('flow_interrupted'), ...flowStep }),
  z.looseObject({ event: z.literal('flow_resumed'), ...flowStep }),
  z.looseObject({ event: z.literal('flow_completed'), ...flowStep }),
  z.looseObject({ event: z.literal('flow_cancelled'), ...flowStep }),
  ...(['reset_slots', 'session_started', 'session_ended', 'restart', 'pause', 'resume', 'rewind', 'undo'] as const).map((type) =>
    z.looseObject({ event: z.literal(type), ...base }),
  ),
]);

/** Rasa event types that carry no state the engine reads; stored as they are. */
const OTHER_RASA_EVENTS = new Set([
  'user_featurization',
  'entities',
  'active_loop',
  'loop_interrupted',
  'action_execution_rejected',
  'export',
  'reminder',
  'cancel_reminder',
  'agent',
  'routing_session_ended',
  'error',
]);
const other = z.looseObject({ event: z.string().refine((e) => OTHER_RASA_EVENTS.has(e), 'not a Rasa event type'), ...base });

export const rasaEvent = z.union([known, other]).transform((e, ctx) => {
  const event = { ...e, timestamp: e.timestamp ?? 0 } as Record<string, unknown>;
  if (e.event === 'user') {
    const text = event.text as string;
    const parse = (e.parse_data ?? {}) as z.infer<typeof parseData>;
    event.parse_data = {
      ...parse,
      text: parse.text ?? text,
      intent: parse.intent ?? { name: null, confidence: 0 },
      entities: parse.entities,
      commands: parse.commands,
    };
  }
  if (e.event === 'bot') event.data = e.data ?? {};
  if (ctx.issues.length) return z.NEVER;
  return event as unknown as TrackerEvent;
});

/** Validates events posted to the API; a missing timestamp becomes `now`. */
export function parseRasaEvents(input: unknown, now: number): { ok: true; events: TrackerEvent[] } | { ok: false; issues: string[] } {
  const list = Array.isArray(input) ? input : [input];
  const events: TrackerEvent[] = [];
  const issues: string[] = [];
  list.forEach((item, index) => {
    const hasTime = item && typeof item === 'object' && typeof (item as { timestamp?: unknown }).timestamp === 'number';
    const parsed = rasaEvent.safeParse(item);
    if (parsed.success) events.push(hasTime ? parsed.data : ({ ...parsed.data, timestamp: now } as TrackerEvent));
    else issues.push(...parsed.error.issues.map((i) => `event ${index}${i.path.length ? `.${i.path.join('.')}` : ''}: ${i.message}`));
  });
  return issues.length ? { ok: false, issues } : { ok: true, events };
}
