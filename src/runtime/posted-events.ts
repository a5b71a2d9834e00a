// What the Rasa HTTP API posts into a conversation, checked and completed before it is stored: events that must
// replay into a sound dialogue stack, and a message's own parse_data in Rasa's shape.
import type { ParseData, TrackerEvent } from '../engine/events.ts';
import { InvalidEventsError } from './errors.ts';
import type { TurnEngine } from './types.ts';

/** Posted events must replay on top of the history (a broken stack patch would fail every later turn). */
export function checkReplay(engine: TurnEngine, events: TrackerEvent[]): void {
  let stack: unknown[];
  try {
    stack = engine.describe(events).stack;
  } catch (error) {
    throw new InvalidEventsError(error instanceof Error ? error.message : String(error));
  }
  const broken = stack.findIndex((frame) => !isStackFrame(frame));
  if (broken >= 0) throw new InvalidEventsError(`stack frame ${broken} is not a frame {frame_id, type, flow_id, step_id}`);
}

function isStackFrame(frame: unknown): boolean {
  if (!frame || typeof frame !== 'object' || Array.isArray(frame)) return false;
  const f = frame as Record<string, unknown>;
  return ['frame_id', 'type', 'flow_id', 'step_id'].every((key) => typeof f[key] === 'string');
}

/** A parse_data posted with a message (Rasa's shape), with what it leaves out filled in. */
export function parseDataOf(text: string, raw: Record<string, unknown>): ParseData {
  const intent = raw.intent && typeof raw.intent === 'object' ? (raw.intent as { name?: unknown; confidence?: unknown }) : {};
  return {
    text,
    intent: { name: typeof intent.name === 'string' ? intent.name : null, confidence: typeof intent.confidence === 'number' ? intent.confidence : 1 },
    entities: Array.isArray(raw.entities) ? (raw.entities as ParseData['entities']) : [],
    intent_ranking: Array.isArray(raw.intent_ranking) ? (raw.intent_ranking as ParseData['intent_ranking']) : [],
    commands: Array.isArray(raw.commands) ? (raw.commands as ParseData['commands']) : [],
  };
}
