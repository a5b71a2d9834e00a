// An arrival before the check-in hour or a departure after the check-out hour, asked about whatever the words
// («приедем в одиннадцать, заселят сразу или ждать, и доплата?», «поезд в девять вечера, до вечера номер оставите?»):
// the caller needs both the usual hour and the rule for earlier or later, with its fee, from data/hotel.yml. A search
// by words meets one of them (or the documents «при заселении», or the payment «доплата»); the shape of the question
// decides here.
import type { Hotel } from '../../hotel/types.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { askedMinutes, clockMinutes, timeVerdict } from './asked-time.ts';
import { lowerFirst, sentence, speakable } from './plain-speech.ts';
import { isYesNoQuestion } from './question-kind.ts';

const L = '(?<![а-я])';
// the caller arriving, in any person: «приедем», «прилетаю», «будем у вас», «доберёмся»
const ARRIVING = new RegExp(
  `${L}(?:приед|приезж|приех|прилет|прилеч|приплыв|прибыв|прибуд|буд(?:у|ем) у вас|доед|добер[её]м|доберусь|заед|заезж|заех|въед|въезж|засел|посел|всел|пуст[ия]т|пускаете)`,
);
// what is asked of the room on arrival: moving in, at once or after a wait
const MOVE_IN = new RegExp(`${L}(?:засел|посел|всел|заед|заех|заезж|заезд|въед|въезж|пуст[ия]т|пускаете|в номер|ключ|ждать|подождать|сразу|пораньше|раньше)`);
// the caller leaving: «уезжаем», «поезд в девять вечера», «самолёт вечером»
const LEAVING = new RegExp(`${L}(?:уед|уезж|выед|выезж|выех|съед|съезж|выпис|поезд|самол[её]т|рейс|вылет)`);
// what is asked of the room on leaving: keeping it, staying on
const STAY_ON = new RegExp(`${L}(?:остат|оставит|оставите|задерж|побыть|посидеть|подольше|попозже|позже|в номере|номер)`);
// a question about the hotel's hours of arriving, not a story that only says when («как добраться, прилетаем в девять»)
const OTHER_TOPIC = new RegExp(`${L}(?:добрат|доехат|доберу|трансфер|такси|встрет|завтрак|парков|ужин|ресторан|документ|паспорт)`);

// «со скольки», «во сколько», «когда»: the hour itself asked
const HOUR_ASKED = new RegExp(`${L}(?:во сколько|со скольки|до скольки|с какого|до какого|когда|в котором час\\S*|какое время)(?![а-я])`);
// «сразу заселят или ждать?»: moving in at once asked, with no hour said
const AT_ONCE = new RegExp(`${L}(?:сразу|ждать|подождать)(?![а-я])`);

/** The rule for earlier or later said plainly: «заехать пораньше можно с 10:00 за 50% стоимости ночи, …». */
function ruleSaid(rule: string): string {
  return lowerFirst(speakable(sentence(rule))).replace(/\.$/, '');
}

/**
 * «приедем в одиннадцать, сразу заселят или ждать?»: the usual check-in hour and the early check-in rule, the refusal
 * first when the hour named is before the rule allows; the same for a departure after the check-out hour. Null for
 * other questions.
 */
export function stayEdgeAnswer(question: string, hotel: Hotel, found: string | undefined): { text: string; sources: string[] } | null {
  const t = numberize(normalizeText(question));
  // «со скольки заезд, мы к обеду приедем»: the hour asked is answered by itself
  if (OTHER_TOPIC.test(t) || HOUR_ASKED.test(t)) return null;
  // «можно заселиться к одиннадцати?» that the search already finds as the check-in or its rule: the rule's own yes
  // or no (phrasing.ts) says both hours
  const yesNo = isYesNoQuestion(t);
  const h = hotel.hotel;
  if (ARRIVING.test(t) && MOVE_IN.test(t) && !LEAVING.test(t) && !(yesNo && (found === 'check_in_time' || found === 'early_check_in'))) {
    const asked = askedMinutes(t, { kind: 'from', minutes: clockMinutes(h.check_in_time) });
    const early = asked !== null ? asked < clockMinutes(h.check_in_time) : AT_ONCE.test(t);
    if (!early) return null;
    return edge(`заезд с ${h.check_in_time}`, hotel.policies['early_check_in'], t, 'заселить', ['check_in_time', 'early_check_in'], hotel);
  }
  if (LEAVING.test(t) && STAY_ON.test(t) && !ARRIVING.test(t) && !(yesNo && (found === 'check_out_time' || found === 'late_check_out'))) {
    const asked = askedMinutes(t, { kind: 'until', minutes: clockMinutes(h.check_out_time) });
    if (asked === null || asked <= clockMinutes(h.check_out_time)) return null;
    return edge(`выезд до ${h.check_out_time}`, hotel.policies['late_check_out'], t, 'оставить номер', ['check_out_time', 'late_check_out'], hotel);
  }
  return null;
}

function edge(regular: string, rule: string | undefined, t: string, act: string, sources: string[], hotel: Hotel): { text: string; sources: string[] } {
  const usual = `Обычно ${regular}.`;
  if (!rule) return { text: `${usual} Об исключениях лучше спросить на ресепшене по телефону ${hotel.hotel.phone}.`, sources: sources.slice(0, 1) };
  const verdict = timeVerdict(rule, t);
  // «в девять утра» against «ранний заезд с 10:00»: not that early, and where the bags can wait meanwhile
  if (verdict && !verdict.yes) {
    const limit = verdict.bound.kind === 'from' ? `раньше ${verdict.bound.said}` : `позже ${verdict.bound.said}`;
    const luggage =
      verdict.bound.kind === 'from' && hotel.services['luggage'] ? ` Вещи до заселения можно оставить: у нас ${lowerFirst(hotel.services['luggage'])}.` : '';
    return { text: `${limit.charAt(0).toUpperCase()}${limit.slice(1)} ${act} не получится. ${usual} ${sentence(ruleSaid(rule))}${luggage}`, sources };
  }
  // «можно заселиться в одиннадцать?»: the yes first, the usual hour after it; «сразу или ждать?»: the usual hour first
  const said = ruleSaid(rule);
  return { text: isYesNoQuestion(t) ? `Да, ${said}. ${usual}` : `${usual} ${sentence(said)}`, sources };
}
