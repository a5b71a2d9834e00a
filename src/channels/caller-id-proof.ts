// Proof that a caller ID came from the telephone network through this server's Twilio channel, not from a client.
// Message metadata is client-writable on every other path (REST webhook, the Rasa API's /messages and tracker
// events), so `user_phone` alone proves nothing: the Twilio channel adds a keyed seal over the conversation and the
// number, which only a process holding the key can make. The key is random per process (a call's turns, and the
// actions they run in-process, stay on the instance that took the call), or PORTIER_CALLER_ID_KEY when actions run
// in a separate action server that must check the seal too.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The metadata key of the seal, next to Rasa's `user_phone`. */
export const CALLER_ID_PROOF = 'caller_id_proof';

let processKey: Buffer | null = null;

function key(): Buffer {
  const configured = process.env['PORTIER_CALLER_ID_KEY'];
  if (configured) return Buffer.from(configured, 'utf8');
  processKey ??= randomBytes(32);
  return processKey;
}

function seal(conversationId: string, phone: string): Buffer {
  return createHmac('sha256', key()).update(`${conversationId}\u0000${phone}`).digest();
}

/** The seal the Twilio channel puts beside `user_phone` for a number the phone network gave. */
export function sealCallerId(conversationId: string, phone: string): string {
  return seal(conversationId, phone).toString('base64url');
}

/** Whether `proof` is this server's seal of `phone` in this conversation. */
export function isSealedCallerId(conversationId: string, phone: string, proof: unknown): boolean {
  if (typeof proof !== 'string' || proof.length > 64) return false;
  const given = Buffer.from(proof, 'base64url');
  const wanted = seal(conversationId, phone);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Voice metadata with the caller's number sealed (`user_phone` as Rasa's voice channels name it). */
export function voiceCallerMetadata(conversationId: string, phone: string): { user_phone: string; caller_id_proof?: string } {
  return phone ? { user_phone: phone, [CALLER_ID_PROOF]: sealCallerId(conversationId, phone) } : { user_phone: phone };
}
