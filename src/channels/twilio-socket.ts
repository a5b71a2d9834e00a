// One Media Streams WebSocket: waits for a `start` carrying the one-time token the webhook issued, opens the call,
// then hands each frame to it (caller audio, key presses, echoed marks, stop). It encodes the call's outbound audio
// through the codec, so the call never sees the wire format. Malformed frames are counted, not trusted: a socket
// that keeps sending them, or never starts a call, is closed.
import type { Logger } from 'pino';
import type { CallInfo, CallTransport } from '../voice/call/call-info.ts';
import type { StreamTokens } from '../voice/call/tokens.ts';
import { callInfoFromStart, decodeInbound, isCallerTrack, isMulaw8k, mediaAudio, twilioEncoder } from './twilio-codec.ts';

/** Malformed-frame warnings logged per socket before they are only counted; past MAX_BAD_FRAMES it is closed. */
const WARNINGS_PER_SOCKET = 5;
export const MAX_BAD_FRAMES = 200;
const OPEN = 1;

/** What the handler needs of a WebSocket (ws's WebSocket; a fake in tests). */
export interface MediaSocket {
  readonly readyState: number;
  send(text: string): void;
  close(code: number, reason: string): void;
  on(event: 'message', listener: (data: { toString(): string }, isBinary: boolean) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  on(event: 'error', listener: (err: Error) => void): unknown;
}

/** What the handler needs of a call (CallSession). */
export interface StreamCall {
  onAudio(mulaw: Uint8Array): void;
  onDtmf(digit: string): void;
  onMark(name: string): void;
  end(outcome: string): Promise<void>;
}

export interface MediaStreamDeps {
  tokens: StreamTokens;
  logger: Logger;
  /** Milliseconds a new socket has to send a valid `start`. */
  startTimeoutMs: number;
  /** Opens (and starts) the call a valid `start` announced. */
  openCall(call: CallInfo, transport: CallTransport): StreamCall;
}

export function handleMediaStream(socket: MediaSocket, deps: MediaStreamDeps): void {
  let call: StreamCall | undefined;
  const log = deps.logger.child({ ws: true });
  // A socket that never starts a call is closed: idle sockets would otherwise pile up without limit.
  const startTimer = setTimeout(() => {
    if (call) return;
    log.warn({ event: 'voice.start_timeout' }, 'media stream closed: no valid start frame in time');
    socket.close(1008, 'start expected');
  }, deps.startTimeoutMs);
  let badFrames = 0;
  const warnBad = (fields: Record<string, unknown>, message: string) => {
    badFrames += 1;
    if (badFrames <= WARNINGS_PER_SOCKET) log.warn(fields, message);
    else if (badFrames === WARNINGS_PER_SOCKET + 1)
      log.warn({ event: 'voice.bad_frames' }, 'more malformed frames on this stream: counting them without logging each');
    if (badFrames === MAX_BAD_FRAMES) {
      log.warn({ event: 'voice.bad_frames', count: badFrames }, 'media stream closed: too many malformed frames');
      socket.close(1008, 'malformed frames');
    }
  };
  const transportFor = (streamSid: string): CallTransport => {
    const encode = twilioEncoder(streamSid);
    const send = (text: string) => {
      if (socket.readyState === OPEN) socket.send(text);
    };
    return {
      media: (frame) => send(encode.media(frame)),
      mark: (name) => send(encode.mark(name)),
      clear: () => send(encode.clear()),
      close: (code, reason) => {
        if (socket.readyState === OPEN) socket.close(code, reason);
      },
    };
  };

  socket.on('message', (data, isBinary) => {
    try {
      if (isBinary) return warnBad({}, 'binary frame ignored');
      const decoded = decodeInbound(data.toString());
      if (!decoded.ok) return warnBad({ error: decoded.error }, 'malformed Twilio frame ignored');
      const m = decoded.message;
      if (m.event === 'connected') return;
      if (m.event === 'start') {
        if (call) return warnBad({}, 'second start on one stream ignored');
        const s = m.start;
        if (!isMulaw8k(s.mediaFormat)) log.warn({ media_format: s.mediaFormat }, 'unexpected media format; treating the audio as 8 kHz mu-law');
        clearTimeout(startTimer);
        if (!deps.tokens.consume(s.customParameters.token, s.callSid)) {
          log.warn({ call_id: s.callSid }, 'media stream rejected: missing or wrong one-time token');
          return socket.close(1008, 'invalid token');
        }
        call = deps.openCall(callInfoFromStart(s), transportFor(s.streamSid));
        return;
      }
      if (!call) return warnBad({ event: m.event }, 'frame before start ignored');
      if (m.event === 'media') {
        if (isCallerTrack(m.media.track)) call.onAudio(mediaAudio(m.media.payload));
      } else if (m.event === 'dtmf') call.onDtmf(m.dtmf.digit);
      else if (m.event === 'mark') call.onMark(m.mark.name);
      else if (m.event === 'stop') void call.end('caller_hangup');
    } catch (err) {
      log.error({ err: String(err) }, 'frame handling failed');
    }
  });
  socket.on('close', () => {
    clearTimeout(startTimer);
    void call?.end('socket_closed');
  });
  socket.on('error', (err) => log.warn({ err: String(err) }, 'socket error'));
}
