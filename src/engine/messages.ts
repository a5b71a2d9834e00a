// The message contract of the core: what a channel (REST, shell, phone) gives the assistant and gets back.
// It lives with the engine so that the core depends on no edge; channels/types.ts re-exports it for them.
import type { BotData } from './events.ts';

/** One message of the assistant to the user, in the shape of Rasa's REST channel. */
export interface BotMessage {
  recipient_id: string;
  text?: string;
  buttons?: BotData['buttons'];
  custom?: unknown;
  image?: string;
  /** Name of the response (utter_*) that produced this message, when it came from the domain. */
  utter_action?: string;
  /** Voice: whether the caller may interrupt this message (the response's allow_interruptions). */
  allow_interruptions?: boolean;
  /** Set when the assistant wants the call ended (action_hangup) or transferred (handoff). */
  call_control?: { kind: 'hangup' } | { kind: 'transfer'; to: string };
}

export interface IncomingMessage {
  sender: string;
  text: string;
  channel: string; // 'rest' | 'shell' | 'twilio_media_streams' | ...
  metadata?: Record<string, unknown>;
}

/** The assistant as a channel sees it. Messages of one sender are processed one at a time. */
export interface Agent {
  handleMessage(message: IncomingMessage): Promise<BotMessage[]>;
}
