import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { pino } from 'pino';
import { prettyStream, wantsPrettyLogs } from '../../src/logging/logger.ts';

test('readable lines on a terminal, JSON on a pipe, and LOG_FORMAT overrides both', () => {
  assert.equal(wantsPrettyLogs({}, true), true);
  assert.equal(wantsPrettyLogs({}, false), false);
  assert.equal(wantsPrettyLogs({ LOG_FORMAT: 'json' }, true), false);
  assert.equal(wantsPrettyLogs({ LOG_FORMAT: 'pretty' }, false), true);
});

test('a readable line holds time, level, event, conversation and message, without the JSON noise', () => {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const logger = pino({ base: { service: 'portier' } }, prettyStream(out, false));
  logger.info({ event: 'turn.done', senderId: 'guest-7', latencyMs: 4 }, 'turn handled');
  const line = text.trim();
  assert.match(line, /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: turn\.done \[guest-7\] turn handled \{"latencyMs":4\}$/);
  assert.doesNotMatch(line, /"service"|"pid"|"hostname"/);
});
