// Fresh acceptance conversations, set C (written blind, from shared/hotel/hotel.yml only).
// Clock: 2026-11-24T12:00:00+03:00 (Tuesday), empty database.
// Most messages imitate a speech recogniser (lowercase, numbers as words, fillers); some are typed chat.
// Phones used by this set: +7 916 710-xx-xx.

// Loose, fact-centred patterns reused below (JS regex sources, matched case-insensitively).
const CHECKIN = '14[:.]00|14 ч|четырнадцат|двух часов|2 часов|2 часа дня|два часа дня|двух дня';
const CHECKOUT = '12[:.]00|12 ч|двенадцат|полудн';
const BYE = 'свидан|хорошего|всего (добр|хорош)|обращайтесь|до встреч|спасибо за (звон|обращ|вопрос)|рад[аы]? (был|помочь)|ждём вас|ждем вас|удачн';
const ACK = `${BYE}|хорошо|понял|ясно|конечно|понятно|отлично|что-то ещё|что-нибудь ещё|чем (ещё|еще)|ещё вопрос|еще вопрос`;
const PAST = 'прош|будущ|позже|позднее|не раньше|минувш|в прошлом|истек|уже наступ|сегодняшн|задн';
const NOTFOUND = 'не наш|не найд|не обнаруж|не совпад|не соответств|не вижу|не могу найти|не удалось найти|брон(и|ь) нет|нет (такой |такого |вашей )?брон';
const HANDOFF = 'соедин|переключ|перевожу|перевед|администратор|555.{0,3}01.{0,3}48';
const SORRY = 'извин|прост|сожал|понима|неприятн|соедин|администратор|переда|переключ|слушаю|чем (могу )?помочь';
const OUTSCOPE = 'не (могу|можем|занима|оказыва|заказыва|располага|предоставля|смогу)|к сожалению|только|ресепшн|администратор';
const PET_LIMIT = '8\\s?(кг|кило)|до 8|восьми|восемь кило';
const PET_NO = 'нельзя|не допуска|не разреш|не размещ|не принима|запрещ|только в|не предусмотр|без (животн|питом)|к сожалению';
const NEXT_BOOK = 'дат|когда|числ|заезд|ноч|сколько|гост|человек|на какой|имя|зовут';

export default [
  // kind 1: greeting + question in one message
  { id: 'c-greet-qa-checkout', ask: 'алло добрый день подскажите пожалуйста до скольки нужно освободить номер в день отъезда', expect: [CHECKOUT] },

  // kind 1: greeting + question in one message
  { id: 'c-greet-qa-breakfast', ask: 'здравствуйте девушка а завтрак у вас в цену входит или отдельно за него платить', expect: ['включ|входит|без доплат|бесплатн'], forbid: ['оплачивается отдельно'] },

  // kind 1: greeting + question in one message
  { id: 'c-greet-qa-address', ask: 'добрый вечер а вы вообще где находитесь адрес какой у вас', expect: ['фонтанк', '48|сорок восем'] },

  // kind 1: greeting + question, typed chat
  { id: 'c-greet-qa-typed-wifi', ask: 'Добрый день! Подскажите, интернет в номерах платный?', expect: ['бесплатн'] },

  // kind 1: greeting + booking request, then step by step
  {
    id: 'c-greet-book-plain',
    goal: {
      first: 'алло здрасьте мне бы номерочек забронировать',
      dates: 'с восьмого по десятое декабря',
      guests: 'двое взрослых нас',
      room: 'ну обычный стандартный',
      name: 'Гаврилов Денис',
      phone: 'восемь девятьсот шестнадцать семьсот десять двенадцать тридцать четыре',
      phoneE164: '+79167101234',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-08', check_out: '2026-12-10', adults: 2, name_has: 'Гаврилов' } },
  },

  // kind 1: greeting + booking request with dates and guests
  {
    id: 'c-greet-book-dates',
    goal: {
      first: 'доброе утро девушка хочу забронировать номер на двоих с пятнадцатого по восемнадцатое декабря',
      dates: 'с пятнадцатого по восемнадцатое декабря',
      guests: 'двое взрослых',
      room: 'комфорт который с видом на реку',
      name: 'Лебедева Екатерина',
      phone: '8 916 710 22 45',
      phoneE164: '+79167102245',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-15', check_out: '2026-12-18', adults: 2, name_has: 'Лебедева' } },
  },

  // kind 2: yes to the assistant's offer (after a price question the caller agrees to book)
  { id: 'c-offer-yes-book', before: ['сколько у вас стоит люкс'], ask: 'ага ну давайте тогда забронируем', expect: [NEXT_BOOK] },

  // kind 2: «нет спасибо» ending
  { id: 'c-offer-no-thanks-end', before: ['а вайфай в номерах есть'], ask: 'нет спасибо больше ничего не надо', expect: [BYE] },

  // kind 2: «да» after «чем ещё помочь» together with a new question
  { id: 'c-offer-yes-with-question', before: ['во сколько у вас заселение'], ask: 'да ещё вопрос а до метро от вас далеко идти', expect: ['гостин|метро', '7|семь'] },

  // kind 2: no to an offered service
  { id: 'c-offer-no-transfer', before: ['а можно у вас заказать трансфер из аэропорта'], ask: 'не не надо я сам доберусь спасибо', expect: [ACK], forbid: ['оформил|заказал|забронировал'] },

  // kind 2: goodbye, typed chat
  { id: 'c-offer-bye-typed', before: ['Сколько стоит семейный номер?'], ask: 'Понятно, спасибо. Больше вопросов нет.', expect: [ACK] },

  // kind 2: price question, then yes to the assistant's offer to book
  {
    id: 'c-offer-yes-after-price',
    goal: {
      first: 'здравствуйте а сколько будет стоить стандарт на двоих с девятого по одиннадцатое декабря',
      nudge: 'да давайте тогда бронируйте',
      dates: 'с девятого по одиннадцатое декабря',
      guests: 'двое',
      room: 'стандарт',
      name: 'Тимур Алиев',
      phone: '+7 916 710 33 01',
      phoneE164: '+79167103301',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-09', check_out: '2026-12-11', adults: 2, name_has: 'Алиев' } },
  },

  // kind 3: name said surname first with patronymic; «одна я»
  {
    id: 'c-name-surname-first',
    goal: {
      first: 'добрый день хотела бы номер забронировать',
      dates: 'с третьего по шестое декабря',
      guests: 'одна я буду',
      room: 'стандарт',
      name: 'Кузнецова Ольга Петровна',
      phone: 'восемь девятьсот шестнадцать семьсот десять сорок ноль два',
      phoneE164: '+79167104002',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-03', check_out: '2026-12-06', adults: 1, name_has: 'Кузнецова' } },
  },

  // kind 3: rare surname
  {
    id: 'c-name-rare-surname',
    goal: {
      first: 'здравствуйте забронируйте комфорт на шестнадцатое декабря на одну ночь',
      dates: 'с шестнадцатого на семнадцатое декабря одна ночь',
      guests: 'двое взрослых',
      room: 'комфорт',
      name: ['Цхадая Леван', 'фамилия Цхадая имя Леван'],
      phone: '89167105117',
      phoneE164: '+79167105117',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-16', check_out: '2026-12-17', adults: 2, name_has: 'Цхадая' } },
  },

  // kind 3: only a first name
  {
    id: 'c-name-first-only',
    goal: {
      first: 'алло ну мне нужен номер на одного с двадцать второго по двадцать четвёртое декабря',
      dates: 'с двадцать второго по двадцать четвёртое декабря',
      guests: 'одна',
      room: 'стандарт',
      name: ['Марина', 'ну просто Марина запишите'],
      phone: 'девятьсот шестнадцать семьсот десять шестьдесят шесть ноль три',
      phoneE164: '+79167106603',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-22', check_out: '2026-12-24', adults: 1, name_has: 'Марина' } },
  },

  // kind 3: guests «я одна»
  {
    id: 'c-guests-alone',
    goal: {
      first: 'здравствуйте мне номер нужен с одиннадцатого по тринадцатое января',
      dates: 'с одиннадцатого по тринадцатое января',
      guests: 'я одна',
      room: 'стандартный',
      name: 'Белова Нина Сергеевна',
      phone: '8-916-710-70-04',
      phoneE164: '+79167107004',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-11', check_out: '2027-01-13', adults: 1, name_has: 'Белова' } },
  },

  // kind 3: guests «вдвоём с мужем»
  {
    id: 'c-guests-with-husband',
    goal: {
      first: 'добрый вечер хочу номер с видом на реку на новогодние с тридцатого декабря по второе января',
      dates: 'с тридцатого декабря по второе января',
      guests: 'вдвоём с мужем',
      room: 'комфорт',
      name: 'Ирина Полякова',
      phone: 'плюс семь девятьсот шестнадцать семьсот десять восемьдесят ноль пять',
      phoneE164: '+79167108005',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-30', check_out: '2027-01-02', adults: 2, name_has: 'Полякова' } },
  },

  // kind 3: family with two children 7 and 10 (they count toward capacity: family room)
  {
    id: 'c-guests-family-kids',
    goal: {
      first: 'здравствуйте нам бы номер на январские с четвёртого по седьмое января',
      dates: 'с четвёртого по седьмое января',
      guests: 'мы с женой и двое детей семи и десяти лет',
      room: 'семейный',
      name: 'Андрей Воробьёв',
      phone: '8 916 710 11 06',
      phoneE164: '+79167101106',
    },
    expect: { booking: { room_type: 'family', check_in: '2027-01-04', check_out: '2027-01-07', adults: 2, children: 2, name_has: 'Воробь' } },
  },

  // kind 3: couple with a baby under 3 in a Standard (the baby does not count toward capacity)
  {
    id: 'c-guests-infant',
    goal: {
      first: 'алло девушка подскажите хочу стандартный номер с четырнадцатого по шестнадцатое декабря',
      dates: 'с четырнадцатого по шестнадцатое декабря',
      guests: 'я с мужем и малышка ей полтора годика',
      room: 'стандарт',
      name: 'Зайцева Алёна',
      phone: '8 916 710 12 07',
      phoneE164: '+79167101207',
      nudge: 'да нам стандарт и кроватку детскую если можно',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-14', check_out: '2026-12-16', adults: 2, name_has: 'Зайцева' } },
  },

  // kind 4: recogniser split word «после завтра», fillers
  {
    id: 'c-noise-poslezavtra',
    goal: {
      first: 'ээ алло ну короче мне номер на после завтра на две ночи',
      dates: 'на после завтра две ночи значит',
      guests: 'ну один я',
      room: 'стандартный',
      name: 'Чернов Олег',
      phone: 'восемь девятьсот шестнадцать семьсот десять тринадцать ноль восемь',
      phoneE164: '+79167101308',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-26', check_out: '2026-11-28', adults: 1, name_has: 'Чернов' } },
  },

  // kind 4: colloquial room words («подешевле», «самый дешёвый»)
  {
    id: 'c-noise-cheapest-room',
    goal: {
      first: 'слушайте мне чё нибудь подешевле самое простое с первого по третье декабря',
      dates: 'с первого по третье декабря',
      guests: 'один человек',
      room: 'самый дешёвый какой есть',
      name: 'Ковальчук Артём',
      phone: '89167101409',
      phoneE164: '+79167101409',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-01', check_out: '2026-12-03', adults: 1, name_has: 'Ковальчук' } },
  },

  // kind 4: split words as the recogniser delivers them («за бронировать», «двух местный»)
  {
    id: 'c-noise-split-words',
    goal: {
      first: 'алло я хочу за бронировать номер двух местный на восемнадцатое декабря',
      dates: 'с восемнадцатого по двадцатое декабря две ночи',
      guests: 'два человека',
      room: 'стандарт обычный',
      name: 'Сафронов Илья',
      phone: '8 916 710 15 10',
      phoneE164: '+79167101510',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-18', check_out: '2026-12-20', adults: 2, name_has: 'Сафронов' } },
  },

  // kind 4: phone number as words with fillers inside
  {
    id: 'c-noise-phone-words',
    goal: {
      first: 'ну здрасьте это самое комфорт на двоих можно с девятого января по одиннадцатое',
      dates: 'с девятого по одиннадцатое января',
      guests: 'двое нас',
      room: 'комфорт',
      name: 'ну Панкратов Виктор',
      phone: 'восемь девятьсот шестнадцать ээ семьсот десять ну шестнадцать одиннадцать',
      phoneE164: '+79167101611',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-09', check_out: '2027-01-11', adults: 2, name_has: 'Панкратов' } },
  },

  // kind 4: fillers around a service question
  { id: 'c-noise-qa-sauna', ask: 'ну эээ слушайте а это самое сауна у вас есть почём час', expect: ['2\\s?500|две тысячи пятьсот|двух тысяч пятисот|две с половиной'] },

  // kind 4: noise and «алло алло» before a question
  { id: 'c-noise-qa-checkin', ask: 'алло алло вы меня слышите ну а заселение со скольки у вас', expect: [CHECKIN] },

  // kind 5: «с пятницы по воскресенье» this weekend
  {
    id: 'c-date-fri-sun',
    goal: {
      first: 'здравствуйте на эти выходные с пятницы по воскресенье есть комфорт нас двое',
      dates: 'с пятницы двадцать седьмого по воскресенье двадцать девятое ноября',
      guests: 'двое',
      room: 'комфорт',
      name: 'Георгий Мельников',
      phone: '8 916 710 17 12',
      phoneE164: '+79167101712',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-11-27', check_out: '2026-11-29', adults: 2, name_has: 'Мельников' } },
  },

  // kind 5: «на неделю»
  {
    id: 'c-date-week',
    goal: {
      first: 'добрый день мне нужен стандарт с седьмого декабря на неделю',
      dates: 'с седьмого по четырнадцатое декабря',
      guests: 'я один',
      room: 'стандарт',
      name: 'Руслан Хабибуллин',
      phone: 'восемь девятьсот шестнадцать семьсот десять восемнадцать тринадцать',
      phoneE164: '+79167101813',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-07', check_out: '2026-12-14', adults: 1, name_has: 'Хабибуллин' } },
  },

  // kind 5: «с двадцатого на три ночи» (month said earlier)
  {
    id: 'c-date-twentieth-three-nights',
    goal: {
      first: 'здравствуйте хотим в декабре к вам приехать',
      dates: ['с двадцатого на три ночи', 'декабря конечно с двадцатого по двадцать третье декабря'],
      guests: 'двое взрослых',
      room: 'комфорт',
      name: 'Симонова Дарья',
      phone: '8 916 710 19 14',
      phoneE164: '+79167101914',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-20', check_out: '2026-12-23', adults: 2, name_has: 'Симонова' } },
  },

  // kind 5: year said as words
  {
    id: 'c-date-year-words',
    goal: {
      first: 'алло здравствуйте нужен номер на пятнадцатое января две тысячи двадцать седьмого года на две ночи',
      dates: 'с пятнадцатого по семнадцатое января две тысячи двадцать седьмого',
      guests: 'двое взрослых',
      room: 'стандарт с двумя кроватями',
      name: 'Павел Глушков',
      phone: '8 916 710 20 15',
      phoneE164: '+79167102015',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-15', check_out: '2027-01-17', adults: 2, name_has: 'Глушков' } },
  },

  // kind 5: a past date (explicit year) must be refused
  { id: 'c-date-past', ask: 'здравствуйте забронируйте мне стандарт на двадцатое ноября две тысячи двадцать шестого года на одну ночь', expect: [PAST] },

  // kind 5: booking «задним числом» for past dates must be refused
  { id: 'c-date-backdated', ask: 'слушайте а можно задним числом оформить проживание с двадцатого по двадцать второе ноября мне для отчёта по командировке', expect: [`${PAST}|нельзя|невозможно|не можем|не могу|не получится`] },

  // kind 5: ordinal days in January
  {
    id: 'c-date-january-ordinals',
    goal: {
      first: 'добрый вечер хочу номер комфорт с третьего по пятое января',
      dates: 'с третьего по пятое января',
      guests: 'втроём мы все взрослые',
      room: 'комфорт',
      name: 'Осипов Кирилл',
      phone: '8 916 710 21 16',
      phoneE164: '+79167102116',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-03', check_out: '2027-01-05', adults: 3, name_has: 'Осипов' } },
  },

  // kind 5: check-in day + number of nights
  {
    id: 'c-date-two-nights',
    goal: {
      first: 'здравствуйте заезд двенадцатого декабря на две ночи стандарт',
      dates: 'заезд двенадцатого декабря на две ночи',
      guests: 'двое',
      room: 'стандарт',
      name: 'Лариса Гусева',
      phone: '8 916 710 22 17',
      phoneE164: '+79167102217',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-12', check_out: '2026-12-14', adults: 2, name_has: 'Гусева' } },
  },

  // kind 6: price for given dates, two weekend nights (Fri 4 + Sat 5 Dec): 2 × 9 900
  { id: 'c-multi-price-weekend', ask: 'здравствуйте сколько будет стоить комфорт с пятницы четвёртого по воскресенье шестое декабря на двоих', expect: ['19\\s?800|девятнадцать тысяч восемьсот'] },

  // kind 6: price for given dates, Thursday + Friday nights: 6 500 + 7 500
  { id: 'c-multi-price-mixed', ask: 'а стандарт с четверга десятого по субботу двенадцатое декабря во сколько обойдётся на одного', expect: ['14\\s?000|четырнадцать тысяч'] },

  // kind 6: question during a booking, then the booking continues
  {
    id: 'c-multi-inject-parking',
    goal: {
      first: 'здравствуйте хочу забронировать стандарт с двадцать шестого по двадцать восьмое января на двоих',
      dates: 'с двадцать шестого по двадцать восьмое января',
      guests: 'двое',
      room: 'стандарт',
      name: 'Логинов Степан',
      phone: '8 916 710 23 18',
      phoneE164: '+79167102318',
    },
    inject: { atTurn: 1, say: 'а кстати парковка у вас есть куда машину ставить', expect: ['900|девятьсот'] },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-26', check_out: '2027-01-28', adults: 2, name_has: 'Логинов' } },
  },

  // kind 6: breakfast question during a booking, then the booking continues
  {
    id: 'c-multi-inject-breakfast',
    goal: {
      first: 'добрый день нужен номер с видом на фонтанку с пятого по восьмое февраля',
      dates: 'с пятого по восьмое февраля',
      guests: 'я и жена',
      room: 'комфорт',
      name: 'Мирон Ефимов',
      phone: '8 916 710 24 19',
      phoneE164: '+79167102419',
    },
    inject: { atTurn: 2, say: 'а завтрак во сколько у вас', expect: ['7[:.]00|7 утра|семи|с 7|8[:.]00|с 8|восьми'] },
    expect: { booking: { room_type: 'comfort', check_in: '2027-02-05', check_out: '2027-02-08', adults: 2, name_has: 'Ефимов' } },
  },

  // kind 6: booking request and a transfer question in one typed message
  { id: 'c-multi-book-and-ask-transfer', ask: 'Хочу забронировать «Комфорт» с 21 по 23 декабря, и ещё скажите, сколько стоит трансфер с Московского вокзала?', expect: ['1\\s?200|тысяча двести|тысячу двести'] },

  // kind 7: early check-in
  { id: 'c-qa-early-checkin', ask: 'мы поездом приезжаем в девять утра нас сразу заселят или ждать до двух', expect: ['10[:.]00|10 ч|десят|с 10', '50|половин|пятьдесят'] },

  // kind 7: late check-out
  { id: 'c-qa-late-checkout', ask: 'а если у нас поезд вечером можно номер подольше подержать ну до пяти часов', expect: ['18[:.]00|18 ч|восемнадцат|шести|6 вечера', '50|половин|пятьдесят'] },

  // kind 7: parking
  { id: 'c-qa-parking', ask: 'а машину где у вас ставить стоянка есть платная', expect: ['900|девятьсот'] },

  // kind 7: payment by «Мир» card
  { id: 'c-qa-card-mir', ask: 'у меня карта мир ей можно будет оплатить', expect: ['мир|карт'], forbid: ['не принима|нельзя'] },

  // kind 7: prepayment
  { id: 'c-qa-prepay', ask: 'надо что-то заранее переводить ну предоплату там', expect: ['не (требуется|нужн|надо|обязательн)|без предоплат|при заселении|на месте|при заезде'] },

  // kind 7: airport transfer price
  { id: 'c-qa-transfer-airport', ask: 'а от пулково вы встречаете сколько это стоит', expect: ['2\\s?800|две тысячи восемьсот'] },

  // kind 7: nearest metro
  { id: 'c-qa-metro', ask: 'как к вам от метро добираться какая станция ближе', expect: ['гостин'] },

  // kind 7: reception phone
  { id: 'c-qa-reception-phone', ask: 'продиктуйте пожалуйста телефон вашего ресепшена', expect: ['555.{0,3}01.{0,3}48'] },

  // kind 7: luggage after check-out
  { id: 'c-qa-luggage', ask: 'после выезда можно где-нибудь вещи оставить до вечера', expect: ['камер|хранен|багаж'] },

  // kind 7: smoking, typed chat
  { id: 'c-qa-smoking', ask: 'Можно ли курить в номере?', expect: ['запрещ|нельзя|не разреш|не курят'] },

  // kind 7: capacity of Comfort (3)
  { id: 'c-qa-capacity-comfort', ask: 'в комфорт втроём поместимся или нет', expect: ['тр[её]х|\\b3\\b|троих|трое'], forbid: ['до двух|не помест|максимум дв|только дво'] },

  // kind 7: documents, typed chat
  { id: 'c-qa-documents', ask: 'Какие документы нужны при заселении?', expect: ['паспорт'] },

  // kind 7: free cancellation, typed chat
  { id: 'c-qa-cancel-policy', ask: 'Если планы поменяются, бронь можно отменить бесплатно?', expect: ['бесплатн', 'сутк|за день|накануне|14[:.]00|14 ч|четырнадцат'] },

  // kind 7: restaurant hours
  { id: 'c-qa-restaurant', ask: 'ресторан у вас до скольки вечером работает', expect: ['23[:.]00|23 ч|двадцати тр[её]х|одиннадцати'] },

  // kind 7: gym, typed chat
  { id: 'c-qa-gym-typed', ask: 'Есть ли у вас спортзал и сколько он стоит?', expect: ['бесплатн'] },

  // kind 7: Suite price on a Saturday night
  { id: 'c-qa-suite-saturday', ask: 'а люкс сколько стоит если на ночь с субботы на воскресенье', expect: ['18\\s?000|восемнадцать тысяч'] },

  // kind 8: small cat in a Comfort, booking goes through
  {
    id: 'c-pet-cat-comfort',
    goal: {
      first: 'здравствуйте хочу комфорт с кошкой с десятого по двенадцатое декабря',
      dates: 'с десятого по двенадцатое декабря',
      guests: 'я одна',
      room: 'комфорт',
      nudge: 'кошечка маленькая три кило весит',
      name: 'Тарасова Вера',
      phone: '8 916 710 25 20',
      phoneE164: '+79167102520',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-10', check_out: '2026-12-12', adults: 1, name_has: 'Тарасова' } },
  },

  // kind 8: dog in a Family room (not allowed): the assistant must say so and point to Standard/Comfort
  {
    id: 'c-pet-family-refused',
    goal: {
      first: 'добрый день нам нужен семейный номер с двадцать седьмого по тридцатое декабря нас четверо и с нами собака',
      dates: 'с двадцать седьмого по тридцатое декабря',
      guests: 'двое взрослых и двое детей девяти и одиннадцати лет',
      room: 'семейный',
      nudge: 'а с собакой точно в семейный нельзя',
      name: 'Гончаров Вадим',
      phone: '8 916 710 26 21',
      phoneE164: '+79167102621',
    },
    maxTurns: 6,
    expect: { said: [PET_NO, 'стандарт|комфорт'] },
  },

  // kind 8: big dog over the weight limit
  { id: 'c-pet-big-dog', ask: 'у меня лабрадор килограмм тридцать пять с ним можно к вам приехать', expect: [PET_LIMIT] },

  // kind 8: Suite with a dog is refused, caller switches to Comfort
  {
    id: 'c-pet-suite-switch',
    goal: {
      first: 'алло хочу люкс с собачкой на субботу девятнадцатое декабря на одну ночь',
      dates: 'с девятнадцатого на двадцатое декабря',
      guests: 'вдвоём',
      room: ['ну тогда комфорт давайте', 'комфорт'],
      nudge: 'давайте тогда комфорт собачка маленькая пять кило',
      name: 'Эльвира Насибуллина',
      phone: '8 916 710 27 22',
      phoneE164: '+79167102722',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-19', check_out: '2026-12-20', adults: 2, name_has: 'Насибуллина' } },
  },

  // kind 8: pet fee
  { id: 'c-pet-fee', ask: 'а за собачку доплата какая будет', expect: ['2\\s?000|две тысячи|двух тысяч'] },

  // kind 9: change dates of an existing booking
  {
    id: 'c-change-dates',
    setup: [{ room_type: 'standard', check_in: '2026-12-10', check_out: '2026-12-12', adults: 2, children: 0, guest_name: 'Морозова Анна', phone: '+79167109001' }],
    goal: {
      first: 'алло здравствуйте мне нужно перенести бронирование на два дня позже',
      code: '$setup',
      phone: 'восемь девятьсот шестнадцать семьсот десять девяносто ноль один',
      name: 'Морозова Анна',
      dates: 'с двенадцатого по четырнадцатое декабря',
      nudge: 'перенесите на даты с двенадцатого по четырнадцатое декабря',
      phoneE164: '+79167109001',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-12', check_out: '2026-12-14', adults: 2 } },
  },

  // kind 9: change room type of an existing booking
  {
    id: 'c-change-room',
    setup: [{ room_type: 'standard', check_in: '2027-01-18', check_out: '2027-01-20', adults: 1, children: 0, guest_name: 'Субботин Игорь', phone: '+79167109002' }],
    goal: {
      first: 'добрый день у меня бронь на стандарт хочу поменять на комфорт',
      code: '$setup',
      phone: '8 916 710 90 02',
      name: 'Субботин Игорь',
      room: 'комфорт',
      nudge: 'поменяйте тип номера на комфорт даты те же',
      phoneE164: '+79167109002',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-18', check_out: '2027-01-20', adults: 1 } },
  },

  // kind 9: change the number of guests of an existing booking
  {
    id: 'c-change-guests',
    setup: [{ room_type: 'comfort', check_in: '2026-12-05', check_out: '2026-12-07', adults: 2, children: 0, guest_name: 'Власова Ксения', phone: '+79167109003' }],
    goal: {
      first: 'здравствуйте у нас забронирован номер к нам ещё подруга едет нужно чтобы было трое',
      code: '$setup',
      phone: 'восемь девятьсот шестнадцать семьсот десять девяносто ноль три',
      name: 'Власова Ксения',
      guests: 'трое взрослых',
      nudge: 'добавьте третьего человека в бронь',
      phoneE164: '+79167109003',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-05', check_out: '2026-12-07', adults: 3 } },
  },

  // kind 9: extend an existing booking by one night
  {
    id: 'c-change-extend',
    setup: [{ room_type: 'standard', check_in: '2027-02-10', check_out: '2027-02-12', adults: 1, children: 0, guest_name: 'Трофимов Николай', phone: '+79167109004' }],
    goal: {
      first: 'алло хочу продлить своё проживание ещё на одну ночь',
      code: '$setup',
      phone: '8 916 710 90 04',
      name: 'Трофимов Николай',
      dates: 'заезд тот же десятого февраля а выезд тринадцатого',
      nudge: 'выезд тринадцатого февраля вместо двенадцатого',
      phoneE164: '+79167109004',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-02-10', check_out: '2027-02-13', adults: 1 } },
  },

  // kind 10: cancel an existing booking with code and phone
  {
    id: 'c-cancel-basic',
    setup: [{ room_type: 'standard', check_in: '2026-12-15', check_out: '2026-12-17', adults: 1, children: 0, guest_name: 'Ершов Максим', phone: '+79167109105' }],
    goal: {
      first: 'здравствуйте хочу отменить бронь',
      code: '$setup',
      phone: '8 916 710 91 05',
      name: 'Ершов Максим',
      yes: 'да отменяйте',
      nudge: 'отмените бронь пожалуйста',
      phoneE164: '+79167109105',
    },
    expect: { status: 'cancelled', booking: { check_in: '2026-12-15' } },
  },

  // kind 10: elderly caller cancels
  {
    id: 'c-cancel-elderly',
    setup: [{ room_type: 'comfort', check_in: '2026-12-21', check_out: '2026-12-24', adults: 2, children: 0, guest_name: 'Кудрявцева Галина', phone: '+79167109106' }],
    goal: {
      first: 'алло дочка здравствуй это я бронировала у вас номер а внук заболел не приедем мы отменить надо',
      code: '$setup',
      phone: 'восемь девятьсот шестнадцать семьсот десять девяносто один ноль шесть',
      name: 'Кудрявцева Галина Ивановна',
      yes: 'да милая отменяй',
      nudge: 'отменить бронь надо',
      phoneE164: '+79167109106',
    },
    expect: { status: 'cancelled', booking: { check_in: '2026-12-21' } },
  },

  // kind 10: cancellation, typed chat
  {
    id: 'c-cancel-typed',
    setup: [{ room_type: 'family', check_in: '2027-01-22', check_out: '2027-01-24', adults: 2, children: 1, guest_name: 'Голубев Роман', phone: '+79167109107' }],
    goal: {
      first: 'Добрый день! Хочу отменить бронирование.',
      code: '$setup',
      phone: '+7 916 710-91-07',
      name: 'Роман Голубев',
      yes: 'Да, подтверждаю отмену.',
      nudge: 'Отмените, пожалуйста, бронь.',
      phoneE164: '+79167109107',
    },
    expect: { status: 'cancelled', booking: { check_in: '2027-01-22' } },
  },

  // kind 10: stranger with the right code but a wrong phone: nothing found, not cancelled
  {
    id: 'c-cancel-wrong-phone',
    setup: [{ room_type: 'standard', check_in: '2026-12-02', check_out: '2026-12-04', adults: 1, children: 0, guest_name: 'Широкова Лидия', phone: '+79167109108' }],
    goal: {
      first: 'здравствуйте отмените бронь',
      code: '$setup',
      phone: '8 916 710 99 99',
      name: 'Петрова',
      yes: 'да',
      nudge: 'ну отмените бронь',
      phoneE164: '+79167109108',
    },
    maxTurns: 6,
    expect: { said: [NOTFOUND] },
  },

  // kind 10: caller with a wrong code (typed): nothing found, not cancelled
  {
    id: 'c-cancel-wrong-code',
    setup: [{ room_type: 'standard', check_in: '2026-12-08', check_out: '2026-12-09', adults: 1, children: 0, guest_name: 'Никитин Глеб', phone: '+79167109109' }],
    goal: {
      first: 'Здравствуйте, нужно отменить бронь.',
      code: 'QWE-123',
      phone: '+7 916 710-91-09',
      name: 'Глеб Никитин',
      yes: 'Да.',
      nudge: 'Отмените бронь, пожалуйста.',
      phoneE164: '+79167109109',
    },
    maxTurns: 6,
    expect: { said: [NOTFOUND] },
  },

  // kind 11: caller does not want to give a phone number
  {
    id: 'c-off-no-phone',
    before: ['здравствуйте хочу забронировать стандарт с десятого по двенадцатое января на одного', 'Лапин Игорь'],
    ask: 'а телефон обязательно давать не люблю я свой номер раздавать',
    expect: ['телефон|номер', 'нуж|необходим|обязател|без (него|телефона|номера)|не (смогу|получится|сможем)|для (связи|подтвержд|бронир)'],
  },

  // kind 11: English speaker
  { id: 'c-off-english', ask: 'hi there do you guys have parking at the hotel', expect: ['900', '\\b(parking|yes|the|per|day|underground)\\b'] },

  // kind 11: rude caller
  { id: 'c-off-rude', ask: 'да вы там уснули что ли третий раз дозвониться не могу бардак какой-то', expect: [SORRY] },

  // kind 11: out of scope: taxi
  { id: 'c-off-taxi', ask: 'закажите мне такси к отелю на шесть вечера', expect: [`${OUTSCOPE}|трансфер`], forbid: ['такси (вызван|заказан)|(вызвал|заказал)[аи]? (вам )?такси'] },

  // kind 11: out of scope: weather, typed chat
  { id: 'c-off-weather', ask: 'Какую погоду обещают в Питере на выходные?', expect: ['не (могу|знаю|располага|подскаж|владе)|к сожалению|нет (информац|данных|доступ)'] },

  // kind 11: asks for the administrator
  { id: 'c-off-admin', ask: 'переключите меня на администратора пожалуйста', expect: [HANDOFF] },

  // kind 11: out of scope: table in another restaurant, typed chat
  { id: 'c-off-restaurant-elsewhere', ask: 'Забронируйте мне, пожалуйста, столик в ресторане на Невском на субботу.', expect: [`${OUTSCOPE}|наш ресторан|фонтанк`] },

  // kind 12: everything in one message (family with two school-age children)
  {
    id: 'c-e2e-all-at-once-family',
    goal: {
      first: 'здравствуйте забронируйте пожалуйста семейный номер с двадцать восьмого декабря по второе января двое взрослых и двое детей восьми и двенадцати лет на фамилию Соколов телефон восемь девятьсот шестнадцать семьсот десять двадцать восемь двадцать три',
      name: 'Соколов Артур',
      phone: '8 916 710 28 23',
      phoneE164: '+79167102823',
    },
    maxTurns: 5,
    expect: { booking: { room_type: 'family', check_in: '2026-12-28', check_out: '2027-01-02', adults: 2, children: 2, name_has: 'Соколов' } },
  },

  // kind 12: changes mind about the room type mid-way
  {
    id: 'c-e2e-change-mind-room',
    goal: {
      first: 'здравствуйте хочу стандартный номер с четырнадцатого по шестнадцатое января',
      dates: 'с четырнадцатого по шестнадцатое января',
      guests: 'двое',
      room: 'комфорт',
      name: 'Юлия Маркова',
      phone: '8 916 710 29 24',
      phoneE164: '+79167102924',
    },
    inject: { atTurn: 2, say: 'ой слушайте а давайте лучше комфорт вместо стандарта', expect: ['комфорт'] },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-14', check_out: '2027-01-16', adults: 2, name_has: 'Маркова' } },
  },

  // kind 12: changes mind about the dates mid-way
  {
    id: 'c-e2e-change-mind-dates',
    goal: {
      first: 'мне нужен комфорт на двоих с пятого января',
      dates: ['с пятого по седьмое января', 'с шестого по восьмое января'],
      guests: 'двое',
      room: 'комфорт',
      name: 'Гордеев Станислав',
      phone: '8 916 710 30 25',
      phoneE164: '+79167103025',
    },
    inject: { atTurn: 2, say: 'ой извините не с пятого а с шестого по восьмое января', expect: ['шест|\\b6\\b|восьм|\\b8\\b'] },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-06', check_out: '2027-01-08', adults: 2, name_has: 'Гордеев' } },
  },

  // kind 12: caller abandons the booking mid-way
  {
    id: 'c-e2e-abort',
    goal: {
      first: 'хочу забронировать люкс на тридцать первое декабря на одну ночь',
      dates: 'с тридцать первого декабря на первое января',
      guests: 'вдвоём',
      room: 'люкс',
      name: 'Кораблёв Антон',
      phone: '8 916 710 31 26',
      phoneE164: '+79167103126',
    },
    inject: { atTurn: 2, say: 'знаете что не надо ничего я передумал дорого', expect: ['хорошо|понял|ясно|отмен|конечно|жаль|не буду'], expectBot: true },
    expect: { none: true },
  },

  // kind 12: step by step, typed chat with e-mail
  {
    id: 'c-e2e-typed-step',
    goal: {
      first: 'Здравствуйте! Хотела бы забронировать номер.',
      dates: '24–26 января',
      guests: '2 взрослых',
      room: 'Стандарт',
      name: 'Анастасия Крылова',
      phone: '+7 (916) 710-32-27',
      email: 'krylova.a@example.com',
      yes: 'Да, всё верно.',
      phoneE164: '+79167103227',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-24', check_out: '2027-01-26', adults: 2, name_has: 'Крылова' } },
  },

  // kind 12: business traveller in a hurry, weekday names with dates
  {
    id: 'c-e2e-business',
    goal: {
      first: 'добрый день мне в командировку номер нужен с понедельника седьмого по четверг десятое декабря я один',
      dates: 'с седьмого по десятое декабря',
      guests: 'один',
      room: 'стандарт',
      name: 'Бондаренко Вячеслав',
      phone: 'восемь девятьсот шестнадцать семьсот десять тридцать три двадцать восемь',
      phoneE164: '+79167103328',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-07', check_out: '2026-12-10', adults: 1, name_has: 'Бондаренко' } },
  },

  // kind 12: «самый лучший номер» as a gift (Suite)
  {
    id: 'c-e2e-suite-gift',
    goal: {
      first: 'здравствуйте хочу жене подарок сделать самый лучший номер на двоих с двадцать четвёртого по двадцать шестое декабря',
      dates: 'с двадцать четвёртого по двадцать шестое декабря',
      guests: 'двое',
      room: 'люкс',
      name: 'Кравец Олег',
      phone: '8 916 710 34 29',
      phoneE164: '+79167103429',
    },
    expect: { booking: { room_type: 'suite', check_in: '2026-12-24', check_out: '2026-12-26', adults: 2, name_has: 'Кравец' } },
  },
];
