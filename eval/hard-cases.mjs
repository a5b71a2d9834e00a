// Harder acceptance conversations, in the format of ../shared/eval/sample.mjs: spoken numbers, colloquial answers,
// corrections at confirmation time, children's ages, impossible dates, sold-out nights, every policy and service of
// data/hotel.yml, stay totals, booking look-ups and cancellations, handoff and small talk.
// Clock: 2026-11-24T12:00:00+03:00 (Tuesday), so Nov 27/28 and Dec 4/5, 11/12, 18/19 are Friday/Saturday (weekend) nights.
// Run: scripts/acceptance.sh eval/hard-cases.mjs
const familyOn = (night, i) => ({ room_type: 'family', check_in: night, check_out: '2026-12-06', adults: 2, children: 0, guest_name: `Гость Семейный ${i}`, phone: `+7900000095${i}` });
const familySoldOut = [1, 2, 3, 4].map((i) => familyOn('2026-12-05', i));
const existing = (phone, name) => ({ room_type: 'comfort', check_in: '2026-12-21', check_out: '2026-12-23', adults: 2, children: 0, guest_name: name, phone });

export default [
  // ---- bookings: phrasings of dates, guests, rooms, names and phones ----
  {
    id: 'hard-book-spoken-numbers',
    goal: {
      first: 'Алло, здравствуйте, мне бы комнату забронировать',
      dates: 'с пятнадцатого по семнадцатое декабря',
      guests: 'два человека',
      room: 'стандартный номер',
      name: 'меня зовут Кирилл Белов',
      phone: 'восемь девятьсот ноль ноль ноль ноль ноль два один',
      phoneE164: '+79000000021',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-15', check_out: '2026-12-17', adults: 2, name_has: 'Белов' } },
  },
  {
    id: 'hard-book-nights-count',
    goal: {
      first: 'Хочу номер комфорт на четыре ночи начиная с первого декабря',
      guests: 'трое',
      name: 'Наталья Кузнецова',
      phone: '+7 (900) 000-00-22',
      phoneE164: '+79000000022',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-01', check_out: '2026-12-05', adults: 3, name_has: 'Кузнецов' } },
  },
  {
    id: 'hard-book-everything-at-once',
    goal: {
      first: 'Добрый день! Забронируйте семейный номер с 20 по 23 декабря на двоих взрослых и двоих детей, на имя Андрей Морозов, телефон 8 900 000 00 23',
      guests: 'детям 5 и 7 лет',
      phoneE164: '+79000000023',
    },
    maxTurns: 5,
    expect: { booking: { room_type: 'family', check_in: '2026-12-20', check_out: '2026-12-23', adults: 2, children: 2, name_has: 'Морозов' } },
  },
  {
    id: 'hard-book-kids-ages-list',
    goal: {
      first: 'Нам нужен семейный номер на новогодние, с 30 декабря по 2 января',
      guests: 'один взрослый и трое детей, им 5, 7 и 10 лет',
      name: 'Татьяна Лебедева',
      phone: '89000000024',
      phoneE164: '+79000000024',
    },
    expect: { booking: { room_type: 'family', check_in: '2026-12-30', check_out: '2027-01-02', adults: 1, children: 3, name_has: 'Лебедев' } },
  },
  {
    id: 'hard-book-baby-in-standard',
    goal: {
      first: 'Хочу забронировать стандарт с 8 по 10 декабря',
      guests: 'двое взрослых и малыш, ему год',
      name: 'Роман Егоров',
      phone: '+79000000025',
      phoneE164: '+79000000025',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-08', check_out: '2026-12-10', adults: 2, children: 1, name_has: 'Егоров' } },
  },
  {
    id: 'hard-book-alone-one-person',
    goal: {
      first: 'Здравствуйте, хочу забронировать номер на 2 декабря',
      dates: 'на одну ночь',
      guests: 'один человек',
      room: 'эконом',
      name: 'Сергей Павлов',
      phone: '8 900 000 00 26',
      phoneE164: '+79000000026',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-02', check_out: '2026-12-03', adults: 1, name_has: 'Павлов' } },
  },
  {
    id: 'hard-book-colloquial-yes',
    goal: {
      first: 'Можно у вас номер снять с девятого по одиннадцатое декабря?',
      guests: 'мы с мужем',
      room: 'давайте люкс',
      name: 'Мария Соколова',
      phone: '8 900 000-00-27',
      yes: 'ага, всё так, оформляйте',
      phoneE164: '+79000000027',
    },
    expect: { booking: { room_type: 'suite', check_in: '2026-12-09', check_out: '2026-12-11', adults: 2, name_has: 'Соколов' } },
  },
  {
    id: 'hard-book-fix-checkout-at-confirm',
    goal: {
      first: 'Забронируйте стандарт с 5 по 7 декабря на двоих, Иван Григорьев, телефон 89000000028',
      phoneE164: '+79000000028',
    },
    inject: { atTurn: 1, say: 'нет, выезд восьмого' },
    maxTurns: 5,
    expect: { booking: { room_type: 'standard', check_in: '2026-12-05', check_out: '2026-12-08', adults: 2, name_has: 'Григорьев' } },
  },
  {
    id: 'hard-book-change-room-at-confirm',
    goal: {
      first: 'Хочу забронировать комфорт на 14 декабря на одну ночь, нас двое, Ксения Фёдорова, 89000000029',
      phoneE164: '+79000000029',
    },
    inject: { atTurn: 1, say: 'Хотя знаете, давайте лучше люкс' },
    maxTurns: 5,
    expect: { booking: { room_type: 'suite', check_in: '2026-12-14', check_out: '2026-12-15', adults: 2, name_has: 'Фёдоров' } },
  },
  {
    id: 'hard-book-shift-checkin-keeps-nights',
    goal: {
      first: 'Забронируйте комфорт на 10 декабря на две ночи, я один, Алексей Зайцев, телефон 89000000030',
      phoneE164: '+79000000030',
    },
    inject: { atTurn: 1, say: 'Ой, не с десятого, а с шестнадцатого' },
    maxTurns: 5,
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-16', check_out: '2026-12-18', adults: 1, name_has: 'Зайцев' } },
  },
  {
    id: 'hard-book-more-guests-later',
    goal: {
      first: 'Мне нужен номер с 2 по 4 декабря',
      guests: 'двое',
      room: 'стандарт',
      name: 'Павел Никитин',
      phone: '89000000031',
      phoneE164: '+79000000031',
    },
    inject: { atTurn: 3, say: 'Подождите, нас будет трое, возьмём тогда комфорт' },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-02', check_out: '2026-12-04', adults: 3, name_has: 'Никитин' } },
  },
  {
    id: 'hard-book-impossible-date',
    goal: {
      first: 'Хочу забронировать стандарт',
      dates: 'с 1 по 3 декабря',
      guests: 'двое взрослых',
      name: 'Олег Васильев',
      phone: '89000000032',
      phoneE164: '+79000000032',
    },
    inject: { atTurn: 1, say: 'на 31 ноября', expect: ['(нет такой|не существ|такой даты|31 ноября)'] },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-01', check_out: '2026-12-03', adults: 2, name_has: 'Васильев' } },
  },
  {
    id: 'hard-book-sold-out-family',
    setup: familySoldOut,
    goal: {
      first: 'Нам нужен семейный номер на 5 декабря на одну ночь',
      guests: 'трое взрослых',
      room: ['семейный', 'тогда комфорт'],
      name: 'Виктор Михайлов',
      phone: '89000000033',
      phoneE164: '+79000000033',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-05', check_out: '2026-12-06', adults: 3, name_has: 'Михайлов' } },
  },
  {
    id: 'hard-book-name-then-digression-price',
    goal: {
      first: 'Забронировать люкс можно?',
      dates: 'с 1 по 2 декабря',
      guests: 'вдвоем',
      name: 'Екатерина Попова',
      phone: '89000000034',
      phoneE164: '+79000000034',
    },
    inject: { atTurn: 3, say: 'А парковка у вас есть?', expect: ['900'] },
    expect: { booking: { room_type: 'suite', check_in: '2026-12-01', check_out: '2026-12-02', adults: 2, name_has: 'Попов' } },
  },
  {
    id: 'hard-book-deny-then-abandon',
    goal: { first: 'Забронируйте стандарт с 3 по 4 декабря для одного, Борис Титов, 89000000035', yes: 'нет, не надо', phoneE164: '+79000000035' },
    maxTurns: 3,
    expect: { none: true },
  },
  // ---- availability and prices for dates ----
  { id: 'hard-avail-family-sold-out', setup: familySoldOut, ask: 'Есть свободный семейный номер на 5 декабря?', expect: ['(нет|занят|не осталось|к сожалению)'], forbid: ['семейный[^.?!]*свобод'] },
  { id: 'hard-avail-dates', ask: 'Есть ли свободные номера с 15 по 17 декабря?', expect: ['(стандарт|комфорт)'] },
  { id: 'hard-price-comfort-weekend', ask: 'Сколько будет стоить комфорт с 4 по 7 декабря?', expect: ['28[  ]?700'] },
  { id: 'hard-price-family-weekdays', ask: 'Какая цена семейного номера с 1 по 3 декабря?', expect: ['23[  ]?000'] },
  { id: 'hard-price-suite-weekend', ask: 'Сколько стоит люкс с 18 по 20 декабря?', expect: ['36[  ]?000'] },
  { id: 'hard-price-standard-three-nights', ask: 'Почём стандартный номер с восьмого по одиннадцатое декабря?', expect: ['19[  ]?500'] },
  // ---- policies and services (facts of data/hotel.yml) ----
  { id: 'hard-qa-cancellation', ask: 'Какие условия отмены бронирования?', expect: ['бесплатн', '14[:.]00|сутки'] },
  { id: 'hard-qa-prepayment', ask: 'Нужно ли вносить предоплату?', expect: ['(не требуется|при заселении)'] },
  { id: 'hard-qa-payment-methods', ask: 'Можно расплатиться картой?', expect: ['(Мир|Visa|СБП)'] },
  { id: 'hard-qa-early-check-in', ask: 'А можно заехать пораньше, часов в десять утра?', expect: ['10[:.]00', '50'] },
  { id: 'hard-qa-late-check-out', ask: 'Можно ли выехать попозже?', expect: ['18[:.]00', '50'] },
  { id: 'hard-qa-documents', ask: 'Какие документы нужны для заселения?', expect: ['паспорт'] },
  { id: 'hard-qa-minors', ask: 'Может ли заселиться подросток 16 лет без родителей?', expect: ['(родител|доверенност)'] },
  { id: 'hard-qa-extra-bed', ask: 'Можно поставить дополнительную кровать?', expect: ['не предоставляется'] },
  { id: 'hard-qa-baby-cot', ask: 'Есть ли детская кроватка?', expect: ['бесплатн'] },
  { id: 'hard-qa-pets-fee', ask: 'Сколько стоит проживание с кошкой?', expect: ['2[  ]?000'] },
  { id: 'hard-qa-restaurant', ask: 'До скольки работает ресторан?', expect: ['23[:.]00'] },
  { id: 'hard-qa-gym', ask: 'Есть ли у вас спортзал?', expect: ['(круглосуточно|тренаж)'] },
  { id: 'hard-qa-sauna', ask: 'Сколько стоит сауна?', expect: ['2[  ]?500'] },
  { id: 'hard-qa-luggage', ask: 'Можно оставить чемоданы после выезда?', expect: ['(камер|багаж)'] },
  { id: 'hard-qa-laundry', ask: 'У вас есть прачечная?', expect: ['(прачечн|химчистк)'] },
  { id: 'hard-qa-accessibility', ask: 'Подходит ли отель для гостя на инвалидной коляске?', expect: ['(коляск|лифт)'] },
  { id: 'hard-qa-station-transfer', ask: 'Вы встречаете с Московского вокзала?', expect: ['1[  ]?200'] },
  { id: 'hard-qa-directions', ask: 'Как до вас добраться от метро?', expect: ['Гостиный двор'] },
  { id: 'hard-qa-phone', ask: 'Какой у вас номер телефона ресепшена?', expect: ['555'] },
  { id: 'hard-qa-email', ask: 'На какую почту можно написать?', expect: ['nevsky-bereg'] },
  { id: 'hard-qa-room-capacity', ask: 'Сколько человек помещается в комфорт?', expect: ['3|трое|тр[её]х'] },
  { id: 'hard-qa-breakfast-weekend', ask: 'Во сколько завтрак в субботу?', expect: ['8[:.]00'] },
  // ---- find and cancel bookings ----
  {
    id: 'hard-cancel-by-code',
    setup: [existing('+79000000041', 'Лидия Фролова')],
    goal: { first: 'Здравствуйте, мне нужно отменить бронирование', code: '$setup', phoneE164: '+79000000041' },
    expect: { status: 'cancelled' },
  },
  {
    id: 'hard-cancel-by-phone',
    setup: [existing('+79000000042', 'Георгий Андреев')],
    goal: { first: 'Хочу отказаться от брони', code: 'по телефону восемь девятьсот ноль ноль ноль ноль ноль четыре два', phoneE164: '+79000000042' },
    expect: { status: 'cancelled' },
  },
  {
    id: 'hard-find-by-phone',
    setup: [existing('+79000000043', 'Вера Киселёва')],
    goal: { first: 'Подскажите, на какие даты у меня бронь?', code: 'бронировала на номер 8 900 000 00 43', phoneE164: '+79000000043' },
    expect: { said: ['21 по 23 декабря|21 декабря', '(Комфорт|комфорт)'] },
  },
  // ---- handoff and small talk ----
  { id: 'hard-handoff-operator', ask: 'Можно поговорить с оператором?', expect: ['(соедин|переключ|перевожу|администратор)'] },
  { id: 'hard-handoff-manager', ask: 'Переведите меня на менеджера, пожалуйста', expect: ['(соедин|переключ|перевожу|администратор)'] },
  { id: 'hard-greet', ask: 'Добрый вечер!', expect: ['(здравствуйте|добрый|чем (могу|я могу) помочь)'] },
  { id: 'hard-thanks', ask: 'Спасибо большое, вы мне очень помогли', expect: ['(пожалуйста|рад)'] },
  { id: 'hard-goodbye', ask: 'Всего доброго, до свидания', expect: ['(до свидания|всего доброго)'] },
  { id: 'hard-out-of-scope', ask: 'Какая завтра погода в Москве?', forbid: ['забронир(ован|овал)'], expect: ['(не могу|не подскаж|не знаю|помочь|отел)'] },
];
