import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { domainPaths, loadProject } from '../../src/config/project.ts';

const repo = resolve(import.meta.dirname, '../..');

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portier-project-'));
  for (const entry of ['config.yml', 'endpoints.yml', 'credentials.example.yml', 'domain.yml', 'data']) {
    cpSync(join(repo, entry), join(dir, entry), { recursive: true });
  }
  return dir;
}

const at = (dir: string, file: string) => join(dir, file);

test('the shipped project loads: flows, domain, hotel, and files classified by their top-level key', async () => {
  const dir = copy();
  const p = await loadProject(dir, {});
  assert.deepEqual(
    p.problems.filter((x) => x.severity === 'error'),
    [],
  );
  assert.ok(p.flows.some((f) => f.id === 'book_room'));
  assert.ok('check_in_date' in p.domain.slots);
  assert.equal(p.hotel?.hotel.timezone, 'Europe/Moscow');
  assert.ok(p.files.flows.includes(at(dir, 'data/flows.yml')));
  assert.ok(p.files.nlu.includes(at(dir, 'data/nlu.yml')));
  assert.equal(p.files.hotel, at(dir, 'data/hotel.yml'));
  assert.ok(!p.files.flows.includes(p.files.hotel) && !p.files.nlu.includes(p.files.hotel));
  assert.deepEqual(p.files.domain, [at(dir, 'domain.yml')]);
});

test('stories and other keys in data files are warnings at their position', async () => {
  const dir = copy();
  writeFileSync(at(dir, 'data/stories.yml'), 'version: "3.1"\nstories:\n  - story: x\n    steps: []\n');
  const p = await loadProject(dir, {});
  const w = p.problems.find((x) => x.pos?.file === at(dir, 'data/stories.yml'));
  assert.equal(w?.severity, 'warning');
  assert.equal(w?.pos?.line, 2);
  assert.match(w?.message ?? '', /stories \(NLU-based dialogue\) are not supported/);
});

test('a domain/ folder is used when there is no domain.yml; neither is an error', async () => {
  const dir = copy();
  mkdirSync(at(dir, 'domain'));
  cpSync(at(dir, 'domain.yml'), at(dir, 'domain/hotel.yml'));
  rmSync(at(dir, 'domain.yml'));
  assert.deepEqual(domainPaths(dir), [at(dir, 'domain/hotel.yml')]);
  const ok = await loadProject(dir, {});
  assert.deepEqual(
    ok.problems.filter((x) => x.severity === 'error'),
    [],
  );
  rmSync(at(dir, 'domain'), { recursive: true });
  const bad = await loadProject(dir, {});
  assert.ok(bad.problems.some((x) => x.severity === 'error' && /no domain: expected domain\.yml or a domain\/ folder/.test(x.message)));
});

test('hotel data problems surface as project problems with positions', async () => {
  const dir = copy();
  writeFileSync(at(dir, 'data/hotel.yml'), 'hotel:\n  name: X\n');
  const p = await loadProject(dir, {});
  const e = p.problems.filter((x) => x.severity === 'error' && x.pos?.file === at(dir, 'data/hotel.yml'));
  assert.ok(e.length > 0);
  assert.equal(p.hotel, null);
});
