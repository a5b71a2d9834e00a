// Callers as they really speak (issue 12), the entity side: a day of leaving said alone, durations with fillers,
// relative days with a day of the week, names in many positions (surname first, before «тел.», «меня … зовут»,
// double-barrelled), the hotel's own name said by the caller, colloquial room words, phones said in word groups,
// guests said loosely, and booking codes in formats the hotel never issues. Written for the project, in the style of
// a speech recogniser (lower case, numbers as words, fillers) or of a typed chat; not taken from any held-out set.
// Clock: 2026-11-24T12:00:00+03:00 (Tuesday). Stays are in February–March 2027, where no other case sells rooms out
// (all cases share one hotel system). Run: npm run eval -- eval/callers-cases.mjs
const changing = (phone, name) => ({ room_type: 'comfort', check_in: '2027-03-22', check_out: '2027-03-24', adults: 2, children: 0, guest_name: name, phone });
const existing = (phone, name) => ({ room_type: 'standard', check_in: '2027-03-17', check_out: '2027-03-19', adults: 1, children: 0, guest_name: name, phone });

export default [
  // ---- the day of leaving said alone, after the check-in ----
  {
    id: 'callers-checkout-bare-ordinal-next-month',
    goal: { first: 'ээ здравствуйте номер хотел бы забронировать', dates: ['с двадцать шестого февраля', 'до второго'], guests: 'вдвоем с женой', room: 'комфорт', name: 'тарасов игорь', phone: 'восемь девятьсот ноль ноль ноль ноль ноль семь один', phoneE164: '+79000000071' },
    expect: { booking: { room_type: 'comfort', check_in: '2027-02-26', check_out: '2027-03-02', adults: 2, name_has: 'Тарасов' } },
  },
  {
    id: 'callers-checkout-just-the-day',
    goal: { first: 'мне нужен стандарт заезд двадцать восьмого февраля', dates: ['двадцать восьмого февраля', 'четвертого'], guests: 'я одна', name: 'меня Полина зовут, фамилия Гринёва', phone: '8 900 000 00 72', phoneE164: '+79000000072' },
    expect: { booking: { room_type: 'standard', check_in: '2027-02-28', check_out: '2027-03-04', adults: 1, name_has: 'Грин' } },
  },
  {
    id: 'callers-checkout-leaving-verb',
    goal: { first: 'алло добрый день хочу забронировать люкс с двадцать седьмого марта', dates: ['с двадцать седьмого марта', 'ну выезжаем первого'], guests: 'нас двое', name: 'Яковлев Денис', phone: '89000000073', phoneE164: '+79000000073' },
    expect: { booking: { room_type: 'suite', check_in: '2027-03-27', check_out: '2027-04-01', adults: 2, name_has: 'Яковлев' } },
  },
  // ---- durations and relative days ----
  {
    id: 'callers-duration-unit-first',
    goal: { first: 'здравствуйте мне бы номерочек с десятого марта', dates: ['с десятого марта', 'ну где-то ночи на четыре'], guests: 'один', room: 'самый простой', name: 'нестеров павел', phone: '89000000074', phoneE164: '+79000000074' },
    expect: { booking: { room_type: 'standard', check_in: '2027-03-10', check_out: '2027-03-14', adults: 1, name_has: 'Нестеров' } },
  },
  {
    id: 'callers-duration-weeks-approx',
    goal: { first: 'хочу снять комфорт с четырнадцатого февраля на недели две', guests: 'вдвоём с мужем', name: 'Корнилова Алла', phone: '8 900 000 00 75', phoneE164: '+79000000075' },
    expect: { booking: { room_type: 'comfort', check_in: '2027-02-14', check_out: '2027-02-28', adults: 2, name_has: 'Корнилов' } },
  },
  {
    id: 'callers-relative-split-with-weekday',
    goal: { first: 'слушайте мне номер нужен на после завтра и до воскресенья', guests: 'двое взрослых', room: 'стандарт', name: 'бурова светлана', phone: '89000000076', phoneE164: '+79000000076' },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-26', check_out: '2026-11-29', adults: 2, name_has: 'Буров' } },
  },
  {
    id: 'callers-from-day-for-nights',
    goal: { first: 'забронируйте пожалуйста семейный с восемнадцатого марта на три ночи', guests: 'мы с женой и двое детей шести и девяти лет', name: 'Гусев Тимофей', phone: '89000000077', phoneE164: '+79000000077' },
    expect: { booking: { room_type: 'family', check_in: '2027-03-18', check_out: '2027-03-21', adults: 2, children: 2, name_has: 'Гусев' } },
  },
  // ---- names ----
  {
    id: 'callers-typed-surname-first-tel',
    goal: { first: 'Стандарт 3-5 марта на одного. Воронцова Ксения, тел. 8-900-000-00-78', phoneE164: '+79000000078' },
    maxTurns: 3,
    expect: { booking: { room_type: 'standard', check_in: '2027-03-03', check_out: '2027-03-05', adults: 1, name_has: 'Воронцов' } },
  },
  {
    id: 'callers-typed-name-mob',
    goal: { first: 'Добрый вечер! Комфорт с 7 по 9 марта, 2 взрослых, Зиновьев Аркадий Львович моб. +7 900 000 00 79', phoneE164: '+79000000079' },
    maxTurns: 3,
    expect: { booking: { room_type: 'comfort', check_in: '2027-03-07', check_out: '2027-03-09', adults: 2, name_has: 'Зиновьев' } },
  },
  {
    id: 'callers-name-double-barrelled',
    goal: { first: 'хочу забронировать стандарт с двенадцатого по четырнадцатое марта', guests: 'одна', name: 'запишите на Иванову-Крамскую Ольгу', phone: '89000000080', phoneE164: '+79000000080' },
    expect: { booking: { room_type: 'standard', check_in: '2027-03-12', check_out: '2027-03-14', adults: 1, name_has: 'Крамск' } },
  },
  {
    id: 'callers-name-surname-only-lowercase',
    goal: { first: 'номер нужен на пятнадцатое марта на одну ночь', guests: 'один человек', room: 'стандарт', name: 'записывайте на шаповалова', phone: '89000000081', phoneE164: '+79000000081' },
    expect: { booking: { room_type: 'standard', check_in: '2027-03-15', check_out: '2027-03-16', adults: 1, name_has: 'Шаповалов' } },
  },
  // ---- the hotel's own name ----
  {
    id: 'callers-hotel-name-is-not-guest',
    goal: { first: 'алло это невский берег я хотел бы номер забронировать', dates: 'с шестнадцатого по восемнадцатое февраля', guests: 'двое', room: 'комфорт', name: 'Руслан Ахмедов', phone: '89000000082', phoneE164: '+79000000082' },
    expect: { booking: { room_type: 'comfort', check_in: '2027-02-16', check_out: '2027-02-18', adults: 2, name_has: 'Ахмедов' } },
  },
  {
    id: 'callers-hotel-name-calling-in',
    goal: { first: 'здравствуйте я звоню в гостиницу невский берег мне нужен люкс на девятнадцатое марта на две ночи', guests: 'вдвоем', name: 'Софья Белкина', phone: '89000000083', phoneE164: '+79000000083' },
    expect: { booking: { room_type: 'suite', check_in: '2027-03-19', check_out: '2027-03-21', adults: 2, name_has: 'Белкин' } },
  },
  // ---- room words and phones in word groups ----
  {
    id: 'callers-room-dvushka',
    goal: { first: 'нам бы двушку с двадцатого по двадцать второе февраля', guests: 'трое взрослых и малыш', name: 'Лаптев Егор', phone: 'восемь девятьсот ноль ноль ноль ноль ноль восемьдесят четыре', phoneE164: '+79000000084' },
    expect: { booking: { room_type: 'family', check_in: '2027-02-20', check_out: '2027-02-22', adults: 3, children: 1, name_has: 'Лаптев' } },
  },
  {
    id: 'callers-phone-in-word-groups',
    goal: { first: 'хочу забронировать стандарт на шестнадцатое марта на сутки', guests: 'с ребенком трех лет', name: 'Дарина Смолина', phone: 'восемь девятьсот три пятьсот пятьдесят пять двенадцать восемьдесят пять', phoneE164: '+79035551285' },
    expect: { booking: { room_type: 'standard', check_in: '2027-03-16', check_out: '2027-03-17', adults: 1, children: 1, name_has: 'Смолин' } },
  },
  // ---- booking codes in a format the hotel never issues ----
  {
    id: 'callers-code-wrong-format',
    setup: [existing('+79000000086', 'Олег Миронов')],
    goal: { first: 'мне нужно отменить бронь', code: ['код эй би сорок семь двенадцать', 'тогда соедините с администратором'], phone: '89000000086', phoneE164: '+79000000086' },
    maxTurns: 4,
    expect: { said: ['не нашла бронь с такими данными'] },
  },
  {
    id: 'callers-code-letters-dash',
    goal: { first: 'Хочу отменить бронирование', code: ['КТ-4521', 'не знаю другого'], phone: '89000000088', phoneE164: '+79000000088' },
    maxTurns: 4,
    expect: { said: ['не нашла бронь с такими данными'] },
  },
  // ---- changing a booking: a day alone near the booking, extending it, the proof never read as dates ----
  {
    id: 'callers-change-extend-one-night',
    setup: [changing('+79000000090', 'Нина Карпова')],
    goal: { first: 'здравствуйте хочу продлить бронь ещё на одну ночь', code: '$setup', phone: '8 900 000 00 90', phoneE164: '+79000000090' },
    maxTurns: 6,
    expect: { booking: { room_type: 'comfort', check_in: '2027-03-22', check_out: '2027-03-25' } },
  },
  {
    id: 'callers-change-room-same-dates',
    setup: [changing('+79000000091', 'Инна Сомова')],
    goal: { first: 'поменяйте тип номера на люкс, даты те же', code: '$setup', phone: '8 900 000 00 91', phoneE164: '+79000000091' },
    maxTurns: 6,
    expect: { booking: { room_type: 'suite', check_in: '2027-03-22', check_out: '2027-03-24' } },
  },
  {
    id: 'callers-change-proof-then-dates',
    setup: [changing('+79000000092', 'Нина Карпова')],
    goal: { first: 'нужно перенести бронь', code: '$setup', phone: 'восемь девятьсот ноль ноль ноль ноль ноль девять два, Карпова Нина', dates: 'с двадцать пятого по двадцать седьмое', phoneE164: '+79000000092' },
    maxTurns: 7,
    expect: { booking: { room_type: 'comfort', check_in: '2027-03-25', check_out: '2027-03-27' } },
  },
  {
    id: 'callers-change-checkout-only',
    setup: [changing('+79000000093', 'Лев Сомов')],
    goal: { first: 'хочу изменить даты брони', code: '$setup', phone: '89000000093', dates: 'заезд тот же двадцать второго а выезд двадцать пятого', phoneE164: '+79000000093' },
    maxTurns: 7,
    expect: { booking: { room_type: 'comfort', check_in: '2027-03-22', check_out: '2027-03-25' } },
  },
  {
    id: 'callers-change-shift-later',
    setup: [changing('+79000000095', 'Лев Сомов')],
    goal: { first: 'алло мне надо перенести бронь на два дня позже', code: '$setup', phone: '89000000095', phoneE164: '+79000000095' },
    maxTurns: 6,
    expect: { booking: { room_type: 'comfort', check_in: '2027-03-24', check_out: '2027-03-26' } },
  },
  {
    id: 'callers-change-one-more-guest',
    setup: [changing('+79000000096', 'Нина Карпова')],
    goal: { first: 'хочу изменить бронь', code: '$setup', phone: '89000000096', guests: 'к нам приедет ещё один человек', phoneE164: '+79000000096' },
    maxTurns: 7,
    expect: { booking: { room_type: 'comfort', check_in: '2027-03-22', check_out: '2027-03-24', adults: 3 } },
  },
  {
    id: 'callers-cancel-booking-made-here',
    goal: { first: 'Забронируйте стандарт с 10 по 11 марта на одного, Лев Сомов, телефон 89000000097', phoneE164: '+79000000097' },
    maxTurns: 3,
    inject: { atTurn: 2, say: 'хочу отменить эту бронь' },
    expect: { status: 'cancelled' },
  },
  {
    id: 'callers-code-too-short',
    goal: { first: 'проверьте мою бронь пожалуйста', code: ['один два три четыре пять', 'ну не знаю'], phone: '89000000087', phoneE164: '+79000000087' },
    maxTurns: 4,
    expect: { said: ['не нашла бронь с такими данными'] },
  },
];
