// «по этому номеру», «по телефону, с которого звоню», «на мой номер»: the caller names the phone they are calling
// from as the way to find their booking. Said while a booking is being looked up (or after one was found by that
// very number), it is no answer to «код брони?» and no new request: the hotel's action says what that number
// proves (docs/security.md: the caller ID proves a booking only on a call, sealed by the phone channel).
import { normalizeText } from '../lang-ru/text.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';
const PHONE = '(?:номер\\S*|телефон\\S*|мобильн\\S*|сотов\\S*)';
const TELEPHONE = '(?:телефон\\S*|мобильн\\S*|сотов\\S*)';
const THIS = '(?:эт(?:от|ому|ого|им|ом)|тот же|мо(?:й|ему|его|им|ем)|сво(?:й|ему|его|им|ем)|наш(?:ему|его)?|том|тому)';
// «по этому номеру», «на мой номер», «с этого мобильного», «мой телефон» — but «отмените этот номер» is the room
const THIS_PHONE = `(?:(?:по|на|с|со|через) ${THIS} (?:же )?(?:\\S+ )?${PHONE}|${THIS} (?:же )?(?:\\S+ )?${TELEPHONE})`;
// «с которого (я) звоню», «откуда звоню», «с которого сейчас звоню»
const CALLING_FROM = '(?:с котор\\S+|откуда) (?:я |мы )?(?:сейчас )?(?:звоню|звоним|звонила?|набираю|разговариваю|пишу|пишем)';
// «по номеру звонящего», «по определившемуся номеру»
const CALLER_ID = `(?:${PHONE} звонящего|определивш\\S* ${PHONE}|${PHONE},? (?:который|что) определил\\S*)`;
const OWN_PHONE = new RegExp(`${L}(?:${THIS_PHONE}|${CALLING_FROM}|${CALLER_ID})${R}`);

/** Does the caller speak of the phone they are calling from (with no digits of a number said)? */
export function namesOwnPhone(text: string): boolean {
  const t = normalizeText(text);
  // «этот номер брони»: a booking code is not a phone; a number dictated is the phone itself, read elsewhere
  if (/\d/.test(t) || /(?<![а-я])номер\S* (?:брон|заказ)/.test(t)) return false;
  return OWN_PHONE.test(t);
}
