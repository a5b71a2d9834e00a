import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LlmConfigError } from '../../../src/understanding/llm/errors.ts';
import { decideUnderstanding, findLlmPipelineEntry, resolveLlmSettings } from '../../../src/understanding/llm/settings.ts';

const endpoints = {
  model_groups: [
    { id: 'openai_llm', models: [{ provider: 'openai', model: 'gpt-4-0613', timeout: 7, temperature: 0.0, max_tokens: 256 }] },
    { id: 'local', models: [{ provider: 'ollama', model: 'qwen2.5:7b', api_base: 'http://localhost:11434' }] },
    {
      id: 'azure_llm',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: endpoints.yml writes env references as ${VAR}
      models: [{ provider: 'azure', deployment: 'gpt4-ru', api_base: 'https://hotel.openai.azure.com', api_version: '2024-10-21', api_key: '${AZURE_KEY}' }],
    },
  ],
};

describe('resolveLlmSettings', () => {
  it('reads a model group from endpoints.yml and the key from OPENAI_API_KEY', () => {
    const s = resolveLlmSettings({ name: 'CompactLLMCommandGenerator', llm: { model_group: 'openai_llm' } }, endpoints, { OPENAI_API_KEY: 'sk-test' });
    assert.equal(s.model, 'gpt-4-0613');
    assert.equal(s.provider, 'openai');
    assert.equal(s.baseURL, 'https://api.openai.com/v1');
    assert.equal(s.baseURLSource, 'provider default');
    assert.equal(s.apiKey, 'sk-test');
    assert.equal(s.apiKeySource, 'OPENAI_API_KEY');
    assert.equal(s.timeoutMs, 7000);
    assert.equal(s.maxTokens, 256);
    assert.equal(s.temperature, 0);
    assert.equal(s.maxInputCharacters, 420);
  });

  it('takes the base URL from OPENAI_BASE_URL unless the config names one', () => {
    const env = { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'https://llm.api.cloud.yandex.net/v1/' };
    const fromEnv = resolveLlmSettings({ name: 'CompactLLMCommandGenerator', llm: { provider: 'openai', model: 'gpt://b1g/yandexgpt/latest' } }, {}, env);
    assert.equal(fromEnv.baseURL, 'https://llm.api.cloud.yandex.net/v1');
    assert.equal(fromEnv.baseURLSource, 'OPENAI_BASE_URL');
    const fromConfig = resolveLlmSettings(
      { name: 'CompactLLMCommandGenerator', llm: { provider: 'openai', model: 'm', api_base: 'http://127.0.0.1:9000/v1' } },
      {},
      env,
    );
    assert.equal(fromConfig.baseURL, 'http://127.0.0.1:9000/v1');
    assert.equal(fromConfig.baseURLSource, 'config');
  });

  it('lets inline llm keys override the group (temperature, timeout) and reads the pipeline options', () => {
    const s = resolveLlmSettings(
      {
        name: 'rasa.dialogue_understanding.generator.CompactLLMCommandGenerator',
        llm: { model_group: 'openai_llm', timeout: 2.5, temperature: 0.3 },
        prompt_template: 'prompts/mine.jinja2',
        user_input: { max_characters: 300 },
        flow_retrieval: { active: false },
        circuit_breaker: { failure_threshold: 5, cool_down: 10 },
      },
      endpoints,
      {},
    );
    assert.equal(s.generator, 'CompactLLMCommandGenerator');
    assert.equal(s.timeoutMs, 2500);
    assert.equal(s.temperature, 0.3);
    assert.equal(s.promptTemplate, 'prompts/mine.jinja2');
    assert.equal(s.maxInputCharacters, 300);
    assert.equal(s.flowRetrieval, false);
    assert.deepEqual(s.breaker, { failureThreshold: 5, coolDownMs: 10_000 });
  });

  it('adds /v1 to an Ollama base written the Rasa (litellm) way', () => {
    const s = resolveLlmSettings({ name: 'CompactLLMCommandGenerator', llm: { model_group: 'local' } }, endpoints, {});
    assert.equal(s.baseURL, 'http://localhost:11434/v1');
    assert.equal(s.apiKey, null);
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: the test name quotes the endpoints.yml syntax
  it('reads Azure deployment and api_version and expands ${VAR} in api_key', () => {
    const s = resolveLlmSettings({ name: 'CompactLLMCommandGenerator', llm: { model_group: 'azure_llm' } }, endpoints, { AZURE_KEY: 'az-secret' });
    assert.deepEqual(s.azure, { apiVersion: '2024-10-21', deployment: 'gpt4-ru' });
    assert.equal(s.model, 'gpt4-ru');
    assert.equal(s.apiKey, 'az-secret');
    assert.equal(s.apiKeySource, 'config');
    assert.throws(
      () => resolveLlmSettings({ name: 'CompactLLMCommandGenerator', llm: { provider: 'azure', deployment: 'd', api_base: 'https://x' } }, {}, {}),
      /api_version/,
    );
  });

  it('names the missing model group and the defined ones', () => {
    assert.throws(
      () => resolveLlmSettings({ name: 'CompactLLMCommandGenerator', llm: { model_group: 'gpt' } }, endpoints, {}),
      (e: unknown) => e instanceof LlmConfigError && /"gpt" is not in endpoints.yml model_groups \(defined: openai_llm, local, azure_llm\)/.test(e.message),
    );
  });

  it('rejects malformed values with the key path', () => {
    assert.throws(
      () => resolveLlmSettings({ name: 'CompactLLMCommandGenerator', llm: { temperature: 'hot' } }, {}, {}),
      (e: unknown) => e instanceof LlmConfigError && /pipeline\.llm\.temperature/.test(e.message),
    );
  });
});

describe('findLlmPipelineEntry', () => {
  it('finds the generator among other components, by short or module name', () => {
    const pipeline = [{ name: 'NLUCommandAdapter' }, { name: 'rasa.dialogue_understanding.generator.CompactLLMCommandGenerator', llm: { model_group: 'x' } }];
    assert.equal(findLlmPipelineEntry(pipeline)?.llm?.model_group, 'x');
    assert.equal(findLlmPipelineEntry([{ name: 'NLUCommandAdapter' }]), null);
    assert.equal(findLlmPipelineEntry(undefined), null);
  });
});

describe('decideUnderstanding', () => {
  const entry = { name: 'CompactLLMCommandGenerator', llm: { model_group: 'openai_llm' } };

  it('goes offline without a key and says which variable to set', () => {
    const d = decideUnderstanding(resolveLlmSettings(entry, endpoints, {}), {});
    assert.equal(d.use, 'offline');
    assert.match(d.reason, /set OPENAI_API_KEY/);
    assert.match(d.reason, /gpt-4-0613 at https:\/\/api\.openai\.com\/v1/);
  });

  it('uses the LLM with a key, and local servers without one', () => {
    assert.equal(decideUnderstanding(resolveLlmSettings(entry, endpoints, { OPENAI_API_KEY: 'k' }), {}).use, 'llm');
    const local = decideUnderstanding(resolveLlmSettings({ name: 'CompactLLMCommandGenerator', llm: { model_group: 'local' } }, endpoints, {}), {});
    assert.equal(local.use, 'llm');
    assert.match(local.reason, /no key needed/);
  });

  it('stays offline without a pipeline entry or with PORTIER_LLM=off', () => {
    assert.equal(decideUnderstanding(null, {}).use, 'offline');
    const off = decideUnderstanding(resolveLlmSettings(entry, endpoints, { OPENAI_API_KEY: 'k' }), { PORTIER_LLM: 'off' });
    assert.deepEqual(off, { use: 'offline', reason: 'PORTIER_LLM=off disables the LLM' });
  });
});

describe('the shipped config.yml and endpoints.yml', () => {
  it('resolve to GPT-4 at api.openai.com with the key from the environment', async () => {
    const { readFileSync } = await import('node:fs');
    const { parse } = await import('yaml');
    const config = parse(readFileSync('config.yml', 'utf8')) as { pipeline: unknown[] };
    const endpointsFile = parse(readFileSync('endpoints.yml', 'utf8'));
    const entry = findLlmPipelineEntry(config.pipeline);
    assert.ok(entry, 'config.yml lists an LLM command generator');
    const s = resolveLlmSettings(entry, endpointsFile, { OPENAI_API_KEY: 'sk-x' });
    assert.equal(s.baseURL, 'https://api.openai.com/v1');
    assert.equal(s.apiKey, 'sk-x');
    assert.equal(decideUnderstanding(resolveLlmSettings(entry, endpointsFile, {}), {}).use, 'offline');
    const local = resolveLlmSettings(entry, endpointsFile, { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://localhost:8000/v1' });
    assert.equal(local.baseURL, 'http://localhost:8000/v1');
  });
});
