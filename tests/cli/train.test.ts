import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectEnv } from '../../src/config/env.ts';
import { ensureTrainedModel } from '../../src/model/train.ts';
import { copyProject, portier } from './helpers.ts';

const models = (dir: string) =>
  readdirSync(join(dir, 'models'))
    .filter((n) => n.endsWith('.json'))
    .sort();

test('portier train writes a fingerprinted model, and says so when nothing changed', () => {
  const dir = copyProject();
  const first = portier(['train'], dir);
  assert.equal(first.status, 0, first.stdout + first.stderr);
  const [name] = models(dir);
  assert.match(name ?? '', /^\d{8}-\d{6}-[0-9a-f]{12}\.json$/);
  const model = JSON.parse(readFileSync(join(dir, 'models', name ?? ''), 'utf8'));
  assert.match(model.fingerprint, /^[0-9a-f]{64}$/);
  assert.equal(name?.slice(16, 28), model.fingerprint.slice(0, 12));
  assert.ok(model.flows.some((f: { id: string }) => f.id === 'book_room'));
  assert.ok('check_in_date' in model.domain.slots);
  assert.ok(model.inputs.some((i: { path: string }) => i.path === 'data/flows.yml'));
  assert.equal(model.nlu.format, 'portier-nlu/1');
  assert.match(first.stdout, /NLU included/);
  assert.match(first.stderr, /\d\/\d/, 'progress is shown on a non-TTY too');

  const again = portier(['train'], dir);
  assert.equal(again.status, 0);
  assert.match(again.stdout, /Nothing changed/);
  assert.equal(models(dir).length, 1);
});

test('portier train refuses a broken project with one line per problem and no model', () => {
  const dir = copyProject();
  writeFileSync(join(dir, 'data/zz_bad.yml'), 'flows:\n  bad:\n    description: x\n    steps:\n      - link: no_such_flow_here\n');
  const r = portier(['train', '--no-progress'], dir);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^data\/zz_bad\.yml:5:\d+: error: .*no_such_flow_here/m);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
  assert.equal(existsSync(join(dir, 'models')), false);
});

test('ensureTrainedModel trains when missing, reuses when current, retrains when stale', async () => {
  const dir = copyProject();
  const lines: string[] = [];
  const a = await ensureTrainedModel(dir, (l) => lines.push(l), projectEnv(dir, process.env));
  assert.ok(
    lines.some((l) => /^No trained model in .*models\/; training one now\.$/.test(l)),
    lines.join('\n'),
  );
  lines.length = 0;
  const b = await ensureTrainedModel(dir, (l) => lines.push(l), projectEnv(dir, process.env));
  assert.equal(b.fingerprint, a.fingerprint);
  assert.equal(lines.length, 0, lines.join('\n'));
  appendFileSync(join(dir, 'domain.yml'), '\n# edited\n');
  const c = await ensureTrainedModel(dir, (l) => lines.push(l), projectEnv(dir, process.env));
  assert.notEqual(c.fingerprint, a.fingerprint);
  assert.ok(
    lines.some((l) => /is out of date \(changed: domain\.yml\); training a new one\.$/.test(l)),
    lines.join('\n'),
  );
});

test('an unreadable model file is skipped, never fatal', async () => {
  const dir = copyProject();
  const lines: string[] = [];
  await ensureTrainedModel(dir, (l) => lines.push(l), projectEnv(dir, process.env));
  writeFileSync(join(dir, 'models', '29991231-235959-000000000000.json'), '{ not json');
  lines.length = 0;
  const m = await ensureTrainedModel(dir, (l) => lines.push(l), projectEnv(dir, process.env));
  assert.ok(m.flows.length > 0);
  assert.ok(
    lines.some((l) => l.startsWith('skipping ') && l.includes('29991231')),
    lines.join('\n'),
  );
});
