// The measurement set of issue 13: phone-style conversations (lowercase, numbers as words, «алло» first),
// written for measuring how the assistant speaks, not for training. Each `ask` turn is a question about the
// hotel; `yesno` marks a question a receptionist answers with «да» or «нет» first. The clock is pinned to
// 2026-11-24 (Tuesday), so «в пятницу» and the weekend prices are the same on every run.
export type TurnKind = 'question' | 'booking' | 'cancellation' | 'other';

export interface ScriptedTurn {
  say: string;
  kind: TurnKind;
  /** A yes/no question: the reply should start with «да» or «нет». */
  yesno?: boolean;
}

export interface ScriptedConversation {
  id: string;
  topic: 'booking' | 'questions' | 'cancellation' | 'handoff';
  /** The caller's number (Twilio's From). */
  from: string;
  /** A booking made in the hotel system before the call, for cancellations. */
  existing?: { room_type: string; check_in: string; check_out: string; adults: number; guest_name: string; phone: string };
  turns: ScriptedTurn[];
}

const q = (say: string, yesno = false): ScriptedTurn => ({ say, kind: 'question', ...(yesno ? { yesno } : {}) });
const b = (say: string): ScriptedTurn => ({ say, kind: 'booking' });
const c = (say: string): ScriptedTurn => ({ say, kind: 'cancellation' });
const o = (say: string): ScriptedTurn => ({ say, kind: 'other' });
const phone = (n: number) => `+7901555${String(n).padStart(4, '0')}`;

export const conversations: ScriptedConversation[] = [
  // --- bookings ---
  {
    id: 'book-weekend-standard',
    topic: 'booking',
    from: phone(1),
    turns: [
      b('алло здравствуйте хотел бы забронировать номер'),
      b('с пятницы по воскресенье'),
      b('нас двое'),
      b('стандарт'),
      b('сергей орлов'),
      b('да'),
      b('да всё верно'),
      o('спасибо до свидания'),
    ],
  },
  {
    id: 'book-comfort-dates-words',
    topic: 'booking',
    from: phone(2),
    turns: [
      b('добрый день мне нужен комфорт с десятого по двенадцатое декабря'),
      b('трое взрослых'),
      b('марина кузьмина'),
      b('нет запишите другой'),
      b('восемь девятьсот три сто двадцать три сорок пять шестьдесят семь'),
      b('да'),
    ],
  },
  {
    id: 'book-family-kids',
    topic: 'booking',
    from: phone(3),
    turns: [
      b('алло здравствуйте можно семейный номер забронировать'),
      b('с третьего января на три ночи'),
      b('двое взрослых и двое детей'),
      b('детям пять и восемь лет'),
      b('андрей соколов'),
      b('да'),
      b('да'),
    ],
  },
  {
    id: 'book-correction-dates',
    topic: 'booking',
    from: phone(4),
    turns: [
      b('здравствуйте забронируйте пожалуйста люкс'),
      b('с четырнадцатого по шестнадцатое декабря'),
      b('вдвоём'),
      b('ой нет извините с пятнадцатого по семнадцатое'),
      b('елена белова'),
      b('да'),
      b('да'),
    ],
  },
  {
    id: 'book-question-midway',
    topic: 'booking',
    from: phone(5),
    turns: [
      b('алло хочу номер на двадцатое декабря на две ночи'),
      b('один взрослый'),
      q('а завтрак входит', true),
      b('давайте самый дешёвый'),
      b('павел морозов'),
      b('да'),
      b('да'),
    ],
  },
  {
    id: 'book-declines-summary',
    topic: 'booking',
    from: phone(6),
    turns: [
      b('здравствуйте хочу забронировать номер на завтра'),
      b('на одну ночь'),
      b('двое'),
      b('комфорт'),
      b('ирина лебедева'),
      b('да'),
      b('нет не надо'),
      o('спасибо'),
    ],
  },
  {
    id: 'book-price-first',
    topic: 'booking',
    from: phone(7),
    turns: [
      q('алло здравствуйте сколько стоит номер на выходные'),
      b('давайте забронируем'),
      b('двое взрослых'),
      b('стандарт'),
      b('ольга никитина'),
      b('да'),
      b('да'),
    ],
  },
  {
    id: 'book-name-correction',
    topic: 'booking',
    from: phone(8),
    turns: [
      b('добрый вечер нужен номер с восьмого по одиннадцатое декабря'),
      b('двое'),
      b('комфорт'),
      b('дмитрий фёдоров'),
      b('да'),
      b('имя неправильно записали меня зовут дмитрий фролов'),
      b('да'),
    ],
  },
  {
    id: 'book-too-many-guests',
    topic: 'booking',
    from: phone(9),
    turns: [b('здравствуйте люкс на пятое декабря на одну ночь'), b('нас четверо'), b('тогда семейный'), b('наталья григорьева'), b('да'), b('да')],
  },
  {
    id: 'book-changes-mind',
    topic: 'booking',
    from: phone(10),
    turns: [
      b('алло я хочу забронировать стандарт'),
      b('с первого по третье декабря'),
      b('двое взрослых'),
      o('знаете что давайте отменим я передумал'),
      o('нет спасибо до свидания'),
    ],
  },
  // --- questions ---
  {
    id: 'ask-room-price',
    topic: 'questions',
    from: phone(11),
    turns: [q('алло здравствуйте а сколько стоит номер у вас'), q('а какие ещё есть'), q('а люкс сколько')],
  },
  {
    id: 'ask-pets-card',
    topic: 'questions',
    from: phone(12),
    turns: [q('здравствуйте можно с собакой'), q('а картой мир можно расплатиться', true), q('наличными тоже можно', true)],
  },
  {
    id: 'ask-parking-wifi',
    topic: 'questions',
    from: phone(13),
    turns: [q('алло скажите есть ли у вас парковка', true), q('а вай фай бесплатный', true), q('сколько стоит парковка')],
  },
  {
    id: 'ask-times',
    topic: 'questions',
    from: phone(14),
    turns: [q('добрый день во сколько заезд'), q('а выезд до скольки'), q('можно заехать пораньше', true)],
  },
  {
    id: 'ask-breakfast',
    topic: 'questions',
    from: phone(15),
    turns: [q('здравствуйте завтрак включён в стоимость', true), q('а во сколько завтрак'), q('в выходные тоже с семи', true)],
  },
  {
    id: 'ask-luggage-late',
    topic: 'questions',
    from: phone(16),
    turns: [q('алло можно оставить чемоданы после выезда', true), q('а выехать попозже можно', true)],
  },
  {
    id: 'ask-address',
    topic: 'questions',
    from: phone(17),
    turns: [q('здравствуйте где вы находитесь'), q('как до вас добраться от метро'), q('а телефон ресепшена какой')],
  },
  {
    id: 'ask-kids-bed',
    topic: 'questions',
    from: phone(18),
    turns: [q('алло у вас есть детская кроватка', true), q('а дополнительную кровать можно поставить', true), q('ребёнок до трёх лет считается гостем', true)],
  },
  {
    id: 'ask-smoking-sauna',
    topic: 'questions',
    from: phone(19),
    turns: [q('здравствуйте в номере курить можно', true), q('а сауна есть', true), q('сколько стоит сауна')],
  },
  {
    id: 'ask-payment-prepay',
    topic: 'questions',
    from: phone(20),
    turns: [q('добрый день нужна ли предоплата', true), q('а как можно оплатить')],
  },
  {
    id: 'ask-cancel-policy',
    topic: 'questions',
    from: phone(21),
    turns: [q('алло а если я не приеду деньги вернут', true), q('до какого времени можно отменить бесплатно')],
  },
  {
    id: 'ask-dates-free',
    topic: 'questions',
    from: phone(22),
    turns: [q('здравствуйте есть свободные номера с пятнадцатого по семнадцатое декабря', true), q('а люкс на эти даты сколько')],
  },
  {
    id: 'ask-gym-restaurant',
    topic: 'questions',
    from: phone(23),
    turns: [q('алло есть у вас спортзал', true), q('ресторан до скольки работает'), q('а в номер еду заказать можно', true)],
  },
  {
    id: 'ask-transfer-english',
    topic: 'questions',
    from: phone(24),
    turns: [q('здравствуйте вы встречаете из аэропорта', true), q('сколько это стоит'), q('а по-английски у вас говорят', true)],
  },
  {
    id: 'ask-documents-minors',
    topic: 'questions',
    from: phone(25),
    turns: [q('алло какие документы нужны для заселения'), q('а сын шестнадцать лет может один заселиться', true)],
  },
  {
    id: 'ask-accessibility-laundry',
    topic: 'questions',
    from: phone(26),
    turns: [q('здравствуйте у вас есть лифт', true), q('а прачечная есть', true)],
  },
  // --- cancellation ---
  {
    id: 'cancel-by-phone',
    topic: 'cancellation',
    from: phone(27),
    existing: { room_type: 'standard', check_in: '2026-12-04', check_out: '2026-12-06', adults: 2, guest_name: 'Виктор Зайцев', phone: phone(27) },
    turns: [c('алло здравствуйте хочу отменить бронь'), c('по этому номеру телефона'), c('да отменяйте'), o('спасибо до свидания')],
  },
  {
    id: 'cancel-keeps',
    topic: 'cancellation',
    from: phone(28),
    existing: { room_type: 'comfort', check_in: '2026-12-11', check_out: '2026-12-13', adults: 2, guest_name: 'Анна Смирнова', phone: phone(28) },
    turns: [
      c('добрый день мне нужно отменить бронирование'),
      c('плюс семь девятьсот один пятьсот пятьдесят пять ноль ноль два восемь'),
      c('нет пожалуй оставьте'),
    ],
  },
  {
    id: 'find-booking',
    topic: 'cancellation',
    from: phone(29),
    existing: { room_type: 'family', check_in: '2026-12-20', check_out: '2026-12-23', adults: 2, guest_name: 'Игорь Попов', phone: phone(29) },
    turns: [c('здравствуйте хочу проверить свою бронь'), c('по телефону с которого звоню'), q('а во сколько заезд')],
  },
  // --- handoff ---
  {
    id: 'handoff',
    topic: 'handoff',
    from: phone(30),
    turns: [o('алло соедините меня с администратором'), o('а телефон ресепшена какой')],
  },
];
