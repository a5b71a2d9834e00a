// Children in a party: the nouns that name a child («ребёнок», «дочка», «внук», «малышка», «грудничок») and the ages
// said with them («пяти лет», «8 месяцев», «ему годик»). Any of these nouns is a child unless said to be grown up
// (`grownUp`); an age of 18 or more is a grown-up's.
const L = '(?<![а-я])';
const R = '(?![а-я])';

export const CHILD =
  '(?:дет(?:ей|и|ьми|ям|ках|ки|ишек)|ребен(?:ок|ка|ком|ку)|детск|малыш(?:ом|а|у|ей|ами|к\\S*)?|грудничк\\S*|грудничок|младен\\S*|новорожденн\\S*|карапуз\\S*|кроха|крохой|внук(?:ом|а|у|и|ов|ами|ам)?|внучк(?:ой|а|е|у|и|ами|ам)|внучок|внучат\\S*|племянни(?:к|ка|ку|ком|ца|цы|це|цу|цей|ки|ков|ками)|сын(?:ом|а|у|овьями)?|доч(?:ь|ерью|кой|ка|ке|ку|ери|ки|ками|ерьми|ерей)|мальчик(?:ом|а|у)?|девочк(?:ой|а|е|у|ами)?|школьник\\S*|подрост\\S*)';

export const ONE_KID_RE = new RegExp(
  `${L}(?:с |и |плюс |еще )?(?:(?:одн\\S*|1) )?(?:маленьк\\S* )?(?:ребен(?:ок|ка|ком|ку)|малыш(?:ом|у|к(?:а|ой|е|у))?|грудничк(?:ом|у)|грудничок|младен(?:ец|цем|цу)|карапуз(?:ом|у)?|внук(?:ом|у)?|внучк(?:ой|а|е|у)|внучок|внучком|племянни(?:к|ком|ку|ца|цей|цу|це)|сын(?:ом|у)?|доч(?:ь|ерью|кой|ка|ке|ку|ери)|мальчик(?:ом|у)?|девочк(?:ой|а|е))${R}`,
);

// A list of numbers said together: «5, 7 и 10», «4 и 10», «5 7».
const LIST = '\\d{1,2}(?:(?:,? и |, ?| да | )\\d{1,2}(?![\\d-]))*';
const NOT_AGE =
  '(?! ?(?:ноч|сут|дн|ден|недел|числ|декабр|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|взросл|человек|гост|дет|ребен|-го|-ро|[.:]\\d))';
// numbers before an age unit: «5 и 7 лет», «трёхлетний», «8 месяцев»
const AGES_UNIT_RE = new RegExp(`(${LIST})(?:-ти|-х|-ми)? ?(?:лет|года?|годик\\S*|-летн\\S*|летн\\S*|(месяц\\S*))(?![а-я])`, 'g');
// numbers after whose ages they are: «детям 5 и 7», «сыну 4», «им 6 и 9», «возраст 3 и 5»
const AGES_CUE_RE = new RegExp(
  `${L}(?:им|ему|ей|детям|детишкам|ребенку|малышу|малышке|сыну|дочке|внуку|внучке|внукам|внучкам|племяннику|племяннице|дочери|дочкам|сыновьям|младшему|старшему|младшей|старшей|первому|другому|второму|третьему|одной|другой|второй|возраст\\S*(?: детей)?)(?: (?:по|будет|исполнилось))? (${LIST})${NOT_AGE}`,
  'g',
);
// «ему год», «годик», «полтора года», «полгода», «грудной»: words with no digits
const AGE_WORDS: [RegExp, number][] = [
  [
    /(?<![а-я])(?:(?:им|ему|ей|ребенку|малышу|малышке|сыну|дочке|внуку|внучке|внукам|внучкам|дочери|исполнился|всего|только) (?:год|годик)|годик\S*)(?![а-я])/g,
    1,
  ],
  [/(?<![а-я])(?:полтора год\S*|годовал\S*)/g, 1],
  [/(?<![а-я])(?:полгода|полугода)/g, 0],
  // «малышка год», «внук годик»: the child's noun, then its age
  [new RegExp(`${L}${CHILD}\\S* (?:год|годик)${R}`, 'g'), 1],
];
// «грудной», «новорождённый», «младенец»: a baby with no age said — unless its age is said beside it («грудничок,
// полгода», «младенец трёх месяцев»)
const BABY_RE = /(?<![а-я])(?:грудн\S*|новорожденн\S*|младен\S*)/g;

/** Children's ages in the order said; `bare` lets a plain list count (the ages were just asked). */
export function ages(said: string, bare: boolean): number[] {
  // «семь лет, пять и год», «девять шесть и годик»: «год» closing a list of ages is a child of one
  const t = said
    .replace(/(\d{1,2}(?: (?:лет|года?))?(?:,? и |, ?| да ))(?:год|годик)(?![а-я])/g, (_, list: string) => `${list}1 год`)
    // «год и два месяца», «два года и пять месяцев»: one child's age, the months no child of their own
    .replace(/((?:год|года|годик\S*|лет)(?![а-я])),? и \d{1,2} месяц\S*/g, '$1');
  const found: { at: number; end: number; values: number[] }[] = [];
  const add = (at: number, end: number, values: number[]) => {
    if (found.some((f) => at < f.end && end > f.at)) return;
    found.push({ at, end, values });
  };
  const numbers = (list: string, months: boolean) => (list.match(/\d{1,2}/g) ?? []).map((n) => (months ? 0 : Number(n)));
  for (const m of t.matchAll(AGES_UNIT_RE)) add(m.index, m.index + m[0].length, numbers(m[1] ?? '', !!m[2]));
  for (const m of t.matchAll(AGES_CUE_RE)) {
    const at = m.index + m[0].length - (m[1]?.length ?? 0);
    add(at, m.index + m[0].length, numbers(m[1] ?? '', false));
  }
  for (const [re, age] of AGE_WORDS) for (const m of t.matchAll(re)) add(m.index, m.index + m[0].length, [age]);
  for (const m of t.matchAll(BABY_RE)) {
    const end = m.index + m[0].length;
    if (!found.some((f) => f.at < end + 24 && f.end > m.index - 24)) add(m.index, end, [0]);
  }
  if (found.length === 0 && bare) {
    const list = new RegExp(`^(?:\\S+ )?(${LIST})${NOT_AGE}(?: \\S+)?$`).exec(t);
    if (list) add(0, t.length, numbers(list[1] ?? '', false));
  }
  return found
    .sort((a, b) => a.at - b.at)
    .flatMap((f) => f.values)
    .filter((a) => a < 18);
}

// «…дочка, она уже взрослая», «…сын, ему 30», «…дочь 25 лет», «…сын двадцати лет»
const GROWN_UP_AFTER =
  /^[ ,]+(?:\S+ ){0,3}?(?:(?:он|она) (?:уже )?(?:взросл\S*|совершеннолетн\S*)|взросл(?:ый|ая)|(?:ему|ей) (?:уже )?(?:1[89]|[2-9]\d)(?!\d)|(?:1[89]|[2-9]\d) (?:лет|год\S*))/;

/** The son or daughter named at the start of `after` is an adult. */
export function grownUp(after: string): boolean {
  return GROWN_UP_AFTER.test(after.replace(/^\S+/, ''));
}

// a son, a daughter or a grandchild (the children's words that may name a grown-up)
export const OFFSPRING_RE =
  /(?<![а-я])(?:сын(?:ом|а|у)?|внук(?:ом|а|у)?|внучк(?:ой|а|у|и|е)|племянни(?:к|ком|ка|ку|ца|цей|цы|цу|це)|доч(?:ь|ерью|кой|ка|ку|ки|ке|ери|урка|урке))(?![а-я])/g;

// A child's noun in the nominative singular agrees only with «один» («один сын»); after another number («нас будет
// трое, сын с нами…») the number counts someone else — the party — and the noun starts the next phrase.
export const SINGULAR_CHILD = /(?:сын|дочь|дочка|ребенок|малыш|мальчик|девочка|малышка|внук|внучка|племянник|племянница|младенец)$/;
