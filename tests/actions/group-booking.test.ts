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

function chat(sender: string, channel = 'rest') {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel, metadata: {} })).map((m) => m.text ?? '').join('\n');
}

describe('a group or an event', { timeout: 120_000 }, () => {
  it('on a call a group is offered reception; declined, the number is said', async () => {
    const say = chat('notes-6', 'twilio_media_streams');
    await say('/session_start');
    assert.match(await say('добрый день нам надо разместить участников тренинга человек сорок'), /оформляет администратор.*Соединить вас с ним\?/);
    assert.match(await say('нет не надо'), /555-01-48/);
  });

  // session 8, §7: a chat cannot be put through, so it is never offered — reception's number is the answer
  it('in a chat a group hears reception’s number, with no offer to connect', async () => {
    const say = chat('notes-7');
    const reply = await say('здравствуйте нам нужно заселить нашу команду двадцать пять человек');
    assert.match(reply, /оформляет администратор/);
    assert.match(reply, /555-01-48/);
    assert.doesNotMatch(reply, /Соединить/);
  });
});
