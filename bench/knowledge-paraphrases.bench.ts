// How many hotel facts are answered with the right fact when asked in words nobody wrote before: every fact of
// data/hotel.yml asked three ways, and the question-side kinds of issue 12 (bench/knowledge-paraphrases-cases.ts).
// Each question opens its own conversation on a server (a fresh one, or --url), as a caller's first sentence.
// usage: npm run bench -- knowledge-paraphrases [-- --url http://127.0.0.1:5301 --token T] [--verbose]
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EvalClient } from '../src/eval/client.ts';
import { type FreshServer, startFreshServer } from '../src/eval/fresh-server.ts';
import { FACT_CASES, FACT_CASES_AFTER, type FactCase, KIND_CASES } from './knowledge-paraphrases-cases.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const verbose = process.argv.includes('--verbose');
const url = arg('--url');
let server: FreshServer | undefined;
if (!url) server = await startFreshServer(root);
const client = new EvalClient(url ?? server!.url, url ? (arg('--token') ?? process.env.PORTIER_API_TOKEN ?? '') : server!.token);
const run = Math.random().toString(36).slice(2, 8);

async function play(cases: FactCase[], label: (c: FactCase) => string): Promise<Map<string, [number, number]>> {
  const by = new Map<string, [number, number]>();
  let i = 0;
  for (const k of cases) {
    const { text } = await client.say(`kp-${run}-${i++}`, k.say);
    const ok = k.expect.test(text) && !(k.not?.test(text) ?? false);
    const key = label(k);
    const [good, all] = by.get(key) ?? [0, 0];
    by.set(key, [good + (ok ? 1 : 0), all + 1]);
    if (!ok || verbose) console.log(`${ok ? 'ok  ' : 'MISS'} [${key}] ${k.say}\n       < ${text.replace(/\n/g, ' / ')}`);
  }
  return by;
}

try {
  const facts = await play(FACT_CASES, (c) => c.fact);
  const after = await play(FACT_CASES_AFTER, (c) => c.fact);
  const kinds = await play(KIND_CASES, (c) => (c as (typeof KIND_CASES)[number]).kind);
  const total = (m: Map<string, [number, number]>) => [...m.values()].reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
  const [fg, fa] = total(facts);
  console.log(`\nfacts asked three new ways: ${fg}/${fa} answered with the right fact (${((100 * fg) / fa).toFixed(1)}%)`);
  const weak = [...facts].filter(([, [g, a]]) => g < a).map(([f, [g, a]]) => `${f} ${g}/${a}`);
  if (weak.length) console.log(`  facts missed at least once: ${weak.join(', ')}`);
  const [ag, aa] = total(after);
  console.log(`facts asked three more ways, written after the changes: ${ag}/${aa} (${((100 * ag) / aa).toFixed(1)}%)`);
  const weakAfter = [...after].filter(([, [g, a]]) => g < a).map(([f, [g, a]]) => `${f} ${g}/${a}`);
  if (weakAfter.length) console.log(`  missed at least once: ${weakAfter.join(', ')}`);
  for (const [k, [g, a]] of [...kinds].sort()) console.log(`kind ${k}: ${g}/${a}`);
  const [kg, ka] = total(kinds);
  console.log(`kinds F–I together: ${kg}/${ka} (${((100 * kg) / ka).toFixed(1)}%)`);
} finally {
  await server?.stop();
}
