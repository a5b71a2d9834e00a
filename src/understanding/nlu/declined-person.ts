// «нет, не надо администратора, лучше скажите, где моя бронь» (issue 12, tester kind 24): a person named only to
// be declined is no request for one. The caller answers «no» to the offer of reception and may go on with another
// request in the same breath; what follows the refusal is that request.
import { normalizeText } from '../lang-ru/text.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';
const PERSON = `(?:администратор\\S*|админ\\S*|оператор\\S*|менеджер\\S*|человек\\S*|сотрудник\\S*|ресепшн\\S*|ресепшен\\S*|директор\\S*|руководств\\S*|никого|никто)`;
const CONNECT = `(?:соедин\\S*|переключ\\S*|перевод\\S*|перевед\\S*|позов\\S*|зовите|звать|дава\\S*)`;
const DECLINE = new RegExp(
  `${L}(?:(?:не|ни)(?: (?!(?:буду|стану|могу|собираюсь)${R})\\S+)? (?:надо|нужно|нужен|нужна|хочу|${CONNECT})(?: \\S+){0,3}? ${PERSON}|${PERSON}(?: \\S+){0,2}? не (?:надо|нужно|нужен|нужна|зовите)|без ${PERSON}|не ${CONNECT}(?: (?:меня|нас))?(?: (?:никуда|ни с кем))?)(?: (?:звать|${CONNECT}))?${R}`,
);
// («разговаривать не буду, давайте оператора»: the «не» belongs to the verb before, the person is asked for)
// what is left of the refusal before the other request: «лучше», «а», «просто», «только»
const LEAD = /^(?:(?:а|лучше|просто|только|я|мне|вы|пожалуйста|спасибо|и|вот|ну)\s+)*/;

/**
 * The rest of a message that declines a person («не надо администратора …»), or null when no person is declined.
 * An empty string: nothing but the refusal.
 */
export function afterDeclinedPerson(text: string): string | null {
  const t = normalizeText(text)
    .replace(/[!?.,;:—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = DECLINE.exec(t);
  if (!m) return null;
  return t
    .slice(m.index + m[0].length)
    .trim()
    .replace(LEAD, '')
    .trim();
}
