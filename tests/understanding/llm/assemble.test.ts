import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assembleUnderstanding } from '../../../src/understanding/llm/assemble.ts';
import { LlmStartupError } from '../../../src/understanding/llm/errors.ts';
import type { LlmLogger } from '../../../src/understanding/llm/logger.ts';
import { type FakeOpenAi, startFakeOpenAi } from './fake-openai.ts';
import { context, domain, flows, KeywordGenerator } from './fixtures.ts';

let fake: FakeOpenAi;
before(async () => {
  fake = await startFakeOpenAi();
});
after(() => fake.close());

function recorder(): { logger: LlmLogger; lines: { level: string; message: string; fields: Record<string, unknown> }[] } {
  const lines: { level: string; message: string; fields: Record<string, unknown> }[] = [];
  const at = (level: string) => (fields: Record<string, unknown>, message: string) => lines.push({ level, message, fields });
  return { logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') }, lines };
}

const pipeline = [{ name: 'NLUCommandAdapter' }, { name: 'CompactLLMCommandGenerator', llm: { model_group: 'openai_llm' } }];
const endpoints = () => ({ model_groups: [{ id: 'openai_llm', models: [{ provider: 'openai', model: 'gpt-4', api_base: fake.baseURL, timeout: 2 }] }] });
const base = () => ({ pipeline, endpoints: endpoints(), flows, domain, hotelTimezone: 'Europe/Moscow' });

describe('assembleUnderstanding', () => {
  it('understands offline when no key is set, and logs why', async () => {
    const { logger, lines } = recorder();
    const offline = new KeywordGenerator();
    const assembled = await assembleUnderstanding({
      ...base(),
      endpoints: { model_groups: [{ id: 'openai_llm', models: [{ provider: 'openai', model: 'gpt-4' }] }] },
      env: {},
      offline,
      logger,
    });
    assert.equal(assembled.generator, offline);
    assert.equal(assembled.decision.use, 'offline');
    assert.equal(lines[0]?.message, 'understanding.mode');
    assert.match(String(lines[0]?.fields.reason), /set OPENAI_API_KEY/);
  });

  it('puts the LLM in front of the offline generator when the key works', async () => {
    fake.requiredKey = 'sk-ok';
    fake.script({ kind: 'answer', text: 'ok' }, { kind: 'answer', text: 'start flow find_booking' });
    const assembled = await assembleUnderstanding({ ...base(), env: { OPENAI_API_KEY: 'sk-ok' }, offline: new KeywordGenerator() });
    assert.equal(assembled.name, 'llm+keywords');
    const result = await assembled.generator.understand('Где моя бронь?', context());
    assert.equal(result.source, 'llm');
    assert.deepEqual(result.commands, [{ command: 'start flow', flow: 'find_booking' }]);
    // The metrics land in the registry it returns, for the server to merge into /metrics.
    const requests = await assembled.registry.getSingleMetric('portier_llm_requests_total')?.get();
    assert.equal(requests?.values.find((v) => v.labels.outcome === 'ok')?.value, 1);
  });

  it('stops at startup with one line when the key is rejected', async () => {
    fake.requiredKey = 'sk-ok';
    await assert.rejects(
      assembleUnderstanding({ ...base(), env: { OPENAI_API_KEY: 'sk-bad' }, offline: new KeywordGenerator() }),
      (e: unknown) => e instanceof LlmStartupError && e.message.includes(fake.baseURL) && e.message.includes('gpt-4'),
    );
  });

  it('keeps going (with a warning) when the LLM is unreachable at boot', async () => {
    const { logger, lines } = recorder();
    const assembled = await assembleUnderstanding({
      ...base(),
      endpoints: { model_groups: [{ id: 'openai_llm', models: [{ provider: 'openai', model: 'gpt-4', api_base: 'http://127.0.0.1:9/v1', timeout: 1 }] }] },
      env: { OPENAI_API_KEY: 'k' },
      offline: new KeywordGenerator(),
      logger,
    });
    assert.equal(assembled.decision.use, 'llm');
    assert.ok(lines.some((l) => l.level === 'warn' && l.message === 'llm.check.failed'));
    const result = await assembled.generator.understand('Хочу забронировать', context());
    assert.equal(result.source, 'nlu-fallback');
  });

  it('honours portier.understanding: nlu', async () => {
    const offline = new KeywordGenerator();
    const assembled = await assembleUnderstanding({ ...base(), env: { OPENAI_API_KEY: 'k' }, mode: 'nlu', offline, verify: false });
    assert.equal(assembled.generator, offline);
  });
});
