// Held-out acceptance conversations, set H, for the default hotel (shared/hotel/hotel.yml).
// Clock pinned to 2026-11-24T12:00:00+03:00 (Tuesday), fresh database.
// Caller lines are written as a speech recogniser delivers them: lowercase, numbers as words, fillers.
// `kind` is informational only (the runner ignores it).

// A price in roubles, with or without a thousands separator: rub(6500) -> 6[\s.,]?500
const rub = (n) => `${Math.floor(n / 1000)}[\\s.,]?${String(n % 1000).padStart(3, '0')}`;

const CHECKIN = '14[:.]00|14 ч|четырнадцат|двух (часов )?дня|с двух';
const CHECKOUT = '12[:.]00|12 ч|двенадцат|полудн';
const ACK = '(хорошо|понял|поняла|ясно|конечно|ладно|жаль|передумаете|обращайтесь|всего доброго|до свидания|чем .*помочь|что-нибудь ещё|что-то ещё|друг(ой|ие)|дешевл|доступн|бюджет|стандарт|комфорт)';
const NOBOOK = '(оформлен|код (вашей )?брон)';
const NEXT_SLOT = '(гост|сколько (вас|человек)|взросл|имя|имени|зовут|фамил|на кого|телефон|сколько ноч|на сколько (ноч|дней|суток)|до какого|выезд|на какой срок)';
const PAST = '(прошл|прошедш|уже прош|в прошлом|минувш|будущ|раньше сегодня|не раньше сегодня|начиная с сегодня|с сегодняшнего)';
const FAR = '(пока не|ещё не|еще не|не принима|не можем|не могу|не получится|не открыт|недоступ|слишком|вперёд|вперед|не более|в пределах|максимум|только на)';
const REFUSE = '(код|не могу|не смогу|не получится|невозможно|не вправе|не имею|ресепшн|ресепшен|администратор|555)';
const APOLOGY = '(извин|сожале|прошу прощения|простите|неприятн|соедин|администратор|ресепшн|ресепшен|переключ|передам|перевед|sorry)';
const HUMAN = '(соедин|переключ|перевож|перевед|администратор|ресепшн|ресепшен|сотрудник|менеджер|оператор|555|812)';
const ENGLISH = '(english|англ)';
const RECEPTION = '(reception|front desk|staff|administrator|colleague|manager|connect|transfer|put you through|\\+?7 ?812|555|ресепшн|ресепшен|администратор|сотрудник|соедин|переключ|перевед)';
const CANT = '(не могу|не смогу|к сожалению|не подскаж|не занимаюсь|увы|нет информац|нет данных|не располага|только|не в моей|не владею|не умею|не имею)';
const CAN_DO = '(бронир|номер|отел|проживан|ресепшн|ресепшен|администратор|консьерж)';
const PHONE_NEEDED = '(нужен|нужно|необходим|обязател|без (номера|телефона|него)|не смогу|не получится|не можем|требуется|для связи|для подтвержд)';
const SMALL_PET = '(8\\s?(кг|кило)|восьми кило|восемь кило|до восьми|небольш|маленьк|мелк)';
const NO_WORD = '(к сожалению|нельзя|не можем|не получится|не допуска|не разреш|не сможем|не подойд|не принима|запрещ)';

export default [
  // ───────────── 1. greeting before the request ─────────────
  { id: 'h-greet-checkout', kind: 'greeting', ask: 'добрый день а выезд у вас до скольки', expect: [CHECKOUT] },
  {
    id: 'h-greet-wifi-separate-turn', kind: 'greeting',
    before: ['алло алло'],
    ask: 'да слышу здравствуйте подскажите а интернет в номерах есть',
    expect: ['(бесплатн|wi-?fi|вай-?фай)'],
  },
  {
    id: 'h-greet-book', kind: 'greeting',
    goal: {
      first: 'здравствуйте девушка хотел бы номер снять на двадцать третье декабря на три ночи',
      dates: 'с двадцать третьего по двадцать шестое декабря',
      guests: 'двое',
      room: 'комфорт',
      name: 'абрамов кирилл',
      phone: 'восемь девятьсот двести один тридцать два пятьдесят четыре',
      phoneE164: '+79002013254',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-23', check_out: '2026-12-26', adults: 2, name_has: 'абрамов' } },
  },
  { id: 'h-greet-parking', kind: 'greeting', ask: 'приветствую вас а парковка у вас своя есть', expect: ['(паркинг|парков)', '900'] },
  {
    id: 'h-greet-suite-price', kind: 'greeting',
    ask: 'алло день добрый сколько у вас люкс стоит',
    expect: [`${rub(16000)}|${rub(18000)}`],
  },

  // ───────────── 2. yes / no in context ─────────────
  {
    id: 'h-yn-decline-family-price', kind: 'yesno',
    before: ['сколько стоит семейный номер на эти выходные'],
    ask: 'нет спасибо это нам не по карману',
    expect: [ACK],
    forbid: [NOBOOK],
  },
  {
    id: 'h-yn-yes-after-price', kind: 'yesno',
    goal: {
      first: 'почём стандарт на послезавтра на одну ночь',
      nudge: 'ну давайте тогда оформим',
      yes: 'да всё так',
      dates: 'послезавтра одна ночь',
      guests: 'я одна',
      room: 'стандарт',
      name: 'ветрова алла',
      phone: 'восемь девятьсот двести два восемнадцать сорок шесть',
      phoneE164: '+79002021846',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-26', check_out: '2026-11-27', adults: 1, name_has: 'ветров' } },
  },
  {
    id: 'h-yn-yes-after-anything-else', kind: 'yesno',
    before: ['спасибо а тренажёрный зал у вас есть'],
    ask: 'да да',
    expect: ['(слушаю|чем|что|какой|вопрос|подскаж|помоч|интерес|уточн)'],
    forbid: ['(оформлен|отмен[её]н|код брон)'],
  },
  {
    id: 'h-yn-no-at-confirm-guests', kind: 'yesno',
    goal: {
      first: 'оформите комфорт с шестнадцатого по восемнадцатое декабря на двоих фамилия белоусова телефон восемь девятьсот двести три семьдесят ноль девять',
      dates: 'с шестнадцатого по восемнадцатое декабря',
      guests: 'трое взрослых',
      room: 'комфорт',
      name: 'белоусова наталья',
      phone: 'восемь девятьсот двести три семьдесят ноль девять',
      phoneE164: '+79002037009',
    },
    inject: { atTurn: 1, say: 'нет нет не на двоих нас трое будет', expect: ['(тро|3)'] },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-16', check_out: '2026-12-18', adults: 3, name_has: 'белоусов' } },
  },
  {
    id: 'h-yn-decline-sauna', kind: 'yesno',
    before: ['а сауна у вас есть'],
    ask: 'нет записываться не надо я просто узнать',
    expect: ['(хорошо|понял|поняла|ясно|конечно|ладно|обращайтесь|чем .*помочь|что-нибудь ещё|что-то ещё|всего доброго|до свидания|удачн|приятн|в любое время)'],
    forbid: ['(записал[аи]? вас|вы записаны|запись оформлен|оформлен)'],
  },
  {
    id: 'h-yn-yes-book-it', kind: 'yesno',
    before: ['сколько стоит комфорт на пятое декабря'],
    ask: 'ага годится бронируйте',
    expect: [NEXT_SLOT],
  },

  // ───────────── 3. answers to the question just asked ─────────────
  {
    id: 'h-ans-alone-business-trip', kind: 'answers',
    goal: {
      first: 'мне номер нужен с седьмого по девятое декабря командировка',
      dates: 'с седьмого по девятое декабря',
      guests: 'я один буду',
      room: 'стандарт',
      name: 'зиннатуллин марат',
      phone: 'восемь девятьсот двести четыре шестьдесят шесть двенадцать',
      phoneE164: '+79002046612',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-07', check_out: '2026-12-09', adults: 1, name_has: 'зиннатул' } },
  },
  {
    id: 'h-ans-with-husband', kind: 'answers',
    goal: {
      first: 'хотим номер с видом на реку с двадцать пятого по двадцать седьмое декабря',
      dates: 'с двадцать пятого по двадцать седьмое декабря',
      guests: 'мы с мужем вдвоём',
      room: 'комфорт',
      name: 'елена стрижак',
      phone: 'плюс семь девятьсот двести пять сорок три восемьдесят',
      phoneE164: '+79002054380',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-25', check_out: '2026-12-27', adults: 2, name_has: 'стрижак' } },
  },
  {
    id: 'h-ans-two-adults-son', kind: 'answers',
    goal: {
      first: 'забронировать бы номер с четвёртого по шестое января',
      dates: 'с четвёртого по шестое января',
      guests: 'двое взрослых и сынишка ему пять',
      room: 'комфорт',
      name: 'гуляева светлана',
      phone: 'восемь девятьсот двести шесть двадцать девять семнадцать',
      phoneE164: '+79002062917',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-04', check_out: '2027-01-06', adults: 2, children: 1, name_has: 'гуляев' } },
  },
  {
    id: 'h-ans-family-of-four', kind: 'answers',
    goal: {
      first: 'нужен номер на новогодние со второго по пятое января',
      dates: 'со второго по пятое января',
      guests: 'нас четверо я жена и две дочки десять и четырнадцать лет',
      room: 'семейный',
      name: 'лысенко пётр',
      phone: 'восемь девятьсот двести семь девяносто один шестьдесят три',
      phoneE164: '+79002079163',
    },
    expect: { booking: { room_type: 'family', check_in: '2027-01-02', check_out: '2027-01-05', adults: 2, children: 2, name_has: 'лысенко' } },
  },
  {
    id: 'h-ans-labelled-name', kind: 'answers',
    goal: {
      first: 'мне номер нужен с тринадцатого по пятнадцатое декабря',
      dates: 'с тринадцатого по пятнадцатое декабря',
      guests: 'вдвоём с сестрой',
      room: 'стандарт',
      name: 'фамилия бжезинская имя ядвига',
      phone: 'восемь девятьсот двести восемь ноль три восемьдесят восемь',
      phoneE164: '+79002080388',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-13', check_out: '2026-12-15', adults: 2, name_has: 'бжезинск' } },
  },
  {
    id: 'h-ans-name-patronymic-first', kind: 'answers',
    goal: {
      first: 'номер нужен на одну ночь с десятого на одиннадцатое декабря',
      dates: 'с десятого на одиннадцатое декабря',
      guests: 'двое мы коллеги',
      room: 'стандарт с раздельными кроватями',
      name: 'иван ильич нечипоренко',
      phone: 'восемь девятьсот двести девять пятьдесят пятьдесят',
      phoneE164: '+79002095050',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-10', check_out: '2026-12-11', adults: 2, name_has: 'нечипоренко' } },
  },

  // ───────────── 4. speech-recogniser text ─────────────
  {
    id: 'h-asr-colloquial-night', kind: 'asr',
    goal: {
      first: 'ну здрасьте мне бы это переночевать где то ночку с девятого на десятое декабря один я',
      dates: 'с девятого на десятое декабря',
      guests: 'один я',
      room: 'стандарт самый простой',
      name: 'мартыненко вадим',
      phone: 'восемь девятьсот двести десять четырнадцать пятнадцать',
      phoneE164: '+79002101415',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-09', check_out: '2026-12-10', adults: 1, name_has: 'мартыненко' } },
  },
  {
    id: 'h-asr-split-words', kind: 'asr',
    goal: {
      first: 'хочу за резервировать люкс овый номер на двадцать седьмое декабря на две ночи',
      dates: 'с двадцать седьмого по двадцать девятое декабря',
      guests: 'вдвоём',
      room: 'люкс',
      name: 'богданова кира',
      phone: 'восемь девятьсот двести одиннадцать шестьдесят восемь семьдесят четыре',
      phoneE164: '+79002116874',
    },
    expect: { booking: { room_type: 'suite', check_in: '2026-12-27', check_out: '2026-12-29', adults: 2, name_has: 'богданов' } },
  },
  {
    id: 'h-asr-three-seater', kind: 'asr',
    goal: {
      first: 'мне на двое суток номер трёх местный с четырнадцатого января',
      dates: 'с четырнадцатого по шестнадцатое января',
      guests: 'трое взрослых',
      room: 'комфорт',
      name: 'пономарёв илья',
      phone: 'восемь девятьсот двести двенадцать восемьдесят восемь ноль шесть',
      phoneE164: '+79002128806',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-14', check_out: '2027-01-16', adults: 3, name_has: 'пономар' } },
  },
  { id: 'h-asr-river-view-price', kind: 'asr', ask: 'сколько стоит ну этот с видом на речку номер за ночь', expect: [`${rub(8900)}|${rub(9900)}`] },
  {
    id: 'h-asr-digit-by-digit-phone', kind: 'asr',
    goal: {
      first: 'ага здрасьте а можно номерок стандарт на шестое января двое суток',
      dates: 'с шестого по восьмое января',
      guests: 'вдвоём с мужем',
      room: 'стандарт',
      name: 'соколова анна',
      phone: 'восемь девять ноль ноль два один семь ээ три три ноль один',
      phoneE164: '+79002173301',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-06', check_out: '2027-01-08', adults: 2, name_has: 'соколов' } },
  },

  // ───────────── 5. dates ─────────────
  {
    id: 'h-date-tomorrow', kind: 'dates',
    goal: {
      first: 'можно номер на завтра на три ночи',
      dates: 'завтра заезд на три ночи',
      guests: 'один',
      room: 'стандарт',
      name: 'карпов геннадий',
      phone: 'восемь девятьсот двести четырнадцать тридцать семь девяносто два',
      phoneE164: '+79002143792',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-25', check_out: '2026-11-28', adults: 1, name_has: 'карпов' } },
  },
  {
    id: 'h-date-next-weekend', kind: 'dates',
    goal: {
      first: 'нам на выходные ну не на эти а на следующие с пятницы по воскресенье комфорт',
      dates: 'на следующие выходные с пятницы по воскресенье',
      guests: 'двое',
      room: 'комфорт',
      name: 'рябова диана',
      phone: 'восемь девятьсот двести пятнадцать восемьдесят сорок',
      phoneE164: '+79002158040',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-04', check_out: '2026-12-06', adults: 2, name_has: 'рябов' } },
  },
  {
    id: 'h-date-in-a-week', kind: 'dates',
    goal: {
      first: 'через неделю нужен стандарт на две ночи',
      dates: 'через неделю от сегодняшнего дня на две ночи',
      guests: 'двое',
      room: 'стандарт',
      name: 'данилов остап',
      phone: 'восемь девятьсот двести шестнадцать двадцать два шестьдесят девять',
      phoneE164: '+79002162269',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-01', check_out: '2026-12-03', adults: 2, name_has: 'данилов' } },
  },
  {
    id: 'h-date-explicit-beats-vague', kind: 'dates',
    goal: {
      first: 'в январе после праздников а конкретно с одиннадцатого по четырнадцатое стандарт',
      dates: 'с одиннадцатого по четырнадцатое января',
      guests: 'одна я',
      room: 'стандарт',
      name: 'ефимова лариса',
      phone: 'восемь девятьсот двести тринадцать семьдесят четыре тридцать пять',
      phoneE164: '+79002137435',
    },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-11', check_out: '2027-01-14', adults: 1, name_has: 'ефимов' } },
  },
  {
    id: 'h-date-past-refused', kind: 'dates',
    goal: {
      first: 'мне на двадцать третье ноября номер комфорт на две ночи',
      dates: 'с двадцать третьего по двадцать пятое ноября',
      guests: 'двое',
      room: 'комфорт',
      name: 'кудрявцев лев',
      phone: 'восемь девятьсот двести восемнадцать ноль шесть шестьдесят',
      phoneE164: '+79002180660',
    },
    maxTurns: 4,
    expect: { said: [PAST] },
  },
  {
    id: 'h-date-far-future-refused', kind: 'dates',
    goal: {
      first: 'мы юбилей планируем в июне двадцать девятого года хотим заранее номер забронировать',
      dates: 'с пятого по седьмое июня двадцать девятого года',
      guests: 'двое',
      room: 'люкс',
      name: 'широков марк',
      phone: 'восемь девятьсот двести девятнадцать девяносто восемь двадцать три',
      phoneE164: '+79002199823',
    },
    maxTurns: 4,
    expect: { said: [FAR] },
  },
  {
    id: 'h-date-from-monday-a-week', kind: 'dates',
    goal: {
      first: 'с понедельника на недельку номер нужен стандартный',
      dates: 'с понедельника и на неделю до следующего понедельника',
      guests: 'один',
      room: 'стандарт',
      name: 'гаврилов фёдор',
      phone: 'восемь девятьсот двести двадцать сорок пять пятьдесят четыре',
      phoneE164: '+79002204554',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-11-30', check_out: '2026-12-07', adults: 1, name_has: 'гаврилов' } },
  },

  // ───────────── 6. several things in one sentence ─────────────
  { id: 'h-multi-price-fri-to-mon', kind: 'multi', ask: 'почём семейный выйдет с пятницы на понедельник', expect: [rub(37300)] },
  { id: 'h-multi-price-suite-two-nights', kind: 'multi', ask: 'сколько стоит люкс на две ночи с десятого декабря', expect: [rub(34000)] },
  {
    id: 'h-multi-book-all-standard', kind: 'multi',
    goal: {
      first: 'добрый вечер мне стандарт на одного с двадцать девятого ноября по первое декабря фамилия воронцов имя алексей номер восемь девятьсот двести двадцать один ноль семь девяносто семь',
      dates: 'с двадцать девятого ноября по первое декабря',
      guests: 'один',
      room: 'стандарт',
      name: 'воронцов алексей',
      phone: 'восемь девятьсот двести двадцать один ноль семь девяносто семь',
      phoneE164: '+79002210797',
    },
    maxTurns: 4,
    expect: { booking: { room_type: 'standard', check_in: '2026-11-29', check_out: '2026-12-01', adults: 1, name_has: 'воронцов' } },
  },
  {
    id: 'h-multi-book-all-family', kind: 'multi',
    goal: {
      first: 'забронируйте семейный на новогодние с тридцать первого декабря по третье января нас двое взрослых и двое детей шести и девяти лет записывайте на кравец оксану телефон плюс семь девятьсот двести двадцать два восемьдесят пять девятнадцать',
      dates: 'с тридцать первого декабря по третье января',
      guests: 'двое взрослых и двое детей шесть и девять лет',
      room: 'семейный',
      name: 'кравец оксана',
      phone: 'плюс семь девятьсот двести двадцать два восемьдесят пять девятнадцать',
      phoneE164: '+79002228519',
    },
    maxTurns: 4,
    expect: { booking: { room_type: 'family', check_in: '2026-12-31', check_out: '2027-01-03', adults: 2, children: 2, name_has: 'кравец' } },
  },
  {
    id: 'h-multi-two-questions', kind: 'multi',
    ask: 'а с питомцами пускаете и завтрак во сколько',
    expect: [`(кг|килограм|кило|стандарт|комфорт|${rub(2000)}|две тысячи)`, '(7[:.]00|7 утра|семи|8[:.]00)'],
  },

  // ───────────── 7. paraphrased questions about the hotel ─────────────
  { id: 'h-faq-checkin', kind: 'faq', ask: 'в котором часу можно въезжать в номер', expect: [CHECKIN] },
  { id: 'h-faq-smoking', kind: 'faq', ask: 'а курить в номере у вас можно', expect: ['(запрещ|нельзя|не разреш|не допуска)'] },
  { id: 'h-faq-address', kind: 'faq', ask: 'напомните адрес ваш какой', expect: ['фонтанк', '(48|сорок восем)'] },
  { id: 'h-faq-documents', kind: 'faq', ask: 'какие документы нужны для заселения', expect: ['паспорт'] },
  { id: 'h-faq-prepayment', kind: 'faq', ask: 'а предоплату надо вносить какую то', expect: ['(не (требуется|нужн|надо|обязательн)|без предоплат|при заселении|на месте|по приезд)'] },
  { id: 'h-faq-email', kind: 'faq', ask: 'у вас электронная почта есть куда написать', expect: ['(nevsky-bereg|booking@)'] },
  { id: 'h-faq-standard-capacity', kind: 'faq', ask: 'в стандартный номер втроём можно заселиться', expect: ['(до 2|2 гост|2 человек|2 взросл|двое|двоих|двух|не более)'] },
  { id: 'h-faq-late-checkout', kind: 'faq', ask: 'а можно выехать попозже часов в пять вечера', expect: ['(18[:.]00|18 ч|шести|50\\s?%|50 процент|половин)'] },

  // ───────────── 8. hotel rules during a booking ─────────────
  {
    id: 'h-rule-cat-suite', kind: 'rules',
    goal: {
      first: 'хочу люкс на двадцатое декабря на одну ночь мы с мужем и с кошкой',
      nudge: 'кошка обычная килограмма четыре',
      dates: 'двадцатое декабря одна ночь',
      guests: 'двое взрослых и кошка',
      room: 'тогда комфорт',
      name: 'антонова милана',
      phone: 'восемь девятьсот двести двадцать три сорок один ноль восемь',
      phoneE164: '+79002234108',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-20', check_out: '2026-12-21', adults: 2, name_has: 'антонов' } },
  },
  {
    id: 'h-rule-big-dog', kind: 'rules',
    goal: {
      first: 'нужен комфорт с третьего по пятое декабря у нас с собой немецкая овчарка большая',
      nudge: 'ну она килограмм сорок весит',
      dates: 'с третьего по пятое декабря',
      guests: 'двое',
      room: 'комфорт',
      name: 'егоров виктор',
      phone: 'восемь девятьсот двести двадцать четыре семьдесят два семьдесят два',
      phoneE164: '+79002247272',
    },
    maxTurns: 4,
    expect: { said: [SMALL_PET, NO_WORD] },
  },
  {
    id: 'h-rule-comfort-for-four', kind: 'rules',
    goal: {
      first: 'комфорт нам на четверых на двадцать девятое декабря на одну ночь',
      dates: 'двадцать девятое декабря одна ночь',
      guests: 'четверо взрослых',
      room: 'ладно давайте семейный',
      name: 'маслов олег',
      phone: 'восемь девятьсот двести двадцать пять девятнадцать девяносто',
      phoneE164: '+79002251990',
    },
    expect: { booking: { room_type: 'family', check_in: '2026-12-29', check_out: '2026-12-30', adults: 4, name_has: 'маслов' } },
  },
  {
    id: 'h-rule-extra-bed-child', kind: 'rules',
    goal: {
      first: 'стандарт на пятое января на две ночи нас двое и сын ему десять можно туда доп кровать поставить',
      dates: 'с пятого по седьмое января',
      guests: 'двое взрослых и сын десять лет',
      room: 'хорошо тогда комфорт',
      name: 'сафронова жанна',
      phone: 'восемь девятьсот двести двадцать шесть пятьдесят семь ноль четыре',
      phoneE164: '+79002265704',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-05', check_out: '2027-01-07', adults: 2, children: 1, name_has: 'сафронов' } },
  },
  {
    id: 'h-rule-baby-in-suite', kind: 'rules',
    goal: {
      first: 'люкс на нас с женой и малыша восемь месяцев с тридцатого ноября по второе декабря',
      dates: 'с тридцатого ноября по второе декабря',
      guests: 'двое взрослых и грудничок восемь месяцев',
      room: 'люкс',
      name: 'беляев артур',
      phone: 'восемь девятьсот двести двадцать семь восемьдесят шестнадцать',
      phoneE164: '+79002278016',
    },
    expect: { booking: { room_type: 'suite', check_in: '2026-11-30', check_out: '2026-12-02', adults: 2, name_has: 'беляев' } },
  },

  // ───────────── 9. changing an existing booking ─────────────
  {
    id: 'h-change-to-january', kind: 'change',
    setup: [{ room_type: 'comfort', check_in: '2026-12-03', check_out: '2026-12-05', adults: 2, children: 0, guest_name: 'Игнатьев Роман', phone: '+79002284433' }],
    goal: {
      first: 'здравствуйте нужно перенести бронь на другие даты',
      code: '$setup',
      dates: 'на январь с седьмого по девятое',
      guests: 'двое',
      room: 'комфорт',
      name: 'игнатьев роман',
      phone: 'восемь девятьсот двести двадцать восемь сорок четыре тридцать три',
      phoneE164: '+79002284433',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-07', check_out: '2027-01-09' } },
  },
  {
    id: 'h-change-family-to-comfort', kind: 'change',
    setup: [{ room_type: 'family', check_in: '2026-12-19', check_out: '2026-12-21', adults: 3, children: 0, guest_name: 'Шубина Полина', phone: '+79002292255' }],
    goal: {
      first: 'добрый день хотим поменять семейный номер на что то подешевле нас трое так что комфорт наверно',
      code: '$setup',
      dates: 'с девятнадцатого по двадцать первое декабря',
      guests: 'трое взрослых',
      room: 'комфорт',
      name: 'шубина полина',
      phone: 'восемь девятьсот двести двадцать девять двадцать два пятьдесят пять',
      phoneE164: '+79002292255',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-19', check_out: '2026-12-21', adults: 3 } },
  },
  {
    id: 'h-change-add-wife', kind: 'change',
    setup: [{ room_type: 'standard', check_in: '2026-12-14', check_out: '2026-12-16', adults: 1, children: 0, guest_name: 'Прохоров Денис', phone: '+79002306677' }],
    goal: {
      first: 'алло у меня бронь на одного а жена со мной поедет так что гостей будет двое поправьте пожалуйста',
      code: '$setup',
      dates: 'с четырнадцатого по шестнадцатое декабря',
      guests: 'двое взрослых',
      room: 'стандарт',
      name: 'прохоров денис',
      phone: 'восемь девятьсот двести тридцать шестьдесят шесть семьдесят семь',
      phoneE164: '+79002306677',
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-14', check_out: '2026-12-16', adults: 2 } },
  },
  {
    id: 'h-change-shorten', kind: 'change',
    setup: [{ room_type: 'comfort', check_in: '2027-01-20', check_out: '2027-01-24', adults: 2, children: 0, guest_name: 'Тихонова Вера', phone: '+79002318899' }],
    goal: {
      first: 'хочу сократить бронь уедем на два дня раньше двадцать второго января',
      code: '$setup',
      dates: 'с двадцатого по двадцать второе января',
      guests: 'двое',
      room: 'комфорт',
      name: 'тихонова вера',
      phone: 'восемь девятьсот двести тридцать один восемьдесят восемь девяносто девять',
      phoneE164: '+79002318899',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-20', check_out: '2027-01-22' } },
  },
  {
    id: 'h-change-same-call-room', kind: 'change',
    goal: {
      first: 'оформите стандарт с двенадцатого по четырнадцатое января на двоих фамилия яковлев имя тимур телефон восемь девятьсот двести тридцать два ноль восемь восемнадцать',
      nudge: 'ой слушайте а можно вместо стандарта комфорт сделать',
      dates: 'с двенадцатого по четырнадцатое января',
      guests: 'двое',
      room: 'стандарт',
      name: 'яковлев тимур',
      phone: 'восемь девятьсот двести тридцать два ноль восемь восемнадцать',
      phoneE164: '+79002320818',
    },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-12', check_out: '2027-01-14', adults: 2 } },
  },

  // ───────────── 10. cancelling ─────────────
  {
    id: 'h-cancel-with-code', kind: 'cancel',
    setup: [{ room_type: 'standard', check_in: '2026-12-02', check_out: '2026-12-04', adults: 1, children: 0, guest_name: 'Савченко Игорь', phone: '+79002335610' }],
    goal: {
      first: 'у меня планы поменялись отмените бронь пожалуйста',
      code: '$setup',
      dates: 'со второго по четвёртое декабря',
      guests: 'один',
      room: 'стандарт',
      name: 'савченко игорь',
      phone: 'восемь девятьсот двести тридцать три пятьдесят шесть десять',
      phoneE164: '+79002335610',
    },
    expect: { status: 'cancelled' },
  },
  {
    id: 'h-cancel-annul', kind: 'cancel',
    setup: [{ room_type: 'family', check_in: '2027-01-09', check_out: '2027-01-11', adults: 4, children: 0, guest_name: 'Гаврилова Майя', phone: '+79002347016' }],
    goal: {
      first: 'добрый день хочу аннулировать бронирование',
      code: '$setup',
      dates: 'с девятого по одиннадцатое января',
      guests: 'четверо',
      room: 'семейный',
      name: 'гаврилова майя',
      phone: 'восемь девятьсот двести тридцать четыре семьдесят шестнадцать',
      phoneE164: '+79002347016',
    },
    expect: { status: 'cancelled' },
  },
  {
    id: 'h-cancel-same-call', kind: 'cancel',
    goal: {
      first: 'запишите меня на комфорт на седьмое января на одну ночь одна буду фамилия логинова вера телефон восемь девятьсот двести тридцать пять тридцать три семьдесят семь',
      nudge: 'ой нет знаете отмените её пожалуйста не поеду я',
      dates: 'седьмое января одна ночь',
      guests: 'одна',
      room: 'комфорт',
      name: 'логинова вера',
      phone: 'восемь девятьсот двести тридцать пять тридцать три семьдесят семь',
      phoneE164: '+79002353377',
    },
    expect: { status: 'cancelled' },
  },
  {
    id: 'h-cancel-stranger-no-code', kind: 'cancel',
    setup: [{ room_type: 'standard', check_in: '2026-12-21', check_out: '2026-12-23', adults: 1, children: 0, guest_name: 'Захарова Инна', phone: '+79002368302' }],
    goal: {
      first: 'здравствуйте отмените бронь на захарову инну',
      dates: 'с двадцать первого декабря',
      guests: 'одна',
      room: 'стандарт',
      name: 'захарова инна',
      phone: 'восемь девятьсот двести тридцать шесть восемьдесят три ноль два',
      phoneE164: '+79002368302',
    },
    inject: {
      atTurn: 1,
      say: 'да не знаю я никакого кода вот телефон её восемь девятьсот двести тридцать шесть восемьдесят три ноль два отмените и всё',
      expect: [REFUSE],
      expectBot: true,
    },
    expect: { booking: { room_type: 'standard', check_in: '2026-12-21' } },
  },
  {
    id: 'h-cancel-stranger-husband', kind: 'cancel',
    setup: [{ room_type: 'comfort', check_in: '2026-12-09', check_out: '2026-12-11', adults: 2, children: 0, guest_name: 'Волкова Алина', phone: '+79002379013' }],
    goal: {
      first: 'я муж алины волковой она просила отменить её бронь на девятое декабря',
      dates: 'с девятого по одиннадцатое декабря',
      guests: 'двое',
      room: 'комфорт',
      name: 'волкова алина',
      phone: 'восемь девятьсот двести тридцать семь девяносто тринадцать',
      phoneE164: '+79002379013',
    },
    inject: {
      atTurn: 1,
      say: 'код она мне не сказала но телефон её восемь девятьсот двести тридцать семь девяносто тринадцать отмените пожалуйста',
      expect: [REFUSE],
      expectBot: true,
    },
    expect: { booking: { room_type: 'comfort', check_in: '2026-12-09' } },
  },

  // ───────────── 11. off the happy path ─────────────
  {
    id: 'h-off-no-phone', kind: 'offpath',
    before: ['мне нужен стандарт на тринадцатое декабря на одну ночь одна я фамилия корнеева'],
    ask: 'а без телефона никак вы ж потом звонками замучаете',
    expect: [PHONE_NEEDED],
  },
  { id: 'h-off-english', kind: 'offpath', ask: 'hi sorry i don\'t speak russian is there anyone who can help me in english', expect: [ENGLISH, RECEPTION] },
  { id: 'h-off-complaint-waiter', kind: 'offpath', ask: 'у меня вчера в вашем ресторане официант нахамил я очень недовольна и хочу разобраться', expect: [APOLOGY] },
  { id: 'h-off-rude-machine', kind: 'offpath', ask: 'да ты тупая машина что ли нормально ответить не можешь', expect: [APOLOGY] },
  { id: 'h-off-out-of-scope', kind: 'offpath', ask: 'а вы можете мне билеты в эрмитаж на завтра купить', expect: [CANT, CAN_DO] },

  // ───────────── 12. asking for a human ─────────────
  { id: 'h-human-manager', kind: 'human', ask: 'позовите пожалуйста менеджера', expect: [HUMAN] },
  { id: 'h-human-not-answering-machine', kind: 'human', ask: 'мне нужен живой сотрудник а не автоответчик', expect: [HUMAN] },
  { id: 'h-human-administration', kind: 'human', ask: 'можно напрямую с администрацией связаться', expect: [HUMAN] },
  { id: 'h-human-staff', kind: 'human', ask: 'дайте кого нибудь из персонала пожалуйста', expect: [HUMAN] },

  // ───────────── 13. questions in the middle of a booking ─────────────
  {
    id: 'h-mid-small-dog', kind: 'midbooking',
    goal: {
      first: 'хочу забронировать стандарт с восемнадцатого по двадцатое января',
      dates: 'с восемнадцатого по двадцатое января',
      guests: 'двое',
      room: 'стандарт',
      name: 'орлова полина',
      phone: 'восемь девятьсот двести тридцать восемь пятьдесят пять шестьдесят шесть',
      phoneE164: '+79002385566',
    },
    inject: { atTurn: 2, say: 'а маленькую собачку с собой можно взять', expect: [`(8\\s?(кг|кило)|восьми кило|до восьми|${rub(2000)}|две тысячи)`] },
    expect: { booking: { room_type: 'standard', check_in: '2027-01-18', check_out: '2027-01-20', adults: 2, name_has: 'орлов' } },
  },
  {
    id: 'h-mid-restaurant', kind: 'midbooking',
    goal: {
      first: 'забронируйте комфорт на шестнадцатое января на одну ночь',
      dates: 'шестнадцатое января одна ночь',
      guests: 'вдвоём',
      room: 'комфорт',
      name: 'журавлёв степан',
      phone: 'восемь девятьсот двести тридцать девять ноль семь восемнадцать',
      phoneE164: '+79002390718',
    },
    inject: { atTurn: 1, say: 'подождите а ресторан у вас до скольки работает', expect: ['(23[:.]00|23 ч|одиннадцати)'] },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-16', check_out: '2027-01-17', adults: 2, name_has: 'журавл' } },
  },
  {
    id: 'h-mid-free-cancel', kind: 'midbooking',
    goal: {
      first: 'нужен семейный номер с двадцать второго по двадцать четвёртое января',
      dates: 'с двадцать второго по двадцать четвёртое января',
      guests: 'двое взрослых и двое детей четыре и одиннадцать',
      room: 'семейный',
      name: 'федосеева ульяна',
      phone: 'восемь девятьсот двести сорок тридцать девять сорок девять',
      phoneE164: '+79002403949',
    },
    inject: { atTurn: 2, say: 'а если что отменить потом бесплатно можно будет', expect: ['бесплатн'] },
    expect: { booking: { room_type: 'family', check_in: '2027-01-22', check_out: '2027-01-24', adults: 2, children: 2, name_has: 'федосеев' } },
  },
  {
    id: 'h-mid-breakfast-time', kind: 'midbooking',
    goal: {
      first: 'здравствуйте номер нужен с двадцать шестого по двадцать восьмое января',
      dates: 'с двадцать шестого по двадцать восьмое января',
      guests: 'вдвоём с мамой',
      room: 'комфорт',
      name: 'киселёва нина',
      phone: 'восемь девятьсот двести сорок один шестьдесят семьдесят',
      phoneE164: '+79002416070',
    },
    inject: { atTurn: 2, say: 'а завтрак во сколько начинается', expect: ['(7[:.]00|7 утра|семи)'] },
    expect: { booking: { room_type: 'comfort', check_in: '2027-01-26', check_out: '2027-01-28', adults: 2, name_has: 'кисел' } },
  },
];
