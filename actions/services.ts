// What the hotel actions need from the runtime, and small helpers over the Rasa SDK tracker shapes.
import type { SlotValue } from '../src/engine/commands.ts';
import type { ActionCall, ActionEvent, ActionResponse, ActionResult, ActionServices } from '../src/engine/actions.ts';
import { ActionExecutionRejection } from '../src/engine/actions.ts';
import { hotelToday } from '../src/hotel/rules.ts';
import type { Hotel, IsoDate, Pms } from '../src/hotel/types.ts';
import type { NotifyChannels } from '../src/notify/types.ts';

export interface HotelServices extends ActionServices {
  pms: Pms;
  hotel: Hotel;
  /** Confirmation channels that are on (null or absent: none), so replies promise only what is sent. */
  notify?: NotifyChannels | null;
  /** PORTIER_CALLER_ID_KEY of the environment the runtime was given; unset: this process's random key. */
  callerIdKey?: string | undefined;
}

/** The hotel services, or a rejection naming what the runtime forgot to provide. */
export function hotelServices(actionName: string, services: ActionServices): HotelServices {
  const { pms, hotel } = services as Partial<HotelServices>;
  if (!pms || typeof pms.createBooking !== 'function') throw new ActionExecutionRejection(actionName, `${actionName} needs the hotel system (services.pms)`);
  if (!hotel || !Array.isArray(hotel.room_types)) throw new ActionExecutionRejection(actionName, `${actionName} needs the hotel data (services.hotel)`);
  return services as HotelServices;
}

export function slotSet(name: string, value: SlotValue): ActionEvent {
  return { event: 'slot', name, value };
}

export function slotText(call: ActionCall, name: string): string | null {
  const v = call.tracker.slots[name];
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  return null;
}

export function slotNumber(call: ActionCall, name: string): number | null {
  const v = call.tracker.slots[name];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

export function slotNumbers(call: ActionCall, name: string): number[] | undefined {
  const v = call.tracker.slots[name];
  if (!Array.isArray(v)) return undefined;
  const nums = v.map((x) => (typeof x === 'number' ? x : Number(x))).filter((x) => Number.isFinite(x));
  return nums.length ? nums : undefined;
}

/** Builds an action result; `say` adds literal texts (already composed from hotel data). */
export class Reply {
  readonly events: ActionEvent[] = [];
  readonly responses: ActionResponse[] = [];

  set(name: string, value: SlotValue): this {
    this.events.push(slotSet(name, value));
    return this;
  }

  say(text: string): this {
    this.responses.push({ text });
    return this;
  }

  utter(response: string, variables: Record<string, unknown> = {}): this {
    this.responses.push({ response, ...variables });
    return this;
  }

  result(): ActionResult {
    return { events: this.events, responses: this.responses };
  }
}

/** What a date said in a reply is measured against: today in the hotel (see YearContext in hotel/format-ru). */
export function speechToday(services: HotelServices): IsoDate {
  return hotelToday(services.hotel, services.now());
}

// Building an Intl formatter costs ~0.1 ms (most of a hotel action's time); one per time zone is kept.
const yearFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's date in the hotel's time zone, as the hotel system sees it. */
export function currentYear(services: HotelServices): number {
  const tz = services.hotel.hotel.timezone;
  // Same-minute answers reuse the last one: since 1972 zone offsets are whole minutes (see hotel/calendar.ts).
  const now = services.now();
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastYears.get(tz);
  if (last && last.minute === minute && now.getTime() >= Date.UTC(1973, 0, 1)) return last.year;
  let format = yearFormats.get(tz);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric' });
    yearFormats.set(tz, format);
  }
  const year = Number(format.format(now));
  lastYears.set(tz, { minute, year });
  return year;
}

const lastYears = new Map<string, { minute: number; year: number }>();
