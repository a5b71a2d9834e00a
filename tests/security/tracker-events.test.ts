// Events posted to a tracker are checked against Rasa's event shapes. Against main (8c9667e)
// {"event":"user","text":5} was stored with a 500 and every later turn of that conversation failed.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { postgresMissing } from '../helpers/services.ts';
import { post, type SecurityServer, securityServer } from './harness.ts';

const pgMissing = await postgresMissing();

for (const store of ['sqlite', 'postgres'] as const) {
  describe(`posted tracker events (${store})`, { skip: store === 'postgres' ? (pgMissing ?? false) : false }, () => {
    let s: SecurityServer;
    before(async () => {
      s = await securityServer({ store });
    });
    after(() => s.close());

    const events = (id: string) =>
      fetch(`${s.url}/conversations/${id}/tracker?token=${s.authToken}`).then(async (r) =>
        r.status === 404 ? [] : ((await r.json()) as { events: unknown[] }).events,
      );

    it('a malformed event is a 400 and nothing is stored; the conversation keeps working', async () => {
      await post(`${s.url}/webhooks/rest/webhook`, { sender: 'ev-1', message: 'привет' });
      const before = (await events('ev-1')).length;
      for (const bad of [
        { event: 'user', text: 5 },
        [
          { event: 'slot', name: 'guests' },
          { event: 'bot', text: {} },
        ],
        { event: 'stack', update: 'not a patch' },
        { event: 'no_such_event' },
        { event: 'action' },
      ]) {
        const res = await post(`${s.url}/conversations/ev-1/tracker/events?token=${s.authToken}`, bad);
        assert.equal(res.status, 400, JSON.stringify(bad));
      }
      assert.equal((await events('ev-1')).length, before, 'nothing was stored');
      const next = await post(`${s.url}/webhooks/rest/webhook`, { sender: 'ev-1', message: 'хочу забронировать номер' });
      assert.equal(next.status, 200);
    });

    it('a stack patch that cannot be applied is refused before it is stored', async () => {
      const res = await post(`${s.url}/conversations/ev-2/tracker/events?token=${s.authToken}`, [
        { event: 'stack', update: '[{"op":"add","path":"/0","value":5}]' },
        { event: 'stack', update: '[{"op":"add","path":"/0/x/y","value":1}]' },
      ]);
      assert.equal(res.status, 400);
      assert.deepEqual(await events('ev-2'), []);
    });

    it('valid Rasa events (user without parse_data, slot) are stored and the next turn works', async () => {
      const res = await post(`${s.url}/conversations/ev-3/tracker/events?token=${s.authToken}`, [
        { event: 'user', text: 'привет' },
        { event: 'slot', name: 'guests', value: 2 },
      ]);
      assert.equal(res.status, 200);
      assert.equal((await post(`${s.url}/webhooks/rest/webhook`, { sender: 'ev-3', message: 'хочу забронировать номер' })).status, 200);
    });
  });
}
