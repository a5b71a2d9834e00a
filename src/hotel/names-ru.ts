// A guest's name in the case a phrase needs («на имя Ивана Петрова», «для Анны»), declined by lvovich.
// Callers give names in any order: «Иван Петров», «Петров Иван», «Петров Игорь Васильевич», «Соколова Мария
// Ивановна». Which word is the surname decides how it is declined («Морозова» → «Морозовой» as a surname,
// «Морозовы» as a first name), and the gender decides too («Шевчук» → «Шевчука», but a woman's «Шевчук» stays).
// So every reading of the words (which is the first name, the surname, the patronymic) is weighed by lvovich's
// gender rules and the shapes of Russian surnames and patronymics, each declined, and the name is declined only
// when the plausible readings agree on the result; otherwise it is said as given («на имя Калинина Марина» is
// heard as a name, «на имя Калининой Марины» for a Марина Калинина would be a different person).
// Which word can be a first name at all comes from a dictionary of Russian first names (sex-by-russian-name):
// «Марина» is one and «Кузьмина» is not, although both end like a surname and like a first name, so «Марина
// Кузьмина» is «Марины Кузьминой» in either order; lvovich's suffix rules alone would call both women's first names.
import { getFirstnameGender, getLastnameGender, incline } from 'lvovich';
import petrovich from 'petrovich';
import { names as firstNames } from 'sex-by-russian-name/dist/names.js';

type GrammaticalCase = 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
type Gender = 'male' | 'female';
type Role = 'first' | 'middle' | 'last';

const WORD = /^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$/;
// A patronymic's ending tells the gender (and that the word is a patronymic): «Васильевич», «Ивановна», «Ильинична».
const MALE_PATRONYMIC = /[а-яё]{2,}(?:ович|евич|ьич|ич)$/i;
const FEMALE_PATRONYMIC = /[а-яё]{2,}(?:овна|евна|ична|инична)$/i;
// Surname endings that first names (almost) never have; a short word like «Лев», «Яков» is a first name.
const STRONG_SURNAME = /(?:[а-яё]{3,}(?:ов|ев|ёв)|ова|ева|ёва|ский|цкий|ская|цкая|ской|енко|ук|юк|ых|их|дзе|швили|ян|ой)$/i;
// Surname endings that first names share («Ильина» and «Ирина», «Пушкин» and «Константин»).
const WEAK_SURNAME = /(?:ин|ын|ина|ына)$/i;

interface Reading {
  roles: Role[];
  gender: Gender;
  score: number;
}

/** «Иван Петров» → «Ивана Петрова» (genitive by default); «Петров Игорь Васильевич» → «Петрова Игоря Васильевича». */
export function declineName(name: string, grammaticalCase: GrammaticalCase = 'genitive'): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3 || words.some((w) => !WORD.test(w))) return name.trim();
  const readings = readingsOf(words);
  const best = Math.max(...readings.map((r) => r.score));
  // the readings close to the best one must agree; a clear winner decides alone
  const plausible = readings.filter((r) => r.score >= best - 1);
  // a first name neither the dictionary nor lvovich knows, and that does not end like a declinable one, would stay
  // as it is beside a declined surname: «Ашотт Орловой» would be worse than the name as said
  const unknownFirst = plausible.some((r) =>
    r.roles.some(
      (role, k) => role === 'first' && firstNameGenders(words[k]!).length === 0 && getFirstnameGender(words[k]!) === null && !/[ая]$/i.test(words[k]!),
    ),
  );
  const forms = new Set(plausible.map((r) => declineAs(words, r, grammaticalCase)));
  return forms.size === 1 && !unknownFirst ? [...forms][0]! : words.join(' ');
}

function declineAs(words: string[], reading: Reading, grammaticalCase: GrammaticalCase): string {
  const person: { first?: string; middle?: string; last?: string; gender: Gender } = { gender: reading.gender };
  reading.roles.forEach((role, k) => {
    person[role] = words[k];
  });
  const declined = incline(person, grammaticalCase);
  return reading.roles
    .map((role, k) => {
      const word = words[k]!;
      const byLvovich = role === 'last' ? keepVowel(word, declined.last ?? word) : (declined[role] ?? word);
      const form = spelled(byLvovich === word ? missedByLvovich(word, role, reading.gender, grammaticalCase) : byLvovich);
      // an unstressed «о» is written «е» after ж, ш, ч, щ, ц: «Дашей», «Наташей» (first names are stressed before it)
      return role === 'first' ? form.replace(/([жшчщц])ой$/u, '$1ей') : form;
    })
    .join(' ');
}

/** The genders a dictionary first name is given to; none for a word that is not a known first name. */
export function firstNameGenders(word: string): Gender[] {
  const key = word.toLowerCase();
  const alt = key.replace(/ё/g, 'е');
  const listed = (['male', 'female'] as Gender[]).filter((g) => firstNames[g].has(key) || firstNames[g].has(alt));
  // the list gives some names of either gender («Саша», «Валя») to one only; lvovich's rules know them
  return listed.length > 0 && getFirstnameGender(word) === 'androgynous' ? ['male', 'female'] : listed;
}

/**
 * lvovich's rules miss some names and return them as said: first names the dictionary knows («Любовь», «Таня»,
 * «Ашот») and men's surnames such as «Арутюнян». petrovich, whose rules list them, gives their case («Любови»,
 * «Тани», «Ашота», «Арутюняна»); a word that is in neither, or a woman's surname (lvovich keeps «Мельник» for a
 * woman rightly), stays as said.
 */
function missedByLvovich(word: string, role: Role, gender: Gender, grammaticalCase: GrammaticalCase): string {
  if (role === 'first' && firstNameGenders(word).length === 0) return word;
  if (role === 'last' && gender === 'female') return word;
  if (role === 'middle') return word;
  return petrovich({ gender, [role]: word }, grammaticalCase)[role] ?? word;
}

/** The spelling rule both libraries sometimes miss: «ы» is written «и» after г, к, х, ж, ш, ч, щ («Даши», «Миши»). */
function spelled(word: string): string {
  return word.replace(/([гкхжшчщ])ы(?=$|-)/giu, (_, consonant: string) => `${consonant}и`);
}

/** Every assignment of roles that the number of words allows, for each gender, with how plausible it is. */
function readingsOf(words: string[]): Reading[] {
  const orders: Role[][] =
    words.length === 1
      ? [['first'], ['last']]
      : words.length === 2
        ? [
            ['first', 'last'],
            ['last', 'first'],
            ['first', 'middle'],
          ]
        : [
            ['first', 'middle', 'last'],
            ['last', 'first', 'middle'],
          ];
  const out: Reading[] = [];
  for (const roles of orders) {
    for (const gender of ['male', 'female'] as Gender[]) {
      const score = roles.reduce((sum, role, k) => sum + fit(words[k]!, role, gender), 0);
      if (score > -Infinity) out.push({ roles, gender, score });
    }
  }
  return out;
}

/** How well a word fits a role for a gender: -Infinity when it cannot, otherwise higher is likelier. */
function fit(word: string, role: Role, gender: Gender): number {
  const patronymic = MALE_PATRONYMIC.test(word) ? 'male' : FEMALE_PATRONYMIC.test(word) ? 'female' : null;
  if (role === 'middle') return patronymic === gender ? 4 : -Infinity;
  const surnameShape = STRONG_SURNAME.test(word) ? 2 : WEAK_SURNAME.test(word) ? 1 : 0;
  if (role === 'first') {
    if (patronymic) return -3;
    // a first name in the dictionary is one, for the genders it lists, whatever its ending; the few entries shaped
    // like a surname («Смирнова», «Васильев»: noise in the list) are weighed by their ending as before
    const known = surnameShape < 2 ? firstNameGenders(word) : [];
    if (known.length > 0) return known.includes(gender) ? 3 : -Infinity;
    // otherwise (a name the dictionary lacks, a foreign one) lvovich's suffix rules say whether it could be one
    const g = getFirstnameGender(word);
    if (g === null) return surnameShape === 2 ? -Infinity : -3;
    return (g === gender || g === 'androgynous' ? 1 : -Infinity) - surnameShape;
  }
  const g = getLastnameGender(word);
  if (g !== null && g !== 'androgynous' && g !== gender) return -Infinity;
  // a man's surname in -а, -я («Дюма», «Окуджава») is rare: «Анна» after «Кузнец» is a woman's first name
  const rareForMan = gender === 'male' && /[ая]$/i.test(word) ? 2 : 0;
  return surnameShape + (patronymic ? -1 : 0) - rareForMan;
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
