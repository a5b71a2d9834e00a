// `npm run eval`: plays the acceptance conversations (eval/*.mjs by default) against a fresh server started for
// this run, or against --url, and prints each case, the turn latency and «N passed, M failed».
// usage: npm run eval -- [--only ID] [--verbose] [--url URL --token TOKEN] [--min-pass 0.9] [CASES.mjs ...]
import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { loadCases } from '../src/eval/cases.ts';
import { EvalClient } from '../src/eval/client.ts';
import { type FreshServer, startFreshServer } from '../src/eval/fresh-server.ts';
import { type CaseResult, playCase } from '../src/eval/play.ts';
import { summarise } from '../src/eval/summary.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

const program = new Command('eval')
  .description('Play the acceptance conversations against a fresh server (or --url) and report N passed, M failed')
  .argument('[cases...]', 'case files (default: every eval/*.mjs)')
  .option('--only <id>', 'play only the case with this id')
  .option('--verbose', 'print every conversation, not only the failed ones')
  .option('--url <url>', 'use a running server instead of starting a fresh one')
  .option('--token <token>', 'bearer token of that server’s /api', process.env.PORTIER_API_TOKEN ?? '')
  .option('--min-pass <share>', 'exit 0 when at least this share of cases passed', '1')
  .parse();

const flags = program.opts<{ only?: string; verbose?: boolean; url?: string; token: string; minPass: string }>();
const files = program.args.length
  ? program.args
  : readdirSync(join(root, 'eval'))
      .filter((f) => f.endsWith('.mjs'))
      .sort()
      .map((f) => join(root, 'eval', f));

const all = await loadCases(files);
const cases = flags.only ? all.filter((c) => c.id === flags.only) : all;
if (cases.length === 0) {
  console.error(flags.only ? `no case has the id ${flags.only}` : 'no cases to play');
  process.exit(2);
}

let server: FreshServer | undefined;
if (!flags.url) {
  process.stderr.write(`starting a fresh server for ${cases.length} cases from ${files.map((f) => relative(process.cwd(), f)).join(', ')}…\n`);
  server = await startFreshServer(root);
}
const client = new EvalClient(flags.url ?? server!.url, flags.url ? flags.token : server!.token);
const run = Math.random().toString(36).slice(2, 8);
const results: CaseResult[] = [];
try {
  for (const c of cases) {
    const r = await playCase(client, c, run);
    results.push(r);
    console.log(`${r.ok ? 'PASS' : 'FAIL'} ${r.id}${r.ok ? ` (${r.turns} turns)` : `: ${r.why}`}`);
    if (!r.ok || flags.verbose) for (const [who, text] of r.log) console.log(`    ${who === 'user' ? '>' : '<'} ${text.replace(/\n/g, ' / ')}`);
  }
} finally {
  await server?.stop();
}
const summary = summarise(results);
for (const line of summary.lines) console.log(line);
process.exit(summary.passed >= Number(flags.minPass) * results.length ? 0 : 1);
