// The hotel's ways to pay (a list of nouns in data/hotel.yml) as a question about them is answered: the way named,
// a card of any brand, or the list said as ways («банковскими картами … или наличными»).
import { loadedMorph } from '../lang-ru/morph.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { clauses } from './fact-parts.ts';

// ways of paying a caller may name (the hotel's own list is in hotel.yml; these are what a question may ask about)
export const PAYMENT_MEANS =
  /(?<![а-яё])(?:доллар\S*|евро|валют\S*|юан\S*|тенге|рубл\S*|безнал\S*|перевод\S*|по сч[её]ту|сч[её]т(?:ом|у)?|крипт\S*|биткоин\S*|чек\S*|карт\S*|налич\S*|кэш\S*|сбп|qr|юнион\S*|unionpay|american|амекс\S*|apple|google|samsung)(?![а-яё])/;

/** The item of a list fact that the question names: «картой Мир» → «Мир», «наличными» → «наличные». */
// brand names as a recogniser writes them in Cyrillic («визой», «мастеркардом», «эсбэпэ»)
const SPOKEN_BRANDS: [RegExp, string][] = [
  [/^виз[аоуы]\S*$/, 'visa'],
  [/^мастер\S*$/, 'mastercard'],
  [/^(?:эсбэпэ|сбп)\S*$/, 'сбп'],
];

export function namedItem(fragment: string, question: string): string | null {
  const asked = normalizeText(question)
    .split(/[^а-яa-z0-9-]+/)
    .filter((w) => w.length >= 3)
    .map((w) => SPOKEN_BRANDS.find(([re]) => re.test(w))?.[1] ?? w);
  const tokens = fragment.match(/«[^»]+»|[A-Za-zА-ЯЁа-яё-]+/g) ?? [];
  for (const token of tokens) {
    const plain = normalizeText(token.replace(/[«»]/g, ''));
    if (plain.length < 3 || /^(банковские|карты|оплата|через|и)$/.test(plain)) continue;
    const stem = plain.slice(0, Math.min(4, plain.length));
    if (asked.some((w) => (plain.length <= 4 ? w === plain || w.startsWith(plain) : w.startsWith(stem)))) return token;
  }
  return null;
}

/** «картой можно?», «карточкой?»: a card of no brand, which a list with cards answers «да». */
export function asksAnyCard(fragment: string, question: string): boolean {
  return /(?<![а-яё])карт/i.test(fragment) && /(?<![а-я])карт(?:а|ой|у|ы|очк\S*)(?![а-я])/.test(normalizeText(question));
}

/** A word in the instrumental case, agreeing in number and gender («банковские карты» → «банковскими картами»). */
function instrumental(word: string): string {
  const parse = loadedMorph()
    ?.parse(word)
    .find((p) => p.tags.has('nomn') && (p.tags.has('NOUN') || p.tags.has('ADJF')));
  if (!parse) return word;
  const number = parse.tags.has('plur') ? 'plur' : 'sing';
  const gender = number === 'sing' ? ['masc', 'femn', 'neut'].find((g) => parse.tags.has(g)) : undefined;
  const form = parse.parse.inflect(['ablt', number, ...(gender ? [gender] : [])]);
  // a predicted paradigm may cut the word («криптовалюта» → «валютой»): then the data's form stays
  return form && form.word.slice(0, 3) === word.toLowerCase().slice(0, 3) ? form.word : word;
}

/**
 * The hotel's payment methods (a list of nouns in the data: «банковские карты «Мир», Visa, Mastercard, оплата через
 * СБП и наличные») said as the ways to pay: «банковскими картами «Мир», Visa, Mastercard, через СБП или наличными».
 * Null when the dictionaries are not loaded.
 */
export function paymentWays(list: string): string | null {
  if (!loadedMorph()) return null;
  const items = clauses(list).flatMap((item) => item.split(/\s+и\s+/));
  const said = items.map((item) => {
    // «оплата через СБП»: «оплатить» already says it
    const way = item.replace(/^оплат[аы]\s+(?=(?:через|по|с|в)\s)/i, '');
    // the leading Russian words are inflected; names in quotes or Latin letters stay as they are
    const words = way.split(/\s+/);
    let i = 0;
    while (i < words.length && /^[а-яё-]+$/.test(words[i]!)) i++;
    if (/^(через|по|с|в)$/i.test(words[0] ?? '')) return way;
    return [...words.slice(0, i).map(instrumental), ...words.slice(i)].join(' ');
  });
  return said.length > 1 ? `${said.slice(0, -1).join(', ')} или ${said.at(-1)}` : (said[0] ?? null);
}
