// What the phone channel hands a call session: the call's identity from Twilio's `start` frame, the line back to
// Twilio (which the socket handler encodes into the wire format, channels/twilio-codec.ts), and what the call
// works with (assistant, recogniser, synthesiser, VAD, call control, options, metrics).
import type { Logger } from 'pino';
import type { CallerIdSeal } from '../../channels/caller-id-proof.ts';
import type { Agent } from '../../channels/types.ts';
import type { SpeechRecognizer } from '../asr/types.ts';
import type { CallOptions } from '../config.ts';
import type { SpeechSynthesizer } from '../tts/types.ts';
import type { VadFactory } from '../vad/types.ts';
import type { AnswerKind } from './answer-ready.ts';
import type { HotelCard } from './keypad-line.ts';
import type { VoiceMetrics } from './metrics.ts';
import type { PlayerSink } from './player.ts';
import type { CallTranscript } from './transcript.ts';
import type { TwilioRest } from './twilio-rest.ts';

/** The channel name the assistant sees on every message of a phone call (Rasa's). */
export const CHANNEL = 'twilio_media_streams';

export interface CallInfo {
  callSid: string;
  streamSid: string;
  accountSid: string;
  from: string;
  to: string;
  direction: string;
}

/** The line back to Twilio: outbound frames, marks and `clear` (PlayerSink), and closing the stream. */
export interface CallTransport extends PlayerSink {
  close(code: number, reason: string): void;
}

export interface CallDeps {
  agent: Agent;
  recognizer: SpeechRecognizer;
  synthesizer: SpeechSynthesizer;
  vad: VadFactory;
  rest?: TwilioRest;
  hotelPhone: string;
  /** The hotel's name, address and phone, for the key-press menu of a line without a recogniser. */
  hotel?: HotelCard;
  /** Kind of answer each slot question expects (answerKindsOf(domain.slots)): slot-aware end of turn. */
  answerKinds?: Record<string, AnswerKind>;
  /** Where the line's own phrases and the keys they answer are written into the conversation. */
  transcript?: CallTranscript;
  options: CallOptions;
  logger: Logger;
  metrics: VoiceMetrics;
  phraseHints: string[];
  /** Seals the caller's number (PORTIER_CALLER_ID_KEY of the channel's environment). */
  callerId: CallerIdSeal;
  now: () => number;
}
