// Held-out conversations, set I, for the default hotel (shared/hotel/hotel.yml).
// Server clock pinned to 2026-11-24T12:00:00+03:00 (Tuesday), fresh database.
// Caller lines are written the way a speech recogniser delivers them: lowercase, little punctuation,
// numbers as words, fillers, split or joined words.
// Weekend nights are Friday and Saturday nights (hotel.yml).

// ---- helpers for meaning-level regexes (digits with any thousands separator, or the amount in words) ----
const UNITS = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const UNITS_F = ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const TEENS = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];
function below1000(n, fem) {
  const out = [];
  if (Math.floor(n / 100)) out.push(HUNDREDS[Math.floor(n / 100)]);
  const t = n % 100;
  if (t >= 10 && t < 20) out.push(TEENS[t - 10]);
  else {
    if (Math.floor(t / 10)) out.push(TENS[Math.floor(t / 10)]);
    if (t % 10) out.push((fem ? UNITS_F : UNITS)[t % 10]);
  }
  return out.join(' ');
}
function inWords(n) {
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  const parts = [];
  if (th === 1) parts.push('(?:одна )?тысяча');
  else if (th) {
    const l2 = th % 100;
    const l1 = th % 10;
    const form = l2 >= 11 && l2 <= 14 ? 'тысяч' : l1 === 1 ? 'тысяча' : l1 >= 2 && l1 <= 4 ? 'тысячи' : 'тысяч';
    parts.push(`${below1000(th, true)} ${form}`);
  }
  if (r) parts.push(below1000(r, false));
  return parts.join(' ');
}
// an amount of roubles: 6500, 6 500, 6 500, 6.500 or «шесть тысяч пятьсот»
const rub = (n) => {
  const digits = n >= 1000 ? `${Math.floor(n / 1000)}[\\s.,]?${String(n % 1000).padStart(3, '0')}` : String(n);
  return `(?:${digits}|${inWords(n)})`;
};
// two per-night prices named in either order (a receptionist may list nights instead of a total)
const both = (a, b) => `(?:${rub(a)}[^]*${rub(b)}|${rub(b)}[^]*${rub(a)})`;

const T14 = '14[:.]00|14 ч|четырнадцат|двух час|2 час(а|ов)? дня|с двух';
const T12 = '12[:.]00|12 ч|двенадцат|полудн';
const T10 = '10[:.]00|10 ч|10 утра|десят';
const T18 = '18[:.]00|18 ч|восемнадцат|шести вечера|6 вечера';
const T23 = '23[:.]00|23 ч|двадцать тр|одиннадцат';
const HANDOFF = '(соедин|переключ|перевож|перевед|переда[мюё]|администратор|ресепш|оператор|сотрудник|менеджер|555)';
const OUT_OF_SCOPE = '(не могу|не смогу|не подскаж|нет (такой |этой )?информац|не располага|к сожалению|не занимаюсь|не в моих|могу помочь|помочь (с|вам с|по)|по вопросам|ресепш|администратор|555)';
const REFUSE_NO_CODE = '(код|номер брон|номер бронирования|номер заказа|не могу|не можем|не получится|невозможн|нельзя|только (по|при|с|владел|сам)|подтвержд)';
const ACK = '(хорошо|понял|понима|конечно|ясно|ладно|отмен|не буду|не стану|перезвон|ждём|ждем|будем рады|обращайтесь|звоните|всего доброго|до свидания)';

export default [
  // =====================================================================================
  // Bookings: many kinds of callers, answered one question at a time
  // =====================================================================================
  {
    id: 'i-book-elderly-granddaughter',
    kind: 'booking',
    goal: {
      first: 'алло алло здравствуйте девушка это гостиница невский берег да ой хорошо что дозвонилась мне внучка ваш номер дала я к сыну в питер еду на несколько дней хочу у вас номер снять недорогой',
      dates: 'с седьмого декабря это понедельник по девятое значит две ночи',
      guests: 'я одна буду одна',
      room: 'ну самый простой обычный номер',
      name: 'шевчук антонина павловна',
      phone: 'восемь девятьсот триста один двадцать два тридцать три',
      phoneE164: '+79003012233',
      yes: 'да да всё правильно милая',
      nudge: 'так вы меня записали или нет',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-07', check_out: '2026-12-09', adults: 1, name_has: 'Шевчук' } },
  },
  {
    id: 'i-book-hurried-all-at-once',
    kind: 'booking',
    goal: {
      first: 'короче мне комфорт на эту пятницу одна ночь на двоих рудаков глеб телефон восемь девятьсот триста два сорок четыре пятьдесят пять быстро оформите',
      dates: 'на пятницу двадцать седьмое одну ночь',
      guests: 'двое',
      room: 'комфорт',
      name: 'рудаков глеб',
      phone: '8 900 302 44 55',
      phoneE164: '+79003024455',
      yes: 'да да',
      nudge: 'ну так оформили',
    },
    maxTurns: 6,
    expect: { booking: { room_type: 'comfort', check_in: '2026-11-27', check_out: '2026-11-28', adults: 2, name_has: 'Рудаков' } },
  },
  {
    id: 'i-book-secretary-for-director',
    kind: 'booking',
    goal: {
      first: 'добрый день приёмная компании северный альянс меня зовут ирина я хотела бы забронировать номер для нашего генерального директора он приезжает к вам в командировку',
      dates: 'заезд во вторник восьмого декабря выезд в четверг десятого',
      guests: 'он будет один',
      room: 'люкс пожалуйста самый лучший номер',
      name: ['бронь на руководителя кржижановский вадим эдуардович', 'фамилия кржижановский вадим эдуардович'],
      phone: 'запишите мой рабочий мобильный плюс семь девятьсот триста три ноль семь восемьдесят восемь',
      phoneE164: '+79003030788',
      yes: 'да всё верно',
      nudge: 'да оформляйте пожалуйста',
    },
    expect: { booking: { room_type: 'suite', check_in: '2026-12-08', check_out: '2026-12-10', adults: 1, name_has: 'Кржижановск' } },
  },
  {
    id: 'i-book-couple-with-child-five',
    kind: 'booking',
    goal: {
      first: 'здравствуйте мы хотим приехать к вам на выходные перед новым годом мы с мужем и ребёнок пяти лет подскажите что есть и забронируйте',
      dates: 'с пятницы двадцать пятого по воскресенье двадцать седьмое декабря',
      guests: 'мы с мужем и ребёнок пяти лет',
      room: 'давайте комфорт где диван ребёнку',
      name: 'гарипова эльвира',
      phone: '8 900 304 15 16',
      phoneE164: '+79003041516',
      yes: 'да',
      nudge: 'давайте комфорт забронируем',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-25', check_out: '2026-12-27', adults: 2, children: 1, name_has: 'Гарипов' } },
  },
  {
    id: 'i-book-family-new-year-holidays',
    kind: 'booking',
    goal: {
      first: 'алло добрый день нам на новогодние нужен номер чтобы всей семьёй с тридцатого на второе',
      dates: 'с тридцатого декабря на второе января',
      guests: 'нас четверо я жена и двое детей семь и десять лет',
      room: 'семейный конечно',
      name: 'мкртчян арсен',
      phone: '8 900 305 60 61',
      phoneE164: '+79003056061',
      yes: 'да верно',
      nudge: 'да бронируйте семейный',
    },
    expect: { booking: { room_type: 'family', check_in: '2026-12-30', check_out: '2027-01-02', adults: 2, children: 2, name_has: 'Мкртчян' } },
  },
  {
    id: 'i-book-foreign-guest-asks-documents',
    kind: 'booking-interrupted',
    goal: {
      first: 'здравствуйте извините мой русский не очень хорошо я хочу номер для один человек на три ночь',
      dates: 'приезжаю десять декабрь уезжаю тринадцать декабрь',
      guests: 'один человек только я',
      room: 'стандарт это нормально',
      name: 'мой имя томас вебер вебер это фамилия',
      phone: 'мой телефон русский плюс семь девятьсот триста шесть ноль ноль семьдесят семь',
      phoneE164: '+79003060077',
      yes: 'да правильно спасибо',
      nudge: 'хорошо что дальше',
    },
    inject: { atTurn: 2, say: 'извините один вопрос я гражданин германии какой документ нужно для заселение', expect: ['паспорт', 'миграционн'] },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-10', check_out: '2026-12-13', adults: 1, name_has: 'Вебер' } },
  },
  {
    id: 'i-book-in-two-weeks',
    kind: 'booking',
    goal: {
      first: 'ээ здравствуйте мне нужен номер через две недели во вторник на три ночи',
      dates: 'через две недели со вторника на три ночи до пятницы',
      guests: 'буду один',
      room: 'стандарт',
      name: 'загоруйко денис',
      phone: '8 900 307 12 12',
      phoneE164: '+79003071212',
      yes: 'да',
      nudge: 'ну так что бронируем',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-08', check_out: '2026-12-11', adults: 1, name_has: 'Загоруйко' } },
  },
  {
    id: 'i-book-price-question-then-yes',
    kind: 'booking',
    goal: {
      first: 'слушайте а сколько у вас будет стоить стандарт с пятницы четвёртого по воскресенье шестое декабря на двоих',
      dates: 'с четвёртого по шестое декабря',
      guests: 'двое взрослых',
      room: 'стандарт',
      name: 'пятигорская вера',
      phone: '8 900 308 40 41',
      phoneE164: '+79003084041',
      yes: 'да давайте бронируйте',
      nudge: 'хорошо нас устраивает давайте забронируем',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-04', check_out: '2026-12-06', adults: 2, name_has: 'Пятигорск' } },
  },
  {
    id: 'i-book-river-view-surname-first',
    kind: 'booking',
    goal: {
      first: 'добрый вечер забронируйте пожалуйста номер с видом на реку',
      dates: 'с шестнадцатого по восемнадцатое декабря',
      guests: 'вдвоём с женой',
      room: 'комфорт с видом на реку',
      name: 'оганесян ашот фамилия оганесян',
      phone: '8 900 309 77 10',
      phoneE164: '+79003097710',
      yes: 'да',
      nudge: 'да бронируем',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-16', check_out: '2026-12-18', adults: 2, name_has: 'Оганесян' } },
  },
  {
    id: 'i-book-tonight-from-station',
    kind: 'booking',
    goal: {
      first: 'алло мне срочно нужен номер на сегодня на одну ночь я уже в питере на вокзале стою есть что-нибудь',
      dates: 'сегодня на одну ночь до завтра',
      guests: 'один',
      room: 'любой подешевле давайте стандарт',
      name: 'хабибуллин ринат',
      phone: '8 900 310 05 50',
      phoneE164: '+79003100550',
      yes: 'да',
      nudge: 'давайте стандарт бронируйте',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-24', check_out: '2026-11-25', adults: 1, name_has: 'Хабибуллин' } },
  },
  {
    id: 'i-book-rude-tomorrow',
    kind: 'booking',
    goal: {
      first: 'так девушка или кто вы там давайте без лишних разговоров мне стандарт на завтра одна ночь',
      dates: 'я же сказал на завтра одну ночь',
      guests: 'один я один сколько можно спрашивать',
      room: 'стандарт сказал же',
      name: 'дзюба артём',
      phone: 'пишите восемь девятьсот триста одиннадцать девяносто девять ноль восемь',
      phoneE164: '+79003119908',
      yes: 'да да',
      nudge: 'ну и долго ещё',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-25', check_out: '2026-11-26', adults: 1, name_has: 'Дзюба' } },
  },
  {
    id: 'i-book-this-weekend-friends',
    kind: 'booking',
    goal: {
      first: 'здрасьте мы с подругой хотим приехать на эти выходные с пятницы на воскресенье погулять по питеру',
      dates: 'с пятницы на воскресенье вот эти выходные',
      guests: 'нас двое две девушки',
      room: 'стандарт с двумя раздельными кроватями',
      name: 'цыбульская дарья',
      phone: '8 900 312 31 32',
      phoneE164: '+79003123132',
      yes: 'да',
      nudge: 'давайте стандарт',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-27', check_out: '2026-11-29', adults: 2, name_has: 'Цыбульск' } },
  },
  {
    id: 'i-book-wheelchair-mother',
    kind: 'booking',
    goal: {
      first: 'добрый день я ищу гостиницу где может жить человек на инвалидной коляске у вас есть такой номер мы бы забронировали',
      dates: 'с двадцать первого по двадцать четвёртое декабря',
      guests: 'двое я и мама она на коляске',
      room: 'тот который для коляски стандарт',
      name: 'вайнштейн лев борисович',
      phone: '8 900 313 14 15',
      phoneE164: '+79003131415',
      yes: 'да давайте его и забронируем',
      nudge: 'да давайте этот номер забронируем',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-21', check_out: '2026-12-24', adults: 2, name_has: 'Вайнштейн' } },
  },
  {
    id: 'i-book-recogniser-split-words',
    kind: 'booking',
    goal: {
      first: 'але здрасте хочу за бронировать ном ер ком форт на двоих с пятого по седьмое января',
      dates: 'с пятого по седьмое января',
      guests: 'двое взрослых',
      room: 'ком форт',
      name: 'ерохин максим',
      phone: '8 900 314 26 27',
      phoneE164: '+79003142627',
      yes: 'да',
      nudge: 'да бронируйте',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-05', check_out: '2027-01-07', adults: 2, name_has: 'Ерохин' } },
  },
  {
    id: 'i-book-baby-in-standard',
    kind: 'booking-rules',
    goal: {
      first: 'здравствуйте мы едем вдвоём с женой и с малышом ему год и два месяца нам бы обычный стандартный номер и детскую кроватку',
      dates: 'со второго по четвёртое декабря',
      guests: 'двое взрослых и малыш год и два месяца',
      room: 'стандарт',
      name: 'лысенко кирилл',
      phone: '8 900 315 48 49',
      phoneE164: '+79003154849',
      yes: 'да',
      nudge: 'отлично тогда бронируем стандарт',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-02', check_out: '2026-12-04', adults: 2, name_has: 'Лысенко' } },
  },
  {
    id: 'i-book-small-dog-river-view',
    kind: 'booking-rules',
    goal: {
      first: 'добрый день мы путешествуем с собакой она маленькая такса шесть килограмм можно у вас остановиться в номере с видом на фонтанку',
      dates: 'с одиннадцатого по тринадцатое декабря',
      guests: 'я и муж двое',
      room: 'комфорт',
      name: 'белоусова наталья',
      phone: '8 900 316 70 71',
      phoneE164: '+79003167071',
      yes: 'да бронируйте',
      nudge: 'хорошо тогда давайте бронировать комфорт',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-11', check_out: '2026-12-13', adults: 2, name_has: 'Белоусов' } },
  },
  {
    id: 'i-book-chatty-anniversary-suite',
    kind: 'booking',
    goal: {
      first: 'ой здравствуйте слушайте у нас с мужем в декабре годовщина свадьбы двадцать пять лет серебряная представляете и я хочу ему сюрприз сделать чтобы красиво вид на реку всё такое у вас же есть люкс',
      dates: 'с субботы двенадцатого по понедельник четырнадцатое декабря',
      guests: 'вдвоём с мужем',
      room: 'люкс',
      name: 'голубева маргарита витальевна',
      phone: 'восемь девятьсот триста семнадцать ноль пять ноль пять',
      phoneE164: '+79003170505',
      yes: 'да всё так',
      nudge: 'да давайте бронировать люкс',
    },
    expect: { booking: { room_type: 'suite', check_in: '2026-12-12', check_out: '2026-12-14', adults: 2, name_has: 'Голубев' } },
  },
  {
    id: 'i-book-colleagues-next-week',
    kind: 'booking',
    goal: {
      first: 'добрый день нам с коллегой нужен один номер с раздельными кроватями на следующей неделе с понедельника по среду',
      dates: 'с понедельника тридцатого ноября по среду второе декабря',
      guests: 'нас двое я и коллега',
      room: 'стандарт с раздельными кроватями',
      name: 'фамилия хлебников имя станислав',
      phone: 'плюс семь девятьсот триста девятнадцать восемьдесят один восемьдесят два',
      phoneE164: '+79003198182',
      yes: 'да',
      nudge: 'да оформляйте',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-30', check_out: '2026-12-02', adults: 2, name_has: 'Хлебников' } },
  },

  // ---- corrections mid-way ----
  {
    id: 'i-book-dates-corrected-in-answer',
    kind: 'booking-correction',
    goal: {
      first: 'добрый день хочу забронировать стандарт на одного',
      dates: 'с десятого по двенадцатое января ой нет простите с одиннадцатого по тринадцатое января',
      guests: 'один',
      room: 'стандарт',
      name: 'тер-петросян карен',
      phone: '8 900 318 52 53',
      phoneE164: '+79003185253',
      yes: 'да с одиннадцатого по тринадцатое',
      nudge: 'да бронируйте',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-11', check_out: '2027-01-13', adults: 1, name_has: 'Петросян' } },
  },
  {
    id: 'i-book-guests-corrected-room-too-small',
    kind: 'booking-correction',
    goal: {
      first: 'здравствуйте хочу забронировать стандарт на двоих с пятнадцатого по семнадцатое декабря',
      dates: 'с пятнадцатого по семнадцатое декабря',
      guests: ['двое', 'трое взрослых'],
      room: 'тогда давайте комфорт',
      name: 'кузьмина ольга',
      phone: '8 900 320 81 82',
      phoneE164: '+79003208182',
      yes: 'да комфорт на троих',
      nudge: 'а какой тогда номер на троих давайте комфорт',
    },
    inject: { atTurn: 1, say: 'ой подождите с нами ещё сестра поедет так что нас трое взрослых получается' },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-15', check_out: '2026-12-17', adults: 3, name_has: 'Кузьмин' } },
  },
  {
    id: 'i-book-checkout-corrected',
    kind: 'booking-correction',
    goal: {
      first: 'добрый день хочу забронировать семейный номер с шестнадцатого по восемнадцатое января нас двое взрослых и двое детей',
      dates: 'с шестнадцатого по девятнадцатое января',
      guests: 'двое взрослых и двое детей восемь и одиннадцать лет',
      room: 'семейный',
      name: 'эйхенбаум софья',
      phone: '8 900 321 63 64',
      phoneE164: '+79003216364',
      yes: 'да теперь верно',
      nudge: 'да оформляйте',
    },
    inject: { atTurn: 1, say: 'ой я ошиблась мы уезжаем девятнадцатого а не восемнадцатого то есть три ночи' },
    expect: { booking: { room_type: 'family', check_in: '2027-01-16', check_out: '2027-01-19', adults: 2, name_has: 'Эйхенбаум' } },
  },
  {
    id: 'i-book-suite-too-expensive-switch',
    kind: 'booking-correction',
    goal: {
      first: 'здравствуйте сколько стоит люкс на двадцать второе декабря одна ночь',
      dates: 'на двадцать второе декабря одну ночь',
      guests: 'двое',
      room: 'комфорт',
      name: 'сафронов игорь',
      phone: '8 900 322 11 22',
      phoneE164: '+79003221122',
      yes: ['давайте только не люкс а комфорт люкс дороговато', 'да верно'],
      nudge: 'ого дорого а давайте тогда лучше комфорт забронируем на эту же ночь',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-22', check_out: '2026-12-23', adults: 2, name_has: 'Сафронов' } },
  },

  // ---- a question during a booking, then the booking resumes ----
  {
    id: 'i-book-breakfast-question-midway',
    kind: 'booking-interrupted',
    goal: {
      first: 'добрый день хочу забронировать номер комфорт на двоих',
      dates: 'с двадцать восьмого по тридцатое декабря',
      guests: 'двое',
      room: 'комфорт',
      name: 'нгуен тхи лан',
      phone: '8 900 323 90 91',
      phoneE164: '+79003239091',
      yes: 'да',
      nudge: 'хорошо продолжаем бронировать',
    },
    inject: { atTurn: 2, say: 'а завтрак в стоимость входит или отдельно платить', expect: ['(включ|входит|бесплатн)'] },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-28', check_out: '2026-12-30', adults: 2, name_has: 'Нгуен' } },
  },
  {
    id: 'i-book-parking-question-midway',
    kind: 'booking-interrupted',
    goal: {
      first: 'здрасьте нам нужен семейный номер на двое суток с третьего декабря',
      dates: 'с третьего по пятое декабря',
      guests: 'двое взрослых и двое детей шесть и девять лет',
      room: 'семейный',
      name: 'прохоренко василий',
      phone: '8 900 324 33 44',
      phoneE164: '+79003243344',
      yes: 'да',
      nudge: 'понятно давайте дальше с бронью',
    },
    inject: { atTurn: 2, say: 'а кстати парковка у вас есть мы на машине едем', expect: [rub(900)] },
    expect: { booking: { room_type: 'family', check_in: '2026-12-03', check_out: '2026-12-05', adults: 2, name_has: 'Прохоренко' } },
  },
  {
    id: 'i-book-cancellation-question-midway',
    kind: 'booking-interrupted',
    goal: {
      first: 'добрый день хочу забронировать люкс на новый год с тридцать первого на первое',
      dates: 'с тридцать первого декабря на первое января одна ночь',
      guests: 'вдвоём с женой',
      room: 'люкс',
      name: 'карпенко юрий',
      phone: '8 900 325 02 03',
      phoneE164: '+79003250203',
      yes: 'да',
      nudge: 'ясно тогда бронируем',
    },
    inject: { atTurn: 2, say: 'а если вдруг планы поменяются отменить можно бесплатно', expect: ['бесплатн', `(сутк|за день|накануне|${T14})`] },
    expect: { booking: { room_type: 'suite', check_in: '2026-12-31', check_out: '2027-01-01', adults: 2, name_has: 'Карпенко' } },
  },

  // ---- dates the hotel cannot take, then a valid booking ----
  {
    id: 'i-book-past-date-confused-elderly',
    kind: 'booking-dates-refused',
    goal: {
      first: 'здравствуйте доченька мне номер нужен на двадцать третье ноября на две ночи это же завтра да',
      dates: 'ой я запуталась значит с завтрашнего дня на две ночи с двадцать пятого',
      guests: 'я одна',
      room: 'обычный номер',
      name: 'кудрявцева галина петровна',
      phone: 'восемь девятьсот триста двадцать шесть семнадцать семнадцать',
      phoneE164: '+79003261717',
      yes: 'да давайте с завтрашнего на две ночи',
      nudge: 'ой а как же тогда давайте с завтрашнего дня',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-25', check_out: '2026-11-27', adults: 1, name_has: 'Кудрявцев' } },
  },
  {
    id: 'i-book-too-far-then-january',
    kind: 'booking-dates-refused',
    goal: {
      first: 'добрый день хотим забронировать комфорт на майские в двадцать восьмом году с первого по пятое мая мы всё заранее планируем',
      dates: 'а понятно ну тогда давайте на январь двадцать седьмого года с девятнадцатого по двадцать первое',
      guests: 'двое взрослых',
      room: 'комфорт',
      name: 'дьяченко павел',
      phone: '8 900 327 45 46',
      phoneE164: '+79003274546',
      yes: 'да',
      nudge: 'ну тогда давайте на январь с девятнадцатого по двадцать первое',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-19', check_out: '2027-01-21', adults: 2, name_has: 'Дьяченко' } },
  },

  // ---- what the caller wants is not possible: the assistant offers something else, the caller agrees ----
  {
    id: 'i-book-suite-sold-out-take-comfort',
    kind: 'booking-unavailable',
    setup: [
      { room_type: 'suite', check_in: '2027-01-14', check_out: '2027-01-16', adults: 2, children: 0, guest_name: 'Лебедев Антон', phone: '+79003900001' },
      { room_type: 'suite', check_in: '2027-01-14', check_out: '2027-01-16', adults: 1, children: 0, guest_name: 'Соловьёва Нина', phone: '+79003900002' },
    ],
    goal: {
      first: 'добрый день хочу люкс с четырнадцатого по шестнадцатое января на двоих',
      dates: 'с четырнадцатого по шестнадцатое января',
      guests: 'двое',
      room: 'ну раз люкса нет давайте комфорт с видом на реку',
      name: 'белкина алла',
      phone: '8 900 328 58 59',
      phoneE164: '+79003285859',
      yes: 'да давайте комфорт',
      nudge: 'а что тогда есть давайте комфорт',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-14', check_out: '2027-01-16', adults: 2, name_has: 'Белкин' } },
  },
  {
    id: 'i-book-cat-not-in-family-room',
    kind: 'booking-rules',
    goal: {
      first: 'здравствуйте нам нужен семейный номер с восемнадцатого по двадцатое декабря мы едем втроём и с кошкой',
      dates: 'с восемнадцатого по двадцатое декабря',
      guests: 'двое взрослых и сын двенадцать лет',
      room: 'ну тогда комфорт раз с кошкой в семейный нельзя',
      name: 'лапшина елена',
      phone: '8 900 329 20 21',
      phoneE164: '+79003292021',
      yes: 'да давайте комфорт',
      nudge: 'а куда тогда можно с кошкой давайте комфорт',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-18', check_out: '2026-12-20', adults: 2, name_has: 'Лапшин' } },
  },
  {
    id: 'i-book-three-students-standard-too-small',
    kind: 'booking-rules',
    goal: {
      first: 'добрый день нас трое взрослых мы студенты хотим подешевле стандарт на две ночи с седьмого января',
      dates: 'с седьмого по девятое января',
      guests: 'трое взрослых',
      room: 'ладно давайте комфорт',
      name: 'ткаченко роман',
      phone: '8 900 330 67 68',
      phoneE164: '+79003306768',
      yes: 'да давайте комфорт',
      nudge: 'ну а что тогда подойдёт на троих давайте комфорт',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-07', check_out: '2027-01-09', adults: 3, name_has: 'Ткаченко' } },
  },
  {
    id: 'i-book-refuses-phone-then-gives',
    kind: 'booking-no-phone',
    goal: {
      first: 'добрый день хочу стандарт на одного с четырнадцатого по пятнадцатое декабря',
      dates: 'с четырнадцатого по пятнадцатое декабря',
      guests: 'один',
      room: 'стандарт',
      name: 'гусев андрей',
      phone: ['а зачем вам мой телефон я не хочу его давать', 'ну ладно раз без телефона никак пишите восемь девятьсот триста тридцать один ноль девять девяносто'],
      phoneE164: '+79003310990',
      email: 'почту тоже не дам',
      yes: 'да',
      nudge: 'ну и что без телефона нельзя что ли',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-14', check_out: '2026-12-15', adults: 1, name_has: 'Гусев' } },
  },

  // =====================================================================================
  // Changing and cancelling: only with the booking code
  // =====================================================================================
  {
    id: 'i-change-move-dates-with-code',
    kind: 'change',
    setup: [{ room_type: 'standard', check_in: '2026-12-03', check_out: '2026-12-05', adults: 1, children: 0, guest_name: 'Морозов Степан', phone: '+79003320102' }],
    goal: {
      first: 'здравствуйте я у вас бронировал номер на третье декабря хочу перенести на другие даты',
      code: '$setup',
      dates: 'на десятое по двенадцатое декабря так же две ночи',
      guests: 'один',
      room: 'тот же стандарт',
      name: 'морозов степан',
      phone: '8 900 332 01 02',
      phoneE164: '+79003320102',
      yes: 'да переносите',
      nudge: 'да меняйте',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-10', check_out: '2026-12-12' } },
  },
  {
    id: 'i-change-upgrade-room-with-code',
    kind: 'change',
    setup: [{ room_type: 'standard', check_in: '2026-12-16', check_out: '2026-12-18', adults: 2, children: 0, guest_name: 'Ковальчук Ирина', phone: '+79003331213' }],
    goal: {
      first: 'алло добрый день у меня бронь стандарта на шестнадцатое хочу поменять на номер побольше с видом на реку если можно',
      code: '$setup',
      room: 'комфорт',
      dates: 'даты те же с шестнадцатого по восемнадцатое',
      guests: 'двое',
      name: 'ковальчук ирина',
      phone: '8 900 333 12 13',
      phoneE164: '+79003331213',
      yes: 'да меняйте на комфорт',
      nudge: 'да давайте комфорт',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-16', check_out: '2026-12-18' } },
  },
  {
    id: 'i-change-extend-one-night-with-code',
    kind: 'change',
    setup: [{ room_type: 'comfort', check_in: '2026-12-21', check_out: '2026-12-23', adults: 2, children: 0, guest_name: 'Савельев Олег', phone: '+79003342324' }],
    goal: {
      first: 'здравствуйте у нас бронь с двадцать первого по двадцать третье декабря хотим продлить ещё на одну ночь чтобы выехать двадцать четвёртого',
      code: '$setup',
      dates: 'заезд двадцать первого выезд двадцать четвёртого',
      guests: 'двое',
      room: 'тот же комфорт',
      name: 'савельев олег',
      phone: '8 900 334 23 24',
      phoneE164: '+79003342324',
      yes: 'да продлевайте',
      nudge: 'да давайте продлим',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-21', check_out: '2026-12-24' } },
  },
  {
    id: 'i-cancel-with-code-trip-fell-through',
    kind: 'cancel',
    setup: [{ room_type: 'standard', check_in: '2026-12-09', check_out: '2026-12-11', adults: 1, children: 0, guest_name: 'Андреев Николай', phone: '+79003350910' }],
    goal: {
      first: 'добрый день мне нужно отменить бронирование к сожалению поездка сорвалась',
      code: '$setup',
      name: 'андреев николай',
      phone: '8 900 335 09 10',
      phoneE164: '+79003350910',
      dates: 'с девятого по одиннадцатое декабря',
      yes: 'да отменяйте',
      nudge: 'да отменяйте точно',
    },
    expect: { status: 'cancelled', booking: { room_type: 'standard', check_in: '2026-12-09' } },
  },
  {
    id: 'i-cancel-with-code-grandson-ill',
    kind: 'cancel',
    setup: [{ room_type: 'family', check_in: '2026-12-26', check_out: '2026-12-28', adults: 2, children: 2, guest_name: 'Полякова Зинаида', phone: '+79003362627' }],
    goal: {
      first: 'алло здравствуйте слушайте у нас внук заболел мы не сможем приехать надо отменить бронь а деньги с нас не снимут',
      code: '$setup',
      name: 'полякова зинаида',
      phone: 'восемь девятьсот триста тридцать шесть двадцать шесть двадцать семь',
      phoneE164: '+79003362627',
      dates: 'с двадцать шестого по двадцать восьмое декабря',
      yes: 'да отменяйте пожалуйста',
      nudge: 'так отменили или нет',
    },
    expect: { status: 'cancelled', booking: { room_type: 'family', check_in: '2026-12-26' } },
  },
  {
    id: 'i-cancel-with-code-secretary',
    kind: 'cancel',
    setup: [{ room_type: 'suite', check_in: '2027-01-08', check_out: '2027-01-10', adults: 1, children: 0, guest_name: 'Литвинов Аркадий', phone: '+79003370810' }],
    goal: {
      first: 'здравствуйте звоню из приёмной литвинова аркадия семёновича командировку перенесли надо снять его бронь на январь',
      code: '$setup',
      name: 'литвинов аркадий',
      phone: '8 900 337 08 10',
      phoneE164: '+79003370810',
      dates: 'с восьмого по десятое января',
      yes: 'да снимайте',
      nudge: 'да отменяйте',
    },
    expect: { status: 'cancelled', booking: { room_type: 'suite', check_in: '2027-01-08' } },
  },
  {
    // a stranger without the code: the booking must stay live
    id: 'i-cancel-stranger-by-surname',
    kind: 'cancel-refused',
    setup: [{ room_type: 'standard', check_in: '2026-12-17', check_out: '2026-12-19', adults: 1, children: 0, guest_name: 'Зайцева Марина', phone: '+79003381719' }],
    goal: {
      first: 'здравствуйте я хочу отменить бронь моей сестры зайцевой марины на семнадцатое декабря',
      phoneE164: '+79003381719',
    },
    inject: { atTurn: 1, say: 'номера брони у меня нет она вообще не знает что я звоню просто отмените по фамилии', expect: [REFUSE_NO_CODE], expectBot: true },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-17', check_out: '2026-12-19' } },
  },
  {
    id: 'i-cancel-stranger-wrong-code',
    kind: 'cancel-refused',
    setup: [{ room_type: 'comfort', check_in: '2026-12-10', check_out: '2026-12-12', adults: 2, children: 0, guest_name: 'Романов Илья', phone: '+79003391012' }],
    goal: {
      first: 'алло я хочу отменить бронирование на фамилию романов на десятое декабря',
      phoneE164: '+79003391012',
    },
    inject: {
      atTurn: 1,
      say: 'код брони а бэ вэ девятьсот девяносто девять ноль ноль один',
      expect: ['(не найд|не нашл|не удалось|не могу найти|неверн|не совпада|проверьте|уточните|нет такого|не существует|не подход|не получ|верн(ый|ого) код|код[^.]{0,30}(ещё раз|еще раз|повтор))'],
      expectBot: true,
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-10', check_out: '2026-12-12' } },
  },
  {
    id: 'i-cancel-stranger-colleague-with-phone',
    kind: 'cancel-refused',
    setup: [{ room_type: 'family', check_in: '2027-01-20', check_out: '2027-01-22', adults: 2, children: 1, guest_name: 'Тихонов Глеб', phone: '+79003402022' }],
    goal: {
      first: 'здравствуйте отмените бронь на январь на тихонова',
      phoneE164: '+79003402022',
    },
    inject: { atTurn: 1, say: 'кода не знаю я его коллега он просил отменить телефон его плюс семь девятьсот триста сорок двадцать двадцать два', expect: [REFUSE_NO_CODE], expectBot: true },
    expect: { booking: { room_type: 'family', check_in: '2027-01-20', check_out: '2027-01-22' } },
  },

  // =====================================================================================
  // Caller gives up, or declines the assistant's offer
  // =====================================================================================
  {
    id: 'i-abort-will-ask-wife-first',
    kind: 'abort',
    goal: {
      first: 'здравствуйте хочу забронировать комфорт на двоих с двадцать девятого по тридцать первое декабря',
      dates: 'с двадцать девятого по тридцать первое декабря',
      guests: 'двое',
      room: 'комфорт',
      name: 'мельников фёдор',
      phone: '8 900 341 29 31',
      phoneE164: '+79003412931',
    },
    inject: { atTurn: 2, say: 'знаете что не надо ничего бронировать я сначала с женой посоветуюсь потом перезвоню', expect: [ACK], expectBot: true },
    expect: { none: true },
  },
  {
    id: 'i-offer-declined-too-expensive',
    kind: 'offer-no',
    before: ['а сколько стоит люкс на двенадцатое декабря на одну ночь'],
    ask: 'ой нет спасибо это дороговато я ещё подумаю',
    expect: ['(хорошо|понима|конечно|разумеется|обращайтесь|звоните|будем рады|ждём|ждем|всего доброго|до свидания|если (решите|надумаете)|хорошего)'],
    forbid: ['(оформил|забронировал|бронь (создана|оформлена)|бронирование (создано|оформлено))'],
  },
  {
    id: 'i-dates-too-far-wedding',
    kind: 'dates-refused',
    ask: 'здравствуйте а можно уже сейчас забронировать номер на июль двадцать восьмого года у нас там свадьба в питере',
    expect: ['(не можем|не могу|невозможн|нельзя|пока не|ещё не|еще не|не открыт|не принима|слишком|далек|не более|не позднее|в пределах|только на|не дальше|максимум)'],
    forbid: ['(оформил|забронировал|бронь (создана|оформлена))'],
  },

  // =====================================================================================
  // Asking for a human
  // =====================================================================================
  { id: 'i-handoff-no-robots', kind: 'handoff', ask: 'слушайте я не хочу с роботом разговаривать дайте живого человека', expect: [HANDOFF] },
  {
    id: 'i-handoff-billing-question',
    kind: 'handoff',
    ask: 'ээ алло а можно как-то на сотрудника переключиться у меня вопрос по счёту за прошлое проживание там лишнее списали',
    expect: [HANDOFF],
  },
  {
    id: 'i-handoff-lost-watch',
    kind: 'handoff',
    ask: 'девушка я вчера у вас жил и у меня в номере остались часы и я не понимаю куда звонить дайте мне кого-нибудь старшего',
    expect: [HANDOFF],
  },
  {
    id: 'i-handoff-group-conference',
    kind: 'handoff',
    ask: 'здравствуйте мы организуем конференцию нам нужно пятнадцать номеров на три дня с кем можно обсудить групповое бронирование',
    expect: ['(соедин|переключ|перевож|перевед|переда[мюё]|администратор|ресепш|менеджер|сотрудник|отдел|коллег|555|почт|booking@)'],
  },

  // =====================================================================================
  // Out of scope
  // =====================================================================================
  { id: 'i-oos-weather-umbrella', kind: 'out-of-scope', ask: 'ну а какая погода будет в питере на выходных брать зонт или нет', expect: [OUT_OF_SCOPE] },
  {
    id: 'i-oos-theatre-tickets',
    kind: 'out-of-scope',
    ask: 'можете мне заказать билеты в мариинский театр на субботу на вечер',
    expect: [OUT_OF_SCOPE],
    forbid: ['(заказал|забронировал|оформил)[^.]{0,30}билет'],
  },
  { id: 'i-oos-train-ticket', kind: 'out-of-scope', ask: 'мне нужно поменять билет на сапсан на другое время помогите пожалуйста', expect: [OUT_OF_SCOPE] },

  // =====================================================================================
  // Prices for specific dates (weekday 1st/2nd price, Friday and Saturday nights are weekend)
  // =====================================================================================
  {
    id: 'i-price-standard-two-weekdays',
    kind: 'price',
    ask: 'подскажите сколько будет стоить стандарт с первого по третье декабря',
    // Tue + Wed nights: 2 x 6500
    expect: [`${rub(13000)}|${rub(6500)}`],
  },
  {
    id: 'i-price-comfort-weekend',
    kind: 'price',
    ask: 'а почём у вас комфорт на выходные с пятницы четвёртого по воскресенье шестое',
    // Fri + Sat nights: 2 x 9900
    expect: [`${rub(19800)}|${rub(9900)}`],
  },
  {
    id: 'i-price-family-thursday-to-sunday',
    kind: 'price',
    ask: 'семейный номер с четверга десятого по воскресенье тринадцатое декабря сколько выйдет всего',
    // Thu 11500 + Fri 12900 + Sat 12900
    expect: [`${rub(37300)}|${both(11500, 12900)}`],
  },
  {
    id: 'i-price-suite-saturday-night',
    kind: 'price',
    ask: 'люкс на субботу девятнадцатое одна ночь почём',
    expect: [rub(18000)],
  },
  {
    id: 'i-price-followup-tomorrow',
    kind: 'price',
    before: ['сколько стоит стандарт на эту пятницу на одну ночь'],
    ask: 'а если на завтра',
    // Wednesday night
    expect: [rub(6500)],
  },
  {
    id: 'i-price-comfort-new-year-eve',
    kind: 'price',
    ask: 'сколько стоит комфорт с тридцать первого декабря на второе января',
    // Thu 31 Dec 8900 + Fri 1 Jan 9900
    expect: [`${rub(18800)}|${both(8900, 9900)}`],
  },
  {
    id: 'i-price-standard-with-dog',
    kind: 'price',
    ask: 'нам стандарт с завтрашнего дня на две ночи и с нами собачка сколько всего будет',
    // Wed + Thu nights 2 x 6500, pet 2000 for the whole stay
    expect: [`${rub(15000)}|${rub(2000)}|две тысячи`, `${rub(13000)}|${rub(6500)}|${rub(15000)}`],
  },
  {
    id: 'i-price-comfort-next-tuesday-to-friday',
    kind: 'price',
    ask: 'ээ через неделю со вторника по пятницу комфорт на двоих сколько это будет',
    // Tue 1 Dec, Wed, Thu nights: 3 x 8900
    expect: [`${rub(26700)}|${rub(8900)}`],
  },

  // =====================================================================================
  // Hotel facts and follow-up questions
  // =====================================================================================
  {
    id: 'i-faq-check-in-after-flight',
    kind: 'faq',
    ask: 'алло здравствуйте а подскажите пожалуйста мы прилетаем в обед часа в два с какого времени у вас заселение',
    expect: [T14],
  },
  {
    id: 'i-faq-late-check-out-paid',
    kind: 'faq-followup',
    before: ['во сколько у вас выезд'],
    ask: 'а если попозже выехать это платно',
    expect: [T18, '(50|половин)'],
  },
  {
    id: 'i-faq-early-check-in-night-train',
    kind: 'faq',
    ask: 'мы приезжаем ночным поездом в восемь утра можно будет заселиться пораньше',
    expect: [T10, '(50|половин)'],
  },
  {
    id: 'i-faq-breakfast-saturday',
    kind: 'faq-followup',
    before: ['завтрак у вас включён в стоимость'],
    ask: 'а в субботу до скольки он',
    expect: [T12],
  },
  {
    id: 'i-faq-two-questions-checkin-parking',
    kind: 'faq',
    ask: 'слушайте два вопроса во сколько заезд и есть ли у вас парковка',
    expect: [T14, rub(900)],
  },
  {
    id: 'i-faq-transfer-railway-station',
    kind: 'faq-followup',
    before: ['у вас есть трансфер из пулково'],
    ask: 'а с московского вокзала почём',
    expect: [rub(1200)],
  },
  {
    id: 'i-faq-sauna-hours-and-people',
    kind: 'faq-followup',
    before: ['а сауна у вас есть'],
    ask: 'а до скольки она работает и сколько человек туда можно',
    expect: [T23, '(4|четыр)'],
  },
  {
    id: 'i-faq-late-dinner',
    kind: 'faq',
    ask: 'поужинать у вас в отеле можно поздно часов в десять вечера',
    expect: [T23],
  },
  {
    id: 'i-faq-directions-from-metro',
    kind: 'faq',
    ask: 'как до вас от метро добраться далеко идти',
    expect: ['гостин', '(7|сем[ьи])'],
  },
  {
    id: 'i-faq-documents-kazakhstan',
    kind: 'faq',
    ask: 'я гражданка казахстана какие документы нужны при заселении',
    expect: ['паспорт', 'миграционн'],
  },
  {
    id: 'i-faq-minor-alone-olympiad',
    kind: 'rules',
    ask: 'мой сын семнадцать лет едет на олимпиаду может он один у вас поселиться',
    expect: ['(родител|доверенност)'],
  },
  {
    id: 'i-faq-prepayment-followup',
    kind: 'faq-followup',
    before: ['как у вас можно оплатить'],
    ask: 'а предоплату надо вносить заранее',
    expect: ['(не (требуется|нужн|надо|обязательн|берём|берем)|без предоплат|при заселении|на месте|по приезд)'],
  },
  {
    id: 'i-faq-luggage-evening-train',
    kind: 'faq',
    ask: 'мы в двенадцать выезжаем а поезд только вечером куда чемоданы деть',
    expect: ['(камер|хранен)', 'бесплатн'],
  },
  {
    id: 'i-faq-no-show-money',
    kind: 'faq',
    ask: 'а если мы не приедем деньги сгорят или как у вас с отменой',
    expect: ['бесплатн', '(перв|одн)[а-я]* ноч'],
  },
  {
    id: 'i-rules-smoking-by-window',
    kind: 'rules',
    ask: 'а курить в номере можно я у окошка аккуратно',
    expect: ['(нельзя|запрещ|не разреш|не допуска)', rub(5000)],
  },
  {
    id: 'i-rules-folding-bed-for-third',
    kind: 'rules',
    ask: 'можно в стандарт поставить раскладушку нас трое',
    expect: ['(не предоставл|не ставим|не можем|нет дополнительн|невозможн|к сожалению|нельзя)', '(комфорт|семейн)'],
  },
  {
    id: 'i-rules-dog-in-family-room',
    kind: 'rules',
    before: ['можно к вам с собакой'],
    ask: 'а в семейный номер с ней можно',
    expect: ['(нельзя|не допуска|не разреш|запрещ|не можем|к сожалению|не принима|только[^.]{0,60}(стандарт|комфорт))'],
  },
  {
    id: 'i-rules-labrador-thirty-kilos',
    kind: 'rules',
    ask: 'у меня лабрадор тридцать килограмм можно с ним к вам',
    expect: ['(8 ?кг|8 килограм|восьми|восемь кил|до 8)'],
  },
  {
    id: 'i-rules-baby-cot-paid',
    kind: 'faq-followup',
    before: ['мы едем с ребёнком ему год'],
    ask: 'а кроватку детскую дадите она платная',
    expect: ['бесплатн'],
  },
  {
    id: 'i-rules-five-in-one-room',
    kind: 'rules',
    ask: 'нас пятеро двое взрослых и трое детей восемь десять и двенадцать лет в один номер поместимся',
    expect: ['(4|четыр)', '(не |нельзя|два номера|двух номер|максимум|не более|к сожалению)'],
  },
  {
    id: 'i-rules-suite-for-three',
    kind: 'rules',
    ask: 'а люкс на троих можно взять',
    expect: ['(двоих|двух (гост|человек)|2 (гост|человек|-х)|двое)', '(комфорт|семейн)'],
  },
  {
    id: 'i-faq-parking-followup-dialogue',
    kind: 'faq-followup',
    goal: {
      first: 'на машине к вам можно приехать есть где поставить',
      nudge: 'а сколько это стоит в сутки и надо ли заранее место бронировать',
      phoneE164: '+79003790000',
    },
    maxTurns: 3,
    expect: { said: ['(парк|паркинг)', rub(900)] },
  },
];
