// Fresh acceptance conversations, set D (written blind and independently of set C, from shared/hotel/hotel.yml only).
// Clock: 2026-11-24T12:00:00+03:00 (Tuesday), empty database.
// Most messages imitate a speech recogniser (lowercase, numbers as words, fillers); some are typed chat.
// Phones used by this set: +7 926 480-xx-xx.

// Loose, fact-centred patterns reused below (JS regex sources, matched case-insensitively).
const CHECKIN = '14[:.]00|14 ч|четырнадцат|двух часов|2 часов|2 часа дня|два часа дня|двух дня';
const CHECKOUT = '12[:.]00|12 ч|двенадцат|полудн';
const BYE = 'свидан|хорошего|всего (добр|хорош)|обращайтесь|до встреч|спасибо за (звон|обращ|вопрос)|рад[аы]? (был|помочь)|ждём вас|ждем вас|удачн';
const ACK = `${BYE}|хорошо|понял|ясно|конечно|понятно|отлично|что-то ещё|что-нибудь ещё|чем (ещё|еще)|ещё вопрос|еще вопрос|звоните`;
const PAST = 'прош|будущ|позже|позднее|не раньше|минувш|в прошлом|истек|уже наступ|сегодняшн';
const NOTFOUND = 'не наш|не найд|не обнаруж|не совпад|не соответств|не вижу|не могу найти|не удалось найти|брон(и|ь) нет|нет (такой |такого |вашей )?брон';
const HANDOFF = 'соедин|переключ|перевожу|перевед|администратор|оператор|сотрудник|555.{0,3}01.{0,3}48';
const SORRY = 'извин|прост|сожал|понима|неприятн|соедин|администратор|переда|переключ|руковод|жалоб|слушаю|чем (могу )?помочь';
const OUTSCOPE = 'не (могу|можем|занима|оказыва|заказыва|располага|предоставля|смогу)|к сожалению|только|ресепшн|администратор|консьерж';
const PET_LIMIT = '8\\s?(кг|кило)|до 8|восьми|восемь кило';
const PET_NO = 'нельзя|не допуска|не разреш|не размещ|не принима|запрещ|только в|не предусмотр|без (животн|питом)|к сожалению';
const NEXT_BOOK = 'дат|когда|числ|заезд|ноч|сколько|гост|человек|на какой|имя|зовут';

export default [
  // kind 1: greeting + question about the restaurant
  { id: 'd-greet-qa-restaurant', ask: 'добрый день подскажите а ресторан у вас при отеле есть до скольки открыт', expect: ['23[:.]00|до 23|двадцати тр[её]х|одиннадцати вечера|23 ч'] },

  // kind 1: greeting + check-in time
  { id: 'd-greet-qa-checkin', ask: 'здравствуйте а с какого времени можно въезжать в номер', expect: [CHECKIN] },

  // kind 1: greeting + station transfer
  { id: 'd-greet-qa-station', ask: 'алло приветствую а вы с московского вокзала гостей забираете почём', expect: ['1\\s?200|тысяча двести|тысячу двести'] },

  // kind 1: greeting + e-mail question, typed chat
  { id: 'd-greet-qa-email-typed', ask: 'Здравствуйте! Подскажите электронную почту, куда писать по бронированию.', expect: ['booking@nevsky-bereg'] },

  // kind 1: greeting + booking request, step by step
  {
    id: 'd-greet-book-evening',
    goal: {
      first: 'добрый вечер мне бы номер снять на пару ночей',
      dates: 'с семнадцатого по девятнадцатое января',
      guests: 'два взрослых человека',
      room: 'стандарт',
      name: 'Сергей Пахомов',
      phone: 'восемь девятьсот двадцать шесть четыреста восемьдесят ноль один ноль один',
      phoneE164: '+79264800101',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-17', check_out: '2027-01-19', adults: 2, name_has: 'Пахомов' } },
  },

  // kind 1: greeting + New Year booking with dates
  {
    id: 'd-greet-book-newyear',
    goal: {
      first: 'здравствуйте с наступающим вас хочу на новый год номер забронировать с тридцать первого декабря по второе января',
      dates: 'с тридцать первого декабря по второе января',
      guests: 'вдвоём с девушкой',
      room: 'комфорт',
      name: 'Никита Зуев',
      phone: '8 926 480 02 02',
      phoneE164: '+79264800202',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-31', check_out: '2027-01-02', adults: 2, name_has: 'Зуев' } },
  },

  // kind 2: yes to the offer to book after a price question
  { id: 'd-offer-yes-dates', before: ['почём у вас номер комфорт'], ask: 'угу да оформляйте', expect: [NEXT_BOOK] },

  // kind 2: thanks and goodbye
  { id: 'd-offer-thanks-bye', before: ['какой у вас адрес'], ask: 'всё понял спасибо до свидания', expect: [BYE] },

  // kind 2: «да» after «чем ещё помочь» with a new question (weekend breakfast)
  { id: 'd-offer-yes-question-breakfast', before: ['можно с собакой к вам приехать'], ask: 'ясно да и ещё по завтраку в субботу во сколько', expect: ['8[:.]00|с 8|восьми', '12[:.]00|до 12|двенадцат|полудн'] },

  // kind 2: no to the offer to book
  { id: 'd-offer-no-booking', before: ['сколько стоит стандарт на одного'], ask: 'не я пока просто цены узнаю бронировать не буду', expect: [ACK], forbid: ['оформил|забронировал'] },

  // kind 2: availability question, then yes to the offer to book (family with children 5 and 8)
  {
    id: 'd-offer-yes-family',
    goal: {
      first: 'подскажите есть ли свободный семейный номер с третьего по шестое февраля нас двое взрослых и двое детей пяти и восьми лет',
      nudge: 'да отлично давайте бронировать',
      dates: 'с третьего по шестое февраля',
      guests: 'двое взрослых и двое детей пяти и восьми лет',
      room: 'семейный',
      name: 'Рябова Светлана',
      phone: '8 926 480 03 03',
      phoneE164: '+79264800303',
    },
    expect: { booking: { room_type: 'family', check_in: '2027-02-03', check_out: '2027-02-06', adults: 2, children: 2, name_has: 'Рябова' } },
  },

  // kind 2: no to an offered transfer and ending, typed chat
  { id: 'd-offer-typed-no', before: ['Есть ли у вас трансфер из Пулково?'], ask: 'Нет, спасибо, доберусь сама. Это всё.', expect: [ACK], forbid: ['оформил|заказал'] },

  // kind 3: full name, surname first, with patronymic
  {
    id: 'd-name-patronymic',
    goal: {
      first: 'здравствуйте хочу забронировать стандарт с двадцать восьмого по тридцатое ноября',
      dates: 'с двадцать восьмого по тридцатое ноября',
      guests: 'один',
      room: 'стандарт',
      name: 'Исмаилов Рустам Гаджиевич',
      phone: '8 926 480 04 04',
      phoneE164: '+79264800404',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-28', check_out: '2026-11-30', adults: 1, name_has: 'Исмаилов' } },
  },

  // kind 3: rare surname, first name first, spelled on re-ask
  {
    id: 'd-name-rare',
    goal: {
      first: 'добрый день мне нужен комфорт с двадцать третьего по двадцать пятое января',
      dates: 'с двадцать третьего по двадцать пятое января',
      guests: 'мы вдвоём',
      room: 'комфорт',
      name: ['Вероника Штольц', 'Штольц ш т о л ь ц Вероника'],
      phone: '8 926 480 05 05',
      phoneE164: '+79264800505',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-23', check_out: '2027-01-25', adults: 2, name_has: 'Штольц' } },
  },

  // kind 3: indeclinable surname
  {
    id: 'd-name-indeclinable',
    goal: {
      first: 'алло мне на третье декабря на одну ночь стандарт',
      dates: 'с третьего на четвёртое декабря',
      guests: 'одна',
      room: 'стандарт',
      name: 'Пшеничных Алла',
      phone: 'восемь девятьсот двадцать шесть четыреста восемьдесят ноль шесть ноль шесть',
      phoneE164: '+79264800606',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-03', check_out: '2026-12-04', adults: 1, name_has: 'Пшеничных' } },
  },

  // kind 3: only a first name
  {
    id: 'd-name-first-only',
    goal: {
      first: 'здравствуйте комфорт нужен с восемнадцатого по двадцатое февраля',
      dates: 'с восемнадцатого по двадцатое февраля',
      guests: 'один заселяюсь',
      room: 'комфорт',
      name: ['зовите Тимофей', 'Тимофей фамилию не надо'],
      phone: '8 926 480 07 07',
      phoneE164: '+79264800707',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-02-18', check_out: '2027-02-20', adults: 1, name_has: 'Тимофей' } },
  },

  // kind 3: guests «я сам один»
  {
    id: 'd-guests-alone',
    goal: {
      first: 'добрый день стандарт на шестнадцатое декабря на две ночи',
      dates: 'с шестнадцатого по восемнадцатое декабря',
      guests: 'я сам один',
      room: 'стандарт',
      name: 'Гришин Валерий',
      phone: '8 926 480 08 08',
      phoneE164: '+79264800808',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-16', check_out: '2026-12-18', adults: 1, name_has: 'Гришин' } },
  },

  // kind 3: guests «мы с женой вдвоём»
  {
    id: 'd-guests-with-wife',
    goal: {
      first: 'здравствуйте нужен номер с видом на реку с одиннадцатого по четырнадцатое февраля',
      dates: 'с одиннадцатого по четырнадцатое февраля',
      guests: 'мы с женой вдвоём',
      room: 'комфорт',
      name: 'Прохоров Евгений',
      phone: '8 926 480 09 10',
      phoneE164: '+79264800910',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-02-11', check_out: '2027-02-14', adults: 2, name_has: 'Прохоров' } },
  },

  // kind 3: three adults described in words
  {
    id: 'd-guests-three-adults',
    goal: {
      first: 'алло нам бы комфорт с двадцать шестого по двадцать восьмое декабря',
      dates: 'с двадцать шестого по двадцать восьмое декабря',
      guests: 'нас трое взрослых я мама и сестра',
      room: 'комфорт',
      name: 'Виктория Захарова',
      phone: '8 926 480 10 10',
      phoneE164: '+79264801010',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-26', check_out: '2026-12-28', adults: 3, name_has: 'Захарова' } },
  },

  // kind 3: parent with a teenager (counts as a child and as a guest)
  {
    id: 'd-guests-parent-teen',
    goal: {
      first: 'здравствуйте нужен стандарт с двадцать девятого по тридцать первое декабря',
      dates: 'с двадцать девятого по тридцать первое декабря',
      guests: 'я и сын ему четырнадцать лет',
      room: 'стандарт',
      name: 'Лаптева Ольга',
      phone: '8 926 480 10 11',
      phoneE164: '+79264801011',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-29', check_out: '2026-12-31', adults: 1, children: 1, name_has: 'Лаптева' } },
  },

  // kind 4: «на завтра», «ночку», fillers
  {
    id: 'd-noise-zavtra',
    goal: {
      first: 'ну ээ алло на завтра номерок есть на одну ночку',
      dates: 'на завтра одна ночь',
      guests: 'только я один еду',
      room: 'любой подешевле стандарт',
      name: 'Гусейнов Тагир',
      phone: 'восемь девятьсот двадцать шесть четыреста восемьдесят ноль девять ноль девять',
      phoneE164: '+79264800909',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-25', check_out: '2026-11-26', adults: 1, name_has: 'Гусейнов' } },
  },

  // kind 4: colloquial «люксик»
  {
    id: 'd-noise-lyuksik',
    goal: {
      first: 'слышь девушка а люксик на двоих с тринадцатого на четырнадцатое февраля свободен',
      dates: 'с тринадцатого по четырнадцатое февраля',
      guests: 'двое',
      room: 'люкс',
      name: 'Ангелина Смирнова',
      phone: '8 926 480 11 10',
      phoneE164: '+79264801110',
    },
    expect: { booking: { room_type: 'suite', check_in: '2027-02-13', check_out: '2027-02-14', adults: 2, name_has: 'Смирнова' } },
  },

  // kind 4: split words («ком форт»), «на трое суток»
  {
    id: 'd-noise-split',
    goal: {
      first: 'здрасьте хочу ком форт на двадцать пятое января на трое суток',
      dates: 'с двадцать пятого по двадцать восьмое января',
      guests: 'взрослых двое',
      room: 'комфорт',
      name: 'Бирюков Антон',
      phone: '8 926 480 11 11',
      phoneE164: '+79264801111',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-25', check_out: '2027-01-28', adults: 2, name_has: 'Бирюков' } },
  },

  // kind 4: phone dictated digit by digit
  {
    id: 'd-noise-phone-digits',
    goal: {
      first: 'алло ну короче стандарт на одного с пятого по седьмое декабря',
      dates: 'с пятого по седьмое декабря',
      guests: 'один',
      room: 'стандарт',
      name: 'Лукин Фёдор',
      phone: 'восемь девять два шесть четыре восемь ноль один два один два',
      phoneE164: '+79264801212',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-05', check_out: '2026-12-07', adults: 1, name_has: 'Лукин' } },
  },

  // kind 4: slang question about breakfast
  { id: 'd-noise-qa-breakfast', ask: 'короче а завтрак этот шведский стол он типа включён или чё', expect: ['включ|входит'] },

  // kind 4: fillers, check-out time and staying later
  { id: 'd-noise-qa-late', ask: 'ну э выезд у вас во сколько а попозже задержаться можно', expect: [CHECKOUT, '18[:.]00|18 ч|восемнадцат|шести|6 вечера|50|половин'] },

  // kind 5: weekend «с субботы до понедельника»
  {
    id: 'd-date-sat-mon',
    goal: {
      first: 'добрый день на ближайшие выходные с субботы до понедельника стандарт на двоих есть',
      dates: 'с субботы двадцать восьмого по понедельник тридцатое ноября',
      guests: 'двое',
      room: 'стандарт',
      name: 'Карина Мухаметова',
      phone: '8 926 480 13 13',
      phoneE164: '+79264801313',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-28', check_out: '2026-11-30', adults: 2, name_has: 'Мухаметова' } },
  },

  // kind 5: «на трое суток» from a day in January
  {
    id: 'd-date-three-days',
    goal: {
      first: 'здравствуйте мне комфорт с десятого января на трое суток',
      dates: 'с десятого по тринадцатое января',
      guests: 'одна я',
      room: 'комфорт',
      name: 'Жанна Кириллова',
      phone: '8 926 480 14 14',
      phoneE164: '+79264801414',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-10', check_out: '2027-01-13', adults: 1, name_has: 'Кириллова' } },
  },

  // kind 5: «на две недели»
  {
    id: 'd-date-two-weeks',
    goal: {
      first: 'мне на две недели с первого февраля номер нужен стандарт',
      dates: 'с первого по пятнадцатое февраля',
      guests: 'на одного человека',
      room: 'стандарт',
      name: 'Шамсутдинов Ринат',
      phone: '8 926 480 15 15',
      phoneE164: '+79264801515',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-02-01', check_out: '2027-02-15', adults: 1, name_has: 'Шамсутдинов' } },
  },

  // kind 5: year said as words
  {
    id: 'd-date-year-words',
    goal: {
      first: 'здравствуйте стандарт с двадцать второго декабря две тысячи двадцать шестого года по двадцать пятое',
      dates: 'с двадцать второго по двадцать пятое декабря',
      guests: 'двое взрослых',
      room: 'стандарт',
      name: 'Егоров Матвей',
      phone: '8 926 480 16 16',
      phoneE164: '+79264801616',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-22', check_out: '2026-12-25', adults: 2, name_has: 'Егоров' } },
  },

  // kind 5: past dates of this year must be refused
  { id: 'd-date-past-this-year', ask: 'мне бы номер с семнадцатого по девятнадцатое ноября этого года на двоих', expect: [PAST] },

  // kind 5: past date with the year said as words must be refused
  { id: 'd-date-past-october', ask: 'забронируйте стандарт на пятое октября две тысячи двадцать шестого года', expect: [PAST] },

  // kind 5: weekday names with dates
  {
    id: 'd-date-weekday-names',
    goal: {
      first: 'добрый день комфорт на двоих с понедельника четырнадцатого по среду шестнадцатое декабря',
      dates: 'заезд четырнадцатого выезд шестнадцатого декабря',
      guests: 'двое',
      room: 'комфорт',
      name: 'Алексей Данилин',
      phone: '8 926 480 17 17',
      phoneE164: '+79264801717',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-14', check_out: '2026-12-16', adults: 2, name_has: 'Данилин' } },
  },

  // kind 5: «в ночь с одиннадцатого на двенадцатое»
  {
    id: 'd-date-one-night',
    goal: {
      first: 'алло мне стандарт в ночь с одиннадцатого на двенадцатое декабря',
      dates: 'в ночь с одиннадцатого на двенадцатое декабря',
      guests: 'одна буду',
      room: 'стандарт',
      name: 'Фомина Дина',
      phone: '8 926 480 18 18',
      phoneE164: '+79264801818',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-11', check_out: '2026-12-12', adults: 1, name_has: 'Фомина' } },
  },

  // kind 5: month first, days later
  {
    id: 'd-date-month-then-days',
    goal: {
      first: 'хочу в феврале к вам приехать где-то в середине месяца',
      dates: ['ну числа с шестнадцатого по девятнадцатое', 'февраля с шестнадцатого по девятнадцатое февраля'],
      guests: 'двое',
      room: 'комфорт',
      name: 'Гладкова Майя',
      phone: '8 926 480 19 19',
      phoneE164: '+79264801919',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-02-16', check_out: '2027-02-19', adults: 2, name_has: 'Гладкова' } },
  },

  // kind 6: total price for Family, Fri 18 + Sat 19 (weekend) + Sun 20 (weekday): 12 900 × 2 + 11 500
  { id: 'd-multi-price-family', ask: 'семейный с пятницы восемнадцатого по понедельник двадцать первое декабря сколько всего выйдет', expect: ['37\\s?300|тридцать семь тысяч триста'] },

  // kind 6: total price for Suite, three weekday nights from Monday 1 February: 3 × 16 000
  { id: 'd-multi-price-suite', ask: 'а люкс на три ночи с понедельника первого февраля сколько будет стоить в сумме', expect: ['48\\s?000|сорок восемь тысяч'] },

  // kind 6: pet question during a booking, then the booking continues
  {
    id: 'd-multi-inject-cat',
    goal: {
      first: 'здравствуйте хочу стандарт с девятнадцатого по двадцать первое января на одного',
      dates: 'с девятнадцатого по двадцать первое января',
      guests: 'одна',
      room: 'стандарт',
      nudge: 'кот небольшой килограмма четыре',
      name: 'Олеся Виноградова',
      phone: '8 926 480 20 20',
      phoneE164: '+79264802020',
    },
    inject: { atTurn: 1, say: 'а с котом можно будет он небольшой', expect: ['можно|2\\s?000|две тысячи|8\\s?(кг|кило)|восьми'] },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-19', check_out: '2027-01-21', adults: 1, name_has: 'Виноградова' } },
  },

  // kind 6: cancellation-policy question during a booking, then the booking continues
  {
    id: 'd-multi-inject-noshow',
    goal: {
      first: 'добрый день комфорт на двоих с седьмого по девятое февраля',
      dates: 'с седьмого по девятое февраля',
      guests: 'двое',
      room: 'комфорт',
      name: 'Борис Ткаченко',
      phone: '8 926 480 21 21',
      phoneE164: '+79264802121',
    },
    inject: { atTurn: 2, say: 'а если вдруг не приедем что тогда будет', expect: ['перв|сутк|14[:.]00|бесплатн'] },
    expect: { booking: { room_type: 'comfort', check_in: '2027-02-07', check_out: '2027-02-09', adults: 2, name_has: 'Ткаченко' } },
  },

  // kind 6: two questions in one typed message
  { id: 'd-multi-two-questions', ask: 'Во сколько у вас заезд и до скольки нужно выехать?', expect: [CHECKIN, CHECKOUT] },

  // kind 6: booking request plus a question in one message, the booking goes on
  {
    id: 'd-multi-book-plus-question',
    goal: {
      first: 'хочу комфорт с двадцать девятого января по первое февраля на двоих и скажите сразу завтрак входит в стоимость',
      dates: 'с двадцать девятого января по первое февраля',
      guests: 'двое',
      room: 'комфорт',
      name: 'Мартынова Елена',
      phone: '8 926 480 22 21',
      phoneE164: '+79264802221',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-29', check_out: '2027-02-01', adults: 2, name_has: 'Мартынова' } },
  },

  // kind 7: weekday breakfast hours
  { id: 'd-qa-breakfast-weekday', ask: 'а в будни во сколько кормят завтраком', expect: ['7[:.]00|с 7|семи', '11[:.]00|до 11|одиннадцат'] },

  // kind 7: check-out time phrased as handing over keys
  { id: 'd-qa-keys', ask: 'к какому часу надо сдать ключи в день отъезда', expect: [CHECKOUT] },

  // kind 7: cash payment
  { id: 'd-qa-cash', ask: 'наличкой можно будет рассчитаться', expect: ['налич|можно|принима'], forbid: ['не принима|только карт'] },

  // kind 7: payment through SBP
  { id: 'd-qa-sbp', ask: 'а по сбп переводом оплатить можно', expect: ['сбп|можно|принима|систем'], forbid: ['нельзя|не принима'] },

  // kind 7: Visa card, typed chat
  { id: 'd-qa-visa-typed', ask: 'Принимаете ли вы карты Visa?', expect: ['visa|виза|принима'], forbid: ['не принима'] },

  // kind 7: how long from the airport
  { id: 'd-qa-airport-time', ask: 'сколько от аэропорта до вас на машине ехать примерно', expect: ['40|сорок'] },

  // kind 7: walking time from the metro
  { id: 'd-qa-walk-metro', ask: 'пешком от гостиного двора долго идти до вас', expect: ['7|семь'] },

  // kind 7: Suite capacity (2)
  { id: 'd-qa-suite-capacity', ask: 'в люксе можно втроём разместиться', expect: ['дво(е|их)|двух|\\b2\\b'], forbid: ['до тр[её]х|до 3\\b'] },

  // kind 7: biggest room and its capacity
  { id: 'd-qa-biggest-room', ask: 'какой у вас самый большой номер на сколько человек', expect: ['семейн', '4|четыр'] },

  // kind 7: extra bed, typed chat
  { id: 'd-qa-extra-bed', ask: 'Можно поставить в номер дополнительную кровать?', expect: ['не предоставля|не ставим|нет|нельзя|к сожалению'] },

  // kind 7: baby cot
  { id: 'd-qa-baby-cot', ask: 'а детскую кроватку для малыша дадите сколько стоит', expect: ['бесплатн'] },

  // kind 7: minors, typed chat
  { id: 'd-qa-minors', ask: 'Дочке 17 лет, она может заселиться одна?', expect: ['доверенн|родител|18|восемнадцат'] },

  // kind 7: laundry, typed chat
  { id: 'd-qa-laundry-typed', ask: 'Есть ли у вас прачечная? До какого времени нужно сдать вещи, чтобы получить их в тот же день?', expect: ['10[:.]00|до 10|десяти'] },

  // kind 7: sauna hours and booking
  { id: 'd-qa-sauna-booking', ask: 'до какого часа работает сауна и надо ли туда записываться', expect: ['23[:.]00|23 ч|двадцати тр[её]х|одиннадцати', 'запис|предварительн|заранее|брониров'] },

  // kind 7: room service late in the evening
  { id: 'd-qa-room-service', ask: 'можно ли поздно вечером еду в номер заказать до скольки', expect: ['23[:.]00|23 ч|двадцати тр[её]х|одиннадцати'] },

  // kind 7: foreign guest documents, typed chat
  { id: 'd-qa-foreign-docs', ask: 'Я гражданин Узбекистана. Какие документы нужны для заселения?', expect: ['паспорт', 'миграц'] },

  // kind 7: parking must be reserved in advance
  { id: 'd-qa-parking-reserve', ask: 'парковочное место надо заранее бронировать или можно просто приехать', expect: ['заранее|брониров|заблаговременно'] },

  // kind 7: smoking fine
  { id: 'd-qa-smoking-fine', ask: 'какой штраф будет если покурить в номере', expect: ['5\\s?000|пять тысяч|пяти тысяч'] },

  // kind 7: wheelchair accessibility
  { id: 'd-qa-wheelchair', ask: 'у вас есть номера для людей на инвалидной коляске', expect: ['оборудован|приспособ|лифт|стандарт'] },

  // kind 7: Family room weekday price
  { id: 'd-qa-family-weekday-price', ask: 'почём семейный номер в будний день', expect: ['11\\s?500|одиннадцать тысяч пятьсот'] },

  // kind 8: small dog in a Standard, booking goes through
  {
    id: 'd-pet-yorkie-standard',
    goal: {
      first: 'здравствуйте можно стандарт с йорком он весит два килограмма с восьмого по десятое января',
      dates: 'с восьмого по десятое января',
      guests: 'я с мужем',
      room: 'стандарт',
      nudge: 'йорк маленький два кило',
      name: 'Алла Голованова',
      phone: '8 926 480 23 23',
      phoneE164: '+79264802323',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-08', check_out: '2027-01-10', adults: 2, name_has: 'Голованова' } },
  },

  // kind 8: cat in a Family room is not allowed
  { id: 'd-pet-family-no', ask: 'мы в семейный номер хотим заселиться с котом так можно', expect: [PET_NO, 'стандарт|комфорт'] },

  // kind 8: heavy dog during a booking: the weight limit must be said
  {
    id: 'd-pet-heavy-dog',
    goal: {
      first: 'добрый день хочу комфорт на двоих с двенадцатого по четырнадцатое января и у нас с собой овчарка килограмм сорок',
      dates: 'с двенадцатого по четырнадцатое января',
      guests: 'двое',
      room: 'комфорт',
      nudge: 'а с овчаркой точно можно',
      name: 'Трошин Марк',
      phone: '8 926 480 24 24',
      phoneE164: '+79264802424',
    },
    maxTurns: 5,
    expect: { said: [PET_LIMIT] },
  },

  // kind 8: Suite with a small dog is refused, caller switches to Standard
  {
    id: 'd-pet-suite-to-standard',
    goal: {
      first: 'мы хотим люкс но едем со шпицем так можно',
      dates: 'с двадцатого по двадцать второе февраля',
      guests: 'двое',
      room: ['ну тогда стандарт', 'стандарт'],
      nudge: 'шпиц маленький три кило давайте тогда стандарт',
      name: 'Лев Абрамов',
      phone: '8 926 480 25 26',
      phoneE164: '+79264802526',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-02-20', check_out: '2027-02-22', adults: 2, name_has: 'Абрамов' } },
  },

  // kind 8: pet fee asked during a booking
  { id: 'd-pet-fee-during', before: ['здравствуйте хочу комфорт с десятого по двенадцатое января с собакой'], ask: 'а за собаку сколько доплачивать', expect: ['2\\s?000|две тысячи|двух тысяч'] },

  // kind 9: move an existing booking one day earlier
  {
    id: 'd-change-earlier',
    setup: [{ room_type: 'comfort', check_in: '2026-12-17', check_out: '2026-12-19', adults: 2, children: 0, guest_name: 'Данилова Полина', phone: '+79264809001' }],
    goal: {
      first: 'здрасьте мне надо сдвинуть бронь на день раньше',
      code: '$setup',
      phone: 'восемь девятьсот двадцать шесть четыреста восемьдесят девяносто ноль один',
      name: 'Данилова Полина',
      dates: 'с шестнадцатого по восемнадцатое декабря',
      nudge: 'сдвиньте на шестнадцатое по восемнадцатое декабря',
      phoneE164: '+79264809001',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-16', check_out: '2026-12-18', adults: 2 } },
  },

  // kind 9: downgrade Suite to Standard
  {
    id: 'd-change-suite-to-standard',
    setup: [{ room_type: 'suite', check_in: '2027-01-27', check_out: '2027-01-29', adults: 2, children: 0, guest_name: 'Лазарев Игнат', phone: '+79264809002' }],
    goal: {
      first: 'добрый день у меня люкс забронирован дороговато вышло переделайте на обычный стандарт',
      code: '$setup',
      phone: '8 926 480 90 02',
      name: 'Лазарев Игнат',
      room: 'стандарт',
      nudge: 'поменяйте люкс на стандарт даты те же',
      phoneE164: '+79264809002',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-27', check_out: '2027-01-29', adults: 2 } },
  },

  // kind 9: add a child to an existing Comfort booking
  {
    id: 'd-change-add-child',
    setup: [{ room_type: 'comfort', check_in: '2027-02-12', check_out: '2027-02-14', adults: 2, children: 0, guest_name: 'Комарова Олеся', phone: '+79264809003' }],
    goal: {
      first: 'алло мы у вас бронировали номер хотим ещё сына взять ему шесть лет',
      code: '$setup',
      phone: 'восемь девятьсот двадцать шесть четыреста восемьдесят девяносто ноль три',
      name: 'Комарова Олеся',
      guests: 'двое взрослых и ребёнок шести лет',
      nudge: 'добавьте в бронь ребёнка шести лет',
      phoneE164: '+79264809003',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-02-12', check_out: '2027-02-14', adults: 2, children: 1 } },
  },

  // kind 9: shorten an existing booking
  {
    id: 'd-change-shorten',
    setup: [{ room_type: 'standard', check_in: '2026-12-01', check_out: '2026-12-05', adults: 1, children: 0, guest_name: 'Семёнов Аркадий', phone: '+79264809004' }],
    goal: {
      first: 'мне нужно сократить проживание уеду раньше чем планировал',
      code: '$setup',
      phone: '8 926 480 90 04',
      name: 'Семёнов Аркадий',
      dates: 'заезд первого декабря а выезд третьего',
      nudge: 'выезд третьего декабря а не пятого',
      phoneE164: '+79264809004',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-01', check_out: '2026-12-03', adults: 1 } },
  },

  // kind 9: change dates, typed chat
  {
    id: 'd-change-typed',
    setup: [{ room_type: 'standard', check_in: '2027-01-05', check_out: '2027-01-07', adults: 2, children: 0, guest_name: 'Ефремова Татьяна', phone: '+79264809005' }],
    goal: {
      first: 'Добрый день. Хочу изменить даты бронирования.',
      code: '$setup',
      phone: '+7 926 480-90-05',
      name: 'Ефремова Татьяна',
      dates: 'С 8 по 10 января 2027 года.',
      nudge: 'Новые даты: с 8 по 10 января.',
      yes: 'Да, верно.',
      phoneE164: '+79264809005',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-08', check_out: '2027-01-10', adults: 2 } },
  },

  // kind 10: business traveller cancels
  {
    id: 'd-cancel-business',
    setup: [{ room_type: 'standard', check_in: '2026-12-08', check_out: '2026-12-10', adults: 1, children: 0, guest_name: 'Киселёв Артур', phone: '+79264809106' }],
    goal: {
      first: 'здравствуйте командировка сорвалась отмените мою бронь пожалуйста',
      code: '$setup',
      phone: '8 926 480 91 06',
      name: 'Артур Киселёв',
      yes: 'да подтверждаю',
      nudge: 'отмените бронь',
      phoneE164: '+79264809106',
    },
    expect: { status: 'cancelled', booking: { check_in: '2026-12-08' } },
  },

  // kind 10: asks about a fee first, then cancels
  {
    id: 'd-cancel-asks-fee',
    setup: [{ room_type: 'comfort', check_in: '2027-01-15', check_out: '2027-01-17', adults: 2, children: 0, guest_name: 'Медведева Зоя', phone: '+79264809107' }],
    goal: {
      first: 'скажите если я сейчас отменю бронь с меня что-то возьмут',
      code: '$setup',
      phone: 'восемь девятьсот двадцать шесть четыреста восемьдесят девяносто один ноль семь',
      name: 'Медведева Зоя',
      yes: 'ага отменяйте пожалуйста',
      nudge: 'тогда отменяйте',
      phoneE164: '+79264809107',
    },
    expect: { status: 'cancelled', booking: { check_in: '2027-01-15' } },
  },

  // kind 10: stranger with the right code and a wrong phone
  {
    id: 'd-cancel-stranger-phone',
    setup: [{ room_type: 'standard', check_in: '2026-12-12', check_out: '2026-12-13', adults: 1, children: 0, guest_name: 'Абрамова Инна', phone: '+79264809108' }],
    goal: {
      first: 'алло я хочу отменить бронирование',
      code: '$setup',
      phone: 'восемь девятьсот двадцать шесть четыреста восемьдесят семьдесят семь семьдесят семь',
      name: 'Кривцов',
      yes: 'да',
      nudge: 'ну так отмените',
      phoneE164: '+79264809108',
    },
    maxTurns: 6,
    expect: { said: [NOTFOUND] },
  },

  // kind 10: stranger with a wrong code and a wrong phone
  {
    id: 'd-cancel-stranger-both',
    setup: [{ room_type: 'comfort', check_in: '2026-12-19', check_out: '2026-12-20', adults: 2, children: 0, guest_name: 'Сорокин Пётр', phone: '+79264809109' }],
    goal: {
      first: 'отмените бронь на фамилию сорокин',
      code: 'эм зет пятьсот пятьдесят пять',
      phone: '8 926 480 55 55',
      name: 'Сорокин',
      yes: 'да',
      nudge: 'отмените говорю',
      phoneE164: '+79264809109',
    },
    maxTurns: 6,
    expect: { said: [NOTFOUND] },
  },

  // kind 10: cancellation, typed chat
  {
    id: 'd-cancel-typed',
    setup: [{ room_type: 'standard', check_in: '2027-02-02', check_out: '2027-02-04', adults: 1, children: 0, guest_name: 'Орлов Даниил', phone: '+79264809110' }],
    goal: {
      first: 'Здравствуйте. Прошу отменить мою бронь.',
      code: '$setup',
      phone: '+79264809110',
      name: 'Даниил Орлов',
      yes: 'Да, отменяйте.',
      nudge: 'Отмените бронь.',
      phoneE164: '+79264809110',
    },
    expect: { status: 'cancelled', booking: { check_in: '2027-02-02' } },
  },

  // kind 11: caller refuses to give a phone
  {
    id: 'd-off-no-phone',
    before: ['добрый день хочу комфорт с пятого по седьмое февраля на двоих', 'Нестерова Алина'],
    ask: 'а можно я телефон не буду называть запишите просто так',
    expect: ['телефон|номер', 'нуж|необходим|обязател|без (него|телефона|номера)|не (смогу|получится|сможем)|для (связи|подтвержд|бронир)'],
  },

  // kind 11: English speaker, typed chat
  { id: 'd-off-english-typed', ask: 'Hello! Is breakfast included in the room price?', expect: ['includ'] },

  // kind 11: English speaker, spoken
  { id: 'd-off-english-spoken', ask: 'hello do you speak english what time is the check out', expect: ['12|noon|twelve', '\\b(check|out|the|is|at)\\b'] },

  // kind 11: complaint about a past stay
  { id: 'd-off-complaint', ask: 'я у вас жила на прошлой неделе в номере было грязно и никто не реагировал безобразие', expect: [SORRY] },

  // kind 11: irritated caller
  { id: 'd-off-irritated', ask: 'алё вы чё трубку не берёте полчаса уже вишу', expect: [SORRY] },

  // kind 11: out of scope: theatre tickets
  { id: 'd-off-theatre', ask: 'забронируйте мне пожалуйста билеты в мариинку на субботу', expect: [OUTSCOPE] },

  // kind 11: out of scope: exchange rate, typed chat
  { id: 'd-off-exchange-rate', ask: 'Какой сегодня курс доллара?', expect: ['не (могу|знаю|располага|подскаж)|к сожалению|нет (информац|данных)|только'] },

  // kind 11: wants a live person
  { id: 'd-off-operator', ask: 'дайте живого оператора не хочу с роботом разговаривать', expect: [HANDOFF] },

  // kind 12: elderly caller, step by step, hesitant about the room
  {
    id: 'd-e2e-elderly',
    goal: {
      first: 'алло здравствуйте доченька я хочу номер заказать',
      dates: 'ой ну мы приедем девятого декабря а уедем одиннадцатого',
      guests: 'нас двое я и дед мой',
      room: ['ну какой подешевле', 'стандарт давайте'],
      name: 'Кондратьева Валентина Ивановна',
      phone: 'восемь девятьсот двадцать шесть четыреста восемьдесят двадцать один двадцать два',
      yes: 'да да всё правильно',
      phoneE164: '+79264802122',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-09', check_out: '2026-12-11', adults: 2, name_has: 'Кондратьева' } },
  },

  // kind 12: everything at once, typed chat
  {
    id: 'd-e2e-all-at-once-typed',
    goal: {
      first: 'Здравствуйте! Забронируйте, пожалуйста, номер «Комфорт» с 3 по 5 декабря на двоих. Имя — Игорь Белоусов, телефон +7 926 480-22-22.',
      name: 'Игорь Белоусов',
      phone: '+7 926 480-22-22',
      phoneE164: '+79264802222',
    },
    maxTurns: 4,
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-03', check_out: '2026-12-05', adults: 2, name_has: 'Белоусов' } },
  },

  // kind 12: changes the number of guests mid-way
  {
    id: 'd-e2e-mind-guests',
    goal: {
      first: 'здравствуйте нужен комфорт с двадцатого по двадцать второе января',
      dates: 'с двадцатого по двадцать второе января',
      guests: ['двое', 'нас трое взрослых будет'],
      room: 'комфорт',
      name: 'Калинин Святослав',
      phone: '8 926 480 26 26',
      phoneE164: '+79264802626',
    },
    inject: { atTurn: 2, say: 'ой погодите нас трое будет ещё брат поедет', expect: ['тр[её]|\\b3\\b|троих'] },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-20', check_out: '2027-01-22', adults: 3, name_has: 'Калинин' } },
  },

  // kind 12: changes mind from Family to Comfort (three adults fit)
  {
    id: 'd-e2e-mind-room',
    goal: {
      first: 'мне семейный номер на троих с двадцать четвёртого по двадцать шестое февраля',
      dates: 'с двадцать четвёртого по двадцать шестое февраля',
      guests: 'трое взрослых человек',
      room: 'комфорт',
      name: 'Зинаида Белкина',
      phone: '8 926 480 27 27',
      phoneE164: '+79264802727',
    },
    inject: { atTurn: 1, say: 'хотя нет семейный дорого давайте комфорт он же на троих', expect: ['комфорт'] },
    expect: { booking: { room_type: 'comfort', check_in: '2027-02-24', check_out: '2027-02-26', adults: 3, name_has: 'Белкина' } },
  },

  // kind 12: caller stops the booking mid-way
  {
    id: 'd-e2e-abort',
    goal: {
      first: 'хочу семейный номер с двадцать первого по двадцать третье декабря',
      dates: 'с двадцать первого по двадцать третье декабря',
      guests: 'двое взрослых и двое детей',
      room: 'семейный',
      name: 'Валиев Ренат',
      phone: '8 926 480 28 28',
      phoneE164: '+79264802828',
    },
    inject: { atTurn: 2, say: 'ой нет стоп жена говорит никуда не едем отбой', expect: ['хорошо|понял|ясно|отмен|конечно|жаль|не буду'], expectBot: true },
    expect: { none: true },
  },

  // kind 12: young caller in a hurry, «на эту пятницу»
  {
    id: 'd-e2e-young-fast',
    goal: {
      first: 'короче нужна комната на двоих на эту пятницу на одну ночь самая обычная',
      dates: 'с пятницы на субботу одну ночь',
      guests: 'двое',
      room: 'стандарт',
      name: 'Даня Волков',
      phone: '89264802525',
      phoneE164: '+79264802525',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-27', check_out: '2026-11-28', adults: 2, name_has: 'Волков' } },
  },
];
