// The server as a caller and the graders see it: the REST channel and the hotel system's /api/bookings.
import { z } from 'zod';
import type { SetupBooking } from './cases.ts';

const restReply = z.array(z.looseObject({ text: z.string().optional() }));
const bookingSchema = z.looseObject({
  code: z.string().optional(),
  status: z.string().optional(),
  room_type: z.string().optional(),
  check_in: z.string().optional(),
  check_out: z.string().optional(),
  adults: z.number().optional(),
  children: z.number().optional(),
  guest_name: z.string().optional(),
  phone: z.string().optional(),
});
const bookingList = z.union([z.array(bookingSchema), z.object({ bookings: z.array(bookingSchema) }).transform((b) => b.bookings)]);

export type HotelBooking = z.infer<typeof bookingSchema>;

export class ServerError extends Error {}

export class EvalClient {
  /** Setup bookings are made once per run: cases may share them (a sold-out night, say). */
  private readonly made = new Map<string, HotelBooking | null>();

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  private get auth(): Record<string, string> {
    return this.token ? { Authorization: `Bearer ${this.token}` } : {};
  }

  /** Sends one message; returns the assistant's texts joined by new lines and the time the turn took. */
  async say(sender: string, message: string): Promise<{ text: string; ms: number }> {
    const started = performance.now();
    const res = await fetch(`${this.url}/webhooks/rest/webhook`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sender, message }),
      signal: AbortSignal.timeout(30_000),
    });
    const ms = performance.now() - started;
    if (!res.ok) throw new ServerError(`rest webhook answered ${res.status}`);
    const parsed = restReply.safeParse(await res.json());
    if (!parsed.success) throw new ServerError('rest webhook did not answer a JSON array');
    return {
      text: parsed.data
        .map((m) => m.text ?? '')
        .filter(Boolean)
        .join('\n'),
      ms,
    };
  }

  async bookings(phone: string): Promise<HotelBooking[]> {
    const res = await fetch(`${this.url}/api/bookings?phone=${encodeURIComponent(phone)}`, { headers: this.auth, signal: AbortSignal.timeout(10_000) });
    if (!res.ok) throw new ServerError(`GET /api/bookings answered ${res.status}`);
    const parsed = bookingList.safeParse(await res.json());
    return parsed.success ? parsed.data : [];
  }

  async book(booking: SetupBooking): Promise<HotelBooking | null> {
    const key = JSON.stringify(booking);
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const res = await fetch(`${this.url}/api/bookings`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...this.auth },
      body: JSON.stringify(booking),
      signal: AbortSignal.timeout(10_000),
    });
    if (res.status !== 201 && res.status !== 200) throw new ServerError(`POST /api/bookings answered ${res.status}`);
    const parsed = bookingSchema.safeParse(await res.json().catch(() => null));
    const made = parsed.success ? parsed.data : null;
    this.made.set(key, made);
    return made;
  }
}
