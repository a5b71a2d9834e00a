// A smaller run of bench/fuzz-routes.ts: hostile bodies against every public route, on SQLite and PostgreSQL,
// give no 5xx and the server stays up. Against main (8c9667e) PostgreSQL answered 500 to NUL characters and lone
// surrogates, and malformed tracker events were 500 on both.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fuzzRoutes } from '../../bench/fuzz-routes.ts';
import { postgresMissing } from '../helpers/services.ts';
import { securityServer } from './harness.ts';

const pgMissing = await postgresMissing();

describe('fuzz: hostile bodies against every public route', () => {
  for (const store of ['sqlite', 'postgres'] as const) {
    it(`${store}: no 5xx, the server stays up`, { skip: store === 'postgres' ? (pgMissing ?? false) : false }, async () => {
      const server = await securityServer({ store, env: { PORTIER_TWILIO_ALLOW_UNSIGNED: '1' } });
      try {
        const result = await fuzzRoutes(server.url, { api: server.apiToken, rasa: server.authToken }, 25, 7);
        assert.deepEqual(result.serverErrors, []);
        assert.ok(result.aliveAfter);
        assert.ok(result.requests >= 25 * 16);
      } finally {
        await server.close();
      }
    });
  }
});
