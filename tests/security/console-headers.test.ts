// The staff console: security headers, and "today" from the server. Against main (8c9667e) /console had no CSP,
// no frame-ancestors and no nosniff, and there was no server "today" (the page used the browser's clock).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type SecurityServer, securityServer } from './harness.ts';

describe('console headers and the hotel’s today', () => {
  let s: SecurityServer;
  before(async () => {
    // 01:30 in Moscow is still the day before in UTC: the hour the browser's clock got wrong.
    s = await securityServer({ env: { PORTIER_NOW: '2026-11-24T01:30:00+03:00' } });
  });
  after(() => s.close());

  it('/console cannot be framed, sniffed or fed foreign scripts', async () => {
    const res = await fetch(`${s.url}/console`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
  });

  it('GET /api/today gives the hotel’s date in its time zone from the server clock', async () => {
    assert.equal((await fetch(`${s.url}/api/today`)).status, 401, 'behind the staff token like all of /api');
    const res = await fetch(`${s.url}/api/today`, { headers: { authorization: `Bearer ${s.apiToken}` } });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { today: string; time_zone: string };
    assert.equal(body.today, '2026-11-24');
    assert.equal(body.time_zone, 'Europe/Moscow');
  });
});
