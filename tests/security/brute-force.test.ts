// A smaller run of bench/brute-force.ts: guesses from as many senders and client addresses (real TCP, each from
// its own loopback address, rate limits on) find no booking, and the real guest still reaches reception. Against
// the code before issue 14 (main at 1b3debf) each new sender started afresh and the guess was found.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bruteForce } from '../../bench/brute-force.ts';
import { type SecurityServer, securityServer } from './harness.ts';

describe('brute force over HTTP from many addresses', { timeout: 180_000 }, () => {
  let s: SecurityServer;
  before(async () => {
    s = await securityServer({ env: { PORTIER_RATE_LIMIT_LOOPBACK: '1' } });
  });
  after(() => s.close());

  it('30 guesses from 30 senders and 30 addresses find nothing; the guest is sent to reception', async () => {
    const { pms, hotel } = s.server.runtime;
    assert.ok(pms && hotel);
    const victim = await pms.createBooking({
      room_type: 'standard',
      check_in: '2026-12-14',
      check_out: '2026-12-16',
      adults: 2,
      children: 0,
      guest_name: 'Анна Смирнова',
      phone: '+79000007001',
    });
    // The eleventh guess is the victim's real code: after five misses the phone is locked, so even luck finds nothing.
    const r = await bruteForce({ baseUrl: s.url, code: victim.code, phone: victim.phone, receptionPhone: hotel.hotel.phone }, 30, 14, {
      baseline: false,
      realCodeAt: 10,
    });
    assert.equal(r.addresses, 30);
    assert.equal(r.found, 0);
    assert.equal(r.locked, 26, 'the fifth miss locks the victim’s phone, and every later guess hears so');
    assert.ok(r.guestReachesReception, r.guestReply);
    assert.doesNotMatch(r.guestReply, /Смирнов/);
  });
});
