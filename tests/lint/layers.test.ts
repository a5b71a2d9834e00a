// The layer rules of biome.json (docs/architecture.md, "Layers") refuse an upward import: each case lints a
// probe file placed in a layer of a scratch copy of the project layout, with the project's own biome.json.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, test } from 'node:test';

const biome = resolve('node_modules/.bin/biome');
const work = mkdtempSync(join(tmpdir(), 'portier-layers-'));
after(() => rmSync(work, { recursive: true, force: true }));

function lint(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(work, 'case-'));
  copyFileSync('biome.json', join(dir, 'biome.json'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const run = spawnSync(biome, ['lint', '--max-diagnostics=50', 'src'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const importing = (specifier: string) => `import { thing } from '${specifier}';\nexport const probe = thing;\n`;

test('upward imports fail the lint, one diagnostic per crossing', () => {
  const { status, output } = lint({
    'src/engine/probe.ts': importing('../server/app.ts'),
    'src/engine/flows/probe.ts': importing('../../config/yaml.ts'),
    'src/understanding/nlu/probe.ts': importing('../../runtime/create-runtime.ts'),
    'src/runtime/probe.ts': importing('../channels/rest.ts'),
    'src/channels/probe.ts': importing('../server/http-errors.ts'),
    'src/stores/probe.ts': importing('../runtime/types.ts'),
  });
  assert.notEqual(status, 0, output);
  for (const file of [
    'src/engine/probe.ts',
    'src/engine/flows/probe.ts',
    'src/understanding/nlu/probe.ts',
    'src/runtime/probe.ts',
    'src/channels/probe.ts',
    'src/stores/probe.ts',
  ]) {
    assert.match(output, new RegExp(`${file.replace(/[/.]/g, '\\$&')}:1:\\d+ lint/style/noRestrictedImports`), output);
  }
  assert.match(output, /layering \(docs\/architecture\.md\): the engine is the core/);
});

test('the engine may not do I/O itself', () => {
  const { status, output } = lint({ 'src/engine/probe.ts': "import { createServer } from 'node:http';\nexport const probe = createServer;\n" });
  assert.notEqual(status, 0, output);
  assert.match(output, /the engine is pure/);
});

test('downward and neutral imports pass', () => {
  const { status, output } = lint({
    'src/server/probe.ts': importing('../runtime/create-runtime.ts'),
    'src/runtime/probe.ts': importing('../engine/message-processor.ts'),
    'src/understanding/probe.ts': importing('../engine/understanding.ts'),
    'src/channels/probe.ts': importing('../engine/messages.ts'),
    'src/engine/probe.ts': importing('./flows/types.ts'),
    'src/voice/probe.ts': importing('../logging/logger.ts'),
  });
  assert.equal(status, 0, output);
});
