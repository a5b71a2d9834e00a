// Free rooms and the price of each night from a day on, per room type: the grid the console and /api show.
import { addDays, isWeekendNight, stayNights } from '../../hotel/calendar.ts';
import type { Hotel, Pms } from '../../hotel/types.ts';

export async function nightGrid(pms: Pms, hotel: Hotel, from: string, nights: number) {
  const checkOut = addDays(from, nights);
  const rooms = await pms.availability({ check_in: from, check_out: checkOut });
  const quotes = await Promise.all(rooms.map((r) => pms.quote({ room_type: r.room_type, check_in: from, check_out: checkOut })));
  return {
    from,
    nights,
    currency: hotel.hotel.currency,
    dates: stayNights(from, checkOut),
    weekend: stayNights(from, checkOut).map(isWeekendNight),
    room_types: rooms.map((room, i) => {
      const type = hotel.room_types.find((t) => t.code === room.room_type);
      const prices = new Map(quotes[i]!.nights.map((n) => [n.date, n.price]));
      return {
        room_type: room.room_type,
        name: type?.name ?? room.room_type,
        rooms: type?.count ?? null,
        nights: room.per_night.map((n) => ({ date: n.date, available: n.available, price: prices.get(n.date) ?? null })),
      };
    }),
  };
}
