// Several rooms booked one after another (tkb kind 4): a bare count said at the room offer once this room's guests are
// known is the next room's party — never an overwrite of this room's — unless it is said as a correction.
// Sentences written for this test in the recogniser's style.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { booking, commands, slots } from './fixture.ts';

const offerOpen = { check_in_date: '2026-12-10', check_out_date: '2026-12-12', rooms_wanted: 2, adults: 3 };

test('a bare count at the offer of the first of several rooms is the next room’s party', async () => {
  for (const said of ['двое', 'ну там двое будет', 'а там будет один человек']) {
    const cs = await commands(said, booking('room_type'), offerOpen);
    assert.ok(
      cs.some((c) => c.command === 'start flow' && c.flow === 'next_room_party'),
      said,
    );
    assert.equal(slots(cs)['adults'], undefined, said);
  }
});

test('a correction, one room wanted, or the same count are read as before', async () => {
  assert.equal(slots(await commands('ой нет нас двое', booking('room_type'), offerOpen))['adults'], 2);
  const one = await commands('двое', booking('room_type'), { ...offerOpen, rooms_wanted: 1 });
  assert.ok(!one.some((c) => c.command === 'start flow' && c.flow === 'next_room_party'));
  const same = await commands('трое', booking('room_type'), offerOpen);
  assert.ok(!same.some((c) => c.command === 'start flow' && c.flow === 'next_room_party'));
});
