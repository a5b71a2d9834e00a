// The staff console's files: served with their types, valid modules that import only files that exist, and no
// inline script or style anywhere (a strict Content-Security-Policy must hold).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Fastify from 'fastify';
import { consoleRoutes } from '../../../src/server/routes/console.ts';

const DIR = new URL('../../../src/server/console/', import.meta.url);
const files = readdirSync(DIR);
const scripts = files.filter((f) => f.endsWith('.js'));

describe('web console files', () => {
  it('serves the page, each module and the styles with their content types', async () => {
    const app = Fastify();
    await app.register(consoleRoutes());
    const page = await app.inject({ method: 'GET', url: '/console' });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(page.body, /<script type="module" src="\/console\/app\.js"><\/script>/);
    for (const name of scripts) {
      const script = await app.inject({ method: 'GET', url: `/console/${name}` });
      assert.equal(script.statusCode, 200, name);
      assert.match(String(script.headers['content-type']), /^text\/javascript/);
    }
    const styles = await app.inject({ method: 'GET', url: '/console/console.css' });
    assert.match(String(styles.headers['content-type']), /^text\/css/);
    assert.equal((await app.inject({ method: 'GET', url: '/console/other.js' })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: '/console/../package.json' })).statusCode, 404);
    await app.close();
  });

  it('has valid modules whose imports all exist', () => {
    assert.ok(scripts.length >= 6);
    for (const name of scripts) {
      const path = fileURLToPath(new URL(name, DIR));
      execFileSync(process.execPath, ['--check', path]);
      const source = readFileSync(path, 'utf8');
      for (const m of source.matchAll(/(?:from|import\()\s*'\.\/([\w-]+\.js)'/g)) assert.ok(files.includes(m[1]!), `${name} imports ${m[1]}`);
    }
  });

  it('writes no inline script, inline style or HTML string', () => {
    const page = readFileSync(new URL('index.html', DIR), 'utf8');
    assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>/);
    assert.doesNotMatch(page, /\sstyle=|\son[a-z]+=/);
    for (const name of scripts) {
      const source = readFileSync(new URL(name, DIR), 'utf8');
      assert.doesNotMatch(source, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\.style\.|setAttribute\('style'|eval\(|new Function/, name);
    }
  });
});
