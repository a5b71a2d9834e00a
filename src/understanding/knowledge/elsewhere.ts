// «какой телефон у аэропорта», «адрес эрмитажа подскажите», «номер московского вокзала»: the phone, address or site of
// a place that is not the hotel. The hotel's facts name the airport and the station (the way here, the transfer), so
// the search would answer with the hotel's own way or number as if it were the place's; the assistant says instead
// that this is not about the hotel, and what it can do.
import type { Hotel } from '../../hotel/types.ts';
import { loadedMorph } from '../lang-ru/morph.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { KnowledgeAnswer } from './answer-types.ts';
import type { FactIndex } from './search.ts';

// what is asked of a place, and the words after it that say whose it is («телефон у аэропорта», «адрес эрмитажа»)
const CONTACT = /(?<![а-я])(?:номер\S* телефон\S*|телефон\S*|номер\S*(?= (?:у )?(?:аэропорт|вокзал|такси|театр|музе))|адрес\S*|сайт\S*)(?![а-я])/;
// the hotel itself, or its people
const HOTEL_OWNER =
  /(?<![а-я])(?:вас|вам|ваш\S*|вы|отел\S*|гостиниц\S*|ресепш\S*|рецепц\S*|администрат\S*|регистратур\S*|менеджер\S*|бронировани\S*|почт\S*|электрон\S*|для связи|связ\S*)(?![а-я])/;
const NO_OWNER_WORDS = new Set('а и ну у в на по мне нам скажите подскажите пожалуйста какой какая какие какое дайте можно есть там тут это этот'.split(' '));
// facts that name other places only as the way here: meeting them is no reason to think the place is the hotel's
const WAY_HERE = new Set(['directions', 'transfer', 'address', 'phone', 'email']);
const OWNER_WORDS = 4;

// the contact asked for, not one said («записала телефон …», «по телефону, с которого звоню», «мой номер»)
const ASKED = /(?<![а-я])(?:как\S*|подскаж\S*|скаж\S*|дайте|продиктуй\S*|назовите|знаете|есть|где)(?![а-я])|\?/;
const SAID_BEFORE = /(?<![а-я])(?:по|на|с|мой|мою|моя|моего|этот|записал\S*)\s$/;

/** The words that say whose contact is asked («аэропорта пулково»), or null when none follows the contact word. */
function ownerOf(t: string): string | null {
  const m = CONTACT.exec(t);
  if (!m || !ASKED.test(t) || /\d/.test(t) || SAID_BEFORE.test(t.slice(0, m.index))) return null;
  const words = t
    .slice(m.index + m[0].length)
    .split(/[^а-яa-z0-9-]+/)
    .filter((w) => w && !NO_OWNER_WORDS.has(w))
    .slice(0, OWNER_WORDS);
  // whose: a word in the genitive («вокзала», «русского музея»), not a verb or a dative («назвать таксисту»)
  const whose = words[0] === undefined ? [] : (loadedMorph()?.parse(words[0]) ?? []);
  if (whose.length && !whose.some((p) => p.tags.has('gent'))) return null;
  return words.length ? words.join(' ') : null;
}

/** The answer to a contact asked of a place that is not the hotel (nor one of its services), or null. */
export function elsewhereAnswer(question: string, hotel: Hotel, index: FactIndex): KnowledgeAnswer | null {
  const t = normalizeText(question);
  const owner = ownerOf(t);
  if (!owner || HOTEL_OWNER.test(owner) || HOTEL_OWNER.test(t.slice(0, CONTACT.exec(t)!.index))) return null;
  // «телефон ресторана», «номер сауны»: one of the hotel's own services
  const top = index.search(owner, 1)[0];
  if (top?.named && !WAY_HERE.has(top.fact.id)) return null;
  return {
    text: `Это не об отеле, тут я не подскажу: я отвечаю на вопросы об отеле «${hotelName(hotel)}» и бронирую номера.`,
    sources: ['none'],
  };
}

/** «Невский берег» from «Отель «Невский берег»». */
function hotelName(hotel: Hotel): string {
  const name = hotel.hotel.name ?? '';
  return /«([^»]+)»/.exec(name)?.[1] ?? name;
}
