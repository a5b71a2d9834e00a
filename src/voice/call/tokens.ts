// One-time tokens that bind a media stream to the call whose webhook issued them. Twilio strips query
// strings from stream URLs, so the token travels as a <Parameter> and comes back in start.customParameters.
import { randomBytes, timingSafeEqual } from 'node:crypto';

interface Issued {
  callSid: string;
  expiresAt: number;
}

export class StreamTokens {
  readonly #issued = new Map<string, Issued>();

  constructor(
    readonly now: () => number,
    readonly ttlMs = 5 * 60_000,
  ) {}

  issue(callSid: string): string {
    this.#sweep();
    const token = randomBytes(24).toString('base64url');
    this.#issued.set(token, { callSid, expiresAt: this.now() + this.ttlMs });
    return token;
  }

  /** True once for a token issued to this CallSid and not yet expired. */
  consume(token: string | undefined, callSid: string): boolean {
    if (!token) return false;
    const issued = this.#issued.get(token);
    if (!issued) return false;
    this.#issued.delete(token);
    const a = Buffer.from(issued.callSid);
    const b = Buffer.from(callSid);
    return issued.expiresAt >= this.now() && a.length === b.length && timingSafeEqual(a, b);
  }

  #sweep(): void {
    const now = this.now();
    for (const [token, issued] of this.#issued) if (issued.expiresAt < now) this.#issued.delete(token);
  }
}
