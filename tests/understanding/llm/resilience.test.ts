// The LLM generator against a local server speaking the chat-completions protocol: answers, retries,
// timeouts, errors, the breaker and the offline fallback.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { Registry } from 'prom-client';
import { assembleUnderstanding, composeUnderstanding, createLlmCommandGenerator } from '../../../src/understanding/llm/index.ts';
import { LlmError } from '../../../src/understanding/llm/errors.ts';
import { resolveLlmSettings } from '../../../src/understanding/llm/settings.ts';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai.ts';
import { context, domain, flows, KeywordGenerator } from './fixtures.ts';

let fake: FakeOpenAi;
before(async () => {
  fake = await startFakeOpenAi();
});
after(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.requiredKey = null;
  fake.fallback = { kind: 'answer', text: 'cannot handle' };
});

interface Setup {
  timeout?: number;
  maxRetries?: number;
  stream?: boolean;
  breaker?: { failure_threshold: number; cool_down: number };
}

function setup(options: Setup = {}) {
  const settings = resolveLlmSettings(
    {
      name: 'CompactLLMCommandGenerator',
      llm: { model_group: 'test_llm' },
      ...(options.breaker ? { circuit_breaker: options.breaker } : {}),
    },
    {
      model_groups: [
        {
          id: 'test_llm',
          models: [
            {
              provider: 'openai',
              model: 'gpt-4',
              api_base: fake.baseURL,
              timeout: options.timeout ?? 2,
              max_retries: options.maxRetries ?? 2,
              stream: options.stream ?? false,
            },
          ],
        },
      ],
    },
    { OPENAI_API_KEY: 'sk-test' },
  );
  const registry = new Registry();
  const llm = createLlmCommandGenerator({ settings, flows, domain, hotelTimezone: 'Europe/Moscow', registry });
  const offline = new KeywordGenerator();
  const understanding = composeUnderstanding(llm, offline, undefined, registry).generator;
  return { settings, registry, llm, offline, understanding };
}

async function metric(registry: Registry, name: string, labels: Record<string, string>): Promise<number> {
  const m = await registry.getSingleMetric(name)?.get();
  return m?.values.find((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val))?.value ?? 0;
}

describe('LLM generator over the chat-completions protocol', () => {
  it('sends the prompt as one user message with temperature 0 and max_tokens, and returns parsed commands', async () => {
    const { understanding, registry } = setup();
    fake.script({ kind: 'answer', text: 'start flow book_room\nset slot adults 2', usage: { prompt_tokens: 900, completion_tokens: 12 } });
    const result = await understanding.understand('Хочу забронировать номер на двоих', context());
    assert.equal(result.source, 'llm');
    assert.deepEqual(result.commands, [
      { command: 'start flow', flow: 'book_room' },
      { command: 'set slot', name: 'adults', value: 2, extractor: 'LLM' },
    ]);
    assert.equal(result.usage?.promptTokens, 900);
    assert.equal(result.usage?.completionTokens, 12);
    assert.equal(result.usage?.attempts, 1);
    const body = fake.requests[0]!.body;
    assert.equal(body.model, 'gpt-4');
    assert.equal(body.temperature, 0);
    assert.equal(body.max_tokens, 256);
    assert.equal(body.messages.length, 1);
    assert.equal(body.messages[0]!.role, 'user');
    assert.match(body.messages[0]!.content, /"""Хочу забронировать номер на двоих"""/);
    assert.match(body.messages[0]!.content, /Сегодня 2026-11-24, вторник/);
    assert.equal(fake.requests[0]!.headers.authorization, 'Bearer sk-test');
    assert.equal(await metric(registry, 'portier_llm_tokens_total', { kind: 'prompt' }), 900);
    assert.equal(await metric(registry, 'portier_llm_requests_total', { outcome: 'ok' }), 1);
  });

  it('reads a streamed (SSE) answer, Cyrillic split across chunks, with usage', async () => {
    const { understanding } = setup({ stream: true });
    fake.script({
      kind: 'answer',
      text: 'set slot guest_name Иван Петров\nset slot guest_phone 89125550148',
      usage: { prompt_tokens: 50, completion_tokens: 20 },
    });
    const result = await understanding.understand('Иван Петров, 8 912 555 01 48', context({ activeFlow: 'book_room', requestedSlot: 'guest_name' }));
    assert.equal(fake.requests[0]!.body.stream, true);
    assert.deepEqual(result.commands, [
      { command: 'set slot', name: 'guest_name', value: 'Иван Петров', extractor: 'LLM' },
      { command: 'set slot', name: 'guest_phone', value: '+79125550148', extractor: 'LLM' },
    ]);
    assert.equal(result.usage?.completionTokens, 20);
  });

  it('retries a 429 (honouring Retry-After) and then succeeds', async () => {
    const { understanding, registry } = setup();
    fake.script({ kind: 'status', status: 429, headers: { 'retry-after-ms': '50' } }, { kind: 'answer', text: 'provide info' });
    const result = await understanding.understand('Сколько стоит люкс?', context());
    assert.equal(result.source, 'llm');
    assert.deepEqual(result.commands, [{ command: 'knowledge' }]);
    assert.equal(result.usage?.attempts, 2);
    assert.equal(fake.requests.length, 2);
    assert.equal(await metric(registry, 'portier_llm_retries_total', { category: 'rate-limit' }), 1);
  });

  it('falls back to the offline generator when the server keeps answering 500, after bounded retries', async () => {
    const { understanding, offline, registry } = setup({ maxRetries: 2 });
    fake.fallback = { kind: 'status', status: 500 };
    const result = await understanding.understand('Хочу забронировать номер', context());
    assert.equal(result.source, 'nlu-fallback');
    assert.equal(result.usage?.fallbackReason, 'server');
    assert.deepEqual(result.commands, [{ command: 'start flow', flow: 'book_room' }]);
    assert.equal(offline.calls, 1);
    assert.equal(fake.requests.length, 3, 'one try plus two retries');
    assert.equal(await metric(registry, 'portier_llm_fallbacks_total', { reason: 'server' }), 1);
  });

  it('falls back within timeout + 1 s when the LLM hangs', async () => {
    const { understanding } = setup({ timeout: 0.5 });
    fake.script({ kind: 'hang' });
    const started = Date.now();
    const result = await understanding.understand('Хочу отменить бронь', context());
    const elapsed = Date.now() - started;
    assert.equal(result.source, 'nlu-fallback');
    assert.equal(result.usage?.fallbackReason, 'timeout');
    assert.deepEqual(result.commands, [{ command: 'start flow', flow: 'cancel_booking' }]);
    assert.ok(elapsed >= 450 && elapsed < 1500, `took ${elapsed} ms`);
  });

  it('falls back when the answer holds no usable command', async () => {
    const { understanding, registry } = setup();
    fake.script({ kind: 'answer', text: 'Конечно, я помогу вам с бронированием!' });
    const result = await understanding.understand('Хочу забронировать номер', context());
    assert.equal(result.source, 'nlu-fallback');
    assert.equal(result.usage?.fallbackReason, 'unparsable');
    assert.equal(await metric(registry, 'portier_llm_requests_total', { outcome: 'unparsable' }), 1);
  });

  it('keeps an explicit `cannot handle` from the LLM (no fallback)', async () => {
    const { understanding, offline } = setup();
    fake.script({ kind: 'answer', text: 'cannot handle' });
    const result = await understanding.understand('Какая погода на Марсе?', context());
    assert.equal(result.source, 'llm');
    assert.deepEqual(result.commands, [{ command: 'cannot handle' }]);
    assert.equal(offline.calls, 0);
  });

  it('opens the breaker after consecutive failures, then answers offline without calling, then probes again', async () => {
    const { understanding, llm, registry } = setup({ maxRetries: 0, breaker: { failure_threshold: 2, cool_down: 0.3 } });
    fake.fallback = { kind: 'status', status: 503 };
    await understanding.understand('раз', context());
    await understanding.understand('два', context());
    assert.equal(llm.client.breaker.current, 'open');
    assert.equal(await metric(registry, 'portier_llm_breaker_state', {}), 2);
    const callsBefore = fake.requests.length;
    const blocked = await understanding.understand('Хочу забронировать номер', context());
    assert.equal(blocked.source, 'nlu-fallback');
    assert.equal(blocked.usage?.fallbackReason, 'breaker-open');
    assert.equal(fake.requests.length, callsBefore, 'no request while open');
    await new Promise((r) => setTimeout(r, 320));
    fake.fallback = { kind: 'answer', text: 'offtopic reply' };
    const probe = await understanding.understand('Спасибо!', context());
    assert.equal(probe.source, 'llm');
    assert.deepEqual(probe.commands, [{ command: 'chitchat' }]);
    assert.equal(llm.client.breaker.current, 'closed');
  });

  it('does not call the LLM for empty or over-long input (Rasa guards)', async () => {
    const { understanding } = setup();
    const empty = await understanding.understand('   ', context());
    assert.deepEqual(empty.commands, [{ command: 'error', errorType: 'rasa_internal_error_user_input_empty' }]);
    const long = await understanding.understand('а'.repeat(421), context());
    assert.equal(long.commands[0]?.command, 'error');
    assert.equal(fake.requests.length, 0);
  });

  it('rejects with a typed LlmError when used without the fallback', async () => {
    const { llm } = setup({ maxRetries: 0 });
    fake.script({ kind: 'status', status: 500 });
    await assert.rejects(llm.understand('привет', context()), (e: unknown) => e instanceof LlmError && e.category === 'server' && e.context.status === 500);
  });

  it('gives the offline generator the turn when no LLM is configured', async () => {
    const offline = new KeywordGenerator();
    const assembled = await assembleUnderstanding({
      pipeline: [{ name: 'NLUCommandAdapter' }],
      endpoints: {},
      env: {},
      flows,
      domain,
      hotelTimezone: 'Europe/Moscow',
      offline,
    });
    assert.equal(assembled.generator, offline);
  });
});

describe('provider specifics', () => {
  it('talks to Azure OpenAI through the deployment path, api-version and api-key header', async () => {
    const settings = resolveLlmSettings(
      {
        name: 'CompactLLMCommandGenerator',
        llm: { provider: 'azure', deployment: 'gpt4-hotel', api_base: fake.baseURL.replace(/\/v1$/, ''), api_version: '2024-10-21' },
      },
      {},
      { AZURE_API_KEY: 'az-key' },
    );
    // OPENAI_BASE_URL in the environment must not confuse the Azure client (the SDK reads it by default).
    const saved = process.env.OPENAI_BASE_URL;
    process.env.OPENAI_BASE_URL = 'http://127.0.0.1:9/v1';
    const llm = createLlmCommandGenerator({ settings, flows, domain, hotelTimezone: 'Europe/Moscow' });
    if (saved === undefined) delete process.env.OPENAI_BASE_URL;
    else process.env.OPENAI_BASE_URL = saved;
    fake.script({ kind: 'answer', text: 'hand over' });
    const result = await llm.understand('Соедините с администратором', context());
    assert.deepEqual(result.commands, [{ command: 'human handoff' }]);
    const request = fake.requests.at(-1)!;
    assert.equal(request.path, '/openai/deployments/gpt4-hotel/chat/completions?api-version=2024-10-21');
    assert.equal(request.headers['api-key'], 'az-key');
  });

  it('sends extra headers, which may replace the Authorization scheme (Yandex Api-Key)', async () => {
    const settings = resolveLlmSettings(
      {
        name: 'CompactLLMCommandGenerator',
        llm: {
          provider: 'openai',
          model: 'gpt://b1g/yandexgpt/latest',
          api_base: fake.baseURL,
          extra_headers: { Authorization: 'Api-Key yc-key', 'x-data-logging-enabled': 'false' },
        },
      },
      {},
      { OPENAI_API_KEY: 'yc-key' },
    );
    const llm = createLlmCommandGenerator({ settings, flows, domain, hotelTimezone: 'Europe/Moscow' });
    fake.script({ kind: 'answer', text: 'offtopic reply' });
    await llm.understand('Привет', context());
    const request = fake.requests.at(-1)!;
    assert.equal(request.headers.authorization, 'Api-Key yc-key');
    assert.equal(request.headers['x-data-logging-enabled'], 'false');
    assert.equal(request.body.model, 'gpt://b1g/yandexgpt/latest');
  });

  it('works with a keyless local server (Ollama, vLLM, llama.cpp)', async () => {
    const settings = resolveLlmSettings(
      { name: 'CompactLLMCommandGenerator', llm: { provider: 'self-hosted', model: 'qwen2.5-7b', api_base: fake.baseURL } },
      {},
      {},
    );
    const llm = createLlmCommandGenerator({ settings, flows, domain, hotelTimezone: 'Europe/Moscow' });
    fake.script({ kind: 'answer', text: 'start flow cancel_booking' });
    const result = await llm.understand('Хочу отменить бронь', context());
    assert.deepEqual(result.commands, [{ command: 'start flow', flow: 'cancel_booking' }]);
  });
});

describe('quota', () => {
  it('does not retry a 429 that means the quota is exhausted, and falls back', async () => {
    const { understanding } = setup({ maxRetries: 2 });
    fake.script({ kind: 'status', status: 429, code: 'insufficient_quota', message: 'You exceeded your current quota' });
    const result = await understanding.understand('Хочу забронировать номер', context());
    assert.equal(result.source, 'nlu-fallback');
    assert.equal(result.usage?.fallbackReason, 'quota');
    assert.equal(fake.requests.length, 1);
  });
});
