// What an answer to the question just asked fills, as callers really answer: the day of leaving said alone, a
// duration with fillers, the guests said loosely, colloquial room words, codes in a format the hotel never issues.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { booking, commands, slots } from './fixture.ts';

test('to «when do you leave?» a day alone is the check-out, in the next month when its number is smaller', async () => {
  const inLate = { check_in_date: '2026-12-27' };
  assert.deepEqual(slots(await commands('до третьего', booking('check_out_date'), inLate)), { check_out_date: '2027-01-03' });
  assert.deepEqual(slots(await commands('ну второго', booking('check_out_date'), inLate)), { check_out_date: '2027-01-02' });
  assert.deepEqual(slots(await commands('по пятое число', booking('check_out_date'), inLate)), { check_out_date: '2027-01-05' });
  assert.deepEqual(slots(await commands('тридцатого', booking('check_out_date'), inLate)), { check_out_date: '2026-12-30' });
});

test('to the check-out question a number is the stay, never guests', async () => {
  const known = { check_in_date: '2026-12-08' };
  assert.deepEqual(slots(await commands('ночей на четыре', booking('check_out_date'), known)), { check_out_date: '2026-12-12' });
  assert.deepEqual(slots(await commands('ну где-то дня на три', booking('check_out_date'), known)), { check_out_date: '2026-12-11' });
  // «трое» alone is the nights once the party is known; before it, the party said out of turn (tkb kind 2)
  assert.deepEqual(slots(await commands('трое', booking('check_out_date'), { ...known, adults: 2 })), { check_out_date: '2026-12-11' });
  assert.deepEqual(slots(await commands('трое', booking('check_out_date'), known)), { adults: 3 });
  // guests named outright are still guests
  assert.deepEqual(slots(await commands('на две ночи, нас трое', booking('check_out_date'), known)), { check_out_date: '2026-12-10', adults: 3 });
});

test('relative days split by the recogniser, with the day of leaving', async () => {
  assert.deepEqual(slots(await commands('после завтра и до вторника', booking('check_in_date'))), {
    check_in_date: '2026-11-26',
    check_out_date: '2026-12-01',
  });
});

test('guests said loosely', async () => {
  assert.deepEqual(slots(await commands('с сыном, ему девять', booking('adults'))), { adults: 1, children: 1, children_ages: [9] });
  assert.deepEqual(slots(await commands('мы с мужем и двое малышей, годик и четыре года', booking('adults'))), {
    adults: 2,
    children: 2,
    children_ages: [1, 4],
  });
});

test('room words the data lacks, read from the data', async () => {
  assert.deepEqual(slots(await commands('ну мне двушку', booking('room_type'))), { room_type: 'family' });
  assert.deepEqual(slots(await commands('самый простенький', booking('room_type'))), { room_type: 'standard' });
  assert.deepEqual(slots(await commands('какой-нибудь попроще', booking('room_type'))), { room_type: 'standard' });
});

test('a typed request with «Фамилия Имя, тел.» keeps the name', async () => {
  const cs = await commands('Нужен стандарт 16-18 декабря на одного. Латышева Ольга, тел. 8-921-300-40-50');
  assert.deepEqual(slots(cs), {
    check_in_date: '2026-12-16',
    check_out_date: '2026-12-18',
    adults: 1,
    room_type: 'standard',
    guest_name: 'Латышева Ольга',
    guest_phone: '+79213004050',
  });
});

test('the hotel’s name asked about is not the guest’s name', async () => {
  for (const said of ['алло это невский берег', 'это гостиница Невский берег? хочу забронировать номер']) {
    assert.equal(slots(await commands(said))['guest_name'], undefined);
  }
  assert.deepEqual(slots(await commands('а это точно Невский берег? Меня зовут Зоя Ефимова', booking('guest_name'))), { guest_name: 'Зоя Ефимова' });
});

test('a code in a format the hotel never issues is passed to the lookup, not asked for again', async () => {
  assert.deepEqual(slots(await commands('кажется AC 9981', { activeFlow: 'cancel_booking', requestedSlot: 'booking_reference' })), {
    booking_reference: 'AC9981',
  });
  assert.deepEqual(slots(await commands('пять пять три один', { activeFlow: 'find_booking', requestedSlot: 'booking_reference' })), {
    booking_reference: '5531',
  });
});

test('the party’s number in any order with «я», «нас», «буду», «будет»', async () => {
  for (const [said, adults] of [
    ['одна я приеду', 1],
    ['будет нас трое', 3],
    ['вчетвером будем', 4],
    ['надо чтобы было двое', 2],
  ] as const) {
    assert.deepEqual(slots(await commands(said, booking('adults'))), { adults }, said);
  }
});

test('a phone read aloud with fillers between its groups, and a refusal of the e-mail after it', async () => {
  assert.deepEqual(slots(await commands('восемь девятьсот двадцать один ну триста сорок ээ пятьдесят шесть семьдесят восемь', booking('guest_phone'))), {
    guest_phone: '+79213405678',
  });
  assert.deepEqual(
    slots(await commands('восемь девятьсот двадцать один триста сорок пятьдесят шесть семьдесят восемь, а почту не буду давать', booking('guest_phone'))),
    { guest_phone: '+79213405678' },
  );
});

test('a phone dictated over two turns: the first part is kept and completed by the next', async () => {
  const after = (first: string) => ({
    ...booking('guest_phone'),
    history: [
      { role: 'bot' as const, text: 'По какому телефону с вами связаться?' },
      { role: 'user' as const, text: first },
      { role: 'bot' as const, text: 'Продиктуйте, пожалуйста, телефон.' },
    ],
  });
  assert.deepEqual(slots(await commands('пятьсот пятьдесят пять двенадцать тридцать четыре', after('восемь девятьсот девяносто девять'))), {
    guest_phone: '+79995551234',
  });
  assert.deepEqual(slots(await commands('дальше ноль семь восемьдесят восемь', after('мобильный плюс семь девятьсот три двести десять'))), {
    guest_phone: '+79032100788',
  });
  // a whole number said before is no first part, and an unrelated message completes nothing
  assert.deepEqual(slots(await commands('двенадцать тридцать четыре', after('на двоих с десятого'))), {});
});

test('changing a booking: a day of the week said alone is the one nearest the booking’s stay', async () => {
  const changing = (slot: string) => ({ activeFlow: 'change_booking', requestedSlot: slot });
  // the booking is Monday 22 – Wednesday 24 March 2027; today is 24 November 2026
  const found = { found_booking_code: '472901338', found_check_in: '2027-03-22', found_check_out: '2027-03-24' };
  assert.deepEqual(slots(await commands('сдвиньте заезд на пятницу', changing('change_target'), found)), {
    check_in_date: '2027-03-19',
    change_target: 'dates',
  });
  assert.deepEqual(slots(await commands('давайте лучше в четверг', changing('check_in_date'), found)), { check_in_date: '2027-03-25' });
  // a week named with it is counted from today, as said
  assert.deepEqual(slots(await commands('на следующую пятницу', changing('check_in_date'), found)), { check_in_date: '2026-12-04' });
});

test('changing a booking: a day said with a move of the leaving only is the new check-out', async () => {
  const changing = (slot: string) => ({ activeFlow: 'change_booking', requestedSlot: slot });
  // the booking is 18 – 25 March 2027
  const found = { found_booking_code: '472901338', found_check_in: '2027-03-18', found_check_out: '2027-03-25' };
  // (the check-out alone: action_quote_change keeps the booking's own check-in)
  const said = slots(await commands('мы съедем пораньше на три дня двадцать второго марта', changing('change_target'), found));
  assert.equal(said.check_in_date, undefined);
  assert.equal(said.check_out_date, '2027-03-22');
  // said in the request itself, before the booking is found
  const first = await commands('нам нужно сократить бронь, уезжаем на день раньше, двенадцатого марта');
  assert.deepEqual(first[0], { command: 'start flow', flow: 'change_booking' });
  assert.deepEqual(slots(first), { check_out_date: '2027-03-12' });
  // the arrival named moves the check-in as before
  assert.equal(slots(await commands('приедем на день позже девятнадцатого марта', changing('change_target'), found)).check_in_date, '2027-03-19');
});

test('a length said with a vague part of a month is kept when the check-in day comes', async () => {
  const said = (first: string) => ({
    ...booking('check_in_date'),
    history: [
      { role: 'user' as const, text: first },
      { role: 'bot' as const, text: 'Когда вы планируете заезд?' },
    ],
  });
  assert.deepEqual(slots(await commands('давайте с девятого', said('нам бы в начале января ночи на четыре'))), {
    check_in_date: '2027-01-09',
    check_out_date: '2027-01-13',
  });
  assert.deepEqual(slots(await commands('заезжаем двадцать второго', said('в конце декабря где-то на недельку'))), {
    check_in_date: '2026-12-22',
    check_out_date: '2026-12-29',
  });
  // a check-out said now wins over the length said before
  assert.deepEqual(slots(await commands('с двадцать второго по двадцать пятое', said('в конце декабря на недельку'))), {
    check_in_date: '2026-12-22',
    check_out_date: '2026-12-25',
  });
});

test('«на те же даты» takes the stay of the booking just made, not a question again', async () => {
  const made = { verified_booking_code: '472901338', found_check_in: '2026-12-18', found_check_out: '2026-12-20' };
  const set = slots(await commands('оформите ещё семейный на эти же числа', {}, made));
  assert.equal(set['check_in_date'], '2026-12-18');
  assert.equal(set['check_out_date'], '2026-12-20');
  // «в то же время» is a manner of speaking, no stay
  assert.equal(slots(await commands('в то же время хотелось бы узнать про парковку', {}, made))['check_in_date'], undefined);
});

test('changing a booking: verification gives no dates, a day alone is near the booking, «продлить» adds nights', async () => {
  const changing = (slot: string) => ({ activeFlow: 'change_booking', requestedSlot: slot });
  const proof = await commands('восемь девятьсот двадцать один триста сорок пятьдесят шесть семьдесят восемь, Карпова Нина', changing('booking_proof'), {
    booking_reference: '472901338',
  });
  assert.deepEqual(Object.keys(slots(proof)), ['booking_proof']);
  const found = { found_booking_code: '472901338', found_check_in: '2027-03-22', found_check_out: '2027-03-24' };
  assert.deepEqual(slots(await commands('выезд двадцать шестого', changing('change_target'), found)), { check_out_date: '2027-03-26', change_target: 'dates' });
  assert.deepEqual(slots(await commands('с двадцать третьего по двадцать пятое', changing('change_target'), found)), {
    check_in_date: '2027-03-23',
    check_out_date: '2027-03-25',
    change_target: 'dates',
  });
  assert.deepEqual(slots(await commands('хочу продлить бронь ещё на две ночи')), { extra_nights: 2 });
  assert.deepEqual(slots(await commands('на одну ночь меньше', changing('change_target'), found)), { extra_nights: -1, change_target: 'dates' });
});

test('changing a booking: the whole stay moved, a day kept as booked, people added to the party', async () => {
  const changing = { activeFlow: 'change_booking', requestedSlot: 'change_target' };
  const found = { found_booking_code: '472901338', found_check_in: '2027-03-22', found_check_out: '2027-03-24', found_adults: 2 };
  assert.deepEqual(slots(await commands('сдвиньте на три дня вперёд', changing, found)), { shift_days: 3, change_target: 'dates' });
  assert.deepEqual(slots(await commands('перенесите на день раньше', changing, found)), { shift_days: -1, change_target: 'dates' });
  assert.deepEqual(slots(await commands('мне надо перенести бронь на неделю позже')), { shift_days: 7 });
  assert.deepEqual(slots(await commands('выезд тот же, а заезд двадцать третьего', changing, found)), {
    check_in_date: '2027-03-23',
    check_out_date: '2027-03-24',
    change_target: 'dates',
  });
  assert.deepEqual(slots(await commands('к нам приедут ещё два человека', changing, found)), { adults: 4, change_target: 'guests' });
  assert.deepEqual(slots(await commands('надо чтобы было пятеро', changing, found)), { adults: 5, change_target: 'guests' });
  assert.deepEqual(slots(await commands('количество гостей', changing, found)), { change_target: 'guests' });
});

test('a month named in the turn before places the days given to the dates question', async () => {
  const named = (said: string) => ({
    ...booking('check_in_date'),
    history: [
      { role: 'user' as const, text: said },
      { role: 'bot' as const, text: 'На какие даты?' },
    ],
  });
  assert.deepEqual(slots(await commands('с восьмого по десятое', named('алло мне номер на январь нужен'))), {
    check_in_date: '2027-01-08',
    check_out_date: '2027-01-10',
  });
  assert.deepEqual(slots(await commands('ну числа двадцатого заедем', named('хотим приехать в феврале вдвоём'))), { check_in_date: '2027-02-20' });
  // no month before: the next such day
  assert.deepEqual(slots(await commands('с восьмого по десятое', named('хочу забронировать'))), { check_in_date: '2026-12-08', check_out_date: '2026-12-10' });
});

test('a surname declined as an adjective, given to the name question or with «на имя»', async () => {
  assert.deepEqual(slots(await commands('записывайте на игоря косого', booking('guest_name'))), { guest_name: 'Игорь Косой' });
  assert.deepEqual(slots(await commands('гладкая вера', booking('guest_name'))), { guest_name: 'Гладкая Вера' });
  assert.deepEqual(slots(await commands('ну на имя удалого', booking('guest_name'))), { guest_name: 'Удалой' });
});

test('an answer that names a pet or a topic word is the answer, not a question on that topic', async () => {
  for (const [said, adults] of [
    ['нас трое и ещё кот', 3],
    ['двое взрослых плюс собачка маленькая', 2],
    ['я одна и со мной кошечка', 1],
  ] as const) {
    const cs = await commands(said, booking('adults'));
    assert.equal(slots(cs).adults, adults, said);
    assert.ok(typeof slots(cs).pet === 'string', said);
    assert.ok(!cs.some((c) => c.command === 'knowledge'), said);
  }
  // asked outright, it is answered, and the party given with it is kept
  const asked = await commands('нас двое и собачка, её можно?', booking('adults'));
  assert.equal(slots(asked).adults, 2);
  assert.ok(asked.some((c) => c.command === 'knowledge'));
  // a surname whose stem is a topic word is a name
  for (const said of ['кошкина вера', 'ну записывайте парковкин олег', 'моя фамилия завтраков']) {
    assert.ok(typeof slots(await commands(said, booking('guest_name'))).guest_name === 'string', said);
  }
});

test('at the name question: a foreign surname beside a first name, a name after who it is for', async () => {
  for (const [said, name] of [
    ['полина чжоу', 'Полина Чжоу'],
    ['тимур нгуен', 'Тимур Нгуен'],
    ['хоанг елена', 'Хоанг Елена'],
    ['это для дочки сорокина алиса', 'Сорокина Алиса'],
    ['бронь на отца гусев пётр', 'Гусев Пётр'],
    ['сотрудник наш зайцев антон', 'Зайцев Антон'],
  ] as const) {
    assert.deepEqual(slots(await commands(said, booking('guest_name'))), { guest_name: name }, said);
  }
});

test('a correction of the party: a new total includes the children, a grown daughter is an adult', async () => {
  const counted = { adults: 2, children: 2 };
  assert.deepEqual(slots(await commands('ой нет нас будет пятеро', booking('booking_confirmation'), counted)), { adults: 3 });
  const withChild = { adults: 2, children: 1 };
  assert.deepEqual(slots(await commands('нет погодите дочке двадцать лет она взрослая', booking('booking_confirmation'), withChild)), {
    adults: 3,
    children: 0,
  });
});
