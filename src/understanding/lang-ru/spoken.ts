// What a phone caller says around the request: «алло», greetings, hesitations («ээ», «ну», «слушайте»). A speech
// recogniser writes them down with the request, lower case and without punctuation; they must never hide it.
// Also the recogniser's ways of splitting or joining words («после завтра», «вай фай») and colloquial words
// («номерочек», «однушка», «ресепшн»), rewritten to the forms the readers and the classifier know.
import { joinSplitNumerals } from './numbers.ts';

const W = '(?![а-яёa-z0-9])';
// One opening word or phrase; several may follow each other («алло, да, здравствуйте, девушка, ээ…»).
const GREETING = `(?:здравствуйте|здравствуй|здрасьте|здрасте|здрасти|добр(?:ый|ое|ого)\\s+(?:день|дня|вечер|вечера|утро|утра|времени(?:\\s+суток)?)|(?:день|вечер)\\s+добрый|привет(?:ствую)?|приветик|доброго\\s+времени\\s+суток)`;
const FILLER = `(?:кхм+|как\\s+(?:его|ее|её)(?:\\s+там)?|(?:вы\\s+)?(?:меня\\s+)?(?:слышите|слышно)(?:\\s+меня)?|ал+[оеё]|ал+[оеё]у|э+|э+м+|м+|хм+|ну|слушайте|послушайте|слушай|девушка|молодой\\s+человек|будьте\\s+добры|короче|значит|вот|это\\s+самое|это(?=[\\s,]+(?:ну|короче|вот|значит|как)|[\\s,.!?…-]*$)|да(?=[\\s,.!]+(?:ал+[оеё]|здравств|здрас|добр|привет)))`;
const OPENER = new RegExp(`^[\\s,.!?…-]*(?:(${GREETING})|${FILLER})${W}[\\s,.!?…-]*`, 'i');
// Hesitations carry nothing wherever they are.
const HESITATION = new RegExp(`(?<![а-яёa-z0-9])(?:э+|э+м+|м{2,}|хм+|кхм+|ал+[оеё]|как (?:его|ее|её) там|как (?:его|ее|её)(?= |$)|это самое)${W}[,.]?`, 'gi');

export interface Opening {
  /** The message without its opening greetings and fillers (the whole message when it is nothing else). */
  rest: string;
  /** A greeting was among them. */
  greeted: boolean;
  /** Nothing but greetings and fillers was said. */
  only: boolean;
}

/** Splits «алло здравствуйте ээ у вас есть парковка» into the greeting and «у вас есть парковка». */
export function splitOpening(text: string): Opening {
  let rest = text;
  let greeted = false;
  for (let m = OPENER.exec(rest); m && m[0].length > 0; m = OPENER.exec(rest)) {
    if (m[1]) greeted = true;
    rest = rest.slice(m[0].length);
  }
  rest = rest.replace(HESITATION, ' ').replace(/\s+/g, ' ').trim();
  if (!/[а-яёa-z0-9]/i.test(rest)) return { rest: text.trim(), greeted, only: true };
  return { rest, greeted, only: false };
}

// Words a recogniser splits or joins differently from the dictionary, and colloquial words, with their usual form.
const SPOKEN_FORMS: [RegExp, string][] = [
  [/(?<![а-яё])после\s+завтра(?![а-яё])/gi, 'послезавтра'],
  [/(?<![а-яё])поза\s+вчера(?![а-яё])/gi, 'позавчера'],
  [/(?<![а-яё])(?:в|на)\s+пере\s*д(?:и|е)\s*ни(?![а-яё])/gi, 'накануне'],
  [/(?<![а-яёa-z])(?:вай[\s-]*фай|wi[\s-]*fi|вайфай\S*|вифи|вай\s*фаем)(?![а-яёa-z])/gi, 'вайфай'],
  // a verb's prefix heard apart: «за бронировать», «от менить»
  [/(?<![а-яё])за\s+брон/gi, 'заброн'],
  [/(?<![а-яё])от\s+мен(и|я|а|у)/gi, 'отмен$1'],
  [/(?<![а-яё])пере\s+нес/gi, 'перенес'],
  // a preposition heard with the next word: «наночь», «надвоих», «сдесятого», «спятницы»
  [/(?<![а-яё])на(ночь|сутки|неделю|двоих|троих|четверых|выходные|завтра|послезавтра)(?![а-яё])/gi, 'на $1'],
  [
    /(?<![а-яё])с((?:перв|втор|трет|четверт|пят|шест|девят|десят|одиннадцат|двенадцат|тринадцат|четырнадцат|пятнадцат|шестнадцат|семнадцат|восемнадцат|девятнадцат|двадцат|тридцат)(?:ого|ое|ьего|ье)|понедельник|вторник|четверг|пятниц)/gi,
    'с $1',
  ],
  [/(?<![а-яё])номерочек(?![а-яё])/gi, 'номер'],
  [/(?<![а-яё])номерочк(а|у|ом|е|и|ов|ами|ах)(?![а-яё])/gi, 'номер$1'],
  [/(?<![а-яё])комнатк(а|у|ой|е|и)(?![а-яё])/gi, 'комнат$1'],
  [/(?<![а-яё])ресепш[еэ]?н(а|е|у|ом)?(?![а-яё])/gi, 'ресепшен$1'],
  [/(?<![а-яё])спорт\s*зал(а|е|у|ом)?(?![а-яё])/gi, 'спортзал$1'],
  [/(?<![а-яё])(?:ща|щас|щаc|сейчаc)(?![а-яё])/gi, 'сейчас'],
  [/(?<![а-яё])чо(?![а-яё])/gi, 'что'],
  [/(?<![а-яё])скока(?![а-яё])/gi, 'сколько'],
  // the official words for guests who need a step-free way in: «доступная среда» is no Wednesday, «с ограниченными
  // возможностями (здоровья)», «с ОВЗ» are the guests the accessibility line of the hotel data is about
  [/(?<![а-яё])доступн\S*\s+сред\S*/gi, 'доступность для маломобильных'],
  [/(?<![а-яё])(?:с\s+)?ограниченн\S*\s+возможност\S*(?:\s+здоровья)?|(?<![а-яё])с\s+овз(?![а-яё])/gi, 'с инвалидностью'],
];

/**
 * Rewrites a recogniser's splits and colloquial forms («после завтра», «номерочек», «семнад цатого») to the usual
 * words, so that no reader takes the pieces of a number for something else (a name).
 */
export function usualForms(text: string): string {
  let out = joinSplitNumerals(text);
  for (const [pattern, usual] of SPOKEN_FORMS) out = out.replace(pattern, usual);
  return out;
}
