// A guest's name in the case a phrase needs («на имя Ивана Петрова», «для Анны»), declined by lvovich
// (first names, surnames and patronymics, with the gender guessed from them). Anything that is not a plain
// Russian name of one to three words comes back as it was said, never mangled.
import { incline } from 'lvovich';

type GrammaticalCase = 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';

const SURNAME = /(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая)$/i;

/** «Иван Петров» → «Ивана Петрова» (genitive by default); «Петров Иван» → «Петрова Ивана». */
export function declineName(name: string, grammaticalCase: GrammaticalCase = 'genitive'): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3 || words.some((w) => !/^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/.test(w))) return name.trim();
  if (words.length === 3) {
    const [first, middle, last] = words;
    const d = incline({ first, middle, last }, grammaticalCase);
    return [d.first, d.middle, keepVowel(last ?? '', d.last ?? '')].join(' ');
  }
  const [a, b] = words as [string, string | undefined];
  if (!b) return incline({ first: a }, grammaticalCase).first ?? a;
  // «Фамилия Имя», as people often say it on the phone
  const lastFirst = SURNAME.test(a) && !SURNAME.test(b);
  const d = incline(lastFirst ? { first: b, last: a } : { first: a, last: b }, grammaticalCase);
  const last = keepVowel(lastFirst ? a : b, d.last ?? '');
  return lastFirst ? `${last} ${d.first}` : `${d.first} ${last}`;
}

/**
 * A surname keeps the vowel that a common noun drops («Кравец» → «Кравеца», «Швец» → «Швеца», not «Кравца»,
 * «Швца»): the norm for surnames, so that the name stays recognisable; lvovich declines them like nouns.
 */
function keepVowel(nominative: string, declined: string): string {
  const n = nominative.length;
  const dropped =
    n >= 3 &&
    /[её]$/i.test(nominative.slice(-2, -1)) &&
    declined.startsWith(nominative.slice(0, -2) + nominative.slice(-1)) &&
    !declined.startsWith(nominative);
  return dropped ? nominative + declined.slice(n - 1) : declined;
}
