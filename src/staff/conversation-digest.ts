// What the console shows of one conversation, read from its tracker events: how it ended, how long it took,
// why it went to reception, and each turn with what the assistant understood (commands and slots it set).
import type { Command, SlotValue } from '../engine/commands.ts';
import { replacesReply, type TrackerEvent } from '../engine/events.ts';

/**
 * How a conversation ended: a booking made; questions answered (the assistant's last replies understood the
 * guest); handed to reception; not understood (the guest left right after a fallback, or most of their turns
 * got one); abandoned (a task left half-done, or the guest said next to nothing).
 */
export type Outcome = 'booked' | 'handoff' | 'answered' | 'not_understood' | 'abandoned';
/**
 * Why reception got the conversation, from what started the handoff: the guest asking for a person unprompted;
 * the assistant offering reception after repeated fallbacks; the English-speaking caller's flow; a complaint;
 * a system error.
 */
export type HandoffReason = 'guest_asked' | 'not_understood' | 'english_speaker' | 'complaint' | 'not_covered' | 'group_booking' | 'system_error' | 'other';

export interface DigestTurn {
  role: 'user' | 'bot';
  text: string;
  at: number;
  intent?: string | null;
  commands?: Command[];
  /** Slots the turn set, in order. */
  slots?: { name: string; value: SlotValue }[];
}

export interface ConversationDigest {
  id: string;
  channel: 'phone' | 'chat' | 'other';
  /** The caller's number when the channel knows it (E.164), else null. */
  phone: string | null;
  startedAt: number;
  endedAt: number;
  durationS: number;
  outcome: Outcome;
  handoffReason: HandoffReason | null;
  /** One line for reception: what the guest wanted and where it stopped. */
  summary: string;
  /** Tasks the guest started (flows that asked them something), in order (ids). */
  flows: string[];
  /** Booking codes the conversation made or cancelled. */
  booked: string[];
  cancelled: string[];
  guestTurns: number;
  turns: DigestTurn[];
  /** Milliseconds from the end of the caller's speech to each stage, per turn (phone calls; see voice/call/report.ts). */
  latency: Record<string, number[]>;
}

/** The stage latencies the voice channel wrote into the call's last message (`{transcript_ms: 412, ...}` per turn). */
function stageLatencies(metadata: Record<string, unknown> | undefined, into: Record<string, number[]>): void {
  const turns = metadata?.['turn_latency'];
  if (!Array.isArray(turns)) return;
  for (const turn of turns) {
    if (!turn || typeof turn !== 'object') continue;
    for (const [key, value] of Object.entries(turn as Record<string, unknown>)) {
      if (!key.endsWith('_ms') || typeof value !== 'number' || !Number.isFinite(value)) continue;
      const stage = key.slice(0, -3);
      into[stage] = [...(into[stage] ?? []), value];
    }
  }
}

const PHONE_CHANNELS = new Set(['twilio_media_streams', 'twilio', 'twilio_voice']);
const PHONE_ID = /^\+[1-9]\d{6,14}$/;
const PAYLOAD = /^\/[a-z_]+/;

function textSlot(value: SlotValue): string | null {
  return typeof value === 'string' && value ? value : null;
}

/** Flows that offer reception themselves and so name the reason when the guest accepts. */
const OFFERING_FLOWS: Record<string, HandoffReason> = {
  english_speaker: 'english_speaker',
  complaint: 'complaint',
  // a request the assistant does not cover (a taxi, lost things) and a group: reception was the answer, not a wish
  unsupported_request: 'not_covered',
  group_booking: 'group_booking',
};
/** Patterns whose start means the assistant did not understand the guest's message. */
const FALLBACK_PATTERNS = new Set(['pattern_cannot_handle']);
/** Responses that are the repeated-fallback answers of the chitchat and skip-question patterns too. */
const FALLBACK_RESPONSE = /^utter_fallback_/;

/** What the assistant did in reply to one guest message (the events from it to the next guest message). */
interface Reply {
  flows: string[];
  failed: boolean;
}

/**
 * The reason of a handoff started in reply to `current` (after `previous`): a system error; a flow that
 * offered reception (an English speaker, a complaint) in this reply or the one before; the guest asking in
 * their own words (an explicit request, even after fallbacks); accepting reception offered after fallbacks.
 */
function handoffReason(current: Reply, previous: Reply | null, trigger: DigestTurn | null, sawError: boolean, openFlows: ReadonlySet<string>): HandoffReason {
  if (sawError) return 'system_error';
  for (const flow of [...current.flows, ...(previous?.flows ?? []), ...openFlows]) if (OFFERING_FLOWS[flow]) return OFFERING_FLOWS[flow]!;
  const asked = trigger?.commands?.some((c) => c.command === 'human handoff') ?? false;
  // «да» to «Соединить вас с администратором?» after fallbacks is accepting an offer; «соедините с
  // администратором» is asking, whatever came before (the classifier names the request).
  if (asked && (trigger?.intent === 'human_handoff' || !previous?.failed)) return 'guest_asked';
  if (previous?.failed || current.failed) return 'not_understood';
  return 'other';
}

export function digestConversation(id: string, events: readonly TrackerEvent[], flowNames: ReadonlyMap<string, string> = new Map()): ConversationDigest {
  const turns: DigestTurn[] = [];
  const flows: string[] = [];
  const ended = new Set<string>();
  const open = new Set<string>();
  const booked: string[] = [];
  const cancelled: string[] = [];
  let channelName: string | null = null;
  let phone: string | null = PHONE_ID.test(id) ? id : null;
  let handoffAt = -1;
  let reason: HandoffReason | null = null;
  let sawError = false;
  // the assistant's reply to each guest message; the first is what it said before the guest spoke
  const replies: Reply[] = [{ flows: [], failed: false }];
  const reply = () => replies.at(-1)!;
  let lastUser: DigestTurn | null = null;
  let found: string | null = null;
  const latency: Record<string, number[]> = {};
  for (const event of events) {
    if (event.event === 'user') {
      channelName = event.input_channel ?? channelName;
      const caller = event.metadata?.['user_phone'];
      if (typeof caller === 'string' && PHONE_ID.test(caller)) phone = caller;
      stageLatencies(event.metadata, latency);
      if (PAYLOAD.test(event.text)) continue;
      replies.push({ flows: [], failed: false });
      lastUser = {
        role: 'user',
        text: event.text,
        at: event.timestamp,
        intent: event.parse_data?.intent?.name ?? null,
        commands: event.parse_data?.commands ?? [],
        slots: [],
      };
      turns.push(lastUser);
    } else if (event.event === 'bot' && event.text) {
      // a phrase played instead of the assistant's reply (REPLACES_REPLY): the reply was never heard
      if (replacesReply(event)) while (turns.at(-1)?.role === 'bot') turns.pop();
      turns.push({ role: 'bot', text: event.text, at: event.timestamp });
    } else if (event.event === 'slot') {
      lastUser?.slots?.push({ name: event.name, value: event.value });
      if (event.name === 'booking_code' && textSlot(event.value)) booked.push(textSlot(event.value)!);
      if (event.name === 'found_booking_code' && textSlot(event.value)) found = textSlot(event.value);
      if (event.name === 'lookup_status' && event.value === 'cancelled' && found) cancelled.push(found);
    } else if (event.event === 'action' && FALLBACK_RESPONSE.test(event.name)) {
      reply().failed = true;
    } else if (event.event === 'flow_started') {
      if (event.flow_id === 'pattern_internal_error') sawError = true;
      if (FALLBACK_PATTERNS.has(event.flow_id)) reply().failed = true;
      if (event.flow_id === 'pattern_human_handoff' && handoffAt < 0) {
        handoffAt = turns.length - 1;
        reason = handoffReason(reply(), replies.at(-2) ?? null, lastUser, sawError, open);
      }
      reply().flows.push(event.flow_id);
      // A flow that asks the guest something is a task (a booking, a cancellation); greetings and goodbyes are not.
      if (event.flow_id === 'pattern_collect_information') for (const flow of open) if (!flows.includes(flow)) flows.push(flow);
      if (!event.flow_id.startsWith('pattern_')) {
        open.add(event.flow_id);
        ended.delete(event.flow_id);
      }
    } else if (event.event === 'flow_completed' || event.event === 'flow_cancelled') {
      open.delete(event.flow_id);
      ended.add(event.flow_id);
    }
  }
  const stamps = events.map((e) => e.timestamp);
  const startedAt = stamps.length ? Math.min(...stamps) : 0;
  const endedAt = stamps.length ? Math.max(...stamps) : 0;
  const guestTurns = turns.filter((t) => t.role === 'user').length;
  const guestReplies = replies.slice(1);
  // one message that was a question the assistant answered from the hotel's facts is a conversation answered
  const answeredQuestion = guestReplies.some((r) => !r.failed && r.flows.includes('pattern_search'));
  const failed = guestReplies.filter((r) => r.failed).length;
  // the guest hung up on a fallback, or was mostly not understood
  const notUnderstood = guestReplies.at(-1)?.failed === true || (failed >= 2 && failed * 2 >= guestReplies.length);
  const outcome: Outcome = booked.length
    ? 'booked'
    : handoffAt >= 0
      ? 'handoff'
      : guestTurns > 0 && notUnderstood
        ? 'not_understood'
        : guestTurns === 0 || flows.some((f) => !ended.has(f)) || (flows.length === 0 && guestTurns === 1 && !answeredQuestion)
          ? 'abandoned'
          : 'answered';
  const names = flows.map((f) => flowNames.get(f) ?? f);
  const lastGuest = [...turns].reverse().find((t) => t.role === 'user')?.text ?? '';
  const clip = lastGuest.length > 80 ? `${lastGuest.slice(0, 77)}…` : lastGuest;
  const summary = [names.length ? names.join(', ') : 'вопросы об отеле', clip ? `последняя фраза: «${clip}»` : 'гость ничего не сказал'].join(' — ');
  return {
    id,
    channel: channelName && PHONE_CHANNELS.has(channelName) ? 'phone' : channelName ? 'chat' : 'other',
    phone,
    startedAt,
    endedAt,
    durationS: Math.round(endedAt - startedAt),
    outcome,
    handoffReason: handoffAt >= 0 ? (reason ?? 'other') : null,
    summary,
    flows,
    booked,
    cancelled,
    guestTurns,
    turns,
    latency,
  };
}
