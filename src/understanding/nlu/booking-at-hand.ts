// The booking at hand (issue 12, tester kinds 7–9): once a booking has been made or found in this conversation, a
// caller speaks of it without naming it — «отмените её», «давайте вообще всё отменим», «на неделю позже», «добавьте
// ночь», «дорого вышло, давайте лучше стандарт», «можно добавить коллегу». Outside a flow (or while another
// request about that booking runs) these are a cancellation or a change of that booking, never a new booking,
// a price answer or room advice. The shape decides, with the booking known from the conversation's own slots.
import type { Extracted } from '../lang-ru/index.ts';
import { stayChange } from '../lang-ru/stay-change.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { BookingManagement } from './booking-cues.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';
// cancelling: a verb of cancelling alone is enough here, the booking is the one at hand
const CANCEL = new RegExp(`${L}(?:отмен(?:а|у|ите|яйте|ять|ить|им|им-ка|яем|ишь)|аннулир\\S*|отбой|снимите|снимайте|удалите|уберите)${R}`);
// «она не нужна», «бронь уже не понадобится», «не поедем», «не приедем мы»
const NOT_NEEDED = new RegExp(
  `${L}(?:(?:она|оно|он|бронь|бронирование|номер|это)(?: \\S+)? не (?:нужн\\S*|понадоб\\S*|актуальн\\S*)|не (?:нужн\\S*|понадоб\\S*)(?: \\S+)? (?:она|бронь|номер)|не (?:поедем|поеду|приедем|приеду|едем|еду|доедем|доеду)|поездк\\S* (?:отменил\\S*|сорвал\\S*))${R}`,
);
// «не отменяйте», «отменять не надо»: the opposite
const KEEP = new RegExp(`${L}(?:не (?:отменя\\S*|отмен\\S*|надо отмен\\S*|нужно отмен\\S*)|отменять не (?:надо|нужно|будем))${R}`);
// another room instead: «поменять на комфорт», «вместо люкса семейный», «давайте лучше стандарт», «переехать в …»
const SWITCH = new RegExp(`${L}(?:поменя\\S*|смен\\S*|замен\\S*|измен\\S*|вместо|лучше|переех\\S*|переселит\\S*|пересел\\S*|переоформ\\S*|перевед\\S*)${R}`);
// a person added: «добавить коллегу», «с нами ещё жена поедет», «к нам присоединится сын»
const PERSON = `(?:коллег\\S*|человек\\S*|гост\\S*|жен[аыу]|муж\\S*|ребен\\S*|дет\\S*|друг\\S*|подруг\\S*|сын\\S*|доч\\S*|мам\\S*|пап\\S*|брат\\S*|сестр\\S*|взросл\\S*|сотрудни\\S*|партн[её]р\\S*|тещ\\S*|свекров\\S*)`;
const ADDS_PERSON = new RegExp(
  `${L}(?:добав\\S*(?: \\S+){0,2} ${PERSON}|${PERSON}(?: \\S+){0,2} (?:добав\\S*|тоже (?:поедет|едет|будет|приедет)|ещ[её] (?:поедет|едет|будет|приедет))|(?:с нами|к нам) (?:\\S+ ){0,3}(?:поедет|едет|приедет|присоедин\\S*|будет)|присоедин\\S*(?: \\S+){0,2} ${PERSON}|ещ[её] (?:один|одна|одного|одну) ${PERSON}|добав\\S*(?: ещ[её])? одного(?! (?:дн|ден|ноч|сут)))${R}`,
);
// a pet coming along is no person («с нами поедет собака»)
const PET = new RegExp(`${L}(?:собак\\S*|собачк\\S*|пес|пса|псом|щен\\S*|кош\\S*|кот|кота|котом|котик\\S*|попуга\\S*|животн\\S*|питом\\S*|хомяк\\S*)${R}`);
// «нас будет трое», «будем вчетвером», «теперь нас двое»: the party as it is now
const NEW_PARTY = new RegExp(`${L}(?:нас (?:\\S+ )?будет|будем|теперь|уже) `);

// an end of the stay named with a new day: «а можно выезд не третьего а четвёртого», «заехать лучше пятого»
const STAY_END = new RegExp(
  `${L}(?:выезд\\S*|выезж\\S*|выехать|выед\\S*|уехать|уед\\S*|уезжа\\S*|съех\\S*|съезж\\S*|выселит\\S*|заезд\\S*|заех\\S*|заезжа\\S*|заселит\\S*|заселен\\S*|приех\\S*|приед\\S*|остаться до|пожить до|даты|числа)${R}`,
);

/** What the caller wants done with the booking at hand, or null when the message is about something else. */
export function bookingAtHandRequest(text: string, x: Extracted): BookingManagement | null {
  const t = normalizeText(text)
    .replace(/[!?.,;:—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!KEEP.test(t) && (CANCEL.test(t) || NOT_NEEDED.test(t))) return 'cancel_booking';
  if (stayChange(t)) return 'change_booking';
  if ((x.stay.check_in || x.stay.check_out) && STAY_END.test(t)) return 'change_booking';
  if (x.room && SWITCH.test(t)) return 'change_booking';
  if ((ADDS_PERSON.test(t) && !PET.test(t)) || (x.guests.adults !== undefined && NEW_PARTY.test(t)) || x.guests.more) return 'change_booking';
  return null;
}

/**
 * «добавить коллегу», «с нами ещё жена поедет»: one person more, unless the message says the whole party («нас будет
 * трое»). The party read from the person named («жена» → the caller and his wife) is not the count here: the caller
 * is already on the booking.
 */
export function addsOnePerson(text: string, x: Extracted): boolean {
  const t = normalizeText(text).replace(/[!?.,;:—-]/g, ' ');
  return (
    !stayChange(text) &&
    !(x.guests.adults !== undefined && NEW_PARTY.test(t)) &&
    x.guests.more === undefined &&
    ADDS_PERSON.test(normalizeText(text).replace(/[!?.,;:—-]/g, ' ')) &&
    !PET.test(normalizeText(text))
  );
}
