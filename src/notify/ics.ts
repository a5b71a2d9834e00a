// The stay as an iCalendar event (all-day from check-in to check-out), attached to the e-mail so the guest's
// calendar holds the dates, the hotel's address and the booking code.
import { createEvent } from 'ics';
import type { Booking, Hotel } from '../hotel/types.ts';

const ymd = (date: string): [number, number, number] => date.split('-').map(Number) as [number, number, number];

export function stayIcs(booking: Booking, hotel: Hotel): string {
  const room = hotel.room_types.find((r) => r.code === booking.room_type)?.name ?? booking.room_type;
  const { error, value } = createEvent({
    uid: `${booking.code}@portier`,
    start: ymd(booking.check_in),
    end: ymd(booking.check_out),
    title: `${hotel.hotel.name}: бронь ${booking.code}`,
    description: `Номер «${room}», код брони ${booking.code}. Заезд с ${hotel.hotel.check_in_time}, выезд до ${hotel.hotel.check_out_time}. Телефон: ${hotel.hotel.phone}`,
    ...(hotel.hotel.address ? { location: hotel.hotel.address } : {}),
    status: booking.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    productId: 'portier',
  });
  if (error || !value) throw new Error(`cannot build the stay's calendar file: ${error?.message ?? 'empty'}`);
  return value;
}
