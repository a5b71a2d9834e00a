// The staff console: its three files are served with their types, and it only uses routes that exist.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import Fastify from 'fastify';
import { consoleRoutes } from '../../../src/server/routes/console.ts';

describe('web console', () => {
  it('serves the page, its script and its styles with their content types', async () => {
    const app = Fastify();
    await app.register(consoleRoutes());
    const page = await app.inject({ method: 'GET', url: '/console' });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    assert.match(page.body, /<script type="module" src="\/console\/console\.js">/);
    const script = await app.inject({ method: 'GET', url: '/console/console.js' });
    assert.match(String(script.headers['content-type']), /^text\/javascript/);
    const styles = await app.inject({ method: 'GET', url: '/console/console.css' });
    assert.match(String(styles.headers['content-type']), /^text\/css/);
    assert.equal((await app.inject({ method: 'GET', url: '/console/other.js' })).statusCode, 404);
    await app.close();
  });

  const scriptFile = new URL('../../../src/server/console/console.js', import.meta.url);
  const script = readFileSync(scriptFile, 'utf8');

  it('calls the hotel API with the bearer token and the REST channel, and keeps the token in this tab only', () => {
    for (const route of ['/api/status', '/api/availability/nights?from=', '/api/bookings?', '/api/bookings?from=', '/api/conversations?limit=', '/webhooks/rest/webhook', '/health']) {
      assert.ok(script.includes(route), route);
    }
    assert.match(script, /authorization: `Bearer \$\{token\(\)\}`/);
    assert.match(script, /\/api\/bookings\/\$\{encodeURIComponent\(b\.code\)\}\/cancel/);
    assert.match(script, /\/api\/conversations\/\$\{encodeURIComponent\(id\)\}\/transcript/);
    assert.match(script, /sessionStorage/);
    assert.doesNotMatch(script, /localStorage/);
  });

  it('is valid JavaScript, and every element it looks up is on the page', () => {
    execFileSync(process.execPath, ['--check', fileURLToPath(scriptFile)]);
    const page = readFileSync(new URL('../../../src/server/console/index.html', import.meta.url), 'utf8');
    const ids = [...script.matchAll(/\$\('([\w-]+)'\)/g)].map((m) => m[1]!);
    assert.ok(ids.length > 10);
    for (const id of new Set(ids)) assert.match(page, new RegExp(`id="${id}"`), id);
  });
});
