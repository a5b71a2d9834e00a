// «а в субботу?» after the breakfast hours, «а в семейный?» after the pet rule, «а в выходные?» after a room's price:
// a short follow-up that changes one element of the question just asked (the day, the room, the party) and names no
// topic of its own is that question again with the new element. It is read after the caller's previous message, with
// a room named there replaced by the one said now.
import { numberize } from '../lang-ru/numbers.ts';
import { normalizeText } from '../lang-ru/text.ts';

// «а …», «и …», «ну а …»: how a follow-up opens; longer messages are questions of their own
const OPENS = /^(?:ну\s+)?(?:а|и)\s/;
// «в выходные тоже с семи?»: «тоже» ties a message to the question before as well as a leading «а» does
const ALSO = /(?<![а-я])тоже(?![а-я])/;
const MAX_WORDS = 5;

// what a follow-up may change: the day, the time of day, the party, a number — besides a room (`names`); the
// party said bare after a price («а если нас будет трое», «а мы вчетвером?») is the price asked again for it
// (numberize writes «трое», «вчетвером» as «3-ро», «4-ро»)
const ELEMENT =
  /^(?:понедельник\S*|вторник\S*|сред[ауы]|четверг\S*|пятниц\S*|суббот\S*|воскресень\S*|выходн\S*|будн\S*|будний|сегодня|завтра|послезавтра|утром|вечером|ночью|днем|двоих|троих|четверых|пятерых|вдвоем|втроем|вчетвером|впятером|одного|одному|\d+(?:-[а-я]+)?|взросл\S*|человек\S*|двое|трое|четверо|пятеро|шестеро|нас|мы|будем|поедем|приедем|ребен\S*|ребён\S*|детьми|дет[иья]\S*)$/;
// the words that ask again what was asked before («а по будням сколько?», «а там можно?»)
const GLUE = new Set(
  // «номер» beside a room's name («а в семейный номер?») is part of the name, no topic of its own
  'а и ну в во на по с со к ко до для за тоже там тогда это же ли если как а-то сколько стоит стоить почем почём цена будет есть можно нужно надо номер номере номера номерок'.split(
    ' ',
  ),
);

/**
 * Is this message shaped as a follow-up that changes one element («а в субботу?», «и в люкс тоже?», «а на
 * двоих?»)? `names` says whether a word names a room.
 */
export function isElliptic(question: string, names: (word: string) => boolean = () => false): boolean {
  // numbers said as words («с семи») are numbers like the digits
  const t = numberize(normalizeText(question))
    .replace(/[?!.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = t.split(' ');
  if ((!OPENS.test(`${t} `) && !ALSO.test(t)) || words.length > MAX_WORDS + 1) return false;
  // «а билеты в эрмитаж продаёте» brings a request of its own
  return words.every((w) => GLUE.has(w) || ELEMENT.test(w) || names(w));
}

/**
 * The follow-up read with the question before it, or null when it is no follow-up: `ownTopic` says whether a text
 * asks about something by itself, `answerable` whether the previous message asked something the hotel answers.
 */
export function completedQuestion(
  question: string,
  history: readonly string[],
  ownTopic: (text: string) => boolean,
  answerable: (text: string) => boolean,
  names: (word: string) => boolean = () => false,
): string | null {
  const previous = history.at(-1);
  if (!previous || !isElliptic(question, names) || ownTopic(question) || !answerable(previous)) return null;
  // «а люкс?» after «сколько стоит стандарт?»: the room said now replaces the one said before
  const replaced = question.split(/\s+/).some(names)
    ? previous
        .split(/\s+/)
        .filter((w) => !names(w))
        .join(' ')
    : previous;
  // the question before, then the element said now: «расскажите про семейный … а по будням сколько»
  return `${replaced.trim().replace(/[?!.]+$/, '')} ${question.trim()}`;
}
