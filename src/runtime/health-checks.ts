// Readiness: every probe (tracker store, lock store, hotel system, action server) run at once, each given three
// seconds, so one hung dependency is reported as such instead of hanging /health.
import { redactText } from '../logging/redact.ts';
import type { HealthReport } from './types.ts';

const PROBE_TIMEOUT_MS = 3000;

/** Each probe's outcome by name, with its kind where known; an error's text is redacted. */
export async function runHealthChecks(probes: Record<string, () => Promise<void>>, kinds: Record<string, string>): Promise<HealthReport['checks']> {
  const checks: HealthReport['checks'] = {};
  await Promise.all(
    Object.entries(probes).map(async ([name, probe]) => {
      try {
        await withTimeout(probe(), PROBE_TIMEOUT_MS);
        checks[name] = { ok: true, ...(kinds[name] ? { kind: kinds[name] } : {}) };
      } catch (error) {
        checks[name] = { ok: false, ...(kinds[name] ? { kind: kinds[name] } : {}), error: redactText((error as Error).message) };
      }
    }),
  );
  return checks;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
