// The hotel's e2e conversations (tests/e2e/*.yml, Rasa e2e format) run through `portier test` against the
// real assistant: offline Russian understanding, the hotel actions and a fresh hotel database.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testCommand } from '../../src/cli/commands/test.ts';
import { startFakeOpenAi } from '../understanding/llm/fake-openai.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const offlineEnv = () => {
  const env: Record<string, string | undefined> = { ...process.env, PORTIER_NOW: process.env.PORTIER_NOW ?? '2026-11-24T12:00:00+03:00', LOG_LEVEL: 'silent' };
  delete env.OPENAI_API_KEY;
  return env;
};

test('tests/e2e: every hotel conversation passes with the offline understanding', { timeout: 120_000 }, async () => {
  const lines: string[] = [];
  const code = await testCommand([join(root, 'tests', 'e2e')], { root, env: offlineEnv() }, undefined, (l) => lines.push(l));
  const summary = lines.at(-1) ?? '';
  assert.match(summary, /^\d+ passed, 0 failed$/, lines.join('\n'));
  assert.equal(code, 0);
});

test('tests/e2e-llm: clarification with the LLM generator (local OpenAI-protocol server)', { timeout: 120_000 }, async () => {
  const fake = await startFakeOpenAi();
  try {
    fake.fallback = { kind: 'answer', text: 'disambiguate flows find_booking cancel_booking' };
    const env = { ...offlineEnv(), OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: fake.baseURL };
    const lines: string[] = [];
    const code = await testCommand([join(root, 'tests', 'e2e-llm')], { root, env }, undefined, (l) => lines.push(l));
    assert.equal(lines.at(-1), '1 passed, 0 failed', lines.join('\n'));
    assert.equal(code, 0);
    assert.ok(fake.requests.length >= 1, 'the LLM was asked');
  } finally {
    await fake.close();
  }
});
