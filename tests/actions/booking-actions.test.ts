import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hotelActions } from '../../actions/index.ts';
import { voiceCallerMetadata } from '../../src/channels/caller-id-proof.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';
import { InProcessActions } from '../../src/engine/executor/action-registry.ts';
import { spokenCode } from '../../src/hotel/codes.ts';
import { hasOutbox } from '../../src/notify/types.ts';
import { call, hotel, services, slotsOf, stay, textOf, userEvent } from './helpers.ts';

function runner() {
  const s = services();
  return { actions: new InProcessActions(hotelActions(), s), pms: s.pms };
}

test('all hotel actions are registered under their domain names', () => {
  const { actions } = runner();
  for (const name of [
    'action_session_start',
    'action_check_availability',
    'action_quote_price',
    'action_create_booking',
    'action_find_booking',
    'action_cancel_booking',
    'action_use_caller_phone',
  ]) {
    assert.ok(actions.has(name), name);
  }
});

test('session start greets with the hotel name from data and keeps the caller number', async () => {
  const { actions } = runner();
  const r = await actions.run(
    'action_session_start',
    call(
      'action_session_start',
      { session_started_metadata: { user_phone: '+7 900 111-22-33' } },
      {
        events: [
          { event: 'slot', name: 'guest_name', value: 'Анна Петрова', timestamp: 1 },
          { event: 'slot', name: 'dialogue_stack', value: [], timestamp: 2 },
        ],
      },
    ),
  );
  assert.equal(r.events[0]?.event, 'session_started');
  assert.deepEqual(slotsOf(r), { guest_name: 'Анна Петрова', caller_phone: '+79001112233' });
  assert.equal(r.events.at(-1)?.event, 'action');
  assert.deepEqual(r.responses, [
    { response: 'utter_greet', hotel_title: 'Отель «Невский берег», Санкт-Петербург', hotel_name: hotel.hotel.name, hotel_city: hotel.hotel.city },
  ]);
});

test('availability: room options priced by the hotel system when no room is chosen', async () => {
  const { actions } = runner();
  const r = await actions.run('action_check_availability', call('action_check_availability', stay));
  const s = slotsOf(r);
  assert.equal(s['availability_status'], 'rooms_available');
  // the currency once, at the end, as it is said aloud
  assert.equal(s['room_options'], '«Стандарт» — 13 000, «Комфорт» — 17 800, «Семейный» — 23 000 и «Люкс» — 32 000 рублей');
  assert.equal(r.responses.length, 0);
});

test('availability: 4 guests in a suite → the max is said and room type asked again with fitting options', async () => {
  const { actions } = runner();
  const r = await actions.run('action_check_availability', call('action_check_availability', { ...stay, adults: 4, room_type: 'suite' }));
  const s = slotsOf(r);
  assert.equal(s['availability_status'], 'over_capacity');
  assert.equal(s['room_type'], null);
  assert.match(textOf(r), /«Люкс».*не больше 2 гостей/);
  assert.equal(s['room_options'], '«Семейный» — 23 000 рублей');
});

test('availability: invalid and past dates are explained and the dates asked again', async () => {
  const { actions } = runner();
  const past = await actions.run('action_check_availability', call('action_check_availability', { ...stay, check_in_date: '2026-11-20' }));
  assert.equal(slotsOf(past)['availability_status'], 'invalid_dates');
  assert.match(textOf(past), /уже прошла — сегодня 24 ноября/);
  assert.equal(slotsOf(past)['check_in_date'], null);
  const backwards = await actions.run('action_check_availability', call('action_check_availability', { ...stay, check_out_date: '2026-12-10' }));
  assert.deepEqual([slotsOf(backwards)['availability_status'], slotsOf(backwards)['check_out_date']], ['invalid_dates', null]);
  assert.ok(!('check_in_date' in slotsOf(backwards)), 'check-in stays');
  const impossible = await actions.run(
    'action_check_availability',
    call('action_check_availability', { ...stay, check_in_date: '2026-11-31', check_out_date: '2026-12-02' }),
  );
  assert.equal(textOf(impossible), '31 ноября — такой даты нет в календаре.');
  assert.deepEqual([slotsOf(impossible)['check_in_date'], slotsOf(impossible)['check_out_date']], [null, null]);
  const garbled = await actions.run('action_check_availability', call('action_check_availability', { ...stay, check_out_date: 'послезавтра' }));
  assert.equal(textOf(garbled), 'Не получилось понять дату выезда.');
  assert.ok(!('check_in_date' in slotsOf(garbled)));
  const crowd = await actions.run('action_check_availability', call('action_check_availability', { ...stay, adults: 7 }));
  assert.equal(slotsOf(crowd)['availability_status'], 'too_many_guests');
  assert.match(textOf(crowd), /«Семейный», до 4 гостей/);
});

test('availability: a sold-out room type offers what is free; nothing free offers the nearest dates', async () => {
  const { actions, pms } = runner();
  const base = { check_in: '2026-12-14', check_out: '2026-12-16', adults: 2, children: 0, guest_name: 'Анна Петрова', phone: '+79000000100' };
  for (let i = 0; i < 2; i++) await pms.createBooking({ ...base, room_type: 'suite' });
  const r = await actions.run('action_check_availability', call('action_check_availability', { ...stay, room_type: 'suite' }));
  assert.equal(slotsOf(r)['availability_status'], 'sold_out');
  assert.match(textOf(r), /«Люкс» с 14 по 16 декабря уже заняты; ближайшие свободные даты для «Люкс» — с 16 по 18 декабря\./);
  assert.doesNotMatch(String(slotsOf(r)['room_options']), /Люкс/);
  // the room type asked for is tried again when the caller moves the stay, not asked for again
  const wish = slotsOf(r)['sold_out_room_type'];
  assert.equal(wish, 'suite/2026-12-14/2026-12-16');
  const sameDates = await actions.run('action_check_availability', call('action_check_availability', { ...stay, sold_out_room_type: wish }));
  assert.equal(slotsOf(sameDates)['availability_status'], 'rooms_available');
  const moved = await actions.run(
    'action_check_availability',
    call('action_check_availability', { ...stay, check_in_date: '2026-12-16', check_out_date: '2026-12-18', sold_out_room_type: wish }),
  );
  // …and, its price for the new stay not heard yet, said back with it to be agreed to (tester kind B2)
  assert.deepEqual(
    [slotsOf(moved)['availability_status'], slotsOf(moved)['room_type'], slotsOf(moved)['sold_out_room_type'], slotsOf(moved)['room_offered']],
    ['room_to_agree', null, null, 'suite/2026-12-16/2026-12-18'],
  );
  assert.equal(slotsOf(moved)['room_options'], '«Люкс» — 32 000 рублей');

  for (let i = 0; i < 4; i++) await pms.createBooking({ ...base, room_type: 'family', adults: 4 });
  const none = await actions.run('action_check_availability', call('action_check_availability', { ...stay, adults: 4, room_type: 'family' }));
  assert.equal(slotsOf(none)['availability_status'], 'no_rooms');
  assert.match(textOf(none), /Ближайшие свободные даты — с 16 по 18 декабря, номер «Семейный»/);
  assert.equal(slotsOf(none)['check_in_date'], null);
  // the dates offered are kept, so that «да, давайте» can take them
  assert.equal(slotsOf(none)['suggested_check_in'], '2026-12-16');
  assert.equal(slotsOf(none)['suggested_check_out'], '2026-12-18');
});

test('quote: the confirmation slots carry the price computed by the hotel system', async () => {
  const { actions } = runner();
  const r = await actions.run(
    'action_quote_price',
    call('action_quote_price', { ...stay, room_type: 'comfort', guest_name: 'Пётр Сидоров', guest_phone: '+7 900 000-00-01' }),
  );
  assert.deepEqual(slotsOf(r), {
    guest_name: 'Пётр Сидоров',
    guest_phone: '+79000000001',
    total_price: 17800,
    total_price_text: '17 800 рублей',
    summary_room: 'Комфорт',
    summary_dates: 'с 14 по 16 декабря, 2 ночи',
    // on a call the nights are heard in the dates
    summary_stay: 'с 14 по 16 декабря',
    summary_guests: 'двое взрослых',
    summary_wishes: '',
    summary_phone: '+7 900 000-00-01',
    summary_name: 'Петра Сидорова',
    // no summary said yet in this conversation
    summary_heard: false,
    summary_change: null,
    quote_status: 'ok',
  });
  const bad = await actions.run('action_quote_price', call('action_quote_price', { ...stay, room_type: 'comfort', guest_name: 'Пётр', guest_phone: '12' }));
  assert.deepEqual([slotsOf(bad)['quote_status'], slotsOf(bad)['guest_phone']], ['invalid_phone', null]);
});

test('create: books once per confirmed content, even when the action is retried or the turn replayed', async () => {
  const { actions, pms } = runner();
  const slots = { ...stay, room_type: 'comfort', guest_name: 'Пётр Сидоров', guest_phone: '+79000000001', booking_confirmation: true };
  const first = await actions.run('action_create_booking', call('action_create_booking', slots));
  const retry = await actions.run('action_create_booking', call('action_create_booking', slots));
  const code = slotsOf(first)['booking_code'];
  assert.match(String(code), /^[1-9]\d{8}$/);
  assert.equal(slotsOf(retry)['booking_code'], code);
  assert.equal(slotsOf(first)['booking_code_spoken'], spokenCode(String(code)));
  assert.equal((await pms.findBookings({ phone: '+79000000001' })).length, 1);
  // The same confirmation replayed after a crash lost the turn: more messages since, the same booking.
  const replay = await actions.run(
    'action_create_booking',
    call('action_create_booking', slots, { events: [userEvent('алло?', 4000), userEvent('да, подтверждаю', 5000)] }),
  );
  assert.equal(slotsOf(replay)['booking_code'], code);
  // Other details, or the same stay booked again after the first booking was made, are a new booking request.
  const other = await actions.run('action_create_booking', call('action_create_booking', { ...slots, adults: 1 }));
  assert.notEqual(slotsOf(other)['booking_code'], code);
  const made: TrackerEvent = { event: 'slot', name: 'booking_code', value: String(code), timestamp: 1500 };
  const later = await actions.run(
    'action_create_booking',
    call('action_create_booking', slots, { events: [userEvent('да', 1000), made, userEvent('да', 2000)] }),
  );
  assert.notEqual(slotsOf(later)['booking_code'], code);
  assert.equal((await pms.findBookings({ phone: '+79000000001' })).length, 3);
});

test('wishes for the room: said back in the summary and kept on the booking for staff', async () => {
  const { actions, pms } = runner();
  const slots = {
    ...stay,
    room_type: 'standard',
    adults: 2,
    guest_name: 'Вера Лаптева',
    guest_phone: '+79000000031',
    room_wishes: 'две раздельные кровати; номер для гостя на коляске',
  };
  const quote = await actions.run('action_quote_price', call('action_quote_price', slots));
  assert.equal(slotsOf(quote)['summary_wishes'], ', пожелания: две раздельные кровати и номер для гостя на коляске');
  const made = await actions.run('action_create_booking', call('action_create_booking', { ...slots, booking_confirmation: true }));
  const [booking] = await pms.findBookings({ code: String(slotsOf(made)['booking_code']) });
  assert.deepEqual(booking?.special_requests, ['две раздельные кровати', 'номер для гостя на коляске']);
  // «нет» (the slot's start) is no wish: nothing said, nothing kept
  const plain = await actions.run('action_quote_price', call('action_quote_price', { ...slots, room_wishes: 'нет' }));
  assert.equal(slotsOf(plain)['summary_wishes'], '');
  // the same stay with other wishes is another booking request, not the first one found again
  const other = await actions.run('action_create_booking', call('action_create_booking', { ...slots, room_wishes: 'тихий номер', booking_confirmation: true }));
  assert.notEqual(slotsOf(other)['booking_code'], slotsOf(made)['booking_code']);
});

test('create: when the last room went meanwhile, the failure is explained and other rooms offered', async () => {
  const { actions, pms } = runner();
  const base = { check_in: '2026-12-14', check_out: '2026-12-16', adults: 2, children: 0, guest_name: 'Анна Петрова', phone: '+79000000100' };
  for (let i = 0; i < 2; i++) await pms.createBooking({ ...base, room_type: 'suite' });
  const r = await actions.run(
    'action_create_booking',
    call('action_create_booking', { ...stay, room_type: 'suite', guest_name: 'Пётр Сидоров', guest_phone: '+79000000001' }),
  );
  const s = slotsOf(r);
  assert.equal(s['booking_code'], null);
  assert.equal(s['availability_status'], 'sold_out');
  assert.ok(s['booking_failure']);
  assert.match(textOf(r), /заняли/);
});

test('find: a code in a format the hotel never issues finds nothing at once, counted as a miss, never asked again', async () => {
  const { actions } = runner();
  const find = (slots: Record<string, string | number>) => actions.run('action_find_booking', call('action_find_booking', slots));
  for (const wrong of ['AB12345', '12345']) {
    const r = await find({ booking_reference: wrong });
    assert.equal(textOf(r), 'Не нашла бронь с такими данными.');
    assert.deepEqual([slotsOf(r)['lookup_status'], slotsOf(r)['booking_reference'], slotsOf(r)['lookup_attempts']], ['not_found', null, 1]);
  }
  // the third miss in a conversation sends the caller to reception
  const third = await find({ booking_reference: '1234567890123', lookup_attempts: 2 });
  assert.equal(slotsOf(third)['lookup_status'], 'give_up');
  assert.match(textOf(third), /администратора/);
});

test('find: the code, then the booking phone or surname; until then nothing is said, and every miss sounds the same', async () => {
  const { actions, pms } = runner();
  const b = await pms.createBooking({
    room_type: 'standard',
    check_in: '2026-12-09',
    check_out: '2026-12-10',
    adults: 1,
    children: 0,
    guest_name: 'Олег Ковалёв',
    phone: '+79000000002',
  });
  const find = (slots: Record<string, string>) => actions.run('action_find_booking', call('action_find_booking', slots));
  // a code alone, real or not, gets the same question and no word about a booking
  for (const code of [b.code, '999999999']) {
    const r = await find({ booking_reference: `код ${code}` });
    assert.equal(slotsOf(r)['lookup_status'], 'need_proof');
    assert.equal(textOf(r), '');
    assert.ok(!('found_booking_code' in slotsOf(r)));
  }
  const byPhone = await find({ booking_reference: b.code, booking_proof: 'восемь девятьсот ноль ноль ноль ноль ноль ноль два' });
  assert.deepEqual(
    [slotsOf(byPhone)['lookup_status'], slotsOf(byPhone)['found_booking_code'], slotsOf(byPhone)['verified_booking_code']],
    ['found', b.code, b.code],
  );
  assert.match(textOf(byPhone), /«Стандарт», с 9 по 10 декабря, один взрослый, на имя Олега Ковалёва, стоимость 6 500 рублей/);
  // the surname in another case still proves it
  assert.equal(slotsOf(await find({ booking_reference: b.code, booking_proof: 'на Ковалёва' }))['lookup_status'], 'found');
  // wrong phone, wrong surname, unknown code: one and the same answer
  const misses = [
    await find({ booking_reference: b.code, booking_proof: '+79000000999' }),
    await find({ booking_reference: b.code, booking_proof: 'Петров' }),
    await find({ booking_reference: '999999999', booking_proof: '+79000000002' }),
  ];
  // the code said is kept, real or not, and only the proof is asked again (tester kind 13)
  for (const [i, m] of misses.entries()) {
    assert.equal(textOf(m), 'Не нашла бронь с такими данными.');
    assert.deepEqual(
      [slotsOf(m)['lookup_status'], slotsOf(m)['booking_reference'], slotsOf(m)['booking_proof']],
      ['not_found', i < 2 ? b.code : '999999999', null],
    );
  }
  // a phone given first is kept as the proof and the code is asked for; a name alone finds nothing
  const phoneFirst = await find({ booking_reference: '8 900 000 00 02' });
  assert.deepEqual([slotsOf(phoneFirst)['lookup_status'], slotsOf(phoneFirst)['booking_proof']], ['need_code', '+79000000002']);
  assert.equal(textOf(phoneFirst), '');
  const byName = await find({ booking_reference: 'Олег Ковалёв' });
  assert.equal(slotsOf(byName)['lookup_status'], 'need_code');
  assert.match(textOf(byName), /по её коду/);
  // the name is kept as the proof: the code said next finds the booking with it
  assert.equal(slotsOf(byName)['booking_proof'], 'Олег Ковалёв');
  assert.equal(slotsOf(await find({ booking_reference: b.code, booking_proof: 'Олег Ковалёв' }))['lookup_status'], 'found');
  assert.doesNotMatch(textOf(byName), /Стандарт|декабря/);

  // cancelling needs the proven booking: a found code alone is refused
  const unproven = await actions.run('action_cancel_booking', call('action_cancel_booking', { found_booking_code: b.code, cancel_confirmation: true }));
  assert.equal(slotsOf(unproven)['lookup_status'], 'not_found');
  assert.equal((await pms.findBookings({ code: b.code }))[0]?.status, 'confirmed');
  const proven = { found_booking_code: b.code, verified_booking_code: b.code, cancel_confirmation: true };
  const cancelled = await actions.run('action_cancel_booking', call('action_cancel_booking', proven));
  assert.match(textOf(cancelled), new RegExp(`Бронь ${b.code} отменена`));
  assert.equal((await pms.findBookings({ code: b.code }))[0]?.status, 'cancelled');
  const again = await find({ booking_reference: b.code, booking_proof: '+79000000002' });
  assert.equal(slotsOf(again)['lookup_status'], 'cancelled');
});

test('on a call from the booking phone the caller ID is the proof; a phone in REST metadata is not', async () => {
  const { actions, pms } = runner();
  const base = { room_type: 'standard', adults: 1, children: 0, guest_name: 'Олег Ковалёв', phone: '+79000000002' };
  const a = await pms.createBooking({ ...base, check_in: '2026-12-09', check_out: '2026-12-10' });
  await pms.createBooking({ ...base, check_in: '2026-12-19', check_out: '2026-12-20' });
  const voice = { latest_input_channel: 'twilio_media_streams', latest_message: { metadata: voiceCallerMetadata('caller-1', '+79000000002') } };
  const listed = await actions.run('action_find_booking', call('action_find_booking', {}, voice));
  assert.equal(slotsOf(listed)['lookup_status'], 'several');
  assert.match(textOf(listed), /На ваш номер 2 брони: /);
  assert.match(textOf(listed), new RegExp(spokenCode(a.code)));
  const chosen = await actions.run('action_find_booking', call('action_find_booking', { booking_reference: a.code }, voice));
  assert.equal(slotsOf(chosen)['found_booking_code'], a.code);
  const rest = { latest_input_channel: 'rest', latest_message: { metadata: { user_phone: '+79000000002' } } };
  const claimed = await actions.run('action_find_booking', call('action_find_booking', { booking_reference: a.code }, rest));
  assert.equal(slotsOf(claimed)['lookup_status'], 'need_proof');
  // The voice channel and a number without the server's seal (or with another conversation's) prove nothing either.
  for (const metadata of [
    { user_phone: '+79000000002' },
    voiceCallerMetadata('caller-2', '+79000000002'),
    { ...voiceCallerMetadata('caller-1', '+79000000003'), user_phone: '+79000000002' },
  ]) {
    const forged = await actions.run(
      'action_find_booking',
      call('action_find_booking', { booking_reference: a.code }, { ...voice, latest_message: { metadata } }),
    );
    assert.equal(slotsOf(forged)['lookup_status'], 'need_proof');
  }
});

test('the caller number becomes the contact phone on request', async () => {
  const { actions } = runner();
  const r = await actions.run('action_use_caller_phone', call('action_use_caller_phone', { caller_phone: '+79001112233', use_caller_phone: true }));
  assert.deepEqual(slotsOf(r), { guest_phone: '+79001112233' });
});

test('a child of unknown age in a full room: the ages are asked before refusing', async () => {
  const { actions } = runner();
  const suite = { ...stay, adults: 2, children: 1, room_type: 'suite' };
  const unknown = await actions.run('action_check_availability', call('action_check_availability', suite));
  assert.equal(slotsOf(unknown)['availability_status'], 'need_children_ages');
  assert.match(textOf(unknown), /не больше 2 гостей, не считая детей до 3 лет\./);
  assert.ok(!('room_type' in slotsOf(unknown)), 'the chosen room stays');
  // the suite said back with its price and agreed to
  const agreed = { room_offered: 'suite/2026-12-14/2026-12-16' };
  const baby = await actions.run('action_check_availability', call('action_check_availability', { ...suite, ...agreed, children_ages: [2] }));
  assert.equal(slotsOf(baby)['availability_status'], 'available');
  const older = await actions.run('action_check_availability', call('action_check_availability', { ...suite, ...agreed, children_ages: [5] }));
  assert.equal(slotsOf(older)['availability_status'], 'over_capacity');
});

test('check-in check: a day gone or beyond the booking horizon is refused at once with today’s date', async () => {
  const { actions } = runner();
  const past = await actions.run('action_check_check_in', call('action_check_check_in', { check_in_date: '2026-11-01' }));
  assert.equal(textOf(past), 'Эта дата уже прошла — сегодня 24 ноября.');
  assert.deepEqual([slotsOf(past)['check_in_date'], slotsOf(past)['check_out_date']], [null, null]);
  const far = await actions.run('action_check_check_in', call('action_check_check_in', { check_in_date: '2028-01-10' }));
  assert.equal(textOf(far), 'Так далеко вперёд я забронировать не могу: заезд возможен до 24 ноября 2027 года, а сегодня 24 ноября.');
  assert.equal(slotsOf(far)['check_in_date'], null);
  for (const fine of ['2026-11-24', '2027-11-24']) {
    const ok = await actions.run('action_check_check_in', call('action_check_check_in', { check_in_date: fine }));
    assert.deepEqual([textOf(ok), slotsOf(ok)], ['', {}], fine);
  }
});

test('create: the SMS is promised only when the hotel sends one', async () => {
  const slots = { ...stay, room_type: 'comfort', guest_name: 'Пётр Сидоров', guest_phone: '+79000000005', booking_confirmation: true };
  const quiet = await runner().actions.run('action_create_booking', call('action_create_booking', slots));
  assert.equal(slotsOf(quiet)['confirmation_sms'], false);
  const s = { ...services(), notify: { sms: true, email: false } };
  const withSms = await new InProcessActions(hotelActions(), s).run('action_create_booking', call('action_create_booking', slots));
  assert.equal(slotsOf(withSms)['confirmation_sms'], true);
  assert.ok(hasOutbox(s.pms));
});
