// Keys of failed identity checks as the hotel stores keep them: hashed, so the table holds no phone number or
// IP address, and normalised, so «8 900 …» and «+7 900 …» count as one phone.
import { createHash } from 'node:crypto';
import { normalizeBookingCode } from '../hotel/codes.ts';
import { toE164 } from '../hotel/phone.ts';
import type { AccessKey } from '../hotel/types.ts';

export function accessKeyId(key: AccessKey): string {
  const value =
    key.kind === 'code' ? normalizeBookingCode(key.value) : key.kind === 'phone' || key.kind === 'reminder' ? (toE164(key.value) ?? key.value) : key.value;
  return createHash('sha256').update(`${key.kind}:${value}`).digest('base64url').slice(0, 32);
}
