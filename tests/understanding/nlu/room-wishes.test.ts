// Wishes for the room said while booking (issue 12, A6): noted in room_wishes whichever question is open, with the
// answer said beside them kept; asked about outright, also answered; at the summary, a correction that has the
// summary read again. Sentences written for this test in the recogniser's style; none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands, slots } from './fixture.ts';

const stay = { check_in_date: '2027-01-15', check_out_date: '2027-01-17', room_wishes: 'нет' };
const at = (requestedSlot: string, bot: string) => ({ activeFlow: 'book_room', requestedSlot, history: [{ role: 'bot' as const, text: bot }] });

test('a wish at any step is noted, with the answer said beside it', async () => {
  const asName = await commands('ой и кровати нам нужны отдельные', at('guest_name', 'Назовите имя и фамилию.'), { ...stay, adults: 2, room_type: 'standard' });
  assert.deepEqual(slots(asName), { room_wishes: 'две раздельные кровати' });
  const withParty = await commands('нас трое и бабушка на коляске', at('adults', 'Сколько вас будет?'), stay);
  assert.equal(slots(withParty)['adults'], 3);
  assert.equal(slots(withParty)['room_wishes'], 'номер для гостя на коляске');
  // in the request that starts the booking
  const opening = await commands('здравствуйте мне стандарт с пятнадцатого по семнадцатое января на двоих чтобы две кровати отдельно', {});
  assert.equal(slots(opening)['room_wishes'], 'две раздельные кровати');
  assert.equal(slots(opening)['room_type'], 'standard');
});

test('wishes add up and are taken back', async () => {
  const more = await commands('и этаж желательно повыше', at('guest_phone', 'Ваш телефон?'), { ...stay, room_wishes: 'детская кроватка' });
  assert.deepEqual(slots(more), { room_wishes: 'детская кроватка; этаж повыше' });
  const off = await commands('нет кроватка все-таки не нужна', at('guest_phone', 'Ваш телефон?'), { ...stay, room_wishes: 'детская кроватка; этаж повыше' });
  assert.deepEqual(slots(off), { room_wishes: 'этаж повыше' });
});

test('a wish asked about outright is answered too; a polite one only noted', async () => {
  const asked = await commands('а есть ли у вас номера для колясочников', at('guest_name', 'Назовите имя и фамилию.'), { ...stay, adults: 2 });
  assert.equal(slots(asked)['room_wishes'], 'номер для гостя на коляске');
  assert.ok(asked.some((c) => c.command === 'knowledge'));
  const polite = await commands('если можно номер потише', at('guest_name', 'Назовите имя и фамилию.'), { ...stay, adults: 2 });
  assert.deepEqual(polite, [{ command: 'set slot', name: 'room_wishes', value: 'тихий номер', extractor: 'LLM' }]);
});

test('at the summary a wish is a change to it, not a yes', async () => {
  const summary = at('booking_confirmation', 'Давайте проверим: номер «Стандарт», … Всё верно?');
  const said = await commands('да только поставьте пожалуйста детскую кроватку', summary, { ...stay, adults: 2, guest_name: 'Олег Морозов' });
  assert.deepEqual(slots(said), { room_wishes: 'детская кроватка' });
});

test('nothing of the kind sets no wish', async () => {
  for (const t of ['двое взрослых', 'два номера пожалуйста', 'с пятнадцатого по семнадцатое']) {
    assert.equal(slots(await commands(t, at('adults', 'Сколько вас будет?'), stay))['room_wishes'], undefined, t);
  }
});

test('a wish asked what it costs is answered as well as noted (session 8, §11)', async () => {
  for (const q of ['а кроватка детская бесплатно', 'и кроватку для малыша за нее доплачивать надо']) {
    const said = await commands(q, at('room_type', 'Какой номер выберете?'), { ...stay, adults: 2 });
    assert.equal(slots(said)['room_wishes'], 'детская кроватка', q);
    assert.ok(
      said.some((c) => c.command === 'knowledge'),
      q,
    );
  }
});
