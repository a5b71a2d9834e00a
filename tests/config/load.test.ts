// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings under test are ${VAR} references
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { loadProjectConfig } from '../../src/config/load.ts';

const repo = resolve(import.meta.dirname, '../..');

function project(files: Record<string, string>, copy: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'portier-config-'));
  for (const name of copy) copyFileSync(join(repo, name), join(root, name));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  return root;
}

const errorsOf = (r: ReturnType<typeof loadProjectConfig>) => r.problems.filter((p) => p.severity === 'error');

test('the shipped config.yml, endpoints.yml and credentials.example.yml load without problems', () => {
  const root = project({}, ['config.yml', 'endpoints.yml', 'credentials.example.yml']);
  const r = loadProjectConfig(root, { OPENAI_API_KEY: 'sk-test' });
  assert.deepEqual(r.problems, []);
  assert.equal(r.config.language, 'ru');
  assert.deepEqual(
    r.config.pipeline.map((c) => c.name),
    ['PortierRussianNLU', 'NLUCommandAdapter', 'CompactLLMCommandGenerator'],
  );
  assert.equal(r.config.portier.understanding, 'auto');
  assert.equal(r.endpoints.model_groups[0]?.models[0]?.api_key, 'sk-test');
  assert.equal(r.endpoints.model_groups[0]?.models[0]?.model, 'gpt-4');
  assert.equal(r.endpoints.action_endpoint, null);
  assert.deepEqual(r.endpoints.tracker_store, { type: 'sql', dialect: 'sqlite', db: join(root, '.portier', 'tracker.db') });
  assert.equal(r.credentials.twilio_media_streams?.tts?.voice, 'ru-RU-SvetlanaNeural');
  assert.equal(r.credentials.twilio_media_streams?.server_url, undefined);
  assert.ok(r.unsetVariables.some((u) => u.name === 'PORTIER_SERVER_URL'));
  assert.deepEqual(r.credentials.rest, {});
  assert.equal(r.files.credentials, join(root, 'credentials.example.yml'));
});

test('no files at all: defaults apply and nothing is reported', () => {
  const root = project({});
  const r = loadProjectConfig(root, { PORTIER_DATA_DIR: '/tmp/pd' });
  assert.deepEqual(r.problems, []);
  assert.equal(r.config.recipe, 'default.v1');
  assert.equal(r.config.pipeline[0]?.name, 'PortierRussianNLU');
  assert.deepEqual(r.config.policies, [{ name: 'FlowPolicy' }]);
  assert.equal(r.endpoints.tracker_store.db, '/tmp/pd/tracker.db');
  assert.deepEqual(r.credentials, { rest: {} });
});

test('unknown keys are warnings at their position, and the rest still loads', () => {
  const root = project({
    'config.yml': 'language: ru\npipelines: []\npipeline:\n  - name: CompactLLMCommandGenerator\n    llm: {model_group: openai_llm}\n    temprature: 0.2\n',
    'endpoints.yml': 'tracker_store:\n  type: redis\n  url: localhost\n  colour: red\n',
  });
  const r = loadProjectConfig(root, {});
  assert.deepEqual(errorsOf(r), []);
  const warnings = r.problems.map((p) => `${p.pos?.file.slice(root.length + 1)}:${p.pos?.line}:${p.pos?.col} ${p.message}`);
  assert.deepEqual(warnings.sort(), [
    'config.yml:2:1 unknown key "pipelines" is ignored',
    'config.yml:6:5 pipeline[0]: unknown key "temprature" is ignored',
    'endpoints.yml:4:3 tracker_store: unknown key "colour" is ignored',
  ]);
  assert.equal(r.endpoints.tracker_store.type, 'redis');
  assert.equal(r.config.pipeline[0]?.name, 'CompactLLMCommandGenerator');
});

test('wrong values are errors naming file:line:col and what was expected', () => {
  const root = project({
    'config.yml':
      'recipe: graph.v1\npipeline:\n  - name: CompactLLMCommandGenerator\n    llm: {model_group: missing_group}\n    user_input: {max_characters: many}\n',
    'endpoints.yml': 'tracker_store:\n  type: mongod\nlock_store:\n  type: redis\n  port: 63x9\n',
    'credentials.yml': 'twilio_media_streams:\n  server_url: ${PUBLIC_HOST}\n  asr:\n    name: ${ASR_NAME}\n  tts: {voice: x}\n',
  });
  const r = loadProjectConfig(root, {});
  const lines = errorsOf(r).map((p) => `${p.pos?.file.slice(root.length + 1)}:${p.pos?.line}:${p.pos?.col} ${p.message}`);
  assert.ok(lines.includes('config.yml:1:9 recipe: recipe must be "default.v1" (the only recipe CALM assistants use)'), lines.join('\n'));
  assert.ok(
    lines.some((l) => l.startsWith('config.yml:5:34 pipeline[0].user_input.max_characters: ') && /number/.test(l)),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.startsWith('endpoints.yml:2:9 tracker_store.type: store type "mongod" is not supported')),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((l) => l.startsWith('endpoints.yml:5:9 lock_store.port: ') && !/missing/.test(l)),
    lines.join('\n'),
  );
  assert.ok(lines.includes('credentials.yml:4:11 twilio_media_streams.asr.name: required string is missing (${ASR_NAME} is not set)'), lines.join('\n'));
  assert.ok(
    lines.some((l) => l.startsWith('credentials.yml:5:8 twilio_media_streams.tts.name: required string is missing')),
    lines.join('\n'),
  );
  assert.ok(!lines.some((l) => l.includes('server_url')), 'server_url is optional');
});

test('an LLM generator naming an undefined model group is an error', () => {
  const root = project({
    'config.yml': 'pipeline:\n  - name: CompactLLMCommandGenerator\n    llm:\n      model_group: gpt_group\n',
    'endpoints.yml': 'model_groups:\n  - id: openai_llm\n    models: [{provider: openai, model: gpt-4}]\n',
  });
  const lines = errorsOf(loadProjectConfig(root, {})).map((p) => `${p.pos?.line}:${p.pos?.col} ${p.message}`);
  assert.deepEqual(lines, ['4:20 model_group "gpt_group" is not defined in endpoints.yml model_groups']);
});

test('Rasa NLU components and policies Portier replaces are reported as warnings, not errors', () => {
  const root = project({
    'config.yml':
      'pipeline:\n  - name: WhitespaceTokenizer\n  - name: LLMBasedRouter\n  - name: NLUCommandAdapter\npolicies:\n  - name: RulePolicy\n  - name: FlowPolicy\n',
  });
  const r = loadProjectConfig(root, {});
  assert.deepEqual(errorsOf(r), []);
  assert.equal(r.problems.length, 3);
  assert.deepEqual(r.config.pipeline, [{ name: 'NLUCommandAdapter' }]);
  assert.deepEqual(r.config.policies, [{ name: 'FlowPolicy' }]);
});

test('a YAML syntax error is reported with its position and defaults are used', () => {
  const root = project({ 'endpoints.yml': 'tracker_store:\n  type: sql\n   dialect: sqlite\n' });
  const r = loadProjectConfig(root, {});
  const e = errorsOf(r);
  assert.ok(e.length >= 1);
  assert.equal(e[0]?.pos?.file, join(root, 'endpoints.yml'));
  assert.equal(e[0]?.pos?.line, 2);
  assert.equal(e[0]?.message, 'Nested mappings are not allowed in compact mappings');
  assert.deepEqual(r.endpoints.lock_store, { type: 'in_memory' });
});

test('string numbers from environment variables are accepted where numbers are expected', () => {
  const root = project({
    'endpoints.yml': 'lock_store:\n  type: redis\n  port: ${REDIS_PORT:-6379}\ninteraction_handling:\n  global_silence_timeout: ${SILENCE}\n',
  });
  const r = loadProjectConfig(root, { SILENCE: '5' });
  assert.deepEqual(r.problems, []);
  assert.equal(r.endpoints.lock_store.port, 6379);
  assert.equal(r.endpoints.interaction_handling.global_silence_timeout, 5);
});

test('understanding forced to llm without an LLM generator is an error at portier.understanding', () => {
  const root = project({ 'config.yml': 'pipeline:\n  - name: NLUCommandAdapter\nportier:\n  understanding: llm\n' });
  const lines = errorsOf(loadProjectConfig(root, {})).map((p) => `${p.pos?.line}:${p.pos?.col} ${p.message}`);
  assert.deepEqual(lines, ['4:18 portier.understanding is "llm" but the pipeline has no LLM command generator (e.g. CompactLLMCommandGenerator)']);
});
