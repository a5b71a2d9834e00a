// Tracker events in Rasa's JSON event format. The tracker is an append-only log of these.
import type { Command, SlotValue } from './commands.ts';

interface Base {
  timestamp: number; // seconds since epoch, as Rasa writes it
  metadata?: Record<string, unknown>;
}

export interface ParseData {
  text: string;
  intent: { name: string | null; confidence: number };
  entities: Entity[];
  intent_ranking?: { name: string; confidence: number }[];
  commands: Command[];
}

export interface Entity {
  entity: string;
  value: SlotValue;
  start?: number;
  end?: number;
  text?: string;
  confidence?: number;
  extractor?: string;
}

export interface BotData {
  buttons?: Button[];
  custom?: unknown;
  image?: string;
  attachment?: unknown;
}

export interface Button {
  title: string;
  payload: string;
}

/**
 * Metadata key of a bot event that a channel played in place of the assistant's reply just before it (a phone
 * line that cannot hear speaks its key menu instead of the assistant's greeting). Transcripts show the event,
 * not the reply it replaced, which stays in the log as the assistant produced it.
 */
export const REPLACES_REPLY = 'replaces_reply';

/** Whether `event` replaced the assistant's reply before it (REPLACES_REPLY). */
export function replacesReply(event: TrackerEvent): boolean {
  return event.event === 'bot' && event.metadata?.[REPLACES_REPLY] === true;
}

export type TrackerEvent =
  | (Base & { event: 'user'; text: string; parse_data: ParseData; input_channel?: string; message_id?: string })
  | (Base & { event: 'bot'; text: string | null; data: BotData })
  | (Base & { event: 'action'; name: string; policy?: string | null; confidence?: number | null; action_text?: string | null })
  | (Base & { event: 'slot'; name: string; value: SlotValue; filled_by?: string })
  | (Base & { event: 'reset_slots' })
  | (Base & { event: 'session_started' })
  | (Base & { event: 'session_ended' })
  | (Base & { event: 'restart' })
  | (Base & { event: 'stack'; update: string })
  | (Base & { event: 'flow_started'; flow_id: string })
  | (Base & { event: 'flow_interrupted'; flow_id: string; step_id: string })
  | (Base & { event: 'flow_resumed'; flow_id: string; step_id: string })
  | (Base & { event: 'flow_completed'; flow_id: string; step_id: string })
  | (Base & { event: 'flow_cancelled'; flow_id: string; step_id: string })
  | (Base & { event: 'followup'; name: string })
  | (Base & { event: 'pause' })
  | (Base & { event: 'resume' })
  | (Base & { event: 'rewind' })
  | (Base & { event: 'undo' });

export type EventName = TrackerEvent['event'];
