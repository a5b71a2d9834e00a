// Starts `portier run` as a real process (bin/portier.mjs) and finds its port from the startup log line.
import { type ChildProcess, spawn } from 'node:child_process';

export interface PortierProcess {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote so far (stdout and stderr). */
  output(): string;
  exited: Promise<number | null>;
}

/** `entry` is the script node runs: the portier command, or a test's own server built like it. */
export function startPortier(
  args: string[],
  env: Record<string, string | undefined>,
  timeoutMs = 120_000,
  entry = ['bin/portier.mjs'],
): Promise<PortierProcess> {
  const child = spawn(process.execPath, [...entry, ...args], { env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`portier did not start within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += String(chunk);
      const m = /"event":"server\.listening","port":(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${m[1]}`, output: () => out, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`portier exited with ${code}:\n${out}`));
    });
  });
}

export async function say(url: string, sender: string, message: string): Promise<string> {
  const res = await fetch(`${url}/webhooks/rest/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sender, message }),
  });
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { text?: string }[];
  return body.map((m) => m.text ?? '').join('\n');
}
