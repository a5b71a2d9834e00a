// The booking half of a hotel system for fakes that only price and count rooms (knowledge answers): every
// booking operation refuses, so a test that reaches one fails loudly.
import type { AccessKey, Booking, ChangedBooking, Pms, Quote, RoomAvailability } from '../../src/hotel/types.ts';

export abstract class PricesOnlyPms implements Pms {
  abstract quote(stay: { room_type: string; check_in: string; check_out: string }): Promise<Quote>;
  abstract availability(q: { check_in: string; check_out: string; room_type?: string }): Promise<RoomAvailability[]>;
  async createBooking(): Promise<Booking> {
    throw new Error('not used by this fake');
  }
  async cancelBooking(): Promise<Booking> {
    throw new Error('not used by this fake');
  }
  async previewChange(): Promise<ChangedBooking> {
    throw new Error('not used by this fake');
  }
  async changeBooking(): Promise<ChangedBooking> {
    throw new Error('not used by this fake');
  }
  async findBookings(): Promise<Booking[]> {
    return [];
  }
  async recordAccessFailure(): Promise<AccessKey[]> {
    throw new Error('not used by this fake');
  }
  async lockedAccessKeys(): Promise<AccessKey[]> {
    throw new Error('not used by this fake');
  }
  async close(): Promise<void> {}
}
