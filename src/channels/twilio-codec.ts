// Twilio Media Streams wire format, and nothing else: JSON text frames in (validated here, at the edge) and out,
// base64 μ-law payloads, and the call's identity read from the `start` frame. The socket handler and the call
// session never see JSON or base64.
import { z } from 'zod';
import type { CallInfo } from '../voice/call/call-info.ts';

const base = { sequenceNumber: z.string().optional(), streamSid: z.string().optional() };

export const connectedMessage = z.object({ event: z.literal('connected'), protocol: z.string().optional(), version: z.string().optional() });
export const startMessage = z.object({
  event: z.literal('start'),
  ...base,
  start: z.object({
    streamSid: z.string().min(1),
    accountSid: z.string().default(''),
    callSid: z.string().min(1),
    tracks: z.array(z.string()).default(['inbound']),
    customParameters: z.record(z.string(), z.string()).default({}),
    mediaFormat: z
      .object({ encoding: z.string(), sampleRate: z.number(), channels: z.number() })
      .default({ encoding: 'audio/x-mulaw', sampleRate: 8000, channels: 1 }),
  }),
});
export const mediaMessage = z.object({
  event: z.literal('media'),
  ...base,
  media: z.object({
    track: z.string().default('inbound'),
    chunk: z.string().optional(),
    timestamp: z.string().optional(),
    payload: z.string(),
  }),
});
export const dtmfMessage = z.object({
  event: z.literal('dtmf'),
  ...base,
  dtmf: z.object({ track: z.string().optional(), digit: z.string().regex(/^[0-9*#A-D]$/) }),
});
export const markMessage = z.object({ event: z.literal('mark'), ...base, mark: z.object({ name: z.string() }) });
export const stopMessage = z.object({
  event: z.literal('stop'),
  ...base,
  stop: z.object({ accountSid: z.string().optional(), callSid: z.string().optional() }).default({}),
});

export const twilioInbound = z.discriminatedUnion('event', [connectedMessage, startMessage, mediaMessage, dtmfMessage, markMessage, stopMessage]);
export type TwilioInbound = z.infer<typeof twilioInbound>;
export type TwilioStart = z.infer<typeof startMessage>;

/** Outbound: only media, mark and clear are allowed (anything else is Twilio error 31924). */
export type TwilioOutbound =
  | { event: 'media'; streamSid: string; media: { payload: string } }
  | { event: 'mark'; streamSid: string; mark: { name: string } }
  | { event: 'clear'; streamSid: string };

type MediaFrame = z.infer<typeof mediaMessage>;

/**
 * The frame that arrives 50 times a second per call: a media frame whose fields all have the types the schema
 * asks for is taken as it is (the schema would only copy it). Anything else, or any doubt, goes through zod.
 */
function plainMediaFrame(json: unknown): MediaFrame | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const { event, media, sequenceNumber, streamSid } = json as Record<string, unknown>;
  if (event !== 'media' || typeof media !== 'object' || media === null) return undefined;
  if ((sequenceNumber !== undefined && typeof sequenceNumber !== 'string') || (streamSid !== undefined && typeof streamSid !== 'string')) return undefined;
  const { track, chunk, timestamp, payload } = media as Record<string, unknown>;
  if (typeof payload !== 'string' || typeof track !== 'string') return undefined;
  if ((chunk !== undefined && typeof chunk !== 'string') || (timestamp !== undefined && typeof timestamp !== 'string')) return undefined;
  return json as MediaFrame;
}

export function decodeInbound(raw: string): { ok: true; message: TwilioInbound } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const media = plainMediaFrame(json);
  if (media) return { ok: true, message: media };
  const parsed = twilioInbound.safeParse(json);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, message: parsed.data };
}

/** Caller audio: Twilio names the caller's track `inbound` (or `inbound_track` in some accounts). */
export function isCallerTrack(track: string): boolean {
  return track === 'inbound' || track === 'inbound_track';
}

/** The μ-law bytes of a media frame's payload. */
export function mediaAudio(payload: string): Uint8Array {
  return Buffer.from(payload, 'base64');
}

/** Media Streams carry 8 kHz μ-law only; anything else announced is treated as that (and logged by the caller). */
export function isMulaw8k(format: TwilioStart['start']['mediaFormat']): boolean {
  return format.encoding === 'audio/x-mulaw' && format.sampleRate === 8000;
}

/** The call a `start` frame opens; the webhook passed the caller's details as the stream's custom parameters. */
export function callInfoFromStart(start: TwilioStart['start']): CallInfo {
  const params = start.customParameters;
  return {
    callSid: start.callSid,
    streamSid: start.streamSid,
    accountSid: start.accountSid,
    from: params.user_phone ?? '',
    to: params.bot_phone ?? '',
    direction: params.direction ?? 'inbound',
  };
}

/** Encodes one stream's outbound frames as the text Twilio expects. */
export interface TwilioEncoder {
  media(frame: Uint8Array): string;
  mark(name: string): string;
  clear(): string;
}

export function twilioEncoder(streamSid: string): TwilioEncoder {
  const message = (m: TwilioOutbound) => JSON.stringify(m);
  // 50 media frames a second per call: the text around the payload is built once (base64 needs no escaping).
  const mediaHead = `{"event":"media","streamSid":${JSON.stringify(streamSid)},"media":{"payload":"`;
  return {
    media: (frame) => `${mediaHead}${Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength).toString('base64')}"}}`,
    mark: (name) => message({ event: 'mark', streamSid, mark: { name } }),
    clear: () => message({ event: 'clear', streamSid }),
  };
}
