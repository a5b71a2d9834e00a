// YandexGPT (Yandex Cloud's OpenAI-compatible API) and GigaChat (OAuth token exchange, Russian root CA) as
// LLM providers of the command generator: same prompt, parser and offline fallback as OpenAI.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Registry } from 'prom-client';
import { LlmClient } from '../../../src/understanding/llm/client.ts';
import { composeUnderstanding, createLlmCommandGenerator } from '../../../src/understanding/llm/index.ts';
import { decideUnderstanding, resolveLlmSettings } from '../../../src/understanding/llm/settings.ts';
import { type FakeGigaChat, startFakeGigaChat } from './fake-gigachat.ts';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai.ts';
import { context, domain, flows, KeywordGenerator } from './fixtures.ts';

const entry = { name: 'CompactLLMCommandGenerator', llm: { model_group: 'russian_llm' } };
const group = (model: Record<string, unknown>) => ({ model_groups: [{ id: 'russian_llm', models: [model] }] });

function understandingFor(settings: ReturnType<typeof resolveLlmSettings>) {
  const registry = new Registry();
  const llm = createLlmCommandGenerator({ settings, flows, domain, hotelTimezone: 'Europe/Moscow', registry });
  return composeUnderstanding(llm, new KeywordGenerator(), undefined, registry).generator;
}

describe('YandexGPT settings', () => {
  it('expands a short model name into the folder model URI and takes the key and folder from the environment', () => {
    const s = resolveLlmSettings(entry, group({ provider: 'yandex', model: 'yandexgpt-lite' }), { YANDEX_API_KEY: 'AQVN-key', YANDEX_FOLDER_ID: 'b1gfolder' });
    assert.equal(s.model, 'gpt://b1gfolder/yandexgpt-lite/latest');
    assert.equal(s.baseURL, 'https://llm.api.cloud.yandex.net/v1');
    assert.equal(s.apiKey, 'AQVN-key');
    assert.equal(s.apiKeySource, 'YANDEX_API_KEY');
    assert.deepEqual(s.yandex, { folderId: 'b1gfolder' });
    assert.equal(resolveLlmSettings(entry, group({ provider: 'yandexgpt', folder_id: 'f2' }), { YANDEX_IAM_TOKEN: 't1' }).model, 'gpt://f2/yandexgpt/latest');
  });

  it('names what is missing: the folder, then the key', () => {
    assert.throws(() => resolveLlmSettings(entry, group({ provider: 'yandex', model: 'yandexgpt' }), {}), /YANDEX_FOLDER_ID/);
    const s = resolveLlmSettings(entry, group({ provider: 'yandex', model: 'yandexgpt' }), { YANDEX_FOLDER_ID: 'f' });
    const decision = decideUnderstanding(s, {});
    assert.equal(decision.use, 'offline');
    assert.match(decision.reason, /YANDEX_API_KEY or YANDEX_IAM_TOKEN/);
  });
});

describe('YandexGPT over its OpenAI-compatible API', () => {
  let fake: FakeOpenAi;
  before(async () => {
    fake = await startFakeOpenAi();
  });
  after(() => fake.close());
  beforeEach(() => {
    fake.requests.length = 0;
    fake.requiredKey = 'AQVN-key';
  });

  it('sends the model URI, the key as bearer and the folder as OpenAI-Project, and parses the commands', async () => {
    const settings = resolveLlmSettings(entry, group({ provider: 'yandex', model: 'yandexgpt/rc', api_base: fake.baseURL }), {
      YANDEX_API_KEY: 'AQVN-key',
      YANDEX_FOLDER_ID: 'b1gfolder',
    });
    fake.script({ kind: 'answer', text: 'start flow book_room\nset slot adults 2' });
    const result = await understandingFor(settings).understand('хочу номер на двоих', context());
    assert.equal(result.source, 'llm');
    assert.deepEqual(result.commands[0], { command: 'start flow', flow: 'book_room' });
    const request = fake.requests[0]!;
    assert.equal(request.body.model, 'gpt://b1gfolder/yandexgpt/rc');
    assert.equal(request.headers.authorization, 'Bearer AQVN-key');
    assert.equal(request.headers['openai-project'], 'b1gfolder');
  });

  it('a wrong key falls back to the offline understanding', async () => {
    const settings = resolveLlmSettings(entry, group({ provider: 'yandex', api_base: fake.baseURL }), {
      YANDEX_API_KEY: 'wrong',
      YANDEX_FOLDER_ID: 'b1gfolder',
    });
    const result = await understandingFor(settings).understand('хочу забронировать номер', context());
    assert.equal(result.source, 'nlu-fallback');
  });
});

describe('GigaChat: token exchange, root CA, refresh', () => {
  let fake: FakeGigaChat;
  before(async () => {
    fake = await startFakeGigaChat('start flow book_room');
  });
  after(() => fake.close());
  beforeEach(() => {
    fake.exchanges.length = 0;
    fake.chats.length = 0;
    fake.now = Date.now;
    fake.revoked.clear();
  });

  const settingsWith = (env: Record<string, string>, model: Record<string, unknown> = {}) =>
    resolveLlmSettings(entry, group({ provider: 'gigachat', api_base: fake.baseURL, auth_url: fake.authUrl, ...model }), env);

  it('exchanges the authorization key once, with an RqUID and the scope, and reuses the token', async () => {
    const settings = settingsWith({ GIGACHAT_CREDENTIALS: fake.credentials, GIGACHAT_CA_BUNDLE_FILE: fake.caFile, GIGACHAT_SCOPE: 'GIGACHAT_API_B2B' });
    assert.equal(settings.model, 'GigaChat');
    const client = new LlmClient({ settings });
    assert.equal((await client.complete('привет')).text, 'start flow book_room');
    await client.complete('ещё раз');
    assert.equal(fake.exchanges.length, 1);
    assert.equal(fake.exchanges[0]!.scope, 'GIGACHAT_API_B2B');
    assert.deepEqual(
      fake.chats.map((c) => c.token),
      ['token-1', 'token-1'],
    );
  });

  it('refreshes a token that is about to expire, and retries once with a new one when the API revokes it', async () => {
    let clock = Date.now();
    fake.now = () => clock;
    const settings = settingsWith({ GIGACHAT_CREDENTIALS: fake.credentials, GIGACHAT_CA_BUNDLE_FILE: fake.caFile });
    const client = new LlmClient({ settings, now: () => clock });
    await client.complete('раз');
    clock += 29.5 * 60_000; // 30 s before expiry: inside the refresh margin
    await client.complete('два');
    assert.equal(fake.exchanges.length, 2);
    fake.revoked.add('token-2');
    assert.equal((await client.complete('три')).text, 'start flow book_room');
    assert.equal(fake.exchanges.length, 3);
    assert.deepEqual(
      fake.chats.map((c) => c.token),
      ['token-1', 'token-2', 'token-3'],
    );
  });

  it('without the root CA the connection is refused with a sentence that names GIGACHAT_CA_BUNDLE_FILE', async () => {
    const client = new LlmClient({ settings: settingsWith({ GIGACHAT_CREDENTIALS: fake.credentials }) });
    await assert.rejects(client.complete('привет'), /GIGACHAT_CA_BUNDLE_FILE/);
  });

  it('wrong credentials are an auth error, and the understanding falls back to offline', async () => {
    const settings = settingsWith({ GIGACHAT_CREDENTIALS: 'd3Jvbmc=', GIGACHAT_CA_BUNDLE_FILE: fake.caFile });
    await assert.rejects(
      new LlmClient({ settings }).complete('привет'),
      (e: Error & { category?: string }) => e.category === 'auth' && /GIGACHAT_CREDENTIALS/.test(e.message),
    );
    const result = await understandingFor(settings).understand('хочу забронировать номер', context());
    assert.equal(result.source, 'nlu-fallback');
  });

  it('with the key set, the command generator understands through GigaChat', async () => {
    const settings = settingsWith({ GIGACHAT_CREDENTIALS: fake.credentials, GIGACHAT_CA_BUNDLE_FILE: fake.caFile });
    assert.equal(decideUnderstanding(settings, { GIGACHAT_CREDENTIALS: fake.credentials }).use, 'llm');
    const result = await understandingFor(settings).understand('хочу забронировать номер', context());
    assert.equal(result.source, 'llm');
    assert.deepEqual(result.commands, [{ command: 'start flow', flow: 'book_room' }]);
  });
});
