// Rooms sold per type and night in PostgreSQL (room_nights). Rows are always locked in night order, so bookings,
// changes and cancellations running at once never deadlock; hotel_no_room() aborts a statement that would sell a
// night over the room count, and with it everything the statement's transaction did.
import type pg from 'pg';
import { NoAvailabilityError } from '../hotel/errors.ts';
import type { PreparedBooking } from '../hotel/rules.ts';
import type { IsoDate } from '../hotel/types.ts';
import type { StayOfRoom } from './hotel-common.ts';
import { NO_ROOM } from './hotel-postgres-schema.ts';

/**
 * The CTEs `taken` (a room of type `room` taken on every night of `nights`, a date[]) and `checked` (aborting through
 * hotel_no_room() when any night is over `count`); the arguments are the statement's parameters, e.g. '$2'.
 */
export function takeNightsSql(room: string, nights: string, count: string): string {
  return `WITH taken AS (
     INSERT INTO room_nights AS rn (room_type, night, booked)
     SELECT ${room}::text, n, 1 FROM unnest(${nights}::date[]) AS n ORDER BY n
     ON CONFLICT (room_type, night) DO UPDATE SET booked = rn.booked + 1
     RETURNING rn.booked
   ), checked AS (
     SELECT CASE WHEN max(booked) > ${count}::integer THEN hotel_no_room(${room}::text) ELSE 0 END AS refused FROM taken
   )`;
}

/** hotel_no_room()'s error as the hotel's NoAvailabilityError for the booking asked; any other error unchanged. */
export function noRoomAsNoAvailability(e: unknown, { room, request }: PreparedBooking): unknown {
  return (e as { code?: string }).code === NO_ROOM ? new NoAvailabilityError(room.code, request.check_in, request.check_out) : e;
}

/** Takes a room on each of the booking's nights in one statement, or throws NoAvailabilityError (the transaction must then roll back). */
export async function takeNights(c: pg.PoolClient, prepared: PreparedBooking): Promise<void> {
  try {
    await c.query(`${takeNightsSql('$1', '$2', '$3')} SELECT refused FROM checked`, [prepared.room.code, prepared.nights, prepared.room.count]);
  } catch (e) {
    throw noRoomAsNoAvailability(e, prepared);
  }
}

/** Gives a booking's nights back, their rows locked in night order first as takeNights locks them. */
export async function giveBackNights(c: pg.PoolClient, stay: StayOfRoom): Promise<void> {
  const range = [stay.room_type, stay.check_in, stay.check_out];
  await c.query('SELECT 1 FROM room_nights WHERE room_type = $1 AND night >= $2 AND night < $3 ORDER BY night FOR UPDATE', range);
  await c.query('UPDATE room_nights SET booked = booked - 1 WHERE room_type = $1 AND night >= $2 AND night < $3', range);
}

/** Rooms of one type booked on each night of a stay that has any booked. */
export async function bookedNights(c: pg.PoolClient, stay: StayOfRoom): Promise<Map<IsoDate, number>> {
  const { rows } = await c.query<{ night: string; booked: number }>(
    'SELECT night::text AS night, booked FROM room_nights WHERE room_type = $1 AND night >= $2 AND night < $3',
    [stay.room_type, stay.check_in, stay.check_out],
  );
  return new Map(rows.map((r) => [r.night, r.booked]));
}
