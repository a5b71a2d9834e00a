#!/usr/bin/env node
// Runs every tests/**/*.test.ts with node:test through tsx. Node 20 does not expand globs in --test.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, out) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const filter = process.argv.slice(2);
const files = collect('tests', [])
  .filter((f) => filter.length === 0 || filter.some((s) => f.includes(s)))
  .sort();
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, PORTIER_NOW: process.env.PORTIER_NOW ?? '2026-11-24T12:00:00+03:00', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
});
process.exit(res.status ?? 1);
