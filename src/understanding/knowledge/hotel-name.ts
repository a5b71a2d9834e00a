// The hotel's own name: asked («как называется ваша гостиница?», «как вы называетесь?») it is said from hotel.yml;
// checked («это гостиница „Невский берег“?», «это отель „Астория“?») the caller hears whether they reached it.
import type { Hotel } from '../../hotel/types.ts';
import { mentionsHotelName } from '../lang-ru/names.ts';
import { normalizeText } from '../lang-ru/text.ts';

const L = '(?<![а-я])';
const PLACE = '(?:отел\\S*|гостиниц\\S*|хостел\\S*|мини-отел\\S*)';
// «как называется ваша гостиница», «название отеля подскажите», «как вы называетесь»: the hotel's own name asked;
// only little words between, so «как называется ресторан в вашей гостинице» is the restaurant's
const NAME_GLUE = '(?:(?:у|вас|ваш\\S*|это|эт[аои]т?|же|а|ну|сам\\S*|то|как) ){0,3}';
const NAME_ASKED = new RegExp(
  `${L}(?:(?:назван\\S*|называ\\S*|именуе\\S*) ${NAME_GLUE}${PLACE}|${PLACE} ${NAME_GLUE}(?:назван\\S*|называ\\S*|именуе\\S*)|называетесь|как вас (?:\\S+ )?называ\\S*)(?![а-я])`,
);

/** «отель «Невский берег», Санкт-Петербург»: the hotel's name and city from hotel.yml, to be said after «Это». */
export function hotelTitle(hotel: Hotel): string {
  const h = hotel.hotel;
  // «Отель «…»» of the data is said mid-sentence in lower case; the name in quotes stays as written
  const name = h.name.replace(/^(Отель|Гостиница|Хостел|Мини-отель)(?![а-яё])/, (w) => w.toLowerCase());
  return h.city ? `${name}, ${h.city}` : name;
}

/** «как называется ваша гостиница?» → «Это отель «Невский берег», Санкт-Петербург.», from hotel.yml. */
export function nameAnswer(question: string, hotel: Hotel): { text: string; sources: string[] } | null {
  if (!NAME_ASKED.test(normalizeText(question))) return null;
  return { text: `Это ${hotelTitle(hotel)}.`, sources: ['hotel_name'] };
}

// what may follow «это гостиница» without naming one: «это гостиница или …?», «это гостиница да?», «это гостиница у вас?»
const NO_NAME = new Set('или да нет же ведь вообще что ли алло вы вас у с в на правильно такой какой какая это а ну'.split(' '));

/**
 * «это гостиница „Невский берег“?» → 'ours', «это отель „Астория“?» → 'other' (a word naming a place after the kind of
 * place, not ours), «это гостиница?» → null: the caller names no hotel.
 */
export function hotelChecked(said: string, hotel: Hotel): 'ours' | 'other' | null {
  if (mentionsHotelName(said, hotel.hotel.name)) return 'ours';
  const t = normalizeText(said)
    .replace(/[!?.,;:«»"„“-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const after = new RegExp(`${L}${PLACE} ([а-яa-z]{3,})`).exec(t)?.[1];
  return after && !NO_NAME.has(after) ? 'other' : null;
}
