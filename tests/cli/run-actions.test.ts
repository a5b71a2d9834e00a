// `portier run actions`: the hotel actions over the Rasa SDK protocol, with the hotel system behind them.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Command } from 'commander';
import { register, type RunningActionServer, serveActions } from '../../src/cli/commands/run-actions.ts';
import { startFakeTwilioMessages } from '../notify/fakes.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'portier-actions-'));
let server: RunningActionServer;

before(async () => {
  server = await serveActions({ root: '.', port: 0, host: '127.0.0.1', env: { PORTIER_DATA_DIR: dataDir, PORTIER_NOW: '2026-11-24T12:00:00+03:00' } });
});
after(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function webhook(next_action: string, slots: Record<string, unknown>, url = server.url) {
  const res = await fetch(`${url}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ next_action, sender_id: 's1', tracker: { sender_id: 's1', slots, events: [], latest_message: {} }, domain: {}, version: '3.1.0' }),
  });
  return { status: res.status, body: (await res.json()) as { events: { event: string; name?: string; value?: unknown }[]; responses: unknown[] } };
}

test('lists the hotel actions and answers health', async () => {
  assert.deepEqual(await (await fetch(`${server.url}/health`)).json(), { status: 'ok' });
  const names = ((await (await fetch(`${server.url}/actions`)).json()) as { name: string }[]).map((a) => a.name);
  for (const n of ['action_session_start', 'action_check_availability', 'action_create_booking']) assert.ok(names.includes(n), n);
});

test('runs a booking through the webhook into the hotel system', async () => {
  const slots = {
    check_in_date: '2026-12-14',
    check_out_date: '2026-12-16',
    adults: 2,
    children: 0,
    room_type: 'comfort',
    guest_name: 'Пётр Сидоров',
    guest_phone: '+79000000001',
  };
  const quote = await webhook('action_quote_price', slots);
  assert.equal(quote.status, 200);
  assert.ok(
    quote.body.events.some((e) => e.name === 'total_price' && e.value === 17800),
    JSON.stringify(quote.body),
  );
  const created = await webhook('action_create_booking', slots);
  const code = created.body.events.find((e) => e.name === 'booking_code')?.value;
  assert.match(String(code), /^[1-9]\d{8}$/);
  const found = await webhook('action_find_booking', { booking_reference: String(code), booking_proof: '+79000000001' });
  assert.ok(found.body.events.some((e) => e.name === 'found_booking_code' && e.value === code));
});

test('a booking made through the action server is confirmed by SMS, and the SMS is promised', { timeout: 30_000 }, async () => {
  const sid = 'AC00000000000000000000000000000005';
  const twilio = await startFakeTwilioMessages(sid, 'secret');
  const dir = mkdtempSync(join(tmpdir(), 'portier-actions-sms-'));
  const env = { PORTIER_DATA_DIR: dir, PORTIER_NOW: '2026-11-24T12:00:00+03:00', LOG_LEVEL: 'silent', PORTIER_NOTIFY_POLL_MS: '50' };
  const twilioEnv = { TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: 'secret', TWILIO_SMS_FROM: '+78125550148', TWILIO_API_BASE_URL: twilio.url };
  const sms = await serveActions({ root: '.', port: 0, host: '127.0.0.1', env: { ...env, ...twilioEnv } });
  try {
    const slots = {
      check_in_date: '2026-12-14',
      check_out_date: '2026-12-16',
      adults: 2,
      children: 0,
      room_type: 'comfort',
      guest_name: 'Анна Белова',
      guest_phone: '+79000000002',
    };
    const created = await webhook('action_create_booking', slots, sms.url);
    assert.ok(
      created.body.events.some((e) => e.name === 'confirmation_sms' && e.value === true),
      JSON.stringify(created.body),
    );
    for (let i = 0; i < 100 && twilio.sent.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(
      twilio.sent.map((m) => m.to),
      ['+79000000002'],
    );
  } finally {
    await sms.close();
    await twilio.close();
    rmSync(dir, { recursive: true, force: true });
  }
  // Without the Twilio settings nothing is promised (the server above, started with none).
  const created = await webhook('action_create_booking', {
    check_in_date: '2026-12-20',
    check_out_date: '2026-12-21',
    adults: 1,
    children: 0,
    room_type: 'comfort',
    guest_name: 'Олег Белов',
    guest_phone: '+79000000003',
  });
  assert.ok(
    created.body.events.some((e) => e.name === 'confirmation_sms' && e.value === false),
    JSON.stringify(created.body),
  );
});

test('an unknown action is 404 in the Rasa SDK shape', async () => {
  const res = await webhook('action_nope', {});
  assert.equal(res.status, 404);
});

test('`run actions` is a subcommand of `run` and owns its --port', () => {
  const program = new Command('portier').exitOverride();
  const run = new Command('run').option('-p, --port <n>').action(() => {});
  program.addCommand(run);
  register(program);
  const actions = run.commands.find((c) => c.name() === 'actions');
  assert.ok(actions);
  assert.equal(actions.opts()['port'], 5055);
  // Parse without starting a server: the action is replaced for the test.
  actions.action(() => {});
  program.parse(['run', 'actions', '--port', '6001'], { from: 'user' });
  assert.equal(actions.opts()['port'], 6001);
  assert.equal(run.opts()['port'], undefined);
});
