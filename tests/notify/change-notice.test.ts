// Which booking changes the guest is told of in writing: anything about the stay always; the wishes for the room
// only when the guest changed them — edited by the staff alone they are the desk's note, and no letter goes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Booking } from '../../src/hotel/types.ts';
import { guestToldOfChange, stayChanged } from '../../src/notify/change-notice.ts';

const booked: Booking = {
  code: '482915736',
  status: 'confirmed',
  room_type: 'comfort',
  check_in: '2026-12-14',
  check_out: '2026-12-16',
  adults: 2,
  children: 1,
  guest_name: 'Пётр Волков',
  phone: '+79219876543',
  email: 'volkov@example.net',
  special_requests: ['номер подальше от лифта'],
  total_price: 17400,
  created_at: '2026-11-20T09:15:00.000Z',
};

describe('guest notice of a booking change', () => {
  it('tells of a new room, dates, party or price whoever made the change', () => {
    const changes: Partial<Booking>[] = [
      { room_type: 'suite' },
      { check_in: '2026-12-15' },
      { check_out: '2026-12-17' },
      { adults: 3 },
      { children: 0 },
      { total_price: 16900 },
    ];
    for (const change of changes) {
      const after = { ...booked, ...change };
      assert.ok(stayChanged(booked, after), JSON.stringify(change));
      for (const by of ['guest', 'staff'] as const) assert.ok(guestToldOfChange(booked, after, by), `${by}: ${JSON.stringify(change)}`);
    }
  });

  it('keeps wishes the staff edited alone as the desk’s note: no letter', () => {
    for (const special_requests of [['номер подальше от лифта', 'подушка пониже'], [], ['подушка пониже']]) {
      const after = { ...booked, special_requests };
      assert.equal(stayChanged(booked, after), false);
      assert.equal(guestToldOfChange(booked, after, 'staff'), false, JSON.stringify(special_requests));
    }
  });

  it('confirms back the wishes the guest changed themselves', () => {
    assert.ok(guestToldOfChange(booked, { ...booked, special_requests: ['подушка пониже'] }, 'guest'));
    assert.ok(guestToldOfChange(booked, { ...booked, special_requests: [] }, 'guest'));
  });

  it('sends nothing when nothing changed, and the letter for a stay changed together with the wishes', () => {
    for (const by of ['guest', 'staff'] as const) assert.equal(guestToldOfChange(booked, { ...booked }, by), false);
    assert.ok(guestToldOfChange(booked, { ...booked, check_out: '2026-12-18', total_price: 26100, special_requests: [] }, 'staff'));
  });
});
