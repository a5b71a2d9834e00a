// A full name said instead of «да» to the room said back («…«Комфорт» — 18 800 рублей. Бронируем его?» — «вера
// соколова»): the caller goes on to the next question, the name. Unasked, a name is read only as a pair whose first
// word is no common noun, so «вера», «роза», «надежда», «любовь» lose their reading as names; at the room question a
// message that is nothing but a first name and a surname (and a patronymic), after a «да» or «хорошо» and before a
// phone at most, is the
// name, read as if asked (room-agreement.ts then takes the room said back).
import { guestName } from '../lang-ru/guest-name.ts';
import type { Morph } from '../lang-ru/morph.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { normalizeText } from '../lang-ru/text.ts';

// what may stand before the name: a yes, «ну», «записывайте»
const LEAD = /^(?:(?:да|ага|угу|ну|так|хорошо|ладно|давайте|отлично|записывайте|пишите|бронируйте|на имя)[\s,.!]+)*/;

// the phone said after the name («вера соколова, телефон восемь девятьсот …»): the name is what comes before it
const PHONE_AFTER = /(?:[\s,]+(?:мой |а )?(?:телефон|тел|номер|мобильный)(?![а-я])|[\s,]+\+?\d).*$/;

/** The name, when the message is nothing but a full name (two or three words, a phone after it at most); null otherwise. */
export function nameForYes(said: string, morph: Morph, hotelName?: string): string | null {
  const rest = numberize(normalizeText(said))
    .replace(PHONE_AFTER, '')
    .replace(/[.!,]+$/, '')
    .replace(LEAD, '');
  const words = rest.split(/[\s,]+/).filter(Boolean);
  if (words.length < 2 || words.length > 3) return null;
  const name = guestName(rest, morph, { asked: true, ...(hotelName ? { hotelName } : {}) });
  return name && name.split(/\s+/).length === words.length ? name : null;
}
