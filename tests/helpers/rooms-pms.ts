// A hotel system for knowledge answers: prices per night from the hotel data (Friday and Saturday nights are
// weekend nights) and a fixed number of free rooms per type; the calls it got are kept for the test to read.
import type { Hotel, Quote, RoomAvailability } from '../../src/hotel/types.ts';
import { PricesOnlyPms } from './prices-only-pms.ts';

export class RoomsPms extends PricesOnlyPms {
  readonly calls: string[] = [];
  constructor(
    private readonly hotel: Hotel,
    private readonly free: Record<string, number>,
  ) {
    super();
  }
  private nights(checkIn: string, checkOut: string): { date: string; weekend: boolean }[] {
    const out = [];
    for (let d = new Date(`${checkIn}T00:00:00Z`); d < new Date(`${checkOut}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
      const dow = d.getUTCDay();
      out.push({ date: d.toISOString().slice(0, 10), weekend: dow === 5 || dow === 6 });
    }
    return out;
  }
  async quote(stay: { room_type: string; check_in: string; check_out: string }): Promise<Quote> {
    this.calls.push(`quote ${stay.room_type} ${stay.check_in} ${stay.check_out}`);
    const room = this.hotel.room_types.find((r) => r.code === stay.room_type);
    if (!room) throw new Error(`no room type ${stay.room_type}`);
    const nights = this.nights(stay.check_in, stay.check_out).map((n) => ({ ...n, price: n.weekend ? room.price_weekend : room.price_weekday }));
    return { ...stay, nights, total_price: nights.reduce((a, n) => a + n.price, 0), currency: 'RUB' };
  }
  async availability(q: { check_in: string; check_out: string; room_type?: string }): Promise<RoomAvailability[]> {
    this.calls.push(`availability ${q.check_in} ${q.check_out}`);
    const out: RoomAvailability[] = [];
    for (const r of this.hotel.room_types.filter((x) => !q.room_type || x.code === q.room_type)) {
      const quote = await this.quote({ room_type: r.code, check_in: q.check_in, check_out: q.check_out });
      const free = this.free[r.code] ?? 0;
      out.push({ room_type: r.code, available: free, per_night: quote.nights.map((n) => ({ date: n.date, available: free })), total_price: quote.total_price });
    }
    return out;
  }
}
