// Phrases that steer the call rather than ask for anything (issue 12, kind E):
// - holding the line: «подождите минутку», «секундочку, я посмотрю», «щас, не кладите трубку» — the caller needs a
//   moment; the assistant says it will wait, and the question pending stays pending;
// - asking who answered: «куда я попала?», «это гостиница?», «с кем я говорю?», «вы робот?» — the hotel introduces
//   itself.
// Both are decided by their shape, before the intent model: a classifier trained on bookings reads them as anything.
// A hold counts only when nothing else is said («секунду, нас двое» answers the question).
import { normalizeText } from '../lang-ru/text.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';

// what a hold is made of; whatever is left after removing these (and fillers) is a request of its own
const HOLD_WORDS = new RegExp(
  `${L}(?:подожд\\S*|подожди|погод\\S*|обожд\\S*|секунд\\S*|сек|минут\\S*|минуточк\\S*|момент\\S*|мгновени\\S*|одну|одна|щас|сейчас|не кладите|не вешайте|не отключайтесь|трубку|на линии|побудьте|повисите|я|мне|нужно|надо|посмотрю|погляжу|гляну|уточню|спрошу|узнаю|найду|поищу|в телефоне|в почте|в смс|в сообщениях|в письме|да|нет|подумаю|подумать|посмотреть|уточнить|спросить|свериться|сверюсь|проверю|не готов\\S*|не успел\\S*|ещ[её]|запишу|записать|ручк\\S*|бумаг\\S*|возьму|дайте|дай|у мужа|у жены|у коллег\\S*|в календаре|в календарь|ага|так|ну|вот|ой|ах|алло|ща|пожалуйста|девушка|хорошо|ладно|э+|м+)${R}`,
  'g',
);
// the word that makes it a hold at all
const HOLD_CORE = new RegExp(
  `${L}(?:подожд\\S*|погод\\S*|обожд\\S*|секунд\\S*|сек|минут\\S*|минуточк\\S*|момент\\S*|не кладите|не вешайте|не отключайтесь|повисите|побудьте на линии|(?:я |сейчас |щас )(?:посмотрю|погляжу|гляну|уточню|спрошу|узнаю|найду|поищу|проверю)|дайте (?:подумать|посмотреть|уточнить)|я (?:ещ[её] )?не готов\\S*)${R}`,
);

/** «подождите минутку», «секунду, я посмотрю», «не кладите трубку»: the caller asks the assistant to wait. */
export function holdsTheLine(text: string): boolean {
  const t = normalizeText(text)
    .replace(/[!?.,;:—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!HOLD_CORE.test(t)) return false;
  return t.replace(HOLD_WORDS, ' ').trim() === '';
}

// «куда я попала», «я туда попал?», «с кем я говорю», «кто это», «вы робот», «это гостиница?», «это отель или …?»
const WHO = new RegExp(
  [
    `${L}куда (?:я )?(?:попал\\S*|звоню|позвонил\\S*|дозвонил\\S*)${R}`,
    `${L}(?:туда|правильно|куда надо) (?:я )?(?:попал\\S*|звоню|позвонил\\S*|дозвонил\\S*)${R}`,
    `${L}(?:с кем|кто) (?:я )?(?:говорю|разговариваю)${R}`,
    `${L}(?:вы|ты) кто${R}|^(?:а )?кто (?:это|вы|там|говорит)(?: такие)?$`,
    `${L}(?:вы|ты)(?: (?:же|что|что ли|вообще|наверное|случайно|там|вот))* (?:робот|бот|автоответчик|автомат|живой человек|человек|машина|компьютер|программа)${R}`,
    // (a question about the hotel said after it, «это отель с парковкой», is a question: no «есть», «где», «с»)
    `^(?:а |алло )?(?:это|вы) (?:\\S+ )?(?:гостиниц|отел|хостел)\\S*(?: (?!(?:есть|где|сколько|с|со|рядом|возле|у|в|на|далеко|близко)(?![а-я]))\\S+){0,3}$`,
    `^(?:а )?(?:это|я) (?:куда|где)${R}`,
  ].join('|'),
);

// «вы меня слышите?», «меня слышно?», «алло, вы тут?», «вы на связи?»; after a hold, «всё, я готова», «я тут»
const LINE = new RegExp(
  `^(?:(?:алло|ало|ну|ой|а|девушка|эй)\\s+)*(?:(?:вы )?меня (?:слышите|слышно)|вы (?:меня )?слышите|слышите меня|(?:вы )?(?:тут|здесь|на связи|на линии)|(?:вс[её] )?(?:я )?(?:готов\\S*|тут|здесь|вернул\\S*)|(?:вс[её] )?(?:продолжаем|продолжим|слушаю вас)|связь (?:есть|пропала))(?:\\s+(?:алло|ну|да|пожалуйста))*$`,
);

/** «вы меня слышите?», «алло, вы тут?», «всё, я готова»: the caller checks the line or is back; nothing else. */
export function checksLine(text: string): boolean {
  const t = normalizeText(text)
    .replace(/[!?.,;:—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return LINE.test(t);
}

/** «куда я попала?», «это гостиница?», «с кем я говорю?»: the caller asks who has answered. */
export function asksWhoAnswered(text: string): boolean {
  const t = normalizeText(text)
    .replace(/[!?.,;:—«»"-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return WHO.test(t);
}
