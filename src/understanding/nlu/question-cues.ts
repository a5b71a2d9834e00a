// Questions about the hotel that a classifier trained on a few hundred lines mistakes for a booking or for
// nothing: «а в комфорт вчетвером поместимся?», «почём люкс с 8 по 10 декабря?», «продиктуйте адрес»,
// «какой телефон у администратора?». Their shape decides, before the intent model.
import type { Hotel } from '../../hotel/types.ts';
import { hasOtherTopic } from '../knowledge/fact-lookup.ts';
import { asksRoomsInGeneral } from '../knowledge/room-questions.ts';
import { asksServiceForLength, asksServiceForParty } from '../knowledge/service-duration.ts';
import { shapedQuestion } from '../knowledge/topics.ts';
import { asksPrice, bareHowMuch } from '../lang-ru/price-words.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { normalizeText } from '../lang-ru/text.ts';

const L = '(?<![а-я])';
// asking to book or to be put through, not asking about
const BOOKS = new RegExp(`${L}(?:заброн\\S*|брониру\\S*|оформ\\S*|соедин\\S*|переключ\\S*|перевед\\S*)`);
// what a price is of: a room, a stay, dates
const STAY_WORDS = new RegExp(
  `${L}(?:номер\\S*|комнат\\S*|проживан\\S*|ноч\\S*|сут\\S*|стандарт\\S*|комфорт\\S*|люкс\\S*|семейн\\S*|эконом\\S*|сьют\\S*|выходн\\S*|декабр\\S*|январ\\S*|феврал\\S*|март\\S*|апрел\\S*|ма[йя]|июн\\S*|июл\\S*|август\\S*|сентябр\\S*|октябр\\S*|ноябр\\S*|\\d{1,2}(?:-?го)?)`,
);
// «а итого за три ночи?», «а за две ночи сколько?»: the total of the stay just priced
const TOTAL = new RegExp(`${L}(?:итого|всего|в сумме|за (?:все|весь)|за (?:\\S+ )?(?:ноч\\S*|сут\\S*))`);
const RECEPTION_PHONE = new RegExp(
  `${L}(?:(?:телефон\\S*|номер телефона|контакт\\S*)(?: \\S+){0,3} (?:администрат\\S*|ресепшн\\S*|ресепшен\\S*|регистратур\\S*|стойк\\S*|отел\\S*|гостиниц\\S*|ваш\\S*)|номер (?:администрат\\S*|ресепшн\\S*|ресепшен\\S*|регистратур\\S*)|(?:как|куда) (?:\\S+ )?(?:позвонить|звонить|дозвониться)|(?:ваш|какой) (?:\\S+ )?телефон)`,
);
// «скажите ваш имейл для бронирования», «почта для брони какая»: the hotel's e-mail asked (never one being given,
// with «@», «собака» or «точка» in it)
const MAIL = '(?:почт\\S*|имейл\\S*|емейл\\S*|e-?mail\\S*|мейл\\S*|электронк\\S*)';
const HOTEL_EMAIL = new RegExp(
  `${L}(?:(?:ваш\\S*|какой|какая|куда|продиктуйте|скажите|подскажите)(?: \\S+){0,3} ${MAIL}|${MAIL} (?:для|отел|гостиниц|ваш|у вас)\\S*)`,
);
const GIVES_EMAIL = /@|(?<![а-я])(?:собака|точка|мо[йяюе]|моя)(?![а-я])/;
// a day or a month: «что за номера есть на пятое» asks free rooms, which the booking's offer answers
const DATE_WORDS = new RegExp(
  `${L}(?:\\d|сегодня|завтра|послезавтра|выходн\\S*|недел\\S*|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|понедельник|вторник|сред[уы]|четверг|пятниц|суббот|воскресень)`,
);
const ADDRESS = new RegExp(`${L}(?:адрес\\S*|где (?:вы |вас |отель |гостиница )?(?:находит\\S*|расположен\\S*)|где (?:это|вы)$)`);

// «почта и телефон», «телефон и адрес ваши»: the hotel's contacts named one after another, nothing else said
const CONTACT = '(?:почт\\S*|телефон\\S*|адрес\\S*|имейл\\S*|емейл\\S*|мейл\\S*|e-?mail)';
const CONTACTS_ONLY = new RegExp(
  `^(?:(?:а|и|или|ну|ваш\\S*|ресепшен\\S*|отел\\S*|гостиниц\\S*|электронн\\S*|подскажите|скажите|продиктуйте|пожалуйста|как(?:ой|ая|ие))\\s+)*${CONTACT}(?:\\s+(?:ваш\\S*|ресепшен\\S*|отел\\S*|гостиниц\\S*|электронн\\S*|пожалуйста|и|или|а)|\\s+${CONTACT})*$`,
);

/** The message asks about the hotel in one of the shapes above. */
export function hotelQuestionCue(text: string, lastBotLine = '', hotel?: Hotel): boolean {
  const t = normalizeText(text)
    .replace(/[!?.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // «парковка на три дня, её заранее бронировать?»: a service for a length of time, even with «бронировать»
  if (hotel && asksServiceForLength(t, hotel)) return true;
  // «нас четверо с багажом, трансфер всех увезёт?»: a party against what a service takes
  if (hotel && !BOOKS.test(t) && asksServiceForParty(t, hotel)) return true;
  if (BOOKS.test(t)) return false;
  if (RECEPTION_PHONE.test(t) || ADDRESS.test(t) || (HOTEL_EMAIL.test(t) && !GIVES_EMAIL.test(t))) return true;
  if (CONTACTS_ONLY.test(t) && (t.match(new RegExp(`(?<![а-я])${CONTACT}`, 'g')) ?? []).length >= 2) return true;
  if (shapedQuestion(t, hotel)) return true;
  // «что за номера у вас», «расскажите про номера»: the rooms as a whole, asked about (no day said)
  if (hotel && !DATE_WORDS.test(numberize(t)) && asksRoomsInGeneral(t, hasOtherTopic(t, hotel))) return true;
  // a price asked in any order (lang-ru/price-words.ts), or a bare «сколько», which asks a price here because the
  // stay's words must come with it («сколько люкс на субботу»)
  if ((asksPrice(t) || bareHowMuch(t)) && STAY_WORDS.test(t)) return true;
  // right after a price, «а итого за две ночи?» asks for another total even without «сколько»
  const afterPrice = /\d\s*(?:руб|₽)/.test(lastBotLine);
  return (afterPrice || /(?<![а-я])сколько(?![а-я])/.test(t)) && TOTAL.test(t);
}
