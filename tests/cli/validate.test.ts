// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings under test are ${VAR} references
import assert from 'node:assert/strict';
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { copyProject, portier } from './helpers.ts';

test('portier validate passes on the shipped project', () => {
  const dir = copyProject();
  const r = portier(['validate'], dir);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /^Project is valid/m);
  assert.doesNotMatch(r.stdout, /error:/);
});

test('a YAML syntax error in a flows file fails with its file:line:col', () => {
  const dir = copyProject();
  writeFileSync(join(dir, 'data/zz_broken.yml'), 'flows:\n  broken_flow:\n    steps:\n      - collect: guest_name\n    - action: utter_x\n');
  const r = portier(['validate'], dir);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^data\/zz_broken\.yml:5:1: error: /m);
  assert.match(r.stdout, /^Project has \d+ error\(s\)/m);
  assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at /, 'no stack trace');
});

test('a project whose flows file is missing or empty is rejected, not reported as valid with 0 flows', () => {
  const dir = copyProject();
  rmSync(join(dir, 'data/flows.yml'));
  const missing = portier(['validate'], dir);
  assert.equal(missing.status, 1, missing.stdout + missing.stderr);
  assert.match(missing.stdout, /error: no flows: .*add data\/flows\.yml/);
  assert.doesNotMatch(missing.stdout, /Project is valid/);
  writeFileSync(join(dir, 'data/flows.yml'), 'flows: {}\n');
  const empty = portier(['validate'], dir);
  assert.equal(empty.status, 1, empty.stdout + empty.stderr);
  assert.match(empty.stdout, /error: no flows: .*flows\.yml defines none/);
});

test('a YAML syntax error in config.yml fails with its position', () => {
  const dir = copyProject();
  appendFileSync(join(dir, 'config.yml'), '\nbroken: [unclosed\n');
  const r = portier(['validate'], dir);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /^config\.yml:\d+:\d+: error: /m);
});

test('a flow collecting an undefined slot fails, naming the slot and where', () => {
  const dir = copyProject();
  writeFileSync(
    join(dir, 'data/zz_undefined_slot.yml'),
    'flows:\n  ask_pet_name:\n    description: Спросить кличку питомца\n    steps:\n      - collect: pet_name_not_in_domain\n',
  );
  const r = portier(['validate'], dir);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const line = r.stdout.split('\n').find((l) => l.includes('pet_name_not_in_domain'));
  assert.ok(line, r.stdout);
  assert.match(line, /^data\/zz_undefined_slot\.yml:5:\d+: error: /);
});

test('a link to a missing flow fails, naming the flow and where', () => {
  const dir = copyProject();
  writeFileSync(
    join(dir, 'data/zz_missing_link.yml'),
    'flows:\n  go_elsewhere:\n    description: Перейти в несуществующий сценарий\n    steps:\n      - link: flow_that_does_not_exist\n',
  );
  const r = portier(['validate'], dir);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const line = r.stdout.split('\n').find((l) => l.includes('flow_that_does_not_exist'));
  assert.ok(line, r.stdout);
  assert.match(line, /^data\/zz_missing_link\.yml:5:\d+: error: /);
});

test('--fail-on-warnings turns warnings into a non-zero exit', () => {
  const dir = copyProject();
  appendFileSync(join(dir, 'endpoints.yml'), '\nevent_broker:\n  type: pika\n');
  const plain = portier(['validate'], dir);
  assert.equal(plain.status, 0, plain.stdout + plain.stderr);
  assert.match(plain.stdout, /^endpoints\.yml:\d+:1: warning: event_broker is not supported/m);
  const strict = portier(['validate', '--fail-on-warnings'], dir);
  assert.equal(strict.status, 1);
});

test('values from .env reach ${VAR} in project files, and the real environment wins over .env', () => {
  const dir = copyProject();
  appendFileSync(join(dir, 'endpoints.yml'), '\naction_endpoint:\n  url: ${ACTIONS_URL}\n');
  writeFileSync(join(dir, '.env'), 'ACTIONS_URL=not a url\n');
  const fromDotenv = portier(['validate'], dir);
  assert.equal(fromDotenv.status, 1, fromDotenv.stdout);
  assert.match(fromDotenv.stdout, /^endpoints\.yml:\d+:\d+: error: action_endpoint\.url: /m);
  const fromEnv = portier(['validate'], dir, { ACTIONS_URL: 'http://localhost:5055/webhook' });
  assert.equal(fromEnv.status, 0, fromEnv.stdout);
});
