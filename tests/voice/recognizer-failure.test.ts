import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ScriptedRecognizer } from '../../src/voice/asr/scripted.ts';
import { type RecognitionOptions, type RecognitionStream, RecognizerError, type SpeechRecognizer } from '../../src/voice/asr/types.ts';
import { SimulatedCall } from '../../src/voice/simulator.ts';
import { startVoiceServer, TIME_SCALE } from './harness.ts';

/** The first stream loses its connection at the first turn, like a dropped Azure websocket. */
class DroppingRecognizer implements SpeechRecognizer {
  readonly name = 'dropping';
  readonly streamsPartials = false;
  opened = 0;
  constructor(readonly inner: ScriptedRecognizer) {}
  async open(options: RecognitionOptions): Promise<RecognitionStream> {
    const stream = await this.inner.open(options);
    if (++this.opened > 1) return stream;
    return { ...stream, endTurn: async () => Promise.reject(new RecognizerError('dropping', 'connection lost')) };
  }
}

describe('recogniser failure during a call', () => {
  it('loses that turn, reconnects, and understands the next one', async () => {
    const scripted = new ScriptedRecognizer();
    const recognizer = new DroppingRecognizer(scripted);
    const server = await startVoiceServer({ recognizer });
    const call = await SimulatedCall.dial({ baseUrl: server.baseUrl, timeScale: TIME_SCALE });
    await call.waitForBotTurn();
    await call.say('Хочу забронировать номер');
    await call.waitUntil(() => recognizer.opened === 2, 10_000);
    scripted.expect('Хочу забронировать номер');
    await call.say('Хочу забронировать номер');
    await call.waitForBotTurn();
    assert.deepEqual(server.agent.texts(), ['/session_start', 'Хочу забронировать номер']);
    await call.hangup();
    await server.close();
  });
});
