// The stay said in pieces (issue 12, A1 and A2): a check-in corrected by its day alone keeps its month, also when the
// check-out is the question open; a length said before the first day is kept until the day comes, and ends the stay.
// Sentences written for this test in the recogniser's style; none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commands, slots } from './fixture.ts';

const asking = (requestedSlot: string, bot: string) => ({ activeFlow: 'book_room', requestedSlot, history: [{ role: 'bot' as const, text: bot }] });

test('a check-in corrected by its day alone keeps its month, whichever question is open', async () => {
  const atCheckOut = asking('check_out_date', 'До какого числа вы остаётесь — или сколько ночей?');
  assert.deepEqual(slots(await commands('ай извините заезд четырнадцатого', atCheckOut, { check_in_date: '2027-02-12' })), { check_in_date: '2027-02-14' });
  assert.deepEqual(slots(await commands('нет нет со второго', atCheckOut, { check_in_date: '2027-03-01' })), { check_in_date: '2027-03-02' });
  // a day alone with nothing marking the check-in is still the check-out
  assert.deepEqual(slots(await commands('четырнадцатого', atCheckOut, { check_in_date: '2027-02-12' })), { check_out_date: '2027-02-14' });
  const atGuests = asking('adults', 'Сколько гостей будет проживать?');
  const moved = slots(await commands('ой перепутала с девятого', atGuests, { check_in_date: '2027-04-08', check_out_date: '2027-04-10' }));
  assert.equal(moved['check_in_date'], '2027-04-09');
});

test('a length said before the first day is kept, and the day said later ends the stay', async () => {
  const opening = await commands('добрый вечер нам нужен номер на пять ночей', {});
  assert.equal(slots(opening)['stay_nights'], 5);
  assert.equal(slots(opening)['check_in_date'], undefined);
  const atCheckIn = asking('check_in_date', 'На какие даты вы хотите забронировать номер?');
  assert.deepEqual(slots(await commands('ну ночи на две', atCheckIn, { stay_nights: 0 })), { stay_nights: 2 });
  // turns later, with a question between: the day ends the stay that many nights after it
  const day = await commands('заезжаем второго февраля', asking('check_in_date', 'С какого числа вы планируете заезд?'), { stay_nights: 5 });
  assert.deepEqual(slots(day), { check_in_date: '2027-02-02', check_out_date: '2027-02-07' });
  // a check-out said with it wins
  const both = await commands('со второго по пятое февраля', asking('check_in_date', 'С какого числа вы планируете заезд?'), { stay_nights: 5 });
  assert.deepEqual(slots(both), { check_in_date: '2027-02-02', check_out_date: '2027-02-05' });
});
