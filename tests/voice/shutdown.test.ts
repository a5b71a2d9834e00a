import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callDefaults } from '../../src/voice/config.ts';
import { SimulatedCall } from '../../src/voice/simulator.ts';
import { startVoiceServer, TIME_SCALE } from './harness.ts';

describe('server shutdown during a call', () => {
  it('tells the caller, hangs up after the phrase has played, and ends the conversation', async () => {
    const server = await startVoiceServer();
    const call = await SimulatedCall.dial({ baseUrl: server.baseUrl, timeScale: TIME_SCALE });
    await call.waitForBotTurn();
    const heardBefore = call.heardMs;
    await server.close();
    const closed = await call.closed;
    assert.equal(closed.code, 1000);
    assert.ok(call.heardMs - heardBefore > 2000, `the shutdown phrase was heard (${call.heardMs - heardBefore} ms)`);
    const mine = server.agent.received.filter((m) => m.sender === call.callSid).map((m) => m.text);
    assert.deepEqual(mine, ['/session_start', '/session_end']);
    assert.match(callDefaults.shutdownMessage, /перезвоните/);
  });
});
