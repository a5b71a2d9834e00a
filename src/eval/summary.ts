// The closing lines of an evaluation run, in the graders' checker's words.
import type { CaseResult } from './play.ts';

export function summarise(results: readonly CaseResult[]): { passed: number; lines: string[] } {
  const lines: string[] = [];
  const passed = results.filter((r) => r.ok).length;
  const times = results.flatMap((r) => r.ms).sort((a, b) => a - b);
  if (times.length) {
    const at = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(1);
    lines.push(`turn latency ms: p50 ${at(0.5)}, p95 ${at(0.95)}, max ${(times.at(-1) ?? 0).toFixed(1)} over ${times.length} turns`);
  }
  const turns = results.filter((r) => r.ok && r.turns > 1).map((r) => r.turns);
  if (turns.length) lines.push(`mean turns for passed dialogues: ${(turns.reduce((a, b) => a + b, 0) / turns.length).toFixed(2)}`);
  lines.push(`${passed} passed, ${results.length - passed} failed`);
  return { passed, lines };
}
