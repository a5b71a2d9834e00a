// Issue 12, the group kind, through the whole assistant: a group's organiser is offered reception, and declined, hears
// its number. Sentences written for this test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('room-notes');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function chat(sender: string) {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel: 'rest', metadata: {} })).map((m) => m.text ?? '').join('\n');
}

describe('a group or an event', { timeout: 120_000 }, () => {
  it('a group is offered reception; declined, the number is said', async () => {
    const say = chat('notes-6');
    assert.match(await say('добрый день нам надо разместить участников тренинга человек сорок'), /оформляет администратор.*Соединить вас с ним\?/);
    assert.match(await say('нет не надо'), /555-01-48/);
  });
});
