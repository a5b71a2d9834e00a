// A fresh Portier server for one evaluation run: its own temporary data folder (empty hotel system and
// conversations), the clock pinned to the acceptance date, a random /api token and a free port, offline
// understanding only (no OpenAI key), exactly as the acceptance conversations expect.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ACCEPTANCE_NOW = '2026-11-24T12:00:00+03:00';

export interface FreshServer {
  url: string;
  token: string;
  /** The server's own log, for a run that went wrong. */
  logFile: string;
  stop(): Promise<void>;
}

export class ServerStartError extends Error {}

/** A port the system has just handed out, so nobody is listening on it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })).ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts `portier run` from the project folder `root` and waits until /health answers (training first if needed). */
export async function startFreshServer(root: string, { timeoutMs = 180_000 } = {}): Promise<FreshServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'portier-eval-'));
  const logFile = join(dataDir, 'server.log');
  const token = `eval-${randomBytes(12).toString('hex')}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [join(root, 'bin/portier.mjs'), 'run', '--port', String(port), '--interface', '127.0.0.1', '--root', root], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      PORTIER_NOW: ACCEPTANCE_NOW,
      PORTIER_DATA_DIR: dataDir,
      PORTIER_API_TOKEN: token,
      OPENAI_API_KEY: '',
      PORTIER_LLM: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await healthy(url)) return { url, token, logFile, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
  const tail = readFileSync(logFile, 'utf8').split('\n').slice(-20).join('\n');
  await stop();
  throw new ServerStartError(`the server did not become healthy on ${url}${child.exitCode !== null ? ` (exited with ${child.exitCode})` : ''}:\n${tail}`);
}
