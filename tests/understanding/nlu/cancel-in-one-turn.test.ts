// A cancellation said in one turn with the code dictated as number words and the surname (tkb kind 4): the code is
// one thing said, so «бронь» and «отмените» on either side of it still make the request; the code and the surname
// are its proof. Sentences written for this test in the recogniser's style.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookingManagementCue } from '../../../src/understanding/nlu/booking-cues.ts';
import { commands, slots } from './fixture.ts';

test('a code dictated between «бронь» and the request keeps the request', () => {
  for (const said of [
    'алло у меня бронь три ноль ноль пять один семь два два восемь фамилия лебедева отмените',
    'бронь номер девятьсот один двести тридцать четыре пятьсот шестьдесят на фамилию орлов хочу отменить',
    'здравствуйте ээ бронирование шесть шесть два один ноль ноль восемь три четыре фамилия котов аннулируйте пожалуйста',
  ])
    assert.equal(bookingManagementCue(said), 'cancel_booking', said);
  assert.equal(bookingManagementCue('бронь семь семь один два три четыре пять пять шесть перенесите на другие числа'), 'change_booking');
  // a new booking said with a number is still no cancellation
  assert.equal(bookingManagementCue('хочу забронировать номер на два три дня'), null);
});

test('the cancellation starts with the code and the surname as its proof', async () => {
  const s = slots(await commands('у меня бронь три ноль ноль пять один семь два два восемь фамилия лебедева отмените', {}));
  assert.equal(s['booking_reference'], '300517228');
  assert.match(String(s['booking_proof']), /лебедева/i);
  const started = await commands('у меня бронь три ноль ноль пять один семь два два восемь фамилия лебедева отмените', {});
  assert.ok(started.some((c) => c.command === 'start flow' && c.flow === 'cancel_booking'));
});
