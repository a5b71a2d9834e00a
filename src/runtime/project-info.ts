// /status and /version facts: the package version and an id of the loaded assistant (a hash of its files).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export function packageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  const pkg = JSON.parse(readFileSync(url, 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** Changes whenever a file the assistant is built from changes; stable across restarts. */
export function assistantId(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    if (!existsSync(file)) continue;
    hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
