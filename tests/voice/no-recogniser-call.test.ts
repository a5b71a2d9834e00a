// A server with no speech recogniser (no Azure key, no local model): the caller is told the line takes key
// presses only, gets the hotel's address and phone on 1, reception on 0, is never greeted twice into silence,
// and `portier call` learns from the server that its speech was ignored and what each turn cost.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { latencyLines, NO_RECOGNISER_NOTICE } from '../../src/cli/commands/call.ts';
import { UnavailableRecognizer } from '../../src/voice/asr/unavailable.ts';
import { SimulatedCall } from '../../src/voice/simulator.ts';
import { startVoiceServer, TIME_SCALE, type VoiceServer } from './harness.ts';

const hotel = { name: 'Отель «Тестовый»', city: 'Казань', address: 'Казань, улица Баумана, 1', phone: '+7 843 000-00-01' };

describe('a call on a line with no speech recogniser', () => {
  let server: VoiceServer;
  before(async () => {
    server = await startVoiceServer({ recognizer: new UnavailableRecognizer('no key'), hotel, callOptions: { silenceTimeoutMs: 2000 } });
  });
  after(() => server.close());

  it('says it takes key presses, answers 1 with the address and phone, and says why speech went unanswered', { timeout: 60_000 }, async (t) => {
    const call = await SimulatedCall.dial({ baseUrl: server.baseUrl, timeScale: TIME_SCALE });
    t.after(() => call.hangup());
    await call.waitForBotTurn();
    const greeting = server.spoken.join(' ');
    // the synthesiser hears the spoken form: no quotes, figures in words
    assert.match(greeting, /Отель Тестовый, Казань/);
    assert.match(greeting, /только нажатия клавиш/);
    assert.match(greeting, /ноль.*ресепшен/);
    assert.doesNotMatch(greeting, /Чем могу помочь/, 'the assistant’s question is not asked on a line that cannot hear the answer');
    assert.deepEqual(server.agent.texts(), ['/session_start'], 'the assistant still opened the session');

    server.spoken.length = 0;
    call.press('1');
    await call.waitForBotTurn();
    assert.match(server.spoken.join(' '), /улица Баумана, один.*плюс семь, восемьсот сорок три, ноль ноль ноль, ноль ноль, ноль один/);

    server.spoken.length = 0;
    await call.say('Хочу забронировать номер');
    await call.waitForBotTurn();
    assert.match(server.spoken.join(' '), /не слышу слов/);
    const report = await call.serverReport();
    assert.equal(report.recognizer, 'none');
    // one turn, or two when a loaded machine's VAD splits the line
    assert.ok(report.speech_ignored >= 1 && report.speech_ignored <= 2, `${report.speech_ignored} turns`);
    assert.equal(report.turns.length, report.speech_ignored);
    assert.equal(typeof report.turns[0]!.end_of_turn_ms, 'number');
    assert.match(latencyLines(report)[0]!, /^turn 1: end_of_turn \d+, transcript \d+ ms after the caller stopped \(no recogniser\)$/);
    assert.match(NO_RECOGNISER_NOTICE, /no speech recogniser/);
    await call.hangup();
    assert.equal((await call.serverReport()).outcome, 'caller_hangup', 'the report outlives the call');
  });

  it('into silence: a shorter prompt once, then the reception number and a goodbye; the greeting never twice', { timeout: 60_000 }, async () => {
    server.spoken.length = 0;
    const call = await SimulatedCall.dial({ baseUrl: server.baseUrl, timeScale: TIME_SCALE });
    await call.closed;
    const said = server.spoken;
    assert.equal(said.filter((s) => s.startsWith('Здравствуйте')).length, 1, said.join(' | '));
    assert.match(said.join(' '), /позвонить на ресепшен по номеру плюс семь, восемьсот сорок три, ноль ноль ноль, ноль ноль, ноль один\. До свидания!/);
    const sentences = new Set(said);
    assert.ok(said.length <= sentences.size + 2, `only the short menu repeats: ${said.join(' | ')}`);
  });

  it('0 asks for reception; when the transfer cannot be made the caller hears the number to dial', { timeout: 30_000 }, async () => {
    const call = await SimulatedCall.dial({ baseUrl: server.baseUrl, timeScale: TIME_SCALE });
    await call.waitForBotTurn();
    server.spoken.length = 0;
    call.press('0');
    await call.waitForBotTurn();
    assert.match(server.spoken.join(' '), /не получилось.*плюс семь, восемьсот сорок три, ноль ноль ноль, ноль ноль, ноль один/);
    await call.hangup();
  });
});
