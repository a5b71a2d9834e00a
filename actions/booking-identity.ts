// Who may hear about a booking: the proof a caller gives (a verified caller ID, or the code together with the
// booking's phone or surname), the keys failed attempts are counted against, and how a code is said per channel.
import { CALLER_ID_PROOF, type CallerIdSeal } from '../src/channels/caller-id-proof.ts';
import type { ActionCall } from '../src/engine/actions.ts';
import { looksLikeBookingCode, normalizeBookingCode, spokenCode } from '../src/hotel/codes.ts';
import { toE164 } from '../src/hotel/phone.ts';
import type { AccessKey } from '../src/hotel/types.ts';
import { extractBookingCode } from '../src/understanding/lang-ru/contacts.ts';
import { loadMorph } from '../src/understanding/lang-ru/morph.ts';
import { extractPhone } from '../src/understanding/lang-ru/phones.ts';

/** The channel whose caller number comes from the telephone network (Twilio's `From`), never from the client. */
export const VOICE_CHANNEL = 'twilio_media_streams';

function metadata(call: ActionCall): Record<string, unknown> {
  const m = call.tracker.latest_message?.metadata;
  return m && typeof m === 'object' ? m : {};
}

/**
 * The caller's number as the phone network gave it, on a call only. Metadata and even the input channel are
 * client-writable (REST webhook, the Rasa API's /messages and tracker events), so a `user_phone` counts only with
 * the seal the Twilio channel put beside it for this conversation.
 */
export function verifiedCallerPhone(call: ActionCall, seal: CallerIdSeal): string | null {
  if (call.tracker.latest_input_channel !== VOICE_CHANNEL) return null;
  const m = metadata(call);
  const phone = m['user_phone'];
  if (typeof phone !== 'string' || !seal.isSealed(call.sender_id, phone, m[CALLER_ID_PROOF])) return null;
  return toE164(phone);
}

/** Who is trying: the caller ID on a call, the client's IP on REST (set by the REST channel), else the conversation. */
export function callerKey(call: ActionCall, seal: CallerIdSeal): AccessKey {
  const phone = verifiedCallerPhone(call, seal);
  if (phone) return { kind: 'caller', value: `phone:${phone}` };
  const ip = metadata(call)['caller_ip'];
  if (call.tracker.latest_input_channel === 'rest' && typeof ip === 'string' && ip) return { kind: 'caller', value: `ip:${ip}` };
  return { kind: 'caller', value: `sender:${call.sender_id}` };
}

/** A code as the assistant says it: digit groups in words on a call, as written in chat. */
export function codeForChannel(call: ActionCall, code: string): string {
  return call.tracker.latest_input_channel === VOICE_CHANNEL ? spokenCode(code) : code;
}

/** A booking code and/or a phone number inside what the caller said («код 472 901 338», «бронировал на 8 900 …»). */
export function parseReference(text: string): { code?: string; phone?: string } {
  const out: { code?: string; phone?: string } = {};
  const phone = extractPhone(text);
  if (phone) out.phone = phone;
  if (looksLikeBookingCode(text)) out.code = normalizeBookingCode(text);
  else {
    const code = extractBookingCode(text, true);
    if (code && looksLikeBookingCode(code)) out.code = code;
  }
  return out;
}

const normal = (w: string) => w.toLowerCase().replace(/ё/g, 'е');

/** The words of a guest name that are surnames (by the dictionary), else its last word. */
async function surnames(guestName: string): Promise<string[]> {
  const morph = await loadMorph();
  const words = guestName.split(/[^\p{L}-]+/u).filter((w) => w.length > 1);
  const tagged = words.filter((w) => morph.parse(w, true).some((p) => p.tags.has('Surn')));
  return (tagged.length ? tagged : words.slice(-1)).map(normal);
}

/**
 * Whether the caller named the guest's surname, in any case or gender form («Смирнову», «Смирновой», «Смирнов» for
 * Смирнова): the same dictionary lemma, or the same stem of at least five letters with a short ending.
 */
export async function namesSurname(said: string, guestName: string): Promise<boolean> {
  const morph = await loadMorph();
  const wanted = await surnames(guestName);
  const lemmas = (w: string) => new Set(morph.parse(w, true).map((p) => normal(p.lemma)));
  for (const word of said
    .split(/[^\p{L}-]+/u)
    .filter((w) => w.length > 1)
    .map(normal)) {
    for (const surname of wanted) {
      if (word === surname) return true;
      let common = 0;
      while (common < word.length && common < surname.length && word[common] === surname[common]) common++;
      if (common >= 5 && word.length - common <= 3 && surname.length - common <= 3) return true;
      const a = lemmas(word);
      for (const l of lemmas(surname)) if (a.has(l) && l.length >= 3) return true;
    }
  }
  return false;
}
