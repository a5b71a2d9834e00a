// The party said the way callers say it (tkb kind 2): the caller alone said by «одного», «одной», «одному» themselves
// (at the end of the request, «для себя одного», «себе одной»), never a night, a room or a child counted by the same
// word; a party («трое») said while the check-out is asked is kept as the party, not read as nights; a name said
// while the booking asks something else is the guest's name, not «не понятно». Sentences written for this test in the
// recogniser's style (lower case, numbers as words, fillers).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractGuests } from '../../../src/understanding/lang-ru/index.ts';
import { booking, commands, slots } from './fixture.ts';

test('«одного», «одной», «одному» for the caller alone, in any place of the request', () => {
  for (const said of [
    'люкс на пятницу на одну ночь одного',
    'ну мне стандарт одного на две ночи',
    'ээ номер для себя одного с восьмого',
    'комфорт для себя одной пожалуйста',
    'забронируйте себе одной номер',
    'номер одному мне нужен на выходные',
    'одного человека на три ночи',
    'на одну персону с субботы',
  ])
    assert.equal(extractGuests(said).adults, 1, said);
});

test('the same words counting nights, rooms, children or pets are no party of one', () => {
  for (const said of [
    'на одну ночь',
    'одной ночи нам хватит',
    'с одной кроватью есть номер',
    'одного дня будет мало',
    'ещё одного ребёнка возьмём',
    'ни одного свободного нет',
    'с одной стороны удобно',
    'одного из номеров',
    'мы берём одного кота',
  ])
    assert.notEqual(extractGuests(said).adults, 1, said);
});

test('the request with «одного» at the end is booked for one', async () => {
  const s = slots(await commands('алло ну мне люкс на первое декабря на одну ночь одного', {}));
  assert.equal(s['adults'], 1);
  assert.equal(s['room_type'], 'suite');
  assert.equal(s['check_out_date'], '2026-12-02');
});

test('«двое», «трое» to the check-out question are the party; nights said are the stay', async () => {
  const asked = booking('check_out_date');
  for (const [said, adults] of [
    ['трое', 3],
    ['ну двое', 2],
    ['нас четверо', 4],
  ] as const) {
    const s = slots(await commands(said, asked, { check_in_date: '2026-12-04' }));
    assert.equal(s['adults'], adults, said);
    assert.equal(s['check_out_date'], undefined, said);
  }
  assert.equal(slots(await commands('на двое суток', asked, { check_in_date: '2026-12-04' }))['check_out_date'], '2026-12-06');
  assert.equal(slots(await commands('три', asked, { check_in_date: '2026-12-04' }))['check_out_date'], '2026-12-07');
});

test('a name said while the booking asks the party or the phone is the guest name', async () => {
  const s = slots(await commands('смирнова елена', booking('adults'), { check_in_date: '2026-12-04', check_out_date: '2026-12-06' }));
  assert.equal(s['guest_name'], 'Смирнова Елена');
  // the name held completed at the phone question
  const p = slots(await commands('ну цой максим', booking('guest_phone'), { guest_name: 'Цой' }));
  assert.equal(p['guest_name'], 'Цой Максим');
  // words that are no name stay what they were
  for (const said of ['ну хорошо', 'подождите', 'давайте', 'не знаю'])
    assert.equal(slots(await commands(said, booking('adults'), {}))['guest_name'], undefined, said);
});
