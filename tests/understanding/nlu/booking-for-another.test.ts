// Set J kinds (booking flow): a booking made for another person — the one it is for comes alone (said in the third
// person), and at the name question the caller names that person and introduces herself beside it. Sentences
// written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractGuests } from '../../../src/understanding/lang-ru/guests.ts';
import { withoutCallerAside } from '../../../src/understanding/nlu/caller-aside.ts';
import { booking, commands, slots } from './fixture.ts';

test('the one the room is for, said to come alone in the third person, is one adult', async () => {
  assert.deepEqual(extractGuests('номер для тёщи нужен она заедет одна'), { adults: 1 });
  assert.deepEqual(extractGuests('отец поедет один', 'adults'), { adults: 1 });
  assert.deepEqual(extractGuests('директор наш будет сам'), { adults: 1 });
  // the caller's own party is counted as before
  assert.deepEqual(extractGuests('мы с сестрой а папа приедет один попозже'), { adults: 3 });
  // «одна ночь» is the stay, not the party
  assert.deepEqual(extractGuests('она на 1 ночь'), {});
  const asked = slots(await commands('сестра приедет одна', booking('adults'), { check_in_date: '2026-12-05', check_out_date: '2026-12-07' }));
  assert.deepEqual(asked, { adults: 1 });
});

test('at the name question, the guest named for another is the name; the caller introducing herself is set aside', async () => {
  const stay = { check_in_date: '2026-12-05', check_out_date: '2026-12-07', adults: 1, room_type: 'standard' };
  for (const [said, name] of [
    ['бронь на него гаврилов олег сергеевич а я его секретарь вера', 'Гаврилов Олег Сергеевич'],
    ['записывайте на моего шефа лебедева кирилла а я его референт даша', 'Лебедев Кирилл'],
    ['я его помощница лиза а оформите на него морозов денис', 'Морозов Денис'],
  ] as const) {
    const cs = await commands(said, booking('guest_name'), stay);
    assert.ok(!cs.some((c) => c.command === 'start flow'), said);
    assert.equal(slots(cs).guest_name, name, said);
  }
});

test('the caller who books for herself keeps her name', async () => {
  assert.equal(withoutCallerAside('запишите на меня я кузнецова ирина'), null);
  assert.equal(withoutCallerAside('меня зовут тимур ахмедов'), null);
  assert.equal(slots(await commands('меня зовут тимур ахмедов', booking('guest_name'))).guest_name, 'Тимур Ахмедов');
});

test('a party said as «на двоих», «на одного» beside the weekend is kept with the weekend’s nights', async () => {
  for (const [said, adults] of [
    ['нам бы номер на троих на эти выходные', 3],
    ['хочу снять комнату на одного на выходные', 1],
  ] as const)
    assert.equal(slots(await commands(said)).adults, adults, said);
  // a number of nights alone is still no party
  assert.equal(slots(await commands('дня на три', booking('check_out_date'), { check_in_date: '2026-12-05' })).adults, undefined);
});
