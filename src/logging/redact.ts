// Keeps guests' personal data and secrets out of logs: phone numbers, e-mails and names are masked, tokens
// and keys removed. Everything the server logs about a turn passes through here.
import type { Command } from '../engine/commands.ts';

/** Slots whose values identify a person; logged masked. */
const PERSONAL_SLOTS = new Set(['guest_name', 'guest_phone', 'caller_phone', 'guest_email', 'email', 'booking_reference', 'phone', 'name']);
const NAME_SLOTS = new Set(['guest_name', 'name']);

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Seven or more digits with the usual separators: candidates for a phone number, written any way a caller
// types them. Not every candidate is one: «400 (21211)» is an HTTP status and a Twilio error code.
const PHONE_CANDIDATE = /\+?\d(?:[\s\-().]*\d){6,}/g;
// A local number without its area code, as Russians write it: «555-12-34», «555 12 34».
const LOCAL_PHONE = /(?<!\d)\d{3}[-\s]\d{2}[-\s]\d{2}(?!\d)/;

/**
 * Whether a run of digits is shaped like a phone number: ten digits or more (a full number, any country,
 * any separators), an international number («+» and seven digits or more), or a local «555-12-34». Dates,
 * status and error codes are shorter and stay readable.
 */
function phoneShaped(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  return digits >= 10 || (candidate.startsWith('+') && digits >= 7) || LOCAL_PHONE.test(candidate);
}

/** "+79161234567" → "+7*******67": the country code and last two digits stay for debugging. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 5) return '*'.repeat(digits.length);
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return `${plus}${digits.slice(0, 1)}${'*'.repeat(digits.length - 3)}${digits.slice(-2)}`;
}

/** "ivan.petrov@mail.ru" → "i***@mail.ru" */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/** "Иван Петров" → "И*** П***" */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0] ?? ''}***`)
    .join(' ');
}

/** Masks phone numbers and e-mails found anywhere in free text (a guest's message, an error). */
export function redactText(text: string): string {
  return text.replace(EMAIL, (m) => maskEmail(m)).replace(PHONE_CANDIDATE, (m) => (phoneShaped(m) ? maskPhone(m) : m));
}

function maskSlotValue(slot: string, value: unknown): string {
  if (value === null || value === undefined) return 'null';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (!PERSONAL_SLOTS.has(slot)) return redactText(text);
  if (NAME_SLOTS.has(slot)) return maskName(text);
  if (text.includes('@')) return maskEmail(text);
  if (/\d{5,}/.test(text.replace(/\D/g, ''))) return maskPhone(text);
  return `${'*'.repeat(Math.min(text.length, 8))}`;
}

/** One command as it appears in the turn log line, personal values masked: `set slot guest_phone=+7*******67`. */
export function describeCommand(command: Command): string {
  switch (command.command) {
    case 'start flow':
      return `start flow ${command.flow}`;
    case 'set slot':
      return `set slot ${command.name}=${maskSlotValue(command.name, command.value)}`;
    case 'clarify':
      return `clarify ${command.options.join('|')}`;
    case 'cannot handle':
      return command.reason ? `cannot handle ${command.reason}` : 'cannot handle';
    case 'error':
      return command.errorType ? `error ${command.errorType}` : 'error';
    default:
      return command.command;
  }
}

const SECRET_QUERY = /([?&](?:token|api_key|key|access_token)=)[^&#]*/gi;
/** Query parameters that name a guest (GET /api/bookings?phone=...): removed whole, however they are encoded. */
const PERSONAL_QUERY = /([?&](?:phone|email|guest_name|name)=)[^&#]*/gi;

/** A request URL without tokens, guests' phones and names (query or path, e.g. a conversation id). */
export function redactUrl(url: string): string {
  return redactText(url.replace(SECRET_QUERY, '$1***').replace(PERSONAL_QUERY, '$1***'));
}

/** Log fields that carry what a guest said or who they are; masked wherever a module logs them. */
const PERSONAL_FIELDS = new Set([
  'text',
  'user_text',
  'utterance',
  'transcript',
  'message_text',
  'phone',
  'guest_phone',
  'caller_phone',
  'from',
  'to',
  'email',
  'guest_email',
]);
const NAME_FIELDS = new Set(['name_value', 'guest_name', 'caller_name']);
/** Fields that may carry a phone number inside other text: URLs (paths included), error texts. */
const ID_FIELDS = new Set(['url', 'urls', 'error', 'err', 'reason']);

/**
 * A conversation id is kept for correlating log lines, unless the channel made it the guest's phone number
 * (a REST client using the phone as sender); call SIDs and UUIDs stay readable.
 */
const CONVERSATION_FIELDS = new Set(['conversation', 'conversation_id', 'sender', 'sender_id']);
const PHONE_ID = /^\+?[\d\s\-().]{7,20}$/;

// Twilio SIDs (CA…, MZ…) and UUIDs: ids whose digit runs are not phone numbers.
const SID_OR_UUID = /^(?:[A-Z]{2}[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** A conversation id as logged: a phone number masked, also inside "whatsapp:+7…" or "guest-8916…". */
function maskConversationId(id: string): string {
  if (PHONE_ID.test(id)) return maskPhone(id);
  return SID_OR_UUID.test(id) ? id : redactText(id);
}

/** Copy of a log object with personal fields masked (phones and e-mails in free text, names entirely). */
export function redactLogFields(value: Record<string, unknown>, depth = 0): Record<string, unknown> {
  if (depth > 3) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string' && CONVERSATION_FIELDS.has(key)) out[key] = maskConversationId(field);
    else if (typeof field === 'string' && (PERSONAL_FIELDS.has(key) || ID_FIELDS.has(key))) out[key] = redactText(field);
    else if (Array.isArray(field) && ID_FIELDS.has(key)) out[key] = field.map((item) => (typeof item === 'string' ? redactText(item) : item));
    else if (typeof field === 'string' && NAME_FIELDS.has(key)) out[key] = maskName(field);
    else if (field && typeof field === 'object' && !Array.isArray(field) && !(field instanceof Error)) {
      out[key] = redactLogFields(field as Record<string, unknown>, depth + 1);
    } else out[key] = field;
  }
  return out;
}

/** pino `redact` paths: secrets that must never reach a log line. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'token',
  'apiToken',
  'authToken',
  'password',
  'env.OPENAI_API_KEY',
  'env.AZURE_SPEECH_KEY',
];
