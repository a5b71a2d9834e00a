// The case and gender a figure is said in, from the preposition before it and the noun after it. A speech engine
// reads «за 1 ночь» as «за один ночь» and «с 2 взрослыми» as «с два взрослыми»; a Russian speaker agrees the
// numeral with both words: «за одну ночь», «с двумя взрослыми», «в одном номере», «к двум часам», «на одного
// человека». The noun's own ending is the surest sign of the case (a plural in -ами, -ах, -ам shows it outright);
// otherwise the preposition decides, and for «с», «в», «на», which take two cases, the noun's ending again.

export type NumeralCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
/** 0 masculine, 1 feminine, 2 neuter: «один рубль», «одна ночь», «одно место». */
export type Gender = 0 | 1 | 2;

// Prepositions after which a number is in the genitive: «до двух гостей», «от шести тысяч», «около сорока минут».
export const GENITIVE_BEFORE = new Set([
  'до',
  'от',
  'около',
  'после',
  'младше',
  'старше',
  'больше',
  'меньше',
  'более',
  'менее',
  'без',
  'для',
  'из',
  'у',
  'кроме',
  'с',
  'со',
]);
const ACCUSATIVE_BEFORE = new Set(['на', 'за', 'через', 'про', 'в', 'во', 'спустя']);
const DATIVE_BEFORE = new Set(['к', 'ко', 'согласно']);
const PREPOSITIONAL_BEFORE = new Set(['о', 'об', 'при']);
// Nouns counted in the feminine («две ночи», «одна тысяча», «двадцать одна минута») and in the neuter («одно место»).
const FEMININE = /^(ноч|минут|тысяч|недел|кроват|сторон|комнат|персон|секунд|собак|кошк|порци|услуг|бутылк|поездк|штук)/;
const NEUTER = /^(мест|окн|кресл|утр|блюд|живот)/;

/** «одна» when the last two digits make a singular: 1, 21, 101, not 11. */
function endsInOne(n: number): boolean {
  return n % 10 === 1 && n % 100 !== 11;
}

/** 2, 3, 4, 22…: the numbers whose noun is a genitive singular in the nominative. */
function endsInTwoToFour(n: number): boolean {
  return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14);
}

/** The case of the number `n` between `preposition` and `noun` (either may be missing). */
export function numeralCase(n: number, preposition: string | undefined, noun: string | undefined): NumeralCase {
  const p = preposition?.toLowerCase();
  const w = noun?.toLowerCase() ?? '';
  // a plural noun shows its case: «с двумя взрослыми», «в двух номерах», «к двум часам»
  if (/(?:ами|ями|ьми|ыми|ими)$/.test(w)) return 'instrumental';
  if (p && /[ая]х$/.test(w)) return 'prepositional';
  if (p && /[ая]м$/.test(w) && !/^(?:там|сам|вам|нам)$/.test(w)) return 'dative';
  if (!p) return 'nominative';
  // «с двумя взрослыми и одним ребёнком»: after «и» the noun's instrumental ending is all that shows the case
  if (p === 'и' || p === 'или') return endsInOne(n) && /(?:ом|ём|ой|ёй|ью)$/.test(w) && w.length > 4 ? 'instrumental' : 'nominative';
  if (p === 'с' || p === 'со') {
    // «с одной собакой», «с одним ребёнком»: a singular noun in the instrumental; «с трёх лет», «с 14:00» otherwise
    return endsInOne(n) && /(?:ом|ем|ём|ой|ей|ёй|ью)$/.test(w) ? 'instrumental' : 'genitive';
  }
  if (GENITIVE_BEFORE.has(p)) return 'genitive';
  if (DATIVE_BEFORE.has(p)) return 'dative';
  if (PREPOSITIONAL_BEFORE.has(p)) return 'prepositional';
  // «по одному гостю», «по тысяче рублей», but «по две тысячи»
  if (p === 'по') return endsInOne(n) || (n >= 1000 && n < 2000) ? 'dative' : 'accusative';
  if (ACCUSATIVE_BEFORE.has(p)) {
    // «в одном номере», «на одном этаже»: where, not where to
    if ((p === 'в' || p === 'во' || p === 'на') && endsInOne(n) && /[еи]$/.test(w) && !/(?:сутки|ночи)$/.test(w)) return 'prepositional';
    // a living being in the accusative is said as in the genitive: «на одного человека», «на двух гостей»
    if (endsInOne(n) && /(?:ка|га|ха|та|на|ла|ра|ца|ча|ща|жа|ша|ва|да|ба|па|ма|за|ся|ля|ня|тя|дя|ого|его)$/.test(w) && !FEMININE.test(w) && !NEUTER.test(w))
      return 'genitive';
    if (endsInTwoToFour(n) && /(?:ей|ых|их|ов|ев)$/.test(w)) return 'genitive';
    return 'accusative';
  }
  return 'nominative';
}

/**
 * The gender the noun after a number gives it: the nouns known to count otherwise, then the ending the noun has in
 * that case («одной гостьи», «две сауны», «одну порцию», «одной комнатой» are feminine; «одного гостя» is not).
 */
export function numeralGender(noun: string | undefined, grammaticalCase: NumeralCase = 'nominative', n = 1): Gender {
  const w = noun?.toLowerCase() ?? '';
  if (FEMININE.test(w)) return 1;
  if (NEUTER.test(w)) return 2;
  const singular = endsInOne(n);
  // with 2, 3, 4 the noun is a genitive singular: «-ы», «-и» only for a feminine one («две минуты», «два гостя»)
  if ((grammaticalCase === 'nominative' || grammaticalCase === 'accusative') && endsInTwoToFour(n)) return /[ыи]$/.test(w) ? 1 : 0;
  if (!singular) return 0;
  switch (grammaticalCase) {
    case 'nominative':
      return /[ая]$/.test(w) ? 1 : /[ое]$/.test(w) ? 2 : 0;
    case 'accusative':
      return /[ую]$/.test(w) ? 1 : /[ое]$/.test(w) ? 2 : 0;
    case 'genitive':
      return /[ыи]$/.test(w) ? 1 : 0;
    case 'instrumental':
      return /(?:ой|ей|ёй|ью)$/.test(w) ? 1 : 0;
    default:
      return 0;
  }
}
