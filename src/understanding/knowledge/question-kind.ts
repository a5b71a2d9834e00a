// What kind of answer a question wants: «да»/«нет», an hour, or a price. Read from its words alone, before any fact.
import { asksPrice as asksPriceIn } from '../lang-ru/price-words.ts';
import { normalizeText } from '../lang-ru/text.ts';

// A question word makes an open question; without one a Russian question is answered «да» or «нет».
const QUESTION_WORD =
  /(?<![а-я])(что|чего|чем|где|когда|сколько|скольки|скольких|скольким|как|какой|какая|какое|какие|каких|каким|каков|какова|почем|почём|зачем|почему|кто|куда|откуда|какого|котор\S*)(?![а-я-])/;
// «расскажите про парковку» asks for the fact, not for a yes.
const TELL_ME = /(?<![а-я])(расскажите|подскажите про|скажите про|опишите)(?![а-я])/;
const TIME_ASPECT =
  /(во сколько|до скольки|со скольки|с какого времени|до какого времени|когда|часы работы|режим|время работы|открыт|работает|с семи|с восьми|утра|вечера)/;
// «а люкс сколько?»: a bare «сколько» at the end asks the price, «сколько человек» does not
// the price words (lang-ru/price-words.ts), «сколько?» alone, and «платно?», «платный?»: asked of a fact, whether it
// is paid is its price
const PRICE_ASPECT = /(платн|(?<!(?:во|до|со) )сколько[?!.]*$)/;

// «с завтраком или без?», «в будни или в выходные?»: a choice is answered by naming one, not «да» («… или нет?» is yes/no)
const EITHER_OR = /(?<![а-я])или(?![а-я])(?! нет(?![а-я]))/;
// «а итого с парковкой?», «а всего за три ночи?»: an amount asked for
const AMOUNT = /(?<![а-я])(?:итого|итог|в сумме|всего (?:за|с|вместе|выйдет|получится)|в общей сложности)(?![а-я])/;
// «а от вокзала?», «а в субботу?», «а с собакой?»: a follow-up that is only a phrase takes its kind from the question
// before it, which this answer does not see: no «да»/«нет» rather than a wrong one. A verb or «можно», «есть» in it
// («а с собакой можно?», «а в люксе есть?») makes it a question of its own.
const ELLIPTIC = /^а (?:от|до|из|с|со|в|во|на|для|у|по|за|к|ко|при|после|перед|без)(?![а-я])/;
const PREDICATIVE =
  /(?<![а-я])(?:есть|можно|нельзя|нужно|надо|будет|бывает|разрешено|запрещено|входит|включен\S*)(?![а-я])|[а-я]{3,}(?:ете|ите|ет|ит|ут|ют|ят|ется|ится|ются|ятся)(?![а-я])/;

// «расчётный час заезда?», «время выезда?»: an hour named with no verb asks for the hour, not for a yes
const NAMES_HOUR = /(?<![а-я])(?:время|времени|час|часы|расчетн\S*)(?![а-я])/;

/** Whether the question is answered «да»/«нет»: no question word, no choice between options, no amount asked for. */
export function isYesNoQuestion(question: string): boolean {
  const t = normalizeText(question);
  if (QUESTION_WORD.test(t) || TELL_ME.test(t) || EITHER_OR.test(t) || AMOUNT.test(t)) return false;
  if (NAMES_HOUR.test(t) && !PREDICATIVE.test(t)) return false;
  return !(ELLIPTIC.test(t) && !PREDICATIVE.test(t));
}

export function asksTime(question: string): boolean {
  return TIME_ASPECT.test(normalizeText(question));
}

export function asksPrice(question: string): boolean {
  return asksPriceIn(normalizeText(question)) || PRICE_ASPECT.test(normalizeText(question));
}

// «на сколько человек», «скольких берёт», «сколько туда влезет народу»: how many a service takes
// («в сауну можно вчетвером?», «трансфер на пятерых»: a party said against what the service takes)
const PEOPLE_ASPECT =
  /(?<![а-я])(?:сколько (?:\S+ ){0,2}(?:человек|гост\S*|люд\S*|народ\S*|пассажир\S*|персон\S*)|скольк(?:их|им)|влез\S*|помест\S*|вмест\S*|вдво[её]м|втро[её]м|вчетвером|впятером|вшестером|на (?:двоих|троих|четверых|пятерых|шестерых))(?![а-я])/;

export function asksPeople(question: string): boolean {
  return PEOPLE_ASPECT.test(normalizeText(question));
}

/** Which of a fact's figures a question asks for («время», «цена», «люди»: hours, price, how many), or '' for none. */
export function aspectsAsked(question: string): string {
  return [asksTime(question) ? 'time' : '', asksPrice(question) ? 'price' : '', asksPeople(question) ? 'people' : ''].filter(Boolean).join('+');
}
