// A person asked for, in whatever words and tone (issue 12, control kind C2): «позовите администратора», «человека
// мне», «с автоответчиком я говорить не буду», «есть там кто живой». A caller who is fed up with the assistant says
// it rudely and briefly, without a swear word, and often says «ты робот» on the way: the demand decides, so it is a
// handoff, never a complaint about the administrator asked for and never the assistant's introduction.
// A person counted for a room («номер на двух человек») or declined («не надо администратора») is no demand.
import { normalizeText } from '../lang-ru/text.ts';
import { afterDeclinedPerson } from './declined-person.ts';

const L = '(?<![а-яa-z-])';
const R = '(?![а-яa-z-])';
// someone of the staff, or just someone alive; «кого-нибудь» is someone when it is what is asked for
const PERSON =
  '(?:администратор\\S*|админ\\S*|оператор\\S*|менеджер\\S*|человек\\S*|человечк\\S*|сотрудник\\S*|сотрудниц\\S*|ресепшн\\S*|ресепшен\\S*|стойк(?:у|е|ой)|администраци\\S*|персонал\\S*|директор\\S*|руководств\\S*|руководител\\S*|начальств\\S*|начальник\\S*|управляющ\\S*|старш(?:ий|его|ему|им)|специалист\\S*|консультант\\S*|живо\\S*|живы\\S*|люд(?:ей|и|ьми)|кого-нибудь|кого-то|кем-нибудь|кем-то)';
// what may stand between the verb of asking and the person: who for, where to, how soon, what kind of person
const BETWEEN =
  '(?:мне|нам|меня|нас|уже|сюда|наконец|пожалуйста|быстро|срочно|скорее|быстрее|сразу|лучше|хоть|хотя бы|же|ну|тогда|просто|с|со|на|к|по|телефону|трубке|трубку|звонок|линию|ваш\\S*|как\\S*-нибудь|как\\S*-то|нормальн\\S*|настоящ\\S*|адекватн\\S*|вменяем\\S*|реальн\\S*|обычн\\S*|главн\\S*|дежурн\\S*|там|тут|кто|кто-нибудь|кто-то|из|одного|какого|эт\\S*|вот)';
// verbs of asking for someone, and the words that want someone («нужен», «хочу», «можно»)
const ASK =
  '(?:позов\\S*|позвать|зови\\S*|соедин\\S*|переключ\\S*|перевед\\S*|перевод\\S*|дай|дайте|давай|давайте|свяж\\S*|связаться|подключ\\S*|пригласи\\S*|поговорить|говорить|разговаривать|пообщаться|нужен|нужна|нужны|нужно|надо|хочу|хотим|требую|можно)';
// the person first, what is wanted after it: «человека дайте», «с живым человеком поговорить», «администратора мне»
// (not a count, «на двух человек», nor the person who did something, «администратор мне нахамил»)
const AFTER =
  '(?:дай\\S*|давай\\S*|позов\\S*|зови\\S*|соедин\\S*|подключ\\S*|хочу|хотим|нужен|нужна|надо|поговорить|говорить|разговаривать|пообщаться|связаться)';
const NOT_ASKED_BEFORE = '(?<!(?:на|для|за|по|из|от|каждого|сколько|один|одного|ваш|ваша|наш|наша) )';
const KIND = '(?:(?:живо\\S*|живы\\S*|нормальн\\S*|настоящ\\S*|адекватн\\S*) )?';
const ASKED = new RegExp(
  [
    `${L}${ASK}(?: ${BETWEEN}){0,4} ${PERSON}${R}`,
    `${L}${NOT_ASKED_BEFORE}${KIND}${PERSON}(?: ${BETWEEN}){0,2} ${AFTER}${R}`,
    `${L}${NOT_ASKED_BEFORE}${KIND}${PERSON} (?:мне|нам)(?: (?:пожалуйста|срочно|быстро|уже|сюда|давайте|дайте|немедленно))*$`,
  ].join('|'),
);
// «есть там кто живой», «где живой оператор», «хоть один нормальный человек есть»
const ANYONE = new RegExp(
  `${L}(?:есть|найд[её]тся|где)(?: (?:там|тут|у вас|хоть|вообще|кто|кто-нибудь|кто-то)){0,3} (?:живо\\S*|живы\\S*|нормальн\\S* (?:человек\\S*|люди|сотрудник\\S*|оператор\\S*)|настоящ\\S* (?:человек\\S*|люди|оператор\\S*))${R}`,
);
// the machine refused: «с роботом я говорить не буду», «не хочу с автоответчиком общаться», «надоел этот робот»
const MACHINE = '(?:робот\\S*|бот|ботом|автоответчик\\S*|машин(?:а|ой|ою)|компьютер\\S*|железяк\\S*|автомат(?:ом)?)';
const TALK = '(?:говорить|разговаривать|общаться|говорю|разговариваю|общаюсь|беседовать)';
const WONT = '(?:не (?:буду|хочу|стану|собираюсь|желаю)|не)';
const REFUSED = new RegExp(
  [
    `${L}с ${MACHINE}(?: \\S+){0,2}? ${WONT} ${TALK}${R}`,
    `${L}с ${MACHINE}(?: \\S+){0,2}? ${TALK} ${WONT}${R}`,
    `${L}${WONT}(?: \\S+){0,2}? ${TALK}(?: \\S+){0,1}? с ${MACHINE}`,
    `${L}${WONT}(?: \\S+){0,2}? с ${MACHINE}(?: \\S+)? ${TALK}${R}`,
    `${L}(?:хватит|надоел\\S*|достал\\S*|задолбал\\S*)(?: \\S+){0,3}? (?:с )?${MACHINE}`,
  ].join('|'),
);
// people counted for a room: «на двух человек», «для четырёх человек», «2 человека»
const COUNTED =
  /(?<![а-я])(?:\d+|\d+-\S+|один|одного|одна|двух|двое|двоих|трех|трое|троих|четырех|четверо|четверых|пяти|пятеро|пятерых|шести|шестерых|семи|восьми|нескольк\S*)(?: \S+)? человек\S*/g;

/** The caller asks for a person (of the staff, or anyone alive) or refuses to talk to the machine. */
export function asksForPerson(text: string): boolean {
  const t = normalizeText(text)
    .replace(/[!?.,;:—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (afterDeclinedPerson(t) !== null) return false;
  const said = t.replace(COUNTED, ' ').replace(/\s+/g, ' ');
  return ASKED.test(said) || ANYONE.test(said) || REFUSED.test(said);
}
