// The graders' sample acceptance conversations (a copy of shared/eval/sample.mjs), for the default hotel data/hotel.yml.
// The server runs with its clock pinned to 2026-11-24T12:00:00+03:00 (a Tuesday) and a fresh database.
// Booking cases: `goal` holds the caller's answers per question (a list: the next item is used when the
// question is asked again); `phoneE164` is where the hotel system must hold the booking afterwards.
export default [
  {
    id: 'sample-book-step-by-step',
    goal: {
      first: 'Добрый день, хочу забронировать номер',
      dates: 'с 14 по 16 декабря',
      guests: 'двое взрослых',
      room: 'комфорт',
      name: 'Пётр Сидоров',
      phone: '+7 900 000-00-01',
      phoneE164: '+79000000001',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-14', check_out: '2026-12-16', adults: 2, name_has: 'Сидоров' } },
  },
  {
    id: 'sample-book-all-at-once',
    goal: {
      first: 'Забронируйте стандарт на 9 декабря на одну ночь для одного человека, меня зовут Олег Ковалёв, мой телефон 89000000002',
      phoneE164: '+79000000002',
    },
    maxTurns: 4,
    expect: { booking: { room_type: 'standard', check_in: '2026-12-09', check_out: '2026-12-10', adults: 1, name_has: 'Ковал' } },
  },
  {
    id: 'sample-book-then-change-mind',
    goal: {
      first: 'Хочу забронировать семейный номер на 26 декабря на две ночи, нас четверо',
      name: 'Светлана Орлова',
      phone: '8 900 000 00 03',
      phoneE164: '+79000000003',
    },
    inject: { atTurn: 2, say: 'Нет, подождите, я передумала. Не надо ничего бронировать.', expect: ['(отмен|хорошо|понял|ясно)'], expectBot: true },
    expect: { none: true },
  },
  { id: 'sample-qa-check-in', ask: 'Когда можно заселиться?', expect: ['14[:.]00|14 час|двух часов'] },
  { id: 'sample-qa-parking', ask: 'У вас есть парковка?', expect: ['парк', '900'] },
  { id: 'sample-qa-price', ask: 'Сколько стоит стандартный номер?', expect: ['6[  ]?500|7[  ]?500'] },
  { id: 'sample-qa-pets', ask: 'Можно ли заселиться с собакой?', expect: ['8 кг|8 килограмм|восьми'] },
  { id: 'sample-qa-wifi', ask: 'В номерах есть вайфай?', expect: ['бесплатн'] },
  { id: 'sample-handoff', ask: 'Позовите, пожалуйста, администратора', expect: ['(соедин|переключ|перевожу|администратор)'] },
];
