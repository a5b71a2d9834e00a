// Development conversations for the kinds of failure issue 12 names (session 4): cancellations and changes said
// many ways, superlative and comparative price questions, facts asked with other words, weekday totals, questions
// in the middle of a booking, out-of-scope requests, repeated fallbacks and yes/no to the assistant's offers.
// Written for this project by its developers (not taken from any held-out set); each kind has several paraphrases.
// Clock: 2026-11-24T12:00:00+03:00 (Tuesday); Friday and Saturday nights are weekend nights.
// Run: npm run eval -- eval/caller-kinds-cases.mjs
const existing = (phone, name, room = 'comfort', from = '2026-12-14', to = '2026-12-16') => ({ room_type: room, check_in: from, check_out: to, adults: 2, children: 0, guest_name: name, phone });
const cancel = (id, first, n) => ({
  id: `kinds-cancel-${id}`,
  setup: [existing(`+7902000010${n}`, `Гость Отмены ${n}`, 'standard', `2026-12-0${n}`, `2026-12-0${n + 2}`)],
  goal: { first, code: '$setup', phone: `8902000010${n}`, phoneE164: `+7902000010${n}` },
  expect: { status: 'cancelled' },
});
const change = (id, first, n, dates, from, to) => ({
  id: `kinds-change-${id}`,
  setup: [existing(`+7902000020${n}`, `Гость Переноса ${n}`, 'comfort', '2026-12-14', '2026-12-16')],
  goal: { first, code: '$setup', phone: `8902000020${n}`, phoneE164: `+7902000020${n}`, dates },
  expect: { booking: { check_in: from, check_out: to } },
});
// the reply to an out-of-scope request says what the assistant does, and is never «не смогу» alone
const CAN_DO = '(заброни|вопрос\\S* об отеле)';

export default [
  // ---- 1. cancellation said with «номер», «бронирование», «заказ»; changes said many ways ----
  cancel('remove-room', 'Уберите, пожалуйста, мой номер, планы поменялись', 1),
  cancel('not-needed', 'номер нам уже не понадобится, аннулируйте', 2),
  cancel('wont-come', 'алло я не доеду к вам, снимите моё бронирование', 3),
  cancel('decline-room', 'я хочу отказаться от забронированного номера', 4),
  cancel('delete-order', 'удалите мой заказ на декабрь', 5),
  change('shift-day', 'можно мою бронь сдвинуть на день вперёд', 1, 'с 15 по 17 декабря', '2026-12-15', '2026-12-17'),
  change('move-dates', 'мне надо поменять даты в брони', 2, 'с 20 по 22 декабря', '2026-12-20', '2026-12-22'),
  change('reschedule', 'перенесите, пожалуйста, моё проживание на другие числа', 3, 'с 18 по 21 декабря', '2026-12-18', '2026-12-21'),
  change('other-days', 'хочу приехать в другие дни, у меня уже есть бронь', 4, 'с 10 по 12 декабря', '2026-12-10', '2026-12-12'),

  // ---- 2. superlatives and comparatives select by the hotel's prices ----
  { id: 'kinds-cheapest-price', ask: 'а какой номер у вас самый недорогой и почём он', expect: ['Стандарт', '6[  ]?500'], forbid: ['Люкс'] },
  { id: 'kinds-cheapest-plain', ask: 'что у вас есть самое бюджетное?', expect: ['Стандарт'], forbid: ['Люкс'] },
  { id: 'kinds-dearest', ask: 'а самый шикарный и дорогой номер какой', expect: ['Люкс', '16[  ]?000'] },
  { id: 'kinds-dearest-price', ask: 'сколько стоит ваш самый дорогой номер', expect: ['Люкс', '16[  ]?000'], forbid: ['Стандарт»? —'] },
  { id: 'kinds-cheaper-than', ask: 'есть что-то подешевле комфорта?', expect: ['Стандарт'], forbid: ['Люкс', 'Семейн'] },
  { id: 'kinds-dearer-than', ask: 'а что есть дороже стандарта', expect: ['Комфорт'], forbid: ['^Номер «Стандарт»'] },
  { id: 'kinds-biggest', ask: 'какой номер у вас самый просторный', expect: ['Люкс', '45'] },

  // ---- 3. a fact asked with other words ----
  { id: 'kinds-checkin-enter', ask: 'с какого времени у вас можно въезжать', expect: ['14[:.]00'] },
  { id: 'kinds-checkin-settle', ask: 'со скольки пускаете в номер', expect: ['14[:.]00'] },
  { id: 'kinds-checkin-arrive', ask: 'в котором часу можно вселиться', expect: ['14[:.]00'] },
  { id: 'kinds-checkout-free', ask: 'до какого часа нужно освободить комнату', expect: ['12[:.]00'] },
  { id: 'kinds-checkout-leave', ask: 'во сколько надо выселяться', expect: ['12[:.]00'] },
  { id: 'kinds-checkout-hand', ask: 'когда нужно сдать номер в день отъезда', expect: ['12[:.]00'] },
  { id: 'kinds-breakfast-verb', ask: 'а во сколько можно позавтракать', expect: ['7[:.]00|8[:.]00'] },
  { id: 'kinds-smoking-verb', ask: 'у вас можно подымить в комнате', expect: ['запрещ|нельзя'] },
  { id: 'kinds-laundry-verb', ask: 'где можно погладить рубашку', expect: ['прачечн|химчистк'] },
  { id: 'kinds-luggage-verb', ask: 'можно у вас бросить сумки до заселения', expect: ['хранени'] },

  // ---- 4. weekday totals of a named room; a question in the middle of a booking ----
  { id: 'kinds-weekday-total-suite', ask: 'сколько будет люкс с понедельника по четверг', expect: ['48[  ]?000', '3 ночи'] },
  { id: 'kinds-weekday-total-standard', ask: 'во что обойдётся стандарт со вторника до пятницы', expect: ['19[  ]?500', '3 ночи'] },
  {
    id: 'kinds-midbooking-checkout-time',
    goal: { first: 'Хочу забронировать комфорт', dates: 'с 8 по 10 декабря', guests: 'вдвоём', name: 'Инна Кравец', phone: '89020000301', phoneE164: '+79020000301' },
    inject: { atTurn: 2, say: 'кстати, до скольки надо освободить номер при выезде?', expect: ['12[:.]00', '\\?'] },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-08', check_out: '2026-12-10', adults: 2, name_has: 'Кравец' } },
  },
  {
    id: 'kinds-midbooking-breakfast',
    goal: { first: 'нужен номер стандарт с 3 по 5 декабря', guests: 'один', name: 'Глеб Сомов', phone: '89020000302', phoneE164: '+79020000302' },
    inject: { atTurn: 1, say: 'а завтракать у вас где и когда можно', expect: ['7[:.]00|8[:.]00', '\\?'] },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-03', check_out: '2026-12-05', adults: 1, name_has: 'Сомов' } },
  },

  // ---- 5. out of scope, and fallbacks that never repeat word for word ----
  { id: 'kinds-oos-taxi', ask: 'вызовите мне машину до аэропорта на завтра', expect: [CAN_DO] },
  { id: 'kinds-oos-weather', ask: 'какой завтра прогноз погоды в питере', expect: [CAN_DO] },
  { id: 'kinds-oos-tickets', ask: 'можете купить мне билеты на поезд', expect: [CAN_DO] },
  { id: 'kinds-oos-elsewhere', ask: 'посоветуйте хороший ресторан грузинской кухни в городе', expect: [CAN_DO] },
  { id: 'kinds-fallback-second', before: ['вызовите мне машину до аэропорта'], ask: 'а билеты в эрмитаж продаёте', expect: ['например'] },
  { id: 'kinds-fallback-third', before: ['вызовите мне машину до аэропорта', 'а билеты в эрмитаж продаёте'], ask: 'какой курс доллара', expect: ['администратор'] },
  { id: 'kinds-chitchat-second', before: ['как у вас дела'], ask: 'расскажите анекдот', expect: ['например'] },

  // ---- 7. yes/no to the assistant's own offers ----
  { id: 'kinds-no-after-answer', before: ['а парковка у вас есть'], ask: 'нет, спасибо, это всё', expect: ['(До свидания|всего доброго)'], forbid: ['не совсем понятно'] },
  { id: 'kinds-thanks-after-answer', before: ['во сколько заезд'], ask: 'понятно, спасибо', forbid: ['не совсем понятно', 'не понимаю'] },
  { id: 'kinds-yes-after-answer', before: ['а завтрак входит в стоимость'], ask: 'да', expect: ['(Слушаю|вопрос|Чем)'], forbid: ['не совсем понятно'] },
  { id: 'kinds-no-after-price', before: ['сколько стоит комфорт с 9 по 11 декабря'], ask: 'нет, пока не надо', expect: ['Чем ещё'], forbid: ['не совсем понятно'] },

  // ---- set C kinds: a room answer with its description, taking a priced room, closings, questions mid-booking ----
  {
    id: 'kinds-room-with-description',
    goal: { first: 'хочу номер с 12 по 14 декабря', guests: 'вдвоём', room: 'люкс, тот который с гостиной', name: 'Лариса Ветрова', phone: '89020000303', phoneE164: '+79020000303' },
    expect: { booking: { room_type: 'suite', check_in: '2026-12-12', check_out: '2026-12-14', adults: 2, name_has: 'Ветров' } },
  },
  { id: 'kinds-take-priced-room', before: ['почём у вас комфорт'], ask: 'хорошо, тогда оформляйте', expect: ['\\?'], forbid: ['Слушаю', 'не совсем понятно'] },
  { id: 'kinds-close-after-offer', before: ['сколько стоит трансфер из аэропорта'], ask: 'нет, не нужно, доеду на метро, спасибо', expect: ['(До свидания|всего доброго)'], forbid: ['Сколько гостей', 'даты'] },
  { id: 'kinds-close-done', before: ['есть ли у вас сауна'], ask: 'ясно, спасибо, вопросов больше не имею', expect: ['(До свидания|всего доброго)'], forbid: ['Чем ещё', 'Я помогу'] },
  {
    id: 'kinds-question-at-name',
    goal: { first: 'забронируйте стандарт с 6 по 8 декабря на одного', name: 'Роберт Ясинский', phone: '89020000304', phoneE164: '+79020000304' },
    // the room chosen up front is said back with its price and agreed to first (kind B2); the question comes after
    inject: { atTurn: 2, say: 'слушайте а вайфай в номерах бесплатный', expect: ['Wi-Fi', '(имя|зовут|фамил)'] },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-06', check_out: '2026-12-08', adults: 1, name_has: 'Ясинск' } },
  },
  { id: 'kinds-book-and-ask', ask: 'забронируйте семейный с 19 по 21 декабря, а ещё подскажите, во сколько у вас завтрак', expect: ['7[:.]00|8[:.]00', '\\?'], forbid: ['не совсем понятно'] },
  { id: 'kinds-luggage-after-checkout', ask: 'а чемодан после выезда где-нибудь можно оставить до поезда', expect: ['хранени'], forbid: ['Поздний выезд'] },
  { id: 'kinds-oos-table-elsewhere', ask: 'закажите нам столик в кафе на невском на субботу', expect: [CAN_DO], forbid: ['Когда вы планируете', 'даты'] },
  { id: 'kinds-oos-taxi-evening', ask: 'нужно такси к вам к семи вечера', expect: ['(трансфер|заброни|вопрос\\S* об отеле)'], forbid: ['Когда вы планируете', 'даты'] },

  // ---- a question at the room step is answered and the room asked again; said as the choice, it chooses ----
  { id: 'kinds-room-step-which-cheaper', before: ['нужен номер с 15 по 17 декабря', 'будем вдвоём'], ask: 'а который из них подешевле', expect: ['Стандарт', 'Какой номер'], forbid: ['имя'] },
  { id: 'kinds-room-step-differences', before: ['нужен номер с 15 по 17 декабря', 'будем вдвоём'], ask: 'а в чём между ними разница', expect: ['м²', 'Какой номер'], forbid: ['имя', 'нет точной информации'] },
  { id: 'kinds-room-step-choose-cheap', before: ['нужен номер с 15 по 17 декабря', 'будем вдвоём'], ask: 'давайте тот что подешевле', expect: ['имя'] },

  // ---- a plain «нет» to the booking summary asks what to correct; «не надо», «передумал» drop the booking ----
  { id: 'kinds-summary-no-asks-fix', before: ['нужен комфорт с 15 по 17 декабря', 'вдвоём', 'Анна Лосева', '89020000401'], ask: 'нет', expect: ['исправить', 'даты'], forbid: ['не оформляю', 'не будем'] },
  { id: 'kinds-summary-fix-surname', before: ['нужен комфорт с 15 по 17 декабря', 'вдвоём', 'Анна Лосева', '89020000402', 'нет'], ask: 'фамилия не та', expect: ['имя'] },
  { id: 'kinds-summary-fix-value', before: ['нужен комфорт с 15 по 17 декабря', 'вдвоём', 'Анна Лосева', '89020000403', 'нет'], ask: 'выезд восемнадцатого', expect: ['по 18 декабря', 'Всё верно'] },
  { id: 'kinds-summary-changed-mind', before: ['нужен комфорт с 15 по 17 декабря', 'вдвоём', 'Анна Лосева', '89020000404'], ask: 'нет, знаете, я передумала', expect: ['не будем|не оформляю'], forbid: ['исправить'] },

  // ---- no code at the code question: where the code is and how else the booking is proved ----
  { id: 'kinds-code-forgotten-cancel', before: ['мне нужно отменить бронирование'], ask: 'я не помню этот код', expect: ['SMS|письм', 'фамили|телефон', 'код'], forbid: ['не совсем понятно'] },
  { id: 'kinds-code-lost-change', before: ['хочу поменять даты в брони'], ask: 'а код я куда-то задевала, потеряла', expect: ['SMS|письм', 'администратор'], forbid: ['не совсем понятно'] },

  // ---- a time asked against a rule is compared with it; the rule's condition is said ----
  { id: 'kinds-early-time-too-early', ask: 'а если мы приедем в семь утра, нас заселят?', expect: ['Нет, раньше 10[:.]00', 'свободн'] },
  { id: 'kinds-early-time-ok', ask: 'получится заселиться к одиннадцати часам', expect: ['Да', '10[:.]00', 'свободн'] },
  { id: 'kinds-late-time-too-late', ask: 'можно выехать в девять вечера?', expect: ['Нет', '18[:.]00'] },

  // ---- a fact asked with «а раньше/позже можно»: the usual time and the rule ----
  { id: 'kinds-checkout-and-later', ask: 'освободить номер до какого времени надо, а попозже получится?', expect: ['12[:.]00', '18[:.]00'] },
  { id: 'kinds-checkin-and-earlier', ask: 'когда у вас заезд и пораньше заехать можно', expect: ['14[:.]00', '10[:.]00'] },
];
