// action_answer_unsupported: what the assistant cannot do, then reception — the hotel's own place when it has one,
// the check-in time for a late arrival, and only the number (no second question) in the middle of another request.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerUnsupported } from '../../actions/unsupported-request.ts';
import { call, services } from './helpers.ts';

const said = (text: string, stack: unknown[] = [{ flow_id: 'unsupported_request' }]) =>
  answerUnsupported(call('action_answer_unsupported', {}, { latest_message: { text }, stack }), services());

test('a place in town the hotel has itself: its own, from data/hotel.yml, and no reception needed', () => {
  const r = said('посоветуйте где в районе можно нормально пообедать');
  assert.equal(r.responses.length, 1);
  assert.equal(r.responses[0]?.response, 'utter_unsupported_city_tips_own_place');
  assert.match(String(r.responses[0]?.['hotel_place']), /^ресторан «Фонтанка» работает с 12:00 до 23:00/);
});

test('a place the hotel does not have: the refusal and reception', () => {
  const r = said('где поблизости ближайшая аптека');
  assert.deepEqual(
    r.responses.map((x) => x.response),
    ['utter_unsupported_city_tips', 'utter_unsupported_reception'],
  );
  assert.equal(r.responses[1]?.['reception_phone'], '+7 812 555-01-48');
});

test('a late arrival hears the check-in time of data/hotel.yml', () => {
  const r = said('у меня бронь на завтра буду только в час ночи');
  assert.equal(r.responses[0]?.response, 'utter_unsupported_late_arrival');
  assert.equal(r.responses[0]?.['check_in_time'], '14:00');
});

test('in the middle of a booking: the number, not an offer that would make two questions', () => {
  const r = said('а такси до вокзала вы можете заказать', [{ flow_id: 'book_room' }, { flow_id: 'unsupported_request' }]);
  assert.deepEqual(
    r.responses.map((x) => x.response),
    ['utter_unsupported_taxi', 'utter_unsupported_reception_later'],
  );
});
