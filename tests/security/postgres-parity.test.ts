// NUL characters, lone surrogates and impossible dates get the same answer on PostgreSQL as on SQLite: 400 or
// cleaned, never 500. Against main (8c9667e) PostgreSQL answered 500 to a NUL in a message, a sender or metadata,
// and to a lone surrogate.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { postgresMissing } from '../helpers/services.ts';
import { post, type SecurityServer, securityServer } from './harness.ts';

const pgMissing = await postgresMissing();

for (const store of ['sqlite', 'postgres'] as const) {
  describe(`hostile characters and dates (${store})`, { skip: store === 'postgres' ? (pgMissing ?? false) : false }, () => {
    let s: SecurityServer;
    before(async () => {
      s = await securityServer({ store });
    });
    after(() => s.close());
    const webhook = (body: unknown) => post(`${s.url}/webhooks/rest/webhook`, body);

    it('NUL and lone surrogates in message, metadata and sender are cleaned or refused, never 500', async () => {
      const answers = [
        await webhook({ sender: 'nul-1', message: 'привет\u0000' }),
        await webhook({ sender: 'nul-2', message: 'привет', metadata: { 'k\u0000': 'v\u0000', nested: ['\ud800'] } }),
        await webhook({ sender: 'sur-1', message: 'номер на двоих \ud83d' }),
        await webhook({ sender: 'sur-2\udc00', message: 'привет' }),
      ];
      for (const res of answers) assert.equal(res.status, 200, await res.text());
      const nulSender = await webhook({ sender: 'nul\u00003', message: 'привет' });
      assert.equal(((await nulSender.json()) as { recipient_id: string }[])[0]?.recipient_id, 'nul3', 'the NUL is cleaned from the sender');
      const control = await webhook({ sender: 'bell\u0007', message: 'привет' });
      assert.equal(control.status, 400, 'a control character in a conversation id is refused');
      const path = await fetch(`${s.url}/conversations/a%00b/tracker?token=${s.authToken}`);
      assert.equal(path.status, 400);
    });

    it('the stored text is the cleaned text', async () => {
      const tracker = (await (await fetch(`${s.url}/conversations/nul-1/tracker?token=${s.authToken}`)).json()) as {
        events: { event: string; text?: string }[];
      };
      assert.equal(tracker.events.find((e) => e.event === 'user')?.text, 'привет');
    });

    it('impossible dates and NUL in a guest name are 400 on /api', async () => {
      const auth = { authorization: `Bearer ${s.apiToken}` };
      const date = await fetch(`${s.url}/api/availability?check_in=2027-02-30&check_out=2027-03-02`, { headers: auth });
      assert.equal(date.status, 400);
      const booking = await post(
        `${s.url}/api/bookings`,
        { room_type: 'standard', check_in: '2026-12-01', check_out: '2026-12-03', adults: 1, guest_name: 'Анна\u0000 Смирнова', phone: '+79161234567' },
        auth,
      );
      assert.equal(booking.status, 201, 'the NUL is cleaned');
      const markup = await post(
        `${s.url}/api/bookings`,
        { room_type: 'standard', check_in: '2026-12-01', check_out: '2026-12-03', adults: 1, guest_name: '<script>x</script>', phone: '+79161234567' },
        auth,
      );
      assert.equal(markup.status, 400);
      const period = await fetch(`${s.url}/api/bookings?from=2027-02-30&to=2027-03-02`, { headers: auth });
      assert.equal(period.status, 400);
    });

    it('an impossible date in chat gets an answer', async () => {
      const res = await webhook({ sender: 'date-1', message: 'хочу номер с 30 февраля 2027 по 2 марта 2027' });
      assert.equal(res.status, 200);
    });
  });
}
