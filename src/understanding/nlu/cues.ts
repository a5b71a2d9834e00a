// A few unmistakable phrasings decide the intent outright: asking for a person (person-asked.ts), calling everything off,
// asking to repeat. They matter too much to leave to a statistical model trained on a few hundred lines.
import { COST_VERB, PRICE_NOUN, PRICE_QUESTION } from '../lang-ru/price-words.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { afterDeclinedPerson } from './declined-person.ts';
import { asksForPerson } from './person-asked.ts';
import type { IntentPrediction } from './model.ts';

const PRICE_OPENS = `^(?:а |и |скажите |подскажите )?(?:(?:как(?:ая|ова) (?:\\S+ )?)?${PRICE_NOUN}|(?:во )?сколько (?:\\S+ ){0,2}(?:${COST_VERB}|${PRICE_NOUN})|сколько (?:это |мне |нам )?получит\\S*|${PRICE_QUESTION})`;
const PRICE_OF_STAY = new RegExp(
  `${PRICE_OPENS}(?!.*(?:заброн|брониру|оформ))(?=.*(?:номер|проживан|ноч|сутк|стандарт|комфорт|люкс|семейн|эконом|улучшен|сьют|двухкомнат))`,
);

const CUES: [string, RegExp][] = [
  // «администратор», as the third «не понимаю» tells a caller to say
  ['human_handoff', /^(?:(?:ну |мне )?(?:администратор\S*|оператор\S*|человека|ресепшн\S*|ресепшен\S*|админ\S*))(?: пожалуйста)?$/],
  ['stop', /(передумал\S*|не надо ничего|ничего не (?:надо|нужно)|не (?:буду|будем) бронировать|бронировать не (?:надо|нужно|будем|буду))/],
  ['stop', /^(?:отмена|стоп|отставить|хватит)$/],
  // a price question with a stay («почём стандарт с 8 по 11 декабря», «сколько выйдет стандарт с 10 по 14 декабря», «во
  // что обойдётся люкс на выходные») is a question, not a booking: the price words (lang-ru/price-words.ts) opening
  // the message, a room or a stay named after them, and no verb of booking
  ['ask_hotel_info', PRICE_OF_STAY],
  // «а люкс на пятое января свободен?»: asking whether a room is free is a question, not a booking
  ['ask_hotel_info', /^(?:а |и |скажите |подскажите )?(?:\S+ ){0,7}свобод(?:ен|на|но|ны)(?: ли)?$/],
  // «есть свободный люкс на десятое?», «у вас будут свободные номера на выходные»: a question about free rooms
  [
    'ask_hotel_info',
    /^(?:а |и |скажите |подскажите )?(?:у вас )?(?:есть|будет|будут|найдет\S*|имеет\S*)(?: ли)?(?: у вас)?(?: \S+)? свободн(?!.*(?:заброн|брониру|оформ))/,
  ],
  ['repeat', /^(?:повтор\S*|что-что|еще раз|не расслышал\S*|не услышал\S*)(?: \S+){0,2}$/],
  // «я плохо слышу, говорите громче»: the line, not a request — say the last thing again
  ['repeat', /(?:(?:плохо|не) (?:слышно|слышу|расслышал\S*)|говорите громче|погромче|громче пожалуйста|^громче$)/],
];

export function cueIntent(text: string): IntentPrediction | null {
  const t = normalizeText(text)
    .replace(/[!?.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // «не надо администратора», «не соединяйте»: a person named only to be declined is asked for by nobody
  const declines = afterDeclinedPerson(t) !== null;
  // a person asked for, however rudely (person-asked.ts)
  if (!declines && asksForPerson(t)) return { intent: 'human_handoff', confidence: 1, ranking: [{ name: 'human_handoff', confidence: 1 }] };
  for (const [intent, re] of CUES) {
    if (intent === 'human_handoff' && declines) continue;
    if (re.test(t)) return { intent, confidence: 1, ranking: [{ name: intent, confidence: 1 }] };
  }
  return null;
}
