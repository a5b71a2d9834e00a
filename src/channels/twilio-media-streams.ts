// The twilio_media_streams channel: Twilio's voice webhook (TwiML) and the Media Streams WebSocket, each
// call run by a CallSession that talks to the assistant only through the Agent interface.
import { createHmac } from 'node:crypto';
import { callerIdSealOf } from './caller-id-proof.ts';
import websocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { SpeechRecognizer } from '../voice/asr/types.ts';
import type { AnswerKind } from '../voice/call/answer-ready.ts';
import type { HotelCard } from '../voice/call/keypad-line.ts';
import type { CallTranscript } from '../voice/call/transcript.ts';
import { type CallReport, RecentCallReports } from '../voice/call/report.ts';
import type { CallDeps, CallInfo, CallTransport } from '../voice/call/call-info.ts';
import { CallSession } from '../voice/call/session.ts';
import { exposeVadStats, voiceMetrics } from '../voice/call/metrics.ts';
import { StreamTokens } from '../voice/call/tokens.ts';
import { TwilioRest } from '../voice/call/twilio-rest.ts';
import { type CallOptions, callOptionsFrom, type TwilioMediaStreamsConfig, TwilioMediaStreamsSchema } from '../voice/config.ts';
import { createCheckedVoiceProviders } from '../voice/providers.ts';
import { CachedSynthesizer } from '../voice/tts/cache.ts';
import type { SpeechSynthesizer } from '../voice/tts/types.ts';
import type { VadFactory } from '../voice/vad/types.ts';
import type { Env } from '../config/env.ts';
import type { Limiter } from '../http/rate-limits.ts';
import { keepRawBodies, twilioAccessHook } from './twilio-auth.ts';
import { handleMediaStream } from './twilio-socket.ts';
import { streamTwiml, streamUrlFor } from './twilio-twiml.ts';
import type { Agent } from './types.ts';

export interface TwilioMediaStreamsOptions {
  agent: Agent;
  /** The environment, given by the caller: TWILIO_AUTH_TOKEN, TWILIO_ACCOUNT_SID, TWILIO_API_BASE_URL, speech keys. */
  env: Env;
  /** The twilio_media_streams block of credentials.yml (validated here). */
  credentials: TwilioMediaStreamsConfig | Record<string, unknown> | null | undefined;
  /** Reception's number for transfers (hotel.yml phone). */
  hotelPhone: string;
  /** Name, address and phone (hotel.yml) for the key-press menu when no recogniser is available. */
  hotel?: HotelCard;
  clock: { now(): Date };
  logger: Logger;
  metrics?: Registry;
  /** Hotel name and room names: recognition hints. */
  phraseHints?: string[];
  /** Kind of answer each slot question expects (answerKindsOf(domain.slots)): slot-aware end of turn. */
  answerKinds?: Record<string, AnswerKind>;
  /** Writes the line's own phrases (the key-press menu and its answers) into the conversation. */
  transcript?: CallTranscript;
  /** <PORTIER_DATA_DIR>/models: models installed by `portier models pull`, used when none is configured. */
  modelsDir?: string;
  /** Overrides of the configured providers (tests, embedded runtime). */
  recognizer?: SpeechRecognizer;
  synthesizer?: SpeechSynthesizer;
  vad?: VadFactory;
  callOptions?: Partial<CallOptions>;
  /** Pass one to reach the live calls from outside (shutdown, admin); the plugin makes its own otherwise. */
  activeCalls?: ActiveCalls;
  /** Development mode: accept unsigned webhooks when there is no auth token (PORTIER_TWILIO_ALLOW_UNSIGNED=1). */
  allowUnsigned?: boolean;
  /** Limits webhook requests (per IP). */
  limiter?: Limiter;
  /** Seconds a new Media Stream socket has to send a `start` with its token (default 5). */
  startTimeoutMs?: number;
}

/** Twilio's media frames are a few hundred bytes, its start frame a few kilobytes; nothing needs more. */
export const MAX_FRAME_BYTES = 64 * 1024;

/**
 * The conversation id of a text test: not the caller's number (it would end up in logs, URLs and the tracker
 * store's keys), but a keyed hash of it, stable so that the same number continues its conversation.
 */
export function phoneConversationId(phone: string, key: string): string {
  return `tel-${createHmac('sha256', key).update(phone).digest('hex').slice(0, 24)}`;
}

export const WEBHOOK_PATH = '/webhooks/twilio_media_streams/webhook';
export const WEBSOCKET_PATH = '/webhooks/twilio_media_streams/websocket';
export const CALLS_PATH = '/webhooks/twilio_media_streams/calls';

const voiceWebhookBody = z.looseObject({
  CallSid: z.string().min(1),
  From: z.string().default(''),
  To: z.string().default(''),
  Direction: z.string().default('inbound'),
});
const textTestBody = z.looseObject({ From: z.string().min(1), Body: z.string().min(1) });

/** Live calls of this server, so shutdown can end each one politely. */
export class ActiveCalls {
  readonly sessions = new Map<string, CallSession>();
  readonly ended = new RecentCallReports();

  report(callSid: string): CallReport | undefined {
    return this.sessions.get(callSid)?.report ?? this.ended.get(callSid);
  }

  async endAllPolitely(maxWaitMs = 8000): Promise<void> {
    await Promise.all([...this.sessions.values()].map((s) => s.endPolitely(maxWaitMs)));
  }
}

/**
 * Registers the webhook and the WebSocket in their own encapsulated scope (its body parsers keep the raw text
 * for signatures and must not replace the server's), whether it is called directly or through app.register.
 */
export async function twilioMediaStreamsPlugin(app: FastifyInstance, options: TwilioMediaStreamsOptions): Promise<void> {
  // Configuration is checked here, before fastify's plugin loader: a caller that catches the error keeps a
  // server that still boots (without the phone channel).
  const config = parseVoiceConfig(options.credentials);
  const channel = await prepareChannel(config, options);
  await app.register(async (scope) => channelRoutes(scope, options, config, channel));
}

/** A twilio_media_streams block that does not validate, as one line per problem. */
export class VoiceConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`credentials.yml twilio_media_streams: ${problems.join('; ')}`);
    this.name = 'VoiceConfigError';
  }
}

function parseVoiceConfig(credentials: TwilioMediaStreamsOptions['credentials']): TwilioMediaStreamsConfig {
  const parsed = TwilioMediaStreamsSchema.safeParse(credentials ?? {});
  if (!parsed.success) throw new VoiceConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(block)'}: ${i.message}`));
  return parsed.data;
}

async function prepareChannel(config: TwilioMediaStreamsConfig, options: TwilioMediaStreamsOptions) {
  const logger = options.logger.child({ channel: 'twilio_media_streams' });
  const authToken = config.auth_token || options.env.TWILIO_AUTH_TOKEN || undefined;
  const allowUnsigned = config.allow_unsigned === true || (options.allowUnsigned ?? options.env.PORTIER_TWILIO_ALLOW_UNSIGNED === '1');
  if (!authToken && !allowUnsigned) {
    logger.error(
      { event: 'voice.unsigned_refused' },
      'TWILIO_AUTH_TOKEN is not set: the Twilio webhook refuses every request (403). Set TWILIO_AUTH_TOKEN, or for local development only PORTIER_TWILIO_ALLOW_UNSIGNED=1',
    );
  } else if (!authToken) logger.warn({ event: 'voice.unsigned_allowed' }, 'development mode: Twilio webhooks are accepted without a signature');
  const accountSid = config.account_sid ?? options.env.TWILIO_ACCOUNT_SID;
  const rest = accountSid && authToken ? new TwilioRest({ accountSid, authToken, baseUrl: options.env.TWILIO_API_BASE_URL }) : undefined;
  if (!rest) logger.warn('no Twilio account_sid/auth_token: hang-up closes the stream and transfers are unavailable');
  const configured =
    options.recognizer && options.synthesizer && options.vad
      ? undefined
      : await createCheckedVoiceProviders(config, logger, { modelsDir: options.modelsDir, env: options.env });
  const recognizer = options.recognizer ?? configured!.recognizer;
  const synthesizer = options.synthesizer ?? configured!.synthesizer;
  const vad = options.vad ?? configured!.vad;
  const callOptions = callOptionsFrom(config, options.callOptions);
  const metrics = voiceMetrics(options.metrics);
  exposeVadStats(options.metrics, vad.stats);
  const tokens = new StreamTokens(() => options.clock.now().getTime());
  const calls = options.activeCalls ?? new ActiveCalls();
  // The shutdown phrase must play even if the synthesiser is slow or failing at that moment.
  if (synthesizer instanceof CachedSynthesizer) void synthesizer.warm([callOptions.shutdownMessage]).catch(() => undefined);
  const callerId = callerIdSealOf(options.env);
  return { logger, authToken, allowUnsigned, callerId, rest, recognizer, synthesizer, vad, callOptions, metrics, tokens, calls };
}

async function channelRoutes(
  app: FastifyInstance,
  options: TwilioMediaStreamsOptions,
  config: TwilioMediaStreamsConfig,
  channel: Awaited<ReturnType<typeof prepareChannel>>,
): Promise<void> {
  const { logger, authToken, allowUnsigned, callerId, rest, recognizer, synthesizer, vad, callOptions, metrics, tokens, calls } = channel;
  const monotonic = () => performance.now();

  // Added before @fastify/websocket so it runs before that plugin's own preClose closes every socket.
  app.addHook('preClose', async () => {
    if (calls.sessions.size > 0) logger.info({ calls: calls.sessions.size }, 'shutting down: ending calls politely');
    await calls.endAllPolitely();
  });
  // A VAD the channel made is the channel's to free (Silero's worker); one passed in belongs to its maker.
  if (!options.vad) app.addHook('onClose', async () => vad.close?.());
  // Likewise the recogniser's worker thread (sherpa-onnx).
  if (!options.recognizer) app.addHook('onClose', async () => recognizer.close?.());
  if (!app.hasDecorator('websocketServer')) await app.register(websocket, { options: { maxPayload: MAX_FRAME_BYTES } });
  keepRawBodies(app);
  const access = twilioAccessHook({ serverUrl: config.server_url, authToken, allowUnsigned, username: config.username, password: config.password, logger });

  app.get('/webhooks/twilio_media_streams/', async () => ({ status: 'ok' }));

  // Checked like the webhook (a Twilio signature over the URL when a token is set): `portier call` signs it.
  app.get(`${CALLS_PATH}/:callSid`, { preHandler: access }, async (request, reply) => {
    const report = calls.report((request.params as { callSid: string }).callSid);
    return report ? reply.send(report) : reply.code(404).send({ error: 'no such call on this server' });
  });

  app.post(WEBHOOK_PATH, { onRequest: options.limiter ? [options.limiter.handler] : [], preHandler: access }, async (request, reply) => {
    const voice = voiceWebhookBody.safeParse(request.body);
    if (voice.success) {
      const { CallSid, From, To, Direction } = voice.data;
      const streamUrl = streamUrlFor(config.server_url, request.host, request.protocol);
      const token = tokens.issue(CallSid);
      logger.info({ call_id: CallSid }, 'incoming call: connecting media stream');
      const twiml = streamTwiml(streamUrl, { token, call_id: CallSid, user_phone: From, bot_phone: To, direction: Direction });
      return reply.type('text/xml').send(twiml);
    }
    // The original's local test: POST {From, Body} and read the assistant's text answer.
    const text = textTestBody.safeParse(request.body);
    if (text.success) {
      const sender = phoneConversationId(text.data.From, authToken ?? 'portier-development');
      const messages = await options.agent.handleMessage({
        sender,
        text: text.data.Body,
        channel: 'twilio_media_streams',
        metadata: callerId.voiceMetadata(sender, text.data.From),
      });
      return reply.send(messages);
    }
    return reply.code(400).send({ error: 'expected a Twilio voice webhook (CallSid, From, To) or a text test (From, Body)' });
  });

  const deps: Omit<CallDeps, 'now'> = {
    agent: options.agent,
    recognizer,
    synthesizer,
    vad,
    rest,
    hotelPhone: options.hotelPhone,
    hotel: options.hotel,
    answerKinds: options.answerKinds,
    transcript: options.transcript,
    options: callOptions,
    logger,
    metrics,
    phraseHints: options.phraseHints ?? [],
    callerId,
  };
  const openCall = (call: CallInfo, transport: CallTransport): CallSession => {
    const session = new CallSession(call, { ...deps, now: monotonic }, transport);
    calls.sessions.set(call.callSid, session);
    void session.endedPromise.then(() => {
      calls.sessions.delete(call.callSid);
      calls.ended.add(session.report);
    });
    void session.start();
    return session;
  };
  app.get(WEBSOCKET_PATH, { websocket: true }, (socket: WebSocket) =>
    handleMediaStream(socket, { tokens, logger, startTimeoutMs: options.startTimeoutMs ?? 5000, openCall }),
  );
}
