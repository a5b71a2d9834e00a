import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { type ActionCall, ActionExecutionRejection, type CustomAction } from '../../../src/engine/actions.ts';
import { RemoteActions } from '../../../src/actions-http/client.ts';
import { ActionRejectedError, ActionServerError } from '../../../src/engine/executor/action-errors.ts';
import { ChainedActions, InProcessActions } from '../../../src/engine/executor/action-registry.ts';
import { createActionServer } from '../../../src/actions-http/server.ts';

const NOW = new Date('2026-11-24T09:00:00Z');

function call(name: string, slots: Record<string, string | number | null> = {}): ActionCall {
  return {
    next_action: name,
    sender_id: 'CA42',
    tracker: { sender_id: 'CA42', slots, latest_message: { text: 'привет' }, events: [] },
    domain: {},
    version: '3.14.0',
  };
}

const greet: CustomAction = {
  name: 'action_greet_guest',
  async run(c, services) {
    const name = c.tracker.slots.guest_name ?? 'гость';
    return {
      events: [{ event: 'slot', name: 'greeted_at', value: services.now().toISOString() }],
      responses: [{ response: 'utter_greet', name }],
    };
  },
};
const reject: CustomAction = {
  name: 'action_reject',
  async run() {
    throw new ActionExecutionRejection('action_reject', 'нельзя сейчас');
  },
};
const broken: CustomAction = {
  name: 'action_broken',
  async run() {
    throw new Error('database is down');
  },
};
const actions = new InProcessActions([greet, reject, broken], { now: () => NOW });

describe('InProcessActions', () => {
  test('runs a registered action with services', async () => {
    assert.equal(actions.has('action_greet_guest'), true);
    assert.equal(actions.has('action_nope'), false);
    const r = await actions.run('action_greet_guest', call('action_greet_guest', { guest_name: 'Анна' }));
    assert.deepEqual(r.events, [{ event: 'slot', name: 'greeted_at', value: NOW.toISOString() }]);
    assert.deepEqual(r.responses, [{ response: 'utter_greet', name: 'Анна' }]);
    assert.deepEqual(actions.names(), ['action_broken', 'action_greet_guest', 'action_reject']);
  });
  test('rejections pass through, other failures become ActionServerError with the conversation', async () => {
    await assert.rejects(actions.run('action_reject', call('action_reject')), ActionExecutionRejection);
    await assert.rejects(
      actions.run('action_broken', call('action_broken')),
      (e: unknown) => e instanceof ActionServerError && e.kind === 'exception' && e.conversationId === 'CA42',
    );
    await assert.rejects(actions.run('action_nope', call('action_nope')), (e: unknown) => e instanceof ActionServerError && e.kind === 'unknown-action');
  });
  test('duplicate names are refused', () => {
    assert.throws(() => new InProcessActions([greet, greet], { now: () => NOW }), /twice/);
  });
  test('ChainedActions uses the first runner that has the action', async () => {
    const stub = new InProcessActions([{ name: 'action_greet_guest', run: async () => ({ events: [], responses: [{ text: 'stub' }] }) }], { now: () => NOW });
    const chain = new ChainedActions([stub, actions]);
    assert.deepEqual((await chain.run('action_greet_guest', call('action_greet_guest'))).responses, [{ text: 'stub' }]);
    assert.equal(chain.has('action_reject'), true);
    await assert.rejects(chain.run('action_nope', call('action_nope')), ActionServerError);
  });
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('action server + RemoteActions (round trip over HTTP)', () => {
  const server = createActionServer(actions, { onError: () => {} });
  let base = '';
  before(async () => {
    base = await listen(server);
  });
  after(() => server.close());

  test('GET /health and /actions', async () => {
    assert.deepEqual(await (await fetch(`${base}/health`)).json(), { status: 'ok' });
    assert.deepEqual(await (await fetch(`${base}/actions`)).json(), [{ name: 'action_broken' }, { name: 'action_greet_guest' }, { name: 'action_reject' }]);
  });
  test('POST /webhook runs the action (RemoteActions client)', async () => {
    const remote = new RemoteActions({ url: `${base}/webhook` });
    const r = await remote.run('action_greet_guest', call('action_greet_guest', { guest_name: 'Олег' }));
    assert.deepEqual(r.responses, [{ response: 'utter_greet', name: 'Олег' }]);
    assert.equal(r.events[0]?.event, 'slot');
  });
  test('400 {error, action_name} on rejection → ActionRejectedError', async () => {
    const res = await fetch(`${base}/webhook`, { method: 'POST', body: JSON.stringify(call('action_reject')) });
    assert.equal(res.status, 400);
    assert.deepEqual(await res.json(), { error: 'нельзя сейчас', action_name: 'action_reject' });
    const remote = new RemoteActions({ url: `${base}/webhook` });
    await assert.rejects(
      remote.run('action_reject', call('action_reject')),
      (e: unknown) =>
        e instanceof ActionRejectedError && e.actionName === 'action_reject' && e.conversationId === 'CA42' && e instanceof ActionExecutionRejection,
    );
  });
  test('404 for an unknown action; 500 when the action throws', async () => {
    const res = await fetch(`${base}/webhook`, { method: 'POST', body: JSON.stringify(call('action_nope')) });
    assert.equal(res.status, 404);
    assert.match(((await res.json()) as { error: string }).error, /action_nope/);
    const remote = new RemoteActions({ url: `${base}/webhook` });
    await assert.rejects(
      remote.run('action_nope', call('action_nope')),
      (e: unknown) => e instanceof ActionServerError && e.kind === 'unknown-action' && e.status === 404,
    );
    await assert.rejects(
      remote.run('action_broken', call('action_broken')),
      (e: unknown) => e instanceof ActionServerError && e.kind === 'http' && e.status === 500 && /CA42/.test(e.message),
    );
  });
  test('bad bodies get 400, gzip bodies are accepted, unknown paths 404', async () => {
    assert.equal((await fetch(`${base}/webhook`, { method: 'POST', body: 'nope' })).status, 400);
    assert.equal((await fetch(`${base}/webhook`, { method: 'POST', body: '{"tracker":{}}' })).status, 400);
    const gz = await fetch(`${base}/webhook`, {
      method: 'POST',
      headers: { 'content-encoding': 'gzip' },
      body: gzipSync(JSON.stringify(call('action_greet_guest'))),
    });
    assert.equal(gz.status, 200);
    assert.equal((await fetch(`${base}/nope`)).status, 404);
  });
});

describe('RemoteActions against a hand-written server', () => {
  let lastBody: unknown = null;
  let mode: 'ok' | 'slow' | 'garbage' | 'bad-events' | 'empty' = 'ok';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      lastBody = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const reply = (s: number, body: string) => {
        res.writeHead(s, { 'content-type': 'application/json' });
        res.end(body);
      };
      if (mode === 'slow') setTimeout(() => reply(200, '{"events":[],"responses":[]}'), 300);
      else if (mode === 'garbage') reply(200, '<html>');
      else if (mode === 'bad-events') reply(200, '{"events":[{"name":"x"}],"responses":[]}');
      else if (mode === 'empty') reply(200, '{}');
      else reply(200, JSON.stringify({ events: [{ event: 'slot', name: 'booking_code', value: 'HB-1', timestamp: null }], responses: [{ text: 'Готово' }] }));
    });
  });
  let base = '';
  before(async () => {
    base = await listen(server);
  });
  after(() => server.close());

  test('sends the Rasa request body and the token', async () => {
    mode = 'ok';
    const remote = new RemoteActions({ url: `${base}/webhook`, token: 's3cret' });
    const r = await remote.run('action_create_booking', call('action_create_booking', { adults: 2 }));
    assert.deepEqual(r.responses, [{ text: 'Готово' }]);
    const body = lastBody as ActionCall;
    assert.equal(body.next_action, 'action_create_booking');
    assert.equal(body.sender_id, 'CA42');
    assert.deepEqual(body.tracker.slots, { adults: 2 });
    assert.equal(body.version, '3.14.0');
  });
  test('timeout → ActionServerError kind timeout', async () => {
    mode = 'slow';
    const remote = new RemoteActions({ url: `${base}/webhook`, timeoutMs: 50 });
    await assert.rejects(
      remote.run('action_x', call('action_x')),
      (e: unknown) => e instanceof ActionServerError && e.kind === 'timeout' && e.conversationId === 'CA42',
    );
  });
  test('answers that are not the protocol → invalid-response; {} is an empty result', async () => {
    const remote = new RemoteActions({ url: `${base}/webhook` });
    mode = 'garbage';
    await assert.rejects(remote.run('action_x', call('action_x')), (e: unknown) => e instanceof ActionServerError && e.kind === 'invalid-response');
    mode = 'bad-events';
    await assert.rejects(remote.run('action_x', call('action_x')), (e: unknown) => e instanceof ActionServerError && /events\.0\.event/.test(e.message));
    mode = 'empty';
    assert.deepEqual(await remote.run('action_x', call('action_x')), { events: [], responses: [] });
  });
  test('unreachable server → unreachable; names limit has()', async () => {
    const remote = new RemoteActions({ url: 'http://127.0.0.1:9/webhook', names: ['action_a'] });
    assert.equal(remote.has('action_a'), true);
    assert.equal(remote.has('action_b'), false);
    await assert.rejects(remote.run('action_a', call('action_a')), (e: unknown) => e instanceof ActionServerError && e.kind === 'unreachable');
  });
});
