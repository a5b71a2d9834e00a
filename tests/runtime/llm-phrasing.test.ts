// The optional response rephraser (endpoints.yml nlg: {type: rephrase}) through the whole assistant, against
// a local server speaking the chat-completions protocol: the guest hears the LLM's phrasing and the tracker
// keeps it; when the LLM fails the original response is said.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pino } from 'pino';
import { type AssembledRuntime, createRuntime } from '../../src/runtime/create-runtime.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { type FakeOpenAi, startFakeOpenAi } from '../understanding/llm/fake-openai.ts';
import { hotelActions } from '../../actions/index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'portier-rephrase-'));
let fake: FakeOpenAi;
let runtime: AssembledRuntime;

before(async () => {
  fake = await startFakeOpenAi();
  fake.fallback = { kind: 'status', status: 400, message: 'not scripted' };
  const endpointsFile = join(dataDir, 'endpoints.yml');
  writeFileSync(
    endpointsFile,
    `${readFileSync('endpoints.yml', 'utf8')}\nnlg:\n  type: rephrase\n  rephrase_all: true\n`.replace(/\nnlg:\n\s+type: response\n/, '\n'),
  );
  const env = {
    ...process.env,
    PORTIER_DATA_DIR: dataDir,
    PORTIER_NOW: '2026-11-24T12:00:00+03:00',
    OPENAI_API_KEY: 'test-key',
    OPENAI_BASE_URL: fake.baseURL,
    PORTIER_LLM: '',
    DATABASE_URL: '',
    REDIS_URL: '',
  };
  runtime = await createRuntime({
    customActions: hotelActions(),
    root: '.',
    env,
    endpointsFile,
    logger: pino({ level: 'silent' }),
    trackers: new InMemoryTrackerStore(),
    log: () => {},
  });
});

after(async () => {
  await runtime.close();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('responses are rephrased by the LLM when nlg is rephrase, and kept when it fails', async () => {
  // the greeting: the rephrase request is refused, so the hotel's own greeting is said
  const greeting = await runtime.handleMessage({ sender: 'rp-1', text: '/session_start', channel: 'rest' });
  assert.match(greeting.map((m) => m.text).join(' '), /Невский берег/);

  fake.script({ kind: 'answer', text: 'start flow thank_back' }, { kind: 'answer', text: 'Рада помочь! Что-нибудь ещё?' });
  const thanks = await runtime.handleMessage({ sender: 'rp-1', text: 'спасибо', channel: 'rest' });
  assert.deepEqual(
    thanks.map((m) => m.text),
    ['Рада помочь! Что-нибудь ещё?'],
  );
  const prompt =
    fake.requests
      .at(-1)
      ?.body.messages.map((m) => m.content)
      .join('\n') ?? '';
  assert.match(prompt, /Пожалуйста! Могу ещё чем-нибудь помочь\?/, 'the rephrase prompt holds the response to rephrase');

  const tracker = await runtime.getTracker('rp-1');
  const said = (tracker?.events ?? []).filter((e) => (e as { event: string }).event === 'bot').map((e) => (e as { text?: string }).text);
  assert.equal(said.at(-1), 'Рада помочь! Что-нибудь ещё?', 'the conversation keeps what was said');
});
