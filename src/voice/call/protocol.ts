// Twilio Media Streams wire protocol (JSON text frames). Inbound frames are validated here, at the edge.
import { z } from 'zod';

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

export function parseInbound(raw: string): { ok: true; message: TwilioInbound } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const parsed = twilioInbound.safeParse(json);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, message: parsed.data };
}
