// A few unmistakable phrasings decide the intent outright: asking for a person (person-asked.ts), calling everything off,
// asking to repeat. They matter too much to leave to a statistical model trained on a few hundred lines.
import { normalizeText } from '../lang-ru/text.ts';
import { afterDeclinedPerson } from './declined-person.ts';
import { asksForPerson } from './person-asked.ts';
import type { IntentPrediction } from './model.ts';

const CUES: [string, RegExp][] = [
  // «администратор», as the third «не понимаю» tells a caller to say
  ['human_handoff', /^(?:(?:ну |мне )?(?:администратор\S*|оператор\S*|человека|ресепшн\S*|ресепшен\S*|админ\S*))(?: пожалуйста)?$/],
  ['stop', /(передумал\S*|не надо ничего|ничего не (?:надо|нужно)|не (?:буду|будем) бронировать|бронировать не (?:надо|нужно|будем|буду))/],
  ['stop', /^(?:отмена|стоп|отставить|хватит)$/],
  // a price question with dates («почём стандарт с 8 по 11 декабря») is a question, not a booking
  [
    'ask_hotel_info',
    /^(?:а |и |скажите |подскажите )?(?:почем|по чем|сколько (?:будет |у вас )?сто\S*|во сколько (?:\S+ )?(?:обойд\S*|встанет)|какая (?:цена|стоимость))(?!.*(?:заброн|брониру|оформ))(?=.*(?:номер|проживан|ноч|сутк|стандарт|комфорт|люкс|семейн|эконом|улучшен|сьют|двухкомнат))/,
  ],
  // «сколько выйдет стандарт с 10 по 14 декабря», «во что обойдётся люкс на выходные»: the cost of a stay asked
  [
    'ask_hotel_info',
    /^(?:а |и |скажите |подскажите )?(?:сколько (?:это |мне |нам )?(?:выйдет|обойдет\S*|получит\S*|встанет)|во что (?:это )?обойдет\S*)(?!.*(?:заброн|брониру|оформ))(?=.*(?:номер|проживан|ноч|сутк|стандарт|комфорт|люкс|семейн|эконом|улучшен|сьют|двухкомнат))/,
  ],
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
