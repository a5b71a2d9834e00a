// What the console shows of one conversation, read from its tracker events: how it ended, how long it took,
// why it went to reception, and each turn with what the assistant understood (commands and slots it set).
import type { Command, SlotValue } from '../engine/commands.ts';
import type { TrackerEvent } from '../engine/events.ts';

export type Outcome = 'booked' | 'handoff' | 'answered' | 'abandoned';
export type HandoffReason = 'guest_asked' | 'not_understood' | 'system_error' | 'other';

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

/**
 * The reason of the handoff, from the guest's turns before it: a system error; the assistant failing to
 * understand twice (whether or not the guest then asked for a person); the guest asking; anything else.
 */
function handoffReason(turns: readonly DigestTurn[], uptoIndex: number, sawError: boolean): HandoffReason {
  const before = turns.slice(0, uptoIndex + 1).filter((t) => t.role === 'user');
  if (sawError) return 'system_error';
  const notUnderstood = before.filter((t) => t.commands?.some((c) => c.command === 'cannot handle')).length;
  if (notUnderstood >= 2) return 'not_understood';
  return before.at(-1)?.commands?.some((c) => c.command === 'human handoff') ? 'guest_asked' : 'other';
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
  let sawError = false;
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
      lastUser = { role: 'user', text: event.text, at: event.timestamp, intent: event.parse_data?.intent?.name ?? null, commands: event.parse_data?.commands ?? [], slots: [] };
      turns.push(lastUser);
    } else if (event.event === 'bot' && event.text) {
      turns.push({ role: 'bot', text: event.text, at: event.timestamp });
    } else if (event.event === 'slot') {
      lastUser?.slots?.push({ name: event.name, value: event.value });
      if (event.name === 'booking_code' && textSlot(event.value)) booked.push(textSlot(event.value)!);
      if (event.name === 'found_booking_code' && textSlot(event.value)) found = textSlot(event.value);
      if (event.name === 'lookup_status' && event.value === 'cancelled' && found) cancelled.push(found);
    } else if (event.event === 'flow_started') {
      if (event.flow_id === 'pattern_human_handoff' && handoffAt < 0) handoffAt = turns.length - 1;
      if (event.flow_id === 'pattern_internal_error') sawError = true;
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
  const outcome: Outcome = booked.length
    ? 'booked'
    : handoffAt >= 0
      ? 'handoff'
      : guestTurns === 0 || flows.some((f) => !ended.has(f)) || (flows.length === 0 && guestTurns === 1)
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
    handoffReason: handoffAt >= 0 ? handoffReason(turns, handoffAt, sawError) : null,
    summary,
    flows,
    booked,
    cancelled,
    guestTurns,
    turns,
    latency,
  };
}
