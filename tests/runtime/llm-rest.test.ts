// Issue 8's acceptance through the whole assistant: with OPENAI_API_KEY and OPENAI_BASE_URL pointing at a local
// server speaking the chat-completions protocol, REST turns send prompts holding the user's message, the flows
// and the slots; the commands in the answers drive the conversation; when that server fails or hangs, the
// offline generator answers every turn within the timeout plus a second.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { type AssembledRuntime, createRuntime } from '../../src/runtime/create-runtime.ts';
import { buildServer } from '../../src/server/app.ts';
import { InMemoryTrackerStore } from '../../src/stores/tracker-memory.ts';
import { type FakeOpenAi, startFakeOpenAi } from '../understanding/llm/fake-openai.ts';
import { hotelActions } from '../../actions/index.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'portier-llm-rest-'));
let fake: FakeOpenAi;
let runtime: AssembledRuntime;
let app: FastifyInstance;

before(async () => {
  fake = await startFakeOpenAi();
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
    logger: pino({ level: 'silent' }),
    trackers: new InMemoryTrackerStore(),
    log: () => {},
  });
  ({ app } = await buildServer({ runtime, logger: pino({ level: 'silent' }), enableApi: true }));
});

after(async () => {
  await app.close();
  await runtime.close();
  await fake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const say = async (sender: string, message: string) => {
  const res = await app.inject({ method: 'POST', url: '/webhooks/rest/webhook', payload: { sender, message } });
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as { text?: string }[]).map((m) => m.text ?? '').join('\n');
};

const lastPrompt = () =>
  fake.requests
    .at(-1)
    ?.body.messages.map((m) => m.content)
    .join('\n') ?? '';

describe('REST conversation understood by an OpenAI-compatible LLM', () => {
  it('uses the LLM generator with the offline one behind it', () => {
    assert.equal(runtime.info.generator, 'llm+nlu');
  });

  it('sends the message, the flows and the slots; the answered commands drive the booking', async () => {
    fake.script({ kind: 'answer', text: 'start flow book_room\nset slot check_in_date 2026-12-14\nset slot check_out_date 2026-12-16' });
    const first = await say('llm-1', 'Нужен номер с четырнадцатого по шестнадцатое декабря');
    const prompt = lastPrompt();
    assert.match(prompt, /с четырнадцатого по шестнадцатое декабря/, 'the prompt holds the user message');
    assert.match(prompt, /book_room/, 'the prompt lists the flows');
    assert.match(prompt, /check_in_date/, 'the prompt lists the slots');
    assert.match(first, /(сколько|гост|взросл)/i, 'the dates were taken from the LLM commands; guests are asked next');

    fake.script({ kind: 'answer', text: 'set slot adults 2' });
    const second = await say('llm-1', 'двое');
    assert.match(lastPrompt(), /"?active_flow"?\W+book_room|book_room/);
    assert.match(lastPrompt(), /2026-12-14/, 'filled slots are in the prompt');
    assert.match(second, /(номер|тип|категор)/i, 'room type is asked next');
  });

  it('the first message: a request gets a brief greeting and its answer, a greeting alone the introduction', async () => {
    fake.script({ kind: 'answer', text: 'start flow book_room\nset slot check_in_date 2026-12-20\nset slot check_out_date 2026-12-22' });
    const request = await say('llm-open-1', 'добрый вечер, нужна комната с двадцатого по двадцать второе декабря');
    assert.match(request, /^Здравствуйте!\n/);
    assert.doesNotMatch(request, /Я помогу забронировать номер и отвечу на вопросы/, 'no introduction before a request');
    assert.match(request, /(сколько|гост|взросл)/i);
    fake.script({ kind: 'answer', text: 'chitchat' });
    const greeting = await say('llm-open-2', 'алло, здравствуйте');
    assert.match(greeting, /Я помогу забронировать номер и отвечу на вопросы/);
  });

  it('a failing LLM (500) never loses a turn: the offline generator answers', async () => {
    fake.script({ kind: 'status', status: 500 }, { kind: 'status', status: 500 }, { kind: 'status', status: 500 });
    const reply = await say('llm-2', 'Когда можно заселиться?');
    assert.match(reply, /14[:.]00/);
  });

  it('a hanging LLM: the turn is answered within the timeout plus a second', async () => {
    fake.fallback = { kind: 'hang' };
    const started = performance.now();
    const reply = await say('llm-3', 'У вас есть парковка?');
    const ms = performance.now() - started;
    assert.match(reply, /900/);
    // endpoints.yml gives the LLM 7 s; the offline generator must answer within a second after that.
    assert.ok(ms < 8_000, `answered after ${Math.round(ms)} ms`);
  });

  it('LLM metrics are served on /metrics', async () => {
    const body = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    assert.match(body, /portier_llm_/);
  });
});
