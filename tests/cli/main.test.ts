import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ProjectLoadError } from '../../src/config/errors.ts';
import { buildProgram, type CommandLoadError, describeFailure } from '../../src/cli/main.ts';
import { RuntimeEnvError } from '../../src/config/runtime-env.ts';
import { portier } from './helpers.ts';

test('every registered command has a description and --help', async () => {
  const failed: CommandLoadError[] = [];
  const program = await buildProgram(failed);
  assert.deepEqual(
    failed.map((f) => f.message),
    [],
  );
  const names = program.commands.map((c) => c.name());
  for (const required of ['validate', 'train', 'run', 'shell', 'test', 'test-nlu', 'call']) assert.ok(names.includes(required), names.join(','));
  for (const cmd of program.commands) {
    assert.ok(cmd.description().length > 10, `${cmd.name()} has a description`);
    assert.match(cmd.helpInformation(), new RegExp(`^Usage: portier ${cmd.name()}`));
  }
});

test('portier --help lists the commands and exits 0', () => {
  const r = portier(['--help'], mkdtempSync(join(tmpdir(), 'portier-help-')));
  assert.equal(r.status, 0);
  assert.match(r.stdout, /validate/);
  assert.match(r.stdout, /train/);
});

test('an unknown command is one error line and a non-zero exit', () => {
  const r = portier(['fly'], mkdtempSync(join(tmpdir(), 'portier-help-')));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^error: unknown command 'fly'/);
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('failures become one line per problem, never a stack trace', () => {
  const pos = { file: join(process.cwd(), 'data/flows.yml'), line: 3, col: 7 };
  assert.deepEqual(
    describeFailure(
      new ProjectLoadError([
        { severity: 'warning', pos, message: 'ignored' },
        { severity: 'error', pos, message: 'flow "x": link to unknown flow "y"' },
        { severity: 'error', message: 'no domain' },
      ]),
    ),
    ['data/flows.yml:3:7: error: flow "x": link to unknown flow "y"', 'error: no domain'],
  );
  assert.deepEqual(describeFailure(new RuntimeEnvError([{ severity: 'error', message: 'environment variable PORT: bad' }])), [
    'error: environment variable PORT: bad',
  ]);
  assert.deepEqual(describeFailure(new Error('first line\nsecond line')), ['error: first line']);
});

test('only the requested command module is loaded; help and unknown commands load all', async () => {
  const { COMMAND_MODULES, modulesFor } = await import('../../src/cli/main.ts');
  assert.deepEqual(modulesFor(['validate', '--root', 'x']), ['validate']);
  assert.deepEqual(modulesFor(['test-nlu']), ['test-nlu']);
  assert.deepEqual(modulesFor(['run', 'actions']), ['run', 'run-actions']);
  for (const argv of [['--help'], [], ['fly'], ['help', 'train']]) assert.deepEqual(modulesFor(argv), COMMAND_MODULES);
});

test('a reader that closes the pipe early («portier models list | head -0») ends the command quietly, with no stack trace', async () => {
  const { spawn } = await import('node:child_process');
  const { REPO } = await import('./helpers.ts');
  const child = spawn(process.execPath, [join(REPO, 'bin/portier.mjs'), 'models', 'list'], {
    cwd: mkdtempSync(join(tmpdir(), 'portier-epipe-')),
    env: { ...process.env, PORTIER_DATA_DIR: mkdtempSync(join(tmpdir(), 'portier-epipe-data-')), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Closed before the command writes a line: its first write meets a broken pipe.
  child.stdout.destroy();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(code, 0);
});
