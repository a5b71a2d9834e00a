// Tester kind (session 8, §7): rudeness in any form of the word («тупые», «дураки») starts the complaint — an apology
// first — and is never answered by a fact a word of it meets («звоню» → the phone). Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complains } from '../../../src/understanding/nlu/off-path.ts';
import { commands } from './fixture.ts';

test('rude words in the plural or in another case are rudeness', async () => {
  for (const said of [
    'вы там что все тупые я вам пятый раз звоню',
    'ну вы и дураки честное слово',
    'какие-то тупорылые у вас порядки',
    'одни дуры на телефоне сидят',
  ]) {
    assert.ok(complains(said), said);
    const cs = await commands(`алло ${said}`);
    assert.deepEqual(cs[0], { command: 'start flow', flow: 'complaint' }, said);
    assert.ok(!cs.some((c) => c.command === 'knowledge'), said);
  }
});
