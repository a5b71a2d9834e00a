// How a hotel fact becomes a receptionist's sentence. The facts are data (data/hotel.yml, often noun phrases
// such as «бесплатная камера хранения багажа»); the wording is the assistant's: a whole sentence with a verb,
// only the part that was asked (the hours for «во сколько», the price for «сколько стоит»), and «Да,»/«Нет,»
// first when the caller asked a yes/no question.
import type { Hotel } from '../../hotel/types.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { askedMinutes, clockMinutes, timeVerdict } from './asked-time.ts';
import type { Fact } from './facts.ts';
import { askedPart, asksCondition, clauses, CONDITION, partsNamed, PREDICATE, PRICE, subjectOf } from './fact-parts.ts';
import { asksAnyCard, namedItem, PAYMENT_MEANS, paymentWays } from './payment-ways.ts';
import { answerYesNo, lowerFirst, sentence, speakable } from './plain-speech.ts';
import { isYesNoQuestion } from './question-kind.ts';
import { roomAnswer } from './room-phrasing.ts';
import { durationTotal } from './service-duration.ts';

const NEGATIVE = /(?<![а-яё])(?:не|нельзя|запрещ[а-яё]*)(?![а-яё])/;
// ISO 639-1 codes of hotel.yml `languages` as «говорим по-…».
const LANGUAGE_ADVERBS: Record<string, { stem: string; adverb: string }> = {
  ru: { stem: 'русск', adverb: 'по-русски' },
  en: { stem: 'англ', adverb: 'по-английски' },
  de: { stem: 'немец', adverb: 'по-немецки' },
  fr: { stem: 'француз', adverb: 'по-французски' },
  es: { stem: 'испан', adverb: 'по-испански' },
  it: { stem: 'итальян', adverb: 'по-итальянски' },
  zh: { stem: 'китай', adverb: 'по-китайски' },
  ar: { stem: 'араб', adverb: 'по-арабски' },
  tr: { stem: 'турец', adverb: 'по-турецки' },
};

/** A time outside the regular hours: the rule for earlier or later decides, with its condition. */
function beyondRegular(regular: string, rule: string | undefined, question: string): string {
  if (!rule) return `Нет, ${regular}.`;
  const said = lowerFirst(speakable(sentence(rule)));
  const verdict = timeVerdict(rule, question);
  if (verdict && !verdict.yes) return `Нет, ${verdict.bound.kind === 'from' ? 'раньше' : 'позже'} ${verdict.bound.said} не получится: ${regular}, ${said}`;
  // no brackets on the phone: the regular hour is a sentence of its own after the yes
  return `Да, ${said.replace(/\.$/, '')}. Обычно ${regular}.`;
}

/** A service as a sentence: «У нас есть X», or «X работает с … до …», or the fact itself when it has a verb. */
function serviceSentence(text: string, yesNo = false): string {
  const first = clauses(text)[0] ?? text;
  if (PREDICATE.test(first)) return sentence(text);
  const subject = subjectOf(text);
  const rest = text.slice(subject.length).trim();
  if (subject && /^с \d{1,2}:\d{2} до \d{1,2}:\d{2}/.test(rest)) return sentence(`${subject} работает ${rest}`);
  // «подземный паркинг, 900 рублей в сутки» → «У нас есть подземный паркинг: 900 рублей в сутки»
  const after = text.slice(text.indexOf(first) + first.length);
  const tail = after.startsWith(',') ? `:${after.slice(1)}` : after;
  // after «Да,» a plain «есть» («Да, есть подземный паркинг»): «у нас есть» in every answer becomes a formula
  return sentence(`${yesNo ? 'есть' : 'у нас есть'} ${lowerFirst(first)}${tail}`);
}

function languagesAnswer(hotel: Hotel, question: string, yesNo: boolean): string {
  const spoken = (hotel.hotel.languages ?? []).map((code) => LANGUAGE_ADVERBS[code]?.adverb ?? code);
  const list = spoken.length > 1 ? `${spoken.slice(0, -1).join(', ')} и ${spoken.at(-1)}` : (spoken[0] ?? '');
  const t = normalizeText(question);
  const asked = Object.entries(LANGUAGE_ADVERBS).find(([code, l]) => code !== 'ru' && t.includes(l.stem));
  if (asked) {
    const known = (hotel.hotel.languages ?? []).includes(asked[0]);
    return known ? `Да, наши сотрудники говорят ${asked[1].adverb}.` : `Нет, ${asked[1].adverb} не говорим: наши сотрудники говорят ${list}.`;
  }
  return yesNo ? `Да, наши сотрудники говорят ${list}.` : `Наши сотрудники говорят ${list}.`;
}

/** «Наш адрес: набережная реки Фонтанки, дом 48.» — without the city the caller knows, the house said as one. */
export function addressSentence(hotel: Hotel): string {
  const city = hotel.hotel.city;
  let address = hotel.hotel.address ?? '';
  if (city && address.startsWith(`${city},`)) address = address.slice(city.length + 1).trim();
  address = address.replace(/, (\d+[а-яА-Я]?)$/, ', дом $1');
  return `Наш адрес: ${address}.`;
}

/** «До нас 7 минут пешком от станции метро …»; only the way asked about («от метро»), when the question names one. */
export function directionsSentence(hotel: Hotel, question = ''): string {
  const directions = hotel.hotel.directions ?? '';
  return speakable(sentence(`до нас ${partsNamed(directions, question) ?? directions}`));
}

/** A hotel fact phrased as the answer to this question. */
export function phraseFact(fact: Fact, question: string, hotel: Hotel, alsoSaid = false, before = ''): string {
  // a second fact said after the first one does not start with another «да»
  const yesNo = !alsoSaid && isYesNoQuestion(question);
  const h = hotel.hotel;
  const withAnswer = (text: string, yes: boolean) => (yesNo ? answerYesNo(yes, text) : text);
  switch (fact.id) {
    case 'check_in_time': {
      // «можно заселиться к одиннадцати?»: before the check-in time the early check-in rule answers
      const asked = yesNo ? askedMinutes(question, { kind: 'from', minutes: clockMinutes(h.check_in_time) }) : null;
      if (asked !== null && asked < clockMinutes(h.check_in_time))
        return beyondRegular(`заезд с ${h.check_in_time}`, hotel.policies?.['early_check_in'], question);
      return withAnswer(`Заезд с ${h.check_in_time}.`, true);
    }
    case 'check_out_time': {
      const asked = yesNo ? askedMinutes(question, { kind: 'until', minutes: clockMinutes(h.check_out_time) }) : null;
      if (asked !== null && asked > clockMinutes(h.check_out_time))
        return beyondRegular(`выезд до ${h.check_out_time}`, hotel.policies?.['late_check_out'], question);
      return withAnswer(`Выезд до ${h.check_out_time}.`, true);
    }
    case 'address':
      return addressSentence(hotel);
    case 'directions':
      return directionsSentence(hotel, question);
    case 'phone':
      return `Телефон ресепшена: ${h.phone}.`;
    case 'email':
      return `Наша почта: ${h.email}.`;
    case 'languages':
      return languagesAnswer(hotel, question, yesNo);
  }
  if (fact.roomType) {
    const room = hotel.room_types.find((r) => r.code === fact.roomType);
    if (room) return roomAnswer(room, question, hotel);
  }
  const fragment = fact.fragment ?? fact.text;
  if (fact.id === 'payment_methods') {
    const item = yesNo ? namedItem(fragment, question) : null;
    if (item) return `Да, ${item} принимаем.`;
    // «долларами можно?», «по безналу от организации?»: a way of paying the list does not have is a «нет»; a yes/no
    // that names no way at all («оплатить на месте можно?») gets the list, never a «да» the caller may take for
    // the way they had in mind
    const card = yesNo && asksAnyCard(fragment, question);
    const other = yesNo && !card && PAYMENT_MEANS.test(normalizeText(question));
    const ways = paymentWays(fragment);
    const list = ways ? `Оплатить можно ${ways}.` : `Подойдут ${fragment}.`;
    return card ? answerYesNo(true, list) : other ? answerYesNo(false, list) : list;
  }
  const part = askedPart(fragment, question, before);
  // the hours or the price alone already name what they are about («Сауна — 2500 рублей в час»)
  // «заезд в восемь утра можно?» against «ранний заезд с 10:00»: the clock decides
  const verdict = yesNo ? timeVerdict(part, question) : null;
  if (verdict && !verdict.yes) {
    const limit = verdict.bound.kind === 'from' ? `раньше ${verdict.bound.said}` : `позже ${verdict.bound.said}`;
    return `Нет, ${limit} не получится: ${lowerFirst(speakable(sentence(part)))}${usualHour(fact.id, hotel)}`;
  }
  const yes = verdict ? true : yesNo ? factPolarity(part, question) : null;
  // a bare noun left from a fact («лифт») is said as a service; the hours or the price of one are not
  const bare = part !== fragment && !PREDICATE.test(part) && !/\d/.test(part) && !PRICE.test(part) && !CONDITION.test(part);
  const said = speakable(fact.kind === 'service' && (part === fragment || bare) ? serviceSentence(part, yes === true) : sentence(part));
  // «трансфер заказывать заранее?» of a service whose data says nothing of it: said so, not guessed
  const unknown =
    fact.kind === 'service' && asksCondition(question) && !CONDITION.test(fragment)
      ? ` Нужно ли договариваться заранее, точно не скажу — уточните, пожалуйста, на ресепшене по телефону ${h.phone}.`
      : '';
  // (its «да» would answer what the data does not say)
  // «довезёте до пулково?» of a transfer the data states from there: what it states, and reception for the other way
  const otherWay = wayAsked(fragment, question);
  if (otherWay) return `${speakable(sentence(fragment))} Это поездка к нам в отель; про поездку ${otherWay} подскажут на ресепшене по телефону ${h.phone}.`;
  // «сауна на два часа сколько»: the price per hour times the hours asked
  const total = fact.kind === 'service' ? durationTotal(fragment, question, hotel, said) : '';
  return `${yes === null || unknown ? said : answerYesNo(yes, said)}${total}${usualHour(fact.id, hotel)}${unknown}`;
}

/** « Обычно заезд с 14:00.» after the early check-in rule (the late check-out: the usual check-out): the rule is
 * about an exception, and the caller plans by the usual hour too. */
function usualHour(id: string, hotel: Hotel): string {
  const h = hotel.hotel;
  if (id === 'early_check_in' && h.check_in_time) return ` Обычно заезд с ${h.check_in_time}.`;
  if (id === 'late_check_out' && h.check_out_time) return ` Обычно выезд до ${h.check_out_time}.`;
  return '';
}

// «до пулково», «в аэропорт», «к вокзалу»: a trip to a place
const TO_PLACE = /(?<![а-яё])(?:до|в|во|к|ко)\s+(аэропорт\S*|пулков\S*|вокзал\S*)/;

/** «в аэропорт» when the question asks a trip to a place the fact states only a way from; null otherwise. */
function wayAsked(fragment: string, question: string): string | null {
  const to = TO_PLACE.exec(normalizeText(question));
  if (!to) return null;
  const root = to[1]!.slice(0, 5);
  const f = normalizeText(fragment);
  const from = new RegExp(`(?<![а-яё])(?:из|с|со|от)\\s+(?:\\S+\\s+)?${root}`).test(f);
  const towards = new RegExp(`(?<![а-яё])(?:до|в|во|к|ко)\\s+(?:\\S+\\s+)?${root}`).test(f);
  return from && !towards ? (/^пулков|^аэропорт/.test(to[1]!) ? 'в аэропорт' : 'на вокзал') : null;
}

/** Whether a rule answers a yes/no question «да» (the caller may) or «нет»; null when it depends. */
export function factPolarity(part: string, question: string): boolean | null {
  // «а если я не приеду, деньги вернут?»: a rule with several cases answers a question about one of them by
  // its terms, not with a «да» that the caller may take for the whole answer
  if (/(?<![а-яё])(если|а вдруг|в случае)(?![а-яё])/.test(normalizeText(question)) && clauses(part).length > 1) return null;
  const q = normalizeText(question);
  // «а вайфай платный?», «за неё платить надо?» are answered «нет» by «бесплатный», «это бесплатно?» «нет» by a price
  // (and «завтрак платный?» by «включён в стоимость номера»: nothing is paid on top)
  const included = /включ[её]н\S* в (?:стоимость|цену)/i.test(part);
  if (/(?<![а-яё])(?:платн|плати|платят|заплат|доплат|доплач|оплачива|за деньги)/.test(q) && (/бесплатн/i.test(part) || included)) return false;
  if (/бесплатн/.test(q) && included) return true;
  if (/бесплатн/.test(q) && !/бесплатн/i.test(part) && /\d\s*(?:рубл|₽)/.test(part)) return false;
  let negative = NEGATIVE.test(part.split(';')[0] ?? part);
  // «без предоплаты можно?» is answered «да» by «предоплата не требуется»
  if (/(?<![а-яё])без(?![а-яё])/.test(normalizeText(question))) negative = !negative;
  // a rule that allows only some cases («только с родителями») answers a question about the other cases
  if (/(?<![а-яё])только(?![а-яё])/.test(part)) {
    if (!/(?<![а-яё])(один|одна|одни|сам|сама|сами|без)(?![а-яё])/.test(normalizeText(question))) return null;
    negative = true;
  }
  return !negative;
}
