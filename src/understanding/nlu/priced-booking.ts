// «хочу забронировать самый дешёвый с пятого по седьмое, сколько это будет стоить?»: a booking asked for outright,
// with the price of that very stay asked beside it, is the booking — whose offer says the price («На ваши даты
// свободен «Стандарт» — … Бронируем его?») — not a price answered with «Хотите забронировать?» after the caller said
// she does, nor the price said twice (an answer, then the offer).
import { normalizeText } from '../lang-ru/index.ts';

const L = '(?<![а-яё])';
const R = '(?![а-яё])';
// wanting to book, said as such (not «можно ли забронировать», «как забронировать»)
const WANTS_BOOKING = new RegExp(
  `${L}(?<!(?:можно|как|где|когда|если|ли) )(?:(?:хочу|хотим|хотела?|хотели|хотелось бы|нужно|надо|давайте|будем|буду)(?: \\S+)? (?:забронировать|оформить|снять)|забронируйте|оформите|бронируйте|бронирую|бронируем)${R}`,
);
// the price of the stay itself: «сколько это будет стоить», «почём выйдет», «сколько стоит самый дешёвый номер»
const PRICE_OF_STAY = new RegExp(
  `(?:${L}(?:сколько|почем|по чем)(?: (?:это|он|она|всё|все|будет|мне|нам|примерно))* (?:стоит|стоить|выйдет|обойдется|будет)(?: (?:это|он|всё|все|стоить))*[?.!]*$|^(?:а )?(?:сколько|почем|по чем) (?:стоит|будет стоить)(?: сам\\S* \\S+)? (?:номер|комнат)\\S*${R})`,
);

/** The message books outright and asks only the price of the stay it books. */
export function bookingWithItsPrice(text: string): boolean {
  const t = normalizeText(text).replace(/\s+/g, ' ').trim();
  return WANTS_BOOKING.test(t) && PRICE_OF_STAY.test(t);
}
