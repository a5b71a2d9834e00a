import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { listen, PortInUseError } from '../../src/cli/commands/run.ts';
import { echoRuntime } from '../helpers/echo-runtime.ts';

describe('portier run server', () => {
  it('serves the REST channel on a real port and closes gracefully', async () => {
    const { runtime, engine } = echoRuntime();
    const server = await listen({ runtime, logger: pino({ level: 'silent' }), port: 0, host: '127.0.0.1', enableApi: true });
    engine.delayMs = 50;
    const inFlight = fetch(`${server.url}/webhooks/rest/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sender: 'a', message: 'привет' }),
    });
    while (engine.calls === 0) await new Promise((r) => setTimeout(r, 2));
    const closing = server.close();
    const res = await inFlight;
    assert.equal(res.status, 200, 'a turn in flight at shutdown still gets its reply');
    assert.equal(((await res.json()) as unknown[]).length, 2);
    const waited = performance.now();
    await closing;
    assert.ok(performance.now() - waited < 5000, 'shutdown does not wait for the idle keep-alive socket');
  });

  it('a port in use is one clear error naming the port and how to choose another', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    const { runtime } = echoRuntime();
    try {
      await assert.rejects(listen({ runtime, logger: pino({ level: 'silent' }), port, host: '127.0.0.1' }), (error: Error) => {
        assert.ok(error instanceof PortInUseError);
        assert.equal(error.message, `port ${port} is already in use; choose another with --port <number> or the PORT environment variable`);
        return true;
      });
    } finally {
      blocker.close();
    }
  });
});
