// Our own acceptance conversations, in the format of ../shared/eval/sample.mjs, written to check that the
// assistant generalises beyond the sample: other phrasings, corrections, digressions, sold-out nights.
// Clock: 2026-11-24T12:00:00+03:00 (Tuesday). Run: scripts/acceptance.sh eval/more-cases.mjs
const soldOutSuite = (phone, name) => ({ room_type: 'suite', check_in: '2026-12-19', check_out: '2026-12-20', adults: 1, children: 0, guest_name: name, phone });

export default [
  {
    id: 'own-book-colloquial',
    goal: {
      first: 'Здравствуйте! Нам бы номерок на выходные, с пятницы на воскресенье',
      guests: 'нас двое',
      room: 'давайте стандартный',
      name: 'Анна Петрова',
      phone: '8 (900) 000-00-11',
      phoneE164: '+79000000011',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-27', check_out: '2026-11-29', adults: 2, name_has: 'Петров' } },
  },
  {
    id: 'own-book-ordinal-words',
    goal: {
      first: 'Хочу снять номер с двадцать восьмого декабря на три ночи',
      guests: 'трое взрослых',
      room: 'комфорт',
      name: 'Игорь Смирнов',
      phone: '+7 900 000 00 12',
      phoneE164: '+79000000012',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-28', check_out: '2026-12-31', adults: 3, name_has: 'Смирнов' } },
  },
  {
    id: 'own-book-family-with-kids',
    goal: {
      first: 'Добрый вечер, можно забронировать семейный номер?',
      dates: 'с 3 по 6 января',
      guests: 'я с женой и двумя детьми',
      name: 'Максим Волков',
      phone: '89000000013',
      phoneE164: '+79000000013',
    },
    expect: { booking: { room_type: 'family', check_in: '2027-01-03', check_out: '2027-01-06', adults: 2, children: 2, name_has: 'Волков' } },
  },
  {
    id: 'own-book-correct-dates',
    goal: {
      first: 'Забронируйте, пожалуйста, люкс',
      dates: 'с 10 по 12 декабря',
      guests: 'вдвоём',
      name: 'Ольга Николаева',
      phone: '8-900-000-00-14',
      phoneE164: '+79000000014',
    },
    inject: { atTurn: 3, say: 'Извините, я ошиблась, нужно с 11 по 13 декабря' },
    expect: { booking: { room_type: 'suite', check_in: '2026-12-11', check_out: '2026-12-13', adults: 2, name_has: 'Николаев' } },
  },
  {
    id: 'own-book-digression-question',
    goal: {
      first: 'Хочу забронировать номер комфорт',
      dates: 'с 7 по 9 декабря',
      guests: 'один человек',
      name: 'Дмитрий Орлов',
      phone: '+79000000015',
      phoneE164: '+79000000015',
    },
    inject: { atTurn: 2, say: 'А завтрак входит в стоимость?', expect: ['завтрак'] },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-07', check_out: '2026-12-09', adults: 1, name_has: 'Орлов' } },
  },
  {
    id: 'own-book-sold-out-suite',
    setup: [soldOutSuite('+79000000901', 'Гость Первый'), soldOutSuite('+79000000902', 'Гость Второй')],
    goal: {
      first: 'Мне нужен люкс на 19 декабря на одну ночь',
      guests: 'двое',
      room: ['люкс', 'тогда комфорт'],
      name: 'Елена Козлова',
      phone: '8 900 000 00 16',
      phoneE164: '+79000000016',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-19', check_out: '2026-12-20', adults: 2, name_has: 'Козлов' } },
  },
  {
    id: 'own-cancel-mid-booking',
    goal: { first: 'Хочу забронировать стандарт на 5 декабря', phoneE164: '+79000000017' },
    inject: { atTurn: 1, say: 'Знаете, отмена, не нужно ничего', expect: ['(отмен|хорошо|понял|ясно)'], expectBot: true },
    expect: { none: true },
  },
  { id: 'own-qa-checkout', ask: 'До скольки нужно освободить номер?', expect: ['12[:.]00|12 час|полудня'] },
  { id: 'own-qa-breakfast', ask: 'Во сколько завтрак?', expect: ['7[:.]00|8[:.]00'] },
  { id: 'own-qa-address', ask: 'Подскажите ваш адрес', expect: ['Фонтанки'] },
  { id: 'own-qa-transfer', ask: 'Сколько стоит трансфер из аэропорта?', expect: ['2[  ]?800'] },
  { id: 'own-qa-smoking', ask: 'А курить в номере можно?', expect: ['запрещ'] },
  { id: 'own-qa-suite-price', ask: 'Какая цена за люкс?', expect: ['16[  ]?000|18[  ]?000'] },
  { id: 'own-qa-stay-total', ask: 'Сколько будет стоить стандарт с 11 по 13 декабря?', expect: ['15[  ]?000'] },
  { id: 'own-qa-unknown', ask: 'У вас есть бассейн?', forbid: ['бассейн (есть|работает)'], expect: ['(ресепшн|администратор|нет информац|не нашл|не могу|уточн)'] },
  { id: 'own-handoff-human', ask: 'Соедините меня с живым человеком', expect: ['(соедин|переключ|перевожу|администратор)'] },
  // ---- changing a booking (issue 12, item 9): proof first, then what changes, the new price and the difference ----
  {
    id: 'own-change-dates',
    setup: [{ room_type: 'comfort', check_in: '2026-12-14', check_out: '2026-12-16', adults: 2, children: 0, guest_name: 'Полина Воронина', phone: '+79000000018' }],
    goal: { first: 'Здравствуйте, хочу перенести свою бронь', code: '$setup', phone: '8 900 000 00 18', dates: 'на двадцать первое декабря', phoneE164: '+79000000018' },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-21', check_out: '2026-12-23', adults: 2 } },
  },
  {
    id: 'own-change-room',
    setup: [{ room_type: 'standard', check_in: '2026-12-08', check_out: '2026-12-10', adults: 2, children: 0, guest_name: 'Глеб Орехов', phone: '+79000000019' }],
    goal: { first: 'Можно поменять номер в моей брони?', code: '$setup', phone: 'Орехов', room: 'на комфорт', phoneE164: '+79000000019' },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-08', check_out: '2026-12-10' } },
  },
];
