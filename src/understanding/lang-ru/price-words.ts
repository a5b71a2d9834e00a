// The words a price is asked with, in one place: a way of asking added here is known to every reader of prices —
// the question cues (nlu/question-cues.ts, nlu/cues.ts), question words and «а если…» after the offer of a booking
// (nlu/question-shapes.ts), the knowledge answer (knowledge/answer.ts), how a fact is phrased (knowledge/phrasing.ts)
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
