// `portier demo-data`: a demo hotel with a month of bookings and conversations, for trying the staff console and
// for its screenshots. Bookings go through the hotel system's own rules (each made on a day before its stay);
// conversations are real ones with the assistant, re-dated over the past month in the hotel's time zone.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { pino } from 'pino';
import { loadRuntimeEnv } from '../../config/runtime-env.ts';
import type { TrackerEvent } from '../../engine/events.ts';
import { addDays, todayIn } from '../../hotel/calendar.ts';
import { NoAvailabilityError } from '../../hotel/errors.ts';
import type { Booking, Hotel } from '../../hotel/types.ts';
import { createRuntime } from '../../runtime/create-runtime.ts';
import { createPms } from '../../stores/hotel-pms.ts';
import { between, guestLines, guestName, pick, pickKind, type Random, russianMobile, seeded } from '../../staff/demo-scripts.ts';
import { openStaffStore } from '../../staff/open.ts';
import { hotelActions } from '../../../actions/index.ts';

export class DemoDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoDataError';
  }
}

export interface DemoOptions {
  root: string;
  days: number;
  bookings: number;
  conversations: number;
  seed: number;
}

/** Noon of a hotel day plus `hours`, as a Date (the hotel's offset read from Intl). */
function hotelMoment(hotel: Hotel, day: string, hours: number): Date {
  const noonUtc = new Date(`${day}T12:00:00Z`);
  const local = new Date(noonUtc.toLocaleString('en-US', { timeZone: hotel.hotel.timezone }));
  const offsetMs = local.getTime() - new Date(noonUtc.toLocaleString('en-US', { timeZone: 'UTC' })).getTime();
  return new Date(noonUtc.getTime() - offsetMs + (hours - 12) * 3_600_000);
}

/** The events re-dated from `start`: a guest speaks 4–10 s after the assistant, which answers within 1–3 s. */
function redated(events: readonly TrackerEvent[], start: Date, random: Random): TrackerEvent[] {
  let t = start.getTime() / 1000;
  return events.map((event) => {
    if (event.event === 'user') t += 4 + random() * 6;
    else if (event.event === 'bot') t += 1 + random() * 2;
    else t += 0.01;
    return { ...event, timestamp: Math.round(t * 1000) / 1000 };
  });
}

export async function writeDemoData(options: DemoOptions, out: (line: string) => void): Promise<{ bookings: number; conversations: number }> {
  const root = resolve(options.root);
  const runtimeEnv = loadRuntimeEnv(process.env, root);
  const runtime = await createRuntime({ customActions: hotelActions(), root, env: process.env, logger: pino({ level: 'silent' }), log: out });
  const random = seeded(options.seed);
  const hotel = runtime.hotel;
  if (!hotel) {
    await runtime.close();
    throw new DemoDataError('the project has no hotel description (data/hotel.yml): a demo hotel needs one');
  }
  const today = todayIn(hotel.hotel.timezone, runtimeEnv.clock());
  // A second connection to the same hotel store whose clock is the day each booking was made.
  let bookedAt = runtimeEnv.clock();
  const pastPms = await createPms({ hotel, dataDir: runtimeEnv.dataDir, databaseUrl: runtimeEnv.databaseUrl ?? undefined, now: () => bookedAt });
  const staff = await openStaffStore(runtimeEnv);
  const made: Booking[] = [];
  try {
    for (let i = 0; i < options.bookings; i++) {
      const checkIn = addDays(today, between(random, -Math.min(options.days, 20), 24));
      const type = pick(
        random,
        hotel.room_types.flatMap((t) => Array<typeof t>(Math.max(1, Math.round(t.count / 2))).fill(t)),
      );
      bookedAt = hotelMoment(hotel, addDays(checkIn, -between(random, 1, 21)), between(random, 9, 21));
      if (bookedAt > runtimeEnv.clock()) bookedAt = runtimeEnv.clock();
      const adults = Math.min(type.max_guests, between(random, 1, 2));
      const children = adults < type.max_guests && random() < 0.25 ? 1 : 0;
      try {
        const booking = await pastPms.createBooking({
          room_type: type.code,
          check_in: checkIn,
          check_out: addDays(checkIn, between(random, 1, 4)),
          adults,
          children,
          children_ages: children ? [7] : [],
          guest_name: guestName(random),
          phone: russianMobile(random),
          idempotency_key: `demo:${options.seed}:${i}`,
        });
        await staff.recordOrigin({ code: booking.code, source: random() < 0.7 ? 'console' : 'api', by: 'demo', at: bookedAt.toISOString() });
        made.push(booking);
      } catch (error) {
        if (!(error instanceof NoAvailabilityError)) throw error;
      }
    }
    out(`${made.length} bookings from ${addDays(today, -20)} to ${addDays(today, 28)}`);

    let talks = 0;
    for (let i = 0; i < options.conversations; i++) {
      const kind = pickKind(random);
      const phoneCall = random() < 0.7;
      const phone = russianMobile(random);
      const checkIn = addDays(today, between(random, 2, 30));
      const toCancel = made.find((b) => b.status === 'confirmed' && b.check_in > addDays(today, 1) && random() < 0.3);
      const lines = guestLines(kind, random, {
        stay: { check_in: checkIn, check_out: addDays(checkIn, between(random, 1, 3)) },
        name: guestName(random),
        phone: toCancel?.phone ?? phone,
        code: toCancel?.code,
      });
      const sender = phoneCall ? `CA${options.seed}${String(i).padStart(6, '0')}${Math.floor(random() * 1e12).toString(16)}` : `web-${options.seed}-${i}`;
      const channel = phoneCall ? 'twilio_media_streams' : 'rest';
      const metadata = phoneCall ? { user_phone: phone, call_id: sender, direction: 'inbound' } : undefined;
      if (phoneCall) await runtime.handleMessage({ sender, text: '/session_start', channel, metadata });
      for (const text of lines) await runtime.handleMessage({ sender, text, channel, ...(metadata ? { metadata } : {}) });
      if (kind === 'cancel' && toCancel) toCancel.status = 'cancelled';
      const day = addDays(today, -between(random, 0, options.days - 1));
      const start = hotelMoment(hotel, day, between(random, 8, 22) + random());
      const events = await runtime.trackers.load(sender);
      const latest = runtimeEnv.clock();
      await runtime.trackers.replace(sender, redated(events, start > latest ? new Date(latest.getTime() - 3_600_000) : start, random));
      talks += 1;
    }
    out(`${talks} conversations over the last ${options.days} days`);
    return { bookings: made.length, conversations: talks };
  } finally {
    await staff.close();
    await pastPms.close();
    await runtime.close();
  }
}

export function register(program: Command): void {
  program
    .command('demo-data')
    .description('fill the data folder with a demo hotel: a month of bookings and conversations (for the staff console)')
    .option('--root <folder>', 'project folder', '.')
    .option('--days <n>', 'days of conversations, ending today', (v) => Number(v), 30)
    .option('--bookings <n>', 'bookings to try to make', (v) => Number(v), 90)
    .option('--conversations <n>', 'conversations with the assistant', (v) => Number(v), 70)
    .option('--seed <n>', 'random seed (same seed, same hotel)', (v) => Number(v), 1)
    .action(async (opts: DemoOptions) => {
      const log = (line: string) => process.stdout.write(`${line}\n`);
      log(`Writing demo data into ${loadRuntimeEnv(process.env, resolve(opts.root)).dataDir}`);
      await writeDemoData(opts, log);
      log('Create a staff account to look at it: portier users add admin --role administrator');
    });
}
