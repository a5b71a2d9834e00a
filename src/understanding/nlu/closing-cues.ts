// Two answers to what the assistant has just said, decided by their shape before the intent model:
// - a closing: «нет, спасибо, больше ничего не надо», «понятно, спасибо, вопросов больше нет», «не надо, я сам
//   доберусь, спасибо» — the caller is done, the call ends politely (not a booking for one because of «сам»);
// - taking what was offered: «ну тогда бронируйте», «беру», «оформляйте его» — a booking, with the room just priced.
import { normalizeText } from '../lang-ru/text.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';
const THANKS = new RegExp(`${L}(?:спасибо|спасибочки|благодарю|благодарим|спс)${R}`);
const DONE = new RegExp(
  `${L}(?:больше (?:ничего|вопросов|не (?:надо|нужно))|вопросов (?:больше )?(?:нет|не имею)|(?:это|вот и) вс[её]|вс[её] (?:понятно|ясно|узнал\\S*)|ничего не (?:надо|нужно)|не надо|не нужно|не стоит|нет|понятно|ясно|хорошо|ладно|отлично|до свидания)${R}`,
);
// anything that still asks or books keeps the call going
const STILL_WANTS = new RegExp(
  `${L}(?:заброниру\\S*|забронировать|брониру\\S*|оформ\\S*|а (?:еще|ещё)|еще (?:вопрос|скажите|подскажите)|скажите|подскажите|сколько|когда|где|можно ли)${R}|\\?`,
);

// said outright that nothing more is wanted (a bare «нет, спасибо» to «Хотите забронировать?» only declines the offer)
const ALL_DONE = new RegExp(
  `${L}(?:больше (?:ничего|вопросов|не (?:надо|нужно))|вопросов (?:больше )?(?:нет|не имею)|(?:это|вот и) вс[её]|ничего не (?:надо|нужно)|до свидания)${R}`,
);

/** The caller thanks and is done; `outright`: and says that nothing more is wanted. */
export function closesCall(text: string, outright = false): boolean {
  const t = normalizeText(text);
  return THANKS.test(t) && (outright ? ALL_DONE : DONE).test(t) && !STILL_WANTS.test(t);
}

const TAKES = new RegExp(
  `${L}(?:бронируйте|бронируем|забронируем|забронируйте|забронирую|оформляйте|оформляем|оформим|оформите|беру|берем|берём|возьму|возьмем|возьмём|запишите|записывайте|давайте (?:\\S+ )?(?:бронировать|оформлять|его|этот|эту|её|ее))${R}`,
);
const NEGATED = new RegExp(`${L}(?:не|нет|пока не|передумал\\S*)${R}`);

/** «ну тогда бронируйте», «беру», «давайте его»: the caller takes a room (never with a «не»). */
export function takesOffer(text: string): boolean {
  const t = normalizeText(text);
  return TAKES.test(t) && !NEGATED.test(t);
}

// Leaving a request the caller no longer wants, and saying how: with a farewell («ничего не надо, до свидания»), or
// to think it over and call back («я подумаю», «посоветуюсь с женой, перезвоню»).
const FAREWELL = new RegExp(`${L}(?:до свидания|всего (?:доброго|хорошего)|до встречи|пока-пока)${R}`);
const LATER = new RegExp(
  `${L}(?:подумаю|подумаем|надо подумать|посоветуюсь|посоветуемся|перезвоню|перезвоним|(?:позже|потом) (?:позвоню|наберу|перезвоню)|(?:позвоню|наберу) (?:позже|потом)|ещ[её] не решил\\S*)${R}`,
);

// The request was never the caller's: «я ничего не бронирую», «мне не номер нужен», «я просто спросить хотел».
const MISREAD = new RegExp(
  `${L}(?:(?:я |мы )?(?:ничего |никакой номер |никакие номера )?не (?:бронирую|бронируем|собира\\S* (?:ничего )?бронировать)|мне не номер|нам не номер|не номер (?:мне |нам )?нужен|(?:я |мы )?просто (?:спросить|узнать|спрашиваю|уточнить|интересуюсь)\\S*)${R}`,
);

/**
 * How a caller who calls off the request leaves: `goodbye`, `later` (to think it over), `misread` (the request was
 * never theirs), or null (just stops).
 */
export function leavesHow(text: string): 'goodbye' | 'later' | 'misread' | null {
  const t = normalizeText(text);
  if (FAREWELL.test(t)) return 'goodbye';
  if (LATER.test(t)) return 'later';
  return MISREAD.test(t) ? 'misread' : null;
}
