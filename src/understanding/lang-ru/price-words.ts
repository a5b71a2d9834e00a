// The words a price is asked with, in one place: a way of asking added here is known to every reader of prices —
// the question cues (nlu/question-cues.ts, nlu/cues.ts), question words and «а если…» after the offer of a booking
// (nlu/question-shapes.ts), the knowledge answer (knowledge/answer.ts), what a question asks of a fact (knowledge/question-kind.ts)
// and the fact search's aspect terms (knowledge/synonyms.ts). Each reader keeps its own frame (a whole message, a
// word, «сколько» before the verb); these are the words. Texts are matched normalised (lower case, ё → е), but the
// ё forms are kept for readers of raw words.

/** Verbs that say what something costs, said after «сколько», «во сколько», «во что»: «стоит», «выйдет», «обойдётся», «встанет». */
const COST_VERB_FORMS = ['сто(?:ит|ят|ют|ить|ило|ила|или)', 'выйд(?:ет|ут)', 'обойд\\S*', 'встан(?:ет|ут)'];
/** Words that ask a price by themselves: «почём», «цена», «стоимость», «тариф», «расценки», «прайс». */
const PRICE_NOUN_FORMS = ['поч[её]м', 'цен(?:а|ы|у|е|ой|ам|ами|ах)?', 'стоимост\\S*', 'тариф\\S*', 'расцен\\S*', 'прайс\\S*'];

/** A verb of costing, as a whole word (regex source). */
export const COST_VERB = `(?:${COST_VERB_FORMS.join('|')})(?![а-яё])`;

/** A word or phrase that asks a price by itself, as whole words (regex source): «почём», «по чём», «цена», «тариф»… */
export const PRICE_NOUN = `(?:по ч[её]м|${PRICE_NOUN_FORMS.join('|')})(?![а-яё])`;

/** Phrases that ask a price as a question word does (regex source): «почём», «во что обойдётся», «в какую сумму». */
export const PRICE_QUESTION = '(?:поч[её]м|по ч[её]м|во что (?:\\S+ )?обойд\\S*|в какую сумму)';

/** One word that asks a price, for readers that look at words one by one («стоит», «цена», «обойдётся»). */
export const PRICE_WORD = new RegExp(`^(?:${[...COST_VERB_FORMS, ...PRICE_NOUN_FORMS].join('|')})$`);

// A price asked in one clause, whatever the order and however far apart its words: «сколько у вас семейный номер
// стоит», «а стоит он сколько», «люкс у вас почём», «сколько в сутки выходит». A clause ends at a sentence mark or at
// «и», «а», «или», «но» between words, so «сколько вас будет, и стоит ли ехать» asks no price.
const CLAUSE_END = /[.,;:!?]+|\s(?:и|а|или|но|потом)\s/;
// «сколько» that counts something else: «сколько человек», «сколько ночей стоит брать», «сколько метров»
const COUNTED =
  '(?:нас|вас|их|времени|человек|людей|гостей|взрослых|детей|ребят|ночей|дней|суток|раз|часов|минут|лет|метров|квадрат\\S*|килограмм\\S*|кг|мест|кроватей|комнат|номеров|этажей|пассажиров|штук)';
const HOW_MUCH = new RegExp(`(?<![а-яё])(?<!(?:во|до|со) )сколько(?![а-яё])(?! ${COUNTED}(?![а-яё]))`);
// «во сколько обойдётся»: «во сколько» asks a time unless a verb of costing comes with it
const AT_WHAT = /(?<![а-яё])во сколько(?![а-яё])/;
const COSTS = new RegExp(`(?<![а-яё])${COST_VERB}`);
// «сколько будет», «сколько получится», «сколько выходит» ask a price unless people or nights are counted after them
const COMES_TO = new RegExp(`(?<![а-яё])(?:будет|будут|получит\\S*|получа\\S*|выход\\S*)(?![а-яё])(?! (?:\\S+ )?${COUNTED}(?![а-яё]))`);
// «сколько за ночь», «сколько в сутки», «сколько за всё»: a sum per night or in all
const PER = /(?<![а-яё])(?:за|в) (?:\S+ )?(?:ноч[ьи]|сутки|вс[её]|весь|одну|день)(?![а-яё])/;
const ASKS_ITSELF = new RegExp(`(?<![а-яё])(?:${PRICE_QUESTION}|${PRICE_NOUN})`);

/** The clauses of a normalised text, as price questions are read in them. */
export function priceClauses(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(CLAUSE_END)
    .map((c) => c.trim())
    .filter(Boolean);
}

/**
 * Does a clause of the text ask what something costs? A price word by itself («почём», «цена», «во что обойдётся»),
 * or «сколько» with a verb of costing, of coming to, or a sum per night in the same clause, in any order.
 */
export function asksPrice(text: string): boolean {
  return priceClauses(text).some((c) => {
    if (ASKS_ITSELF.test(c)) return true;
    if (AT_WHAT.test(c)) return COSTS.test(c);
    return HOW_MUCH.test(c) && (COSTS.test(c) || COMES_TO.test(c) || PER.test(c));
  });
}

/** «сколько» asked of a room or a stay with no verb («сколько люкс на субботу»): a bare «сколько» not counting anything. */
export function bareHowMuch(text: string): boolean {
  return priceClauses(text).some((c) => HOW_MUCH.test(c) && !AT_WHAT.test(c));
}
