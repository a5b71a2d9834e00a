// Nothing but fillers («ээ», «ну это самое») is nothing asked (issue 12, kind 11): the fallback is «не совсем понятно»,
// never «с этим я помочь не смогу», which answers a request the assistant cannot do. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { booking, commands } from './fixture.ts';

test('fillers alone: not understood, in a booking or not; a request out of scope stays one', async () => {
  for (const said of ['ну это самое', 'мм ну', 'ээ ну вот']) {
    assert.deepEqual(await commands(said, booking('check_in_date')), [{ command: 'cannot handle' }], said);
    assert.deepEqual(await commands(said, booking('guest_name')), [{ command: 'cannot handle' }], said);
  }
  assert.deepEqual(await commands('купите мне билеты на балет'), [{ command: 'cannot handle', reason: 'cannot_handle_not_supported' }]);
});
