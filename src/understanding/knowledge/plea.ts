// A plea for an exception right after a rule refused something («ну пожалуйста, в виде исключения», «может, пойдёте
// навстречу?»): the rule holds. It is said so, with the refused question answered again (the alternative it names
// included) — never a fact the plea's own words happen to meet («в виде» is no view of a room).
import { normalizeText } from '../lang-ru/text.ts';

const PLEA =
  /(?<![а-я])(?:исключени\S*|навстречу|войдите в (?:\S+ )?положение|(?:очень|ну|я вас|вас) (?:прошу|просим)|умоляю|ну разрешите|ну пустите|ну можно же)(?![а-я])/;
// an answer that refuses: «Нет, …», «… нельзя», «… не предоставляется», «запрещено»
const REFUSES = /^нет[,.]|(?<![а-яё])(?:нельзя|не предоставля\S*|не допуска\S*|не разреша\S*|не получится|запрещ\S*)(?![а-яё])/i;

/** «ну пожалуйста, в виде исключения»: a plea for an exception. */
export function asksException(text: string): boolean {
  return PLEA.test(normalizeText(text));
}

/** Does this reply of the assistant refuse something (so a plea may follow it)? */
export function refuses(reply: string): boolean {
  return REFUSES.test(reply.trim());
}

/**
 * The refusal said again for a plea: «К сожалению, исключений нет — » and the rule, without its «Нет,», in one
 * sentence (so that it is said even right after the rule: a reply drops only sentences the caller has heard whole).
 */
export function noException(refusal: string): string {
  const rule = refusal.trim().replace(/^нет,?\s*/i, '');
  return `К сожалению, исключений нет — ${rule.charAt(0).toLowerCase()}${rule.slice(1)}`;
}
