// Proof that a caller ID came from the telephone network through this server's Twilio channel, not from a client.
// Message metadata is client-writable on every other path (REST webhook, the Rasa API's /messages and tracker
// events), so `user_phone` alone proves nothing: the Twilio channel adds a keyed seal over the conversation and the
// number, which only a process holding the key can make. The key is random per process (a call's turns, and the
// actions they run in-process, stay on the instance that took the call), or PORTIER_CALLER_ID_KEY (from the environment the caller
// gives) when actions run in a separate action server that must check the seal too.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Env } from '../config/env.ts';

/** The metadata key of the seal, next to Rasa's `user_phone`. */
export const CALLER_ID_PROOF = 'caller_id_proof';

let processKey: Buffer | null = null;

/** This process's random key: the channel and the in-process actions share it when no key is configured. */
function ownKey(): Buffer {
  processKey ??= randomBytes(32);
  return processKey;
}

/** Seals and checks caller IDs with one key: the configured one, or this process's random key. */
export class CallerIdSeal {
  readonly #key: Buffer;

  constructor(configuredKey?: string) {
    this.#key = configuredKey ? Buffer.from(configuredKey, 'utf8') : ownKey();
  }

  #seal(conversationId: string, phone: string): Buffer {
    return createHmac('sha256', this.#key).update(`${conversationId}\u0000${phone}`).digest();
  }

  /** The seal the Twilio channel puts beside `user_phone` for a number the phone network gave. */
  seal(conversationId: string, phone: string): string {
    return this.#seal(conversationId, phone).toString('base64url');
  }

  /** Whether `proof` is this key's seal of `phone` in this conversation. */
  isSealed(conversationId: string, phone: string, proof: unknown): boolean {
    if (typeof proof !== 'string' || proof.length > 64) return false;
    const given = Buffer.from(proof, 'base64url');
    const wanted = this.#seal(conversationId, phone);
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  }

  /** Voice metadata with the caller's number sealed (`user_phone` as Rasa's voice channels name it). */
  voiceMetadata(conversationId: string, phone: string): { user_phone: string; caller_id_proof?: string } {
    return phone ? { user_phone: phone, [CALLER_ID_PROOF]: this.seal(conversationId, phone) } : { user_phone: phone };
  }
}

/** The seal of the given environment: PORTIER_CALLER_ID_KEY, or this process's random key when it is unset. */
export function callerIdSealOf(env: Env): CallerIdSeal {
  return new CallerIdSeal(env.PORTIER_CALLER_ID_KEY);
}

/** Voice metadata sealed with this process's random key (tests and simulations that run the actions in-process). */
export function voiceCallerMetadata(conversationId: string, phone: string): { user_phone: string; caller_id_proof?: string } {
  return new CallerIdSeal().voiceMetadata(conversationId, phone);
}
