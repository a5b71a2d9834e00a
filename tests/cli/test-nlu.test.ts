import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { copyProject, portier } from './helpers.ts';

test('portier test-nlu reads the project named by --root, not the current folder', () => {
  const project = copyProject();
  const elsewhere = mkdtempSync(join(tmpdir(), 'portier-cwd-'));
  const r = portier(['test-nlu', '--root', project, '--folds', '2', '--json'], elsewhere);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const result = JSON.parse(r.stdout) as { examples: number; intentAccuracy: number };
  assert.ok(result.examples > 100, `only ${result.examples} examples read`);
  assert.ok(result.intentAccuracy > 0.5, `accuracy ${result.intentAccuracy}`);
});
