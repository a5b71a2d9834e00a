// A caller who insists after the assistant refused or named a fee: «ну а за доплату?», «я заплачу сколько скажете»
// after «дополнительная кровать не предоставляется»; «а бесплатно никак? я постоянный клиент», «а скидку?» after a
// fee. The rule stands: the refusal is said again kindly in the rule's words, the fee again from the data, and an
// exception is for reception to decide (the offer to connect; a «да» then transfers, nlu/off-path.ts).
import type { Hotel } from '../../hotel/types.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { KnowledgeAnswer } from './answer-types.ts';
import { indexOf } from './fact-lookup.ts';
import type { Fact } from './facts.ts';
import { phraseFact } from './phrasing.ts';
import { lowerFirst } from './plain-speech.ts';

const L = '(?<![а-я])';
// offering money for what was refused
const OFFERS_TO_PAY = new RegExp(
  `${L}(?:за доплату|доплач\\S*|доплат\\S*|заплач\\S*|заплат\\S*|за деньги|за плату|за отдельн\\S* (?:плату|деньги)|платно)(?![а-я])`,
);
// asking the fee away: free, a discount, an exception, a regular guest
const ASKS_EXCEPTION = new RegExp(
  `${L}(?:бесплатно|скидк\\S*|скидочк\\S*|подешевле|без доплаты|постоянн\\S* (?:клиент|гост)\\S*|исключени\\S*|никак|уступит\\S*|сбавит\\S*|бонус\\S*)(?![а-я])`,
);
// a rule that refuses outright, in the hotel data's words
const REFUSES = /(?<![а-яё])(?:не (?:предоставля|допуска|разреша|принима|размеща)\S*|запрещ\S*|нельзя)/;
const REFUSED = /^(?:нет|к сожалению)(?![а-я])|(?<![а-я])(?:не предоставля\S*|запрещ\S*|нельзя|не получится)/;
const FEE = /\d\s*(?:рубл|%)/;
/** A source that marks the rule said again on purpose: the knowledge action does not shorten it as already heard. */
export const AGAIN = 'rule_again';

/** The fact the assistant's last reply was about (a rule or a service of the data, not a room). */
function factOfReply(reply: string, hotel: Hotel, wanted: (f: Fact) => boolean): Fact | undefined {
  return indexOf(hotel)
    .search(reply, 5)
    .map((h) => h.fact)
    .find((f) => !f.roomType && wanted(f));
}

/** The answer to insisting after a refusal or a fee, or null when the message insists on neither. */
export function insistingAnswer(question: string, lastReply: string | undefined, hotel: Hotel): KnowledgeAnswer | null {
  if (!lastReply) return null;
  const t = normalizeText(question);
  const reply = normalizeText(lastReply);
  const phone = hotel.hotel.phone;
  // «ну а за доплату?» after «дополнительная кровать не предоставляется»: not for money either
  if ((OFFERS_TO_PAY.test(t) || ASKS_EXCEPTION.test(t)) && REFUSED.test(reply)) {
    const rule = factOfReply(lastReply, hotel, (f) => REFUSES.test(f.fragment ?? f.text) || f.id === 'pets');
    if (rule && (REFUSES.test(rule.fragment ?? rule.text) || !FEE.test(t))) {
      const said = REFUSES.test(rule.fragment ?? rule.text) ? phraseFact(rule, 'это правило', hotel) : lastReply;
      const why = OFFERS_TO_PAY.test(t) ? 'и за доплату не получится' : 'исключений здесь нет';
      return { text: `Понимаю вас, но, к сожалению, ${why}: ${lowerFirst(said.replace(/^(?:Нет|К сожалению, нет)[,:]\s*/, ''))}`, sources: [rule.id, AGAIN] };
    }
  }
  // «а бесплатно никак? я постоянный клиент» after a fee: the fee stands, an exception is reception's to decide
  if (ASKS_EXCEPTION.test(t) && FEE.test(reply)) {
    const fee = factOfReply(lastReply, hotel, (f) => FEE.test(f.fragment ?? f.text));
    if (fee) {
      const stated = phraseFact(fee, 'сколько это стоит', hotel).replace(/^(?:Да|Нет),\s*/, '');
      // «2000 рублей за всё проживание» alone: said as what it costs
      const rule = /^\d/.test(stated) ? `это стоит ${stated}` : stated;
      return {
        text: `Понимаю вас, но правило одно для всех: ${lowerFirst(rule)} Сделать исключение или скидку может только администратор, телефон ресепшена: ${phone}. Соединить вас с ресепшеном?`,
        sources: [fee.id, AGAIN],
      };
    }
  }
  return null;
}
