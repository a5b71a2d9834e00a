// Cancelling or changing a booking the caller already has, said the many ways callers say it: «уберите мой
// номер», «бронь больше не понадобится», «я не доеду, снимите бронирование», «можно сдвинуть на день»,
// «хочу приехать в другие дни, бронь уже есть». A classifier trained on a few hundred lines reads «номер» as a
// wish to book; the shape decides here: a verb of removing (or of moving) together with what is removed (a
// booking, an order, the room, the stay). Read only when no new booking is being made: there «отмените» stops that
// booking and «поменяйте даты» corrects it.
import { normalizeText } from '../lang-ru/text.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';
// what the caller has booked
const BOOKED = `(?:брон(?:ь|и|ью|ей|я|ю|ь?ка)|бронировани\\S*|забронированн\\S*|заказ\\S*|номер\\S*|комнат\\S*|проживан\\S*|заселен\\S*|приезд\\S*|поездк\\S*)`;
// removing it, or not needing it any more
const REMOVE = `(?:отмен\\S*|аннулир\\S*|снимите|сними|снимай\\S*|сняти\\S*|убер\\S*|убрать|убира\\S*|удал\\S*|откаж\\S*|отказ\\S*|расторг\\S*|не понадоб\\S*|не нужн\\S*|не нужен|не надо|больше не (?:нужн\\S*|надо|актуальн\\S*)|не актуальн\\S*)`;
// «я не приеду», «не доеду», «не смогу приехать», «не получится приехать»: the caller will not come
const WONT_COME = new RegExp(
  `${L}(?:не (?:приеду|приедем|доеду|доедем|сможем?|смогу|получится|выйдет|успе\\S*)(?: \\S+)?(?: приехать| доехать| заселиться| прилететь)?|поездк\\S* (?:отменил\\S*|сорвал\\S*))${R}`,
);
// moving it: «перенести», «сдвинуть», «поменять даты», «продлить», «сократить». A past reflexive form («планы
// поменялись», «всё сдвинулось», «даты изменились») tells why the caller calls, not what to do: it asks for nothing,
// so «обстоятельства изменились, отмените бронь» is a cancellation.
// Nor does a verb in the past («командировку перенесли, надо снять бронь»: the trip was moved, the booking goes).
const NOT_A_REQUEST = '(?![а-яё]*(?:лись|лось|лся|лась|ли|ла|л)(?![а-яё]))';
const MOVE = `${NOT_A_REQUEST}(?:перенес\\S*|перенос\\S*|перенест\\S*|сдвин\\S*|сдвиг\\S*|передвин\\S*|подвин\\S*|поменя\\S*|смен\\S*|измен\\S*|исправ\\S*|продл\\S*|сократ\\S*|переоформ\\S*)`;
const MOVED_WHAT = `(?:брон(?:ь|и|ью|ей|я|ю)|бронировани\\S*|забронированн\\S*|заказ\\S*|дат\\S*|числ\\S*|дни|дн[яе]й|заезд\\S*|выезд\\S*|проживан\\S*|приезд\\S*|на (?:день|сутки|неделю|\\S+ (?:дн\\S*|недел\\S*|сут\\S*))|(?:по|на )раньше|(?:по|на )позже)`;
const MOVE_RE = new RegExp(`${L}${MOVE}${R}(?: \\S+){0,4} ${MOVED_WHAT}${R}|${L}${MOVED_WHAT}${R}(?: \\S+){0,3} ${MOVE}${R}`);
// «хочу приехать в другие дни, у меня уже есть бронь»: other dates for a stay already booked
const OTHER_DATES = new RegExp(`${L}(?:други[ехм]|ины[ехм]) (?:дни|даты|числа|дат\\S*)${R}`);
const ALREADY_BOOKED = new RegExp(
  `${L}(?:уже (?:есть )?(?:брон\\S*|заброниров\\S*)|(?:моя|мою|моей|моё|мое|мой|моего|моем|наш\\S*) (?:брон\\S*|бронировани\\S*|заказ\\S*|номер\\S*))${R}`,
);
// «у нас забронирован номер, к нам ещё едет человек, нужно чтобы было трое»: a booking the caller has, and
// something about it to be different (more guests, another room, other days)
const HAS_BOOKING = new RegExp(
  `${L}(?:в (?:мою |нашу |эту )?брон(?:ь|и)|в (?:моем |моём |нашем )?бронировани\\S*|забронирован\\S*|бронировал\\S*|у (?:нас|меня) (?:уже )?(?:есть )?брон\\S*|(?:моя|мою|моей|наша|нашу|нашей) брон\\S*|уже (?:есть )?брон\\S*)${R}`,
);
const DIFFERENT = new RegExp(
  `${L}(?:ещ[её] (?:\\S+ )?(?:один|одна|одного|человек\\S*|гост\\S*|ребен\\S*|ребён\\S*|едет|приедет)|(?:\\S*едет|\\S*едут|будет|будут|присоединит\\S*) ещ[её]|(?:нужно|надо|будет|теперь) на (?:двоих|троих|четверых|пятерых)|добав\\S*|(?:будет|нас) больше|чтобы (?:было|были|нас было)|вместо|друг(?:ие|ой|ую|им) (?:дни|даты|числа|номер\\S*|тип\\S*)|другие|${NOT_A_REQUEST}(?:поменя\\S*|измен\\S*|перенес\\S*|продл\\S*|сдвин\\S*))${R}`,
);
// the hour of arriving or leaving, and a day that would make it a move of dates after all
// («выезд по времени попозже», «заселиться пораньше утром»: the hour, in either order)
const EDGE = '(?:заезд\\S*|выезд\\S*|заселени\\S*|заселит\\S*|выселени\\S*)';
const HOUR = '(?:врем\\S*|час\\S*|пораньше|попозже|утр\\S*|вечер\\S*)';
const HOUR_OF_STAY = new RegExp(`${L}${HOUR} (?:\\S+ )?${EDGE}${R}|${L}${EDGE} (?:\\S+ ){0,2}${HOUR}${R}`);
const DAY_NAMED = new RegExp(
  `${L}(?:день|дня|дней|дни|сутки|суток|недел\\S*|числ\\S*|дат\\S*|\\d{1,2}|понедельник\\S*|вторник\\S*|сред[уа]|четверг\\S*|пятниц\\S*|суббот\\S*|воскресень\\S*)${R}`,
);
// («снять его бронь» removes it; «снять номер», «комнату снять» rents one)
const REMOVE_RE = new RegExp(
  `${L}${REMOVE}${R}(?: \\S+){0,4} ${BOOKED}${R}|${L}${BOOKED}${R}(?: \\S+){0,4} ${REMOVE}${R}|${L}снять(?: \\S+){0,2} (?:брон(?:ь|и|ю)|бронировани\\S*)${R}`,
);
// a new booking asked for in the same breath («отмените стандарт и забронируйте люкс» is left to the model)
const BOOKS_NEW = new RegExp(
  `${L}(?:заброниру\\S*|забронировать|брониру\\S*|оформ\\S*|нужен номер|хочу номер|(?:снять|сниму|снимем|снимать) (?:\\S+ )?(?:номер|комнат)\\S*)${R}`,
);

// «забронируйте столик на субботу», «закажите билеты в театр», «вызовите такси к шести»: an order, but not of a room
// («мне нужна няня на вечер», «нам нужен гид на завтра»: a need of something else is no booking either)
const ORDER = `(?:заброниру\\S*|забронировать|брониру\\S*|закаж\\S*|заказать|вызов\\S*|вызвать|купи\\S*|организу\\S*|организовать|достан\\S*|достать|нужен|нужна|нужны|нужно|надо|требуется)`;
const NOT_A_ROOM = `(?:столик\\S*|стол|стола|билет\\S*|такси|машин\\S*|экскурси\\S*|букет\\S*|цвет(?:ы|ов)|курьер\\S*|доставк\\S*|самолет\\S*|поезд\\S*|справк\\S*|няня|няню|нянь\\S*|сиделк\\S*|гид|гида|экскурсовод\\S*|переводчик\\S*|водител\\S*|врач\\S*|доктор\\S*|аренд\\S*|прокат\\S*)`;
const ORDERS_OTHER = new RegExp(`${L}${ORDER}${R}(?: \\S+){0,3} ${NOT_A_ROOM}${R}`);
// (flowers or a doctor sent «в номер» are still not a room; a car from the airport is the transfer, one to it a taxi)
const ROOM_WORDS = new RegExp(
  `${L}(?<!в )(?:номер\\S*|комнат\\S*|проживан\\S*|трансфер\\S*|парковк\\S*|сауну|сауна|(?:из|с|от) (?:аэропорт\\S*|вокзал\\S*|пулково)|встрет\\S*)${R}`,
);

/** «забронируйте столик в кафе на субботу»: an order of something that is not the hotel's to book. */
export function ordersSomethingElse(text: string): boolean {
  const t = normalizeText(text)
    .replace(/[!?.,;:—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return ORDERS_OTHER.test(t) && !ROOM_WORDS.test(t);
}

/** The message names a booking the caller already has («у нас бронь», «в мою бронь», «я бронировал»). */
export function namesExistingBooking(text: string): boolean {
  const t = normalizeText(text)
    .replace(/[!?.,;:—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return HAS_BOOKING.test(t) || ALREADY_BOOKED.test(t);
}

export type BookingManagement = 'cancel_booking' | 'change_booking';

// a code or a number dictated as a run of number words or digits («один девять два …», «сто двадцать три …»): one
// thing said, so that «у меня бронь <код> фамилия петров отмените» keeps «бронь» and «отмените» within reach
const NUMBER_WORD =
  '(?:\\d+|ноль|нуль|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|тринадцать|четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|девятьсот)';
const DICTATED_RUN = new RegExp(`${L}${NUMBER_WORD}(?: ${NUMBER_WORD}){2,}${R}`, 'g');

/** Whether the message asks to cancel or to change a booking the caller has, by its shape. */
export function bookingManagementCue(text: string): BookingManagement | null {
  const t = normalizeText(text)
    .replace(/[!?.,;:—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(DICTATED_RUN, '0')
    // («фамилия петров», «на фамилию орлова»: the proof said beside the request is no part of its shape)
    .replace(/(?<![а-я])(?:на )?фамили[а-я]* [а-я-]+/g, ' ')
    .replace(/\s+/g, ' ');
  // «время заезда сдвинуть пораньше»: the hour of arriving, which is the early check-in rule, not the booking's dates
  const movesHour = HOUR_OF_STAY.test(t) && !DAY_NAMED.test(t);
  const move = (MOVE_RE.test(t) && !movesHour) || (OTHER_DATES.test(t) && ALREADY_BOOKED.test(t)) || (HAS_BOOKING.test(t) && DIFFERENT.test(t));
  const remove = REMOVE_RE.test(t) || (WONT_COME.test(t) && (REMOVE_RE.test(t) || new RegExp(`${L}${REMOVE}${R}`).test(t) || ALREADY_BOOKED.test(t)));
  // «снять номер» and «нужен номер» ask for a new one; «уберите мой номер» removes the caller's own
  if (BOOKS_NEW.test(t) && !ALREADY_BOOKED.test(t)) return null;
  if (remove && !move) return 'cancel_booking';
  if (move) return 'change_booking';
  return null;
}

// «ну тогда отменяйте», «давайте отменим», «я передумал, аннулируйте»: removing, with nothing named to remove
const BARE_REMOVAL = new RegExp(
  `^(?:(?:ну|тогда|да|так|хорошо|ладно|ясно|понятно|понял\\S*|ок|окей|ага|давайте|давай|я|мы|передумал\\S*|нет|всё|все|уж|лучше|пожалуйста|вы|знаете|в общем|короче|раз так)\\s+)*(?:отмен(?:яйте|ите|яй|и|им|ять|ить|яем)|аннулир\\S*|снимайте|снимите)(?:\\s+(?:тогда|пожалуйста|её|ее|его|уж|всё|все|лучше))*$`,
);

/**
 * «ну тогда отменяйте» with nothing named: a cancellation only where a booking is in question — one made or proven
 * in this conversation, or just spoken of (the cancellation fee asked about), which the caller decides on.
 */
export function removesWhatWasDiscussed(text: string): boolean {
  const t = normalizeText(text)
    .replace(/[!?.,;:—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return BARE_REMOVAL.test(t);
}

// «ещё один номер», «второй номер», «отдельную бронь», «для родителей тоже»: a new booking beside the one made
const ANOTHER_BOOKING = new RegExp(
  `${L}(?:ещ[её] (?:\\S+ )?(?:один|одну|одна|номер\\S*|комнат\\S*|брон\\S*|заброниров\\S*)|втор(?:ой|ую|ого) (?:номер|комнат|брон)\\S*|отдельн\\S*|нов(?:ую|ый|ое) (?:брон|номер|заказ)\\S*|тоже|также|и для)${R}`,
);

// «лучше», «вместо», «передумал», «дорого вышло»: what was booked is to be different
const CHANGE_WISH = new RegExp(
  `${L}(?:лучше|вместо|поменя\\S*|измен\\S*|передумал\\S*|переоформ\\S*|всё-таки|все-таки|всё таки|все таки|дорого\\S*|дороговат\\S*|дешевле|подешевле|не тот|не та|не те|не то|ошиб\\S*)${R}`,
);

// «поменяйте на семейный», «замените на люкс», «давайте комфорт», «переоформите на …»: a switch asked for outright
const SWITCH = new RegExp(
  `${L}(?:поменя\\S*|смени\\S*|замени\\S*|замена|переделай\\S*|переоформ\\S*|перепиши\\S*|перебронир\\S*|давайте|давай|возьм\\S*|берем|берём)${R}`,
);

/**
 * «поменяйте на семейный, там просторнее», «давайте люкс, он же больше»: a switch to the room named, with the reason
 * beside it — the comparative in the reason asks nothing.
 */
export function asksSwitch(text: string): boolean {
  return SWITCH.test(normalizeText(text));
}

/** «давайте лучше стандарт», «всё-таки на двоих», «дорого вышло»: a wish that what was booked be different. */
export function wishesChange(text: string): boolean {
  return CHANGE_WISH.test(normalizeText(text));
}

/**
 * The message asks for another booking beside the one already made: «и ещё один номер для родителей», or a booking
 * verb («забронируйте люкс на январь») with no wish to change what was booked («лучше», «вместо», «дорого вышло»).
 */
export function asksAnotherBooking(text: string): boolean {
  const t = normalizeText(text);
  return ANOTHER_BOOKING.test(t) || (BOOKS_NEW.test(t) && !CHANGE_WISH.test(t));
}
