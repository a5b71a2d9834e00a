// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings under test are ${VAR} references
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyDotenv, interpolate, projectEnv, type UnsetVariable } from '../../src/config/env.ts';

test('interpolates ${VAR} and ${VAR:-default} inside strings, arrays and mappings', () => {
  const unset: UnsetVariable[] = [];
  const out = interpolate(
    { a: '${HOST}:${PORT:-5005}', list: ['${HOST}', 3], nested: { key: 'pre-${MISSING:-fallback}-post' } },
    { HOST: 'example.org' },
    unset,
  );
  assert.deepEqual(out, { a: 'example.org:5005', list: ['example.org', 3], nested: { key: 'pre-fallback-post' } });
  assert.deepEqual(unset, []);
});

test('an unset variable without default leaves the key absent and is reported with its path', () => {
  const unset: UnsetVariable[] = [];
  const out = interpolate({ models: [{ api_key: '${OPENAI_API_KEY}', url: 'x${NOPE}y' }] }, { OPENAI_API_KEY: '' }, unset);
  assert.deepEqual(out, { models: [{ api_key: undefined, url: 'xy' }] });
  assert.deepEqual(
    unset.map((u) => [u.name, u.path]),
    [
      ['OPENAI_API_KEY', ['models', 0, 'api_key']],
      ['NOPE', ['models', 0, 'url']],
    ],
  );
});

test('.env supplies values but never overrides the real environment', () => {
  const root = mkdtempSync(join(tmpdir(), 'portier-env-'));
  writeFileSync(join(root, '.env'), '# comment\nA=from-dotenv\nB="quoted value"\n');
  assert.deepEqual(projectEnv(root, { A: 'real' }), { A: 'real', B: 'quoted value' });
  const target: Record<string, string | undefined> = { A: 'real' };
  assert.deepEqual(applyDotenv(root, target), ['B']);
  assert.deepEqual(target, { A: 'real', B: 'quoted value' });
});

test('a project without .env is normal', () => {
  const root = mkdtempSync(join(tmpdir(), 'portier-env-'));
  assert.deepEqual(projectEnv(root, { X: '1' }), { X: '1' });
});
