import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LlmStartupError } from '../../../src/understanding/llm/errors.ts';
import { resolveLlmSettings } from '../../../src/understanding/llm/settings.ts';
import { verifyLlm } from '../../../src/understanding/llm/verify.ts';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai.ts';

let fake: FakeOpenAi;
before(async () => {
  fake = await startFakeOpenAi();
});
after(() => fake.close());

function settings(key: string, timeout = 2) {
  return resolveLlmSettings(
    { name: 'CompactLLMCommandGenerator', llm: { provider: 'openai', model: 'gpt-4o-2024-11-20', api_base: fake.baseURL, timeout } },
    {},
    { OPENAI_API_KEY: key },
  );
}

describe('verifyLlm (startup check)', () => {
  it('passes with a valid key, sending a one-token request', async () => {
    fake.requiredKey = 'sk-good';
    const check = await verifyLlm(settings('sk-good'));
    assert.equal(check.model, 'gpt-4o-2024-11-20');
    assert.equal(check.baseURL, fake.baseURL);
    assert.equal(fake.requests.at(-1)?.body.max_tokens, 1);
  });

  it('turns 401 into one clear line naming the base URL, the model and the key source', async () => {
    fake.requiredKey = 'sk-good';
    await assert.rejects(verifyLlm(settings('sk-wrong')), (e: unknown) => {
      assert.ok(e instanceof LlmStartupError);
      assert.equal(e.category, 'auth');
      assert.equal(e.message, `LLM at ${fake.baseURL} rejected the key from OPENAI_API_KEY for model gpt-4o-2024-11-20 (HTTP 401); check the API key`);
      assert.ok(!e.message.includes('\n'));
      return true;
    });
  });

  it('reports a server that does not answer in time', async () => {
    fake.requiredKey = null;
    fake.script({ kind: 'hang' });
    await assert.rejects(verifyLlm(settings('k', 0.3)), /did not answer within 300 ms/);
  });

  it('reports an unreachable server', async () => {
    const s = { ...settings('k'), baseURL: 'http://127.0.0.1:9/v1' };
    await assert.rejects(
      verifyLlm(s),
      (e: unknown) => e instanceof LlmStartupError && e.category === 'connectivity' && e.message.includes('http://127.0.0.1:9/v1'),
    );
  });
});

describe('verifyLlm: wrong base URL', () => {
  it('explains a 404 as a wrong model or a base URL without /v1', async () => {
    fake.requiredKey = null;
    const s = { ...settings('k'), baseURL: fake.baseURL.replace(/\/v1$/, '') };
    await assert.rejects(
      verifyLlm(s),
      (e: unknown) => e instanceof LlmStartupError && e.category === 'not-found' && /answered 404 for model gpt-4o-2024-11-20.*\/v1/.test(e.message),
    );
  });
});

describe('verifyLlm: quota', () => {
  it('names an exhausted quota in one line', async () => {
    fake.requiredKey = null;
    fake.script({ kind: 'status', status: 429, code: 'insufficient_quota', message: 'You exceeded your current quota' });
    await assert.rejects(
      verifyLlm(settings('sk-poor')),
      (e: unknown) => e instanceof LlmStartupError && e.category === 'quota' && /no quota left for model gpt-4o-2024-11-20/.test(e.message),
    );
  });
});
