// Action calls in the Rasa SDK shape, against a real SQLite hotel system in memory.
import type { ActionCall } from '../../src/engine/actions.ts';
import type { SlotValue } from '../../src/engine/commands.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';
import { loadHotel } from '../../src/config/hotel-file.ts';
import { SqliteHotelStore } from '../../src/stores/hotel-sqlite.ts';

export const hotel = loadHotel('data/hotel.yml');
export const now = () => new Date('2026-11-24T12:00:00+03:00');

export function services() {
  const pms = new SqliteHotelStore(':memory:', { hotel, now });
  return { now, pms, hotel };
}

export function userEvent(text: string, timestamp: number): TrackerEvent {
  return { event: 'user', text, timestamp, parse_data: { text, intent: { name: null, confidence: 0 }, entities: [], commands: [] } };
}

export function call(next_action: string, slots: Record<string, SlotValue>, extra: Partial<ActionCall['tracker']> = {}): ActionCall {
  return {
    next_action,
    sender_id: 'caller-1',
    tracker: { sender_id: 'caller-1', slots, latest_message: {}, events: [userEvent('да', 1000)], ...extra },
    domain: { session_config: { carry_over_slots_to_new_session: true } },
    version: '3.1',
  };
}

/** The slots an action result sets, as a map (last write wins). */
export function slotsOf(result: { events: { event: string; [k: string]: unknown }[] }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of result.events) if (e.event === 'slot') out[String(e['name'])] = e['value'];
  return out;
}

export function textOf(result: { responses: { text?: string }[] }): string {
  return result.responses.map((r) => r.text ?? '').join(' ');
}

export const stay = {
  check_in_date: '2026-12-14',
  check_out_date: '2026-12-16',
  adults: 2,
  children: 0,
};
