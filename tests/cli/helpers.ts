// Temp copies of the shipped project and a way to run the real CLI on them.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
const BIN = join(REPO, 'bin/portier.mjs');

const PROJECT_ENTRIES = ['config.yml', 'endpoints.yml', 'credentials.example.yml', 'domain.yml', 'domain', 'data'];

/** A fresh copy of the project files (config, endpoints, credentials example, domain, data). */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portier-cli-'));
  for (const entry of PROJECT_ENTRIES) {
    const from = join(REPO, entry);
    if (existsSync(from)) cpSync(from, join(dir, entry), { recursive: true });
  }
  return dir;
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function portier(args: string[], cwd: string, env: Record<string, string> = {}): CliResult {
  const res = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, OPENAI_API_KEY: '', LOG_LEVEL: 'silent', ...env },
    timeout: 180_000,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}
