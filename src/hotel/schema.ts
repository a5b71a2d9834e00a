// The schema of the hotel description (data/hotel.yml). The file is read by config/hotel-file.ts, which points at
// file:line:col for every problem this schema finds.
import { z } from 'zod';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as "HH:MM"');
const code = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a lowercase code such as "standard"');
const positiveInt = z.number().int().positive();
const price = z.number().int().nonnegative();

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const roomTypeSchema = z.object({
  code,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  max_guests: positiveInt,
  beds: z.string().optional(),
  area_m2: z.number().positive().optional(),
  view: z.string().optional(),
  count: z.number().int().nonnegative(),
  price_weekday: price,
  price_weekend: price,
  pets_allowed: z.boolean().optional(),
});

const textMap = z.record(z.string(), z.string());

export const hotelSchema = z
  .object({
    hotel: z.object({
      name: z.string().min(1),
      city: z.string().optional(),
      address: z.string().optional(),
      directions: z.string().optional(),
      timezone: z.string().refine(isTimeZone, 'unknown IANA time zone'),
      currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "RUB"'),
      phone: z.string().min(1),
      email: z.string().optional(),
      languages: z.array(z.string()).optional(),
      check_in_time: hhmm,
      check_out_time: hhmm,
      booking_horizon_days: z.number().int().positive().optional(),
    }),
    room_types: z.array(roomTypeSchema).min(1, 'at least one room type is needed'),
    policies: textMap.default({}),
    services: textMap.default({}),
  })
  .superRefine((h, ctx) => {
    const seen = new Set<string>();
    h.room_types.forEach((r, i) => {
      if (seen.has(r.code)) ctx.addIssue({ code: 'custom', path: ['room_types', i, 'code'], message: `duplicate room type code "${r.code}"` });
      seen.add(r.code);
    });
  });
