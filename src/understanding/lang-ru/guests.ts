// Who is staying: «нас двое», «вдвоём», «я один», «двое взрослых и ребёнок пяти лет», «я с женой и двумя детьми».
import { numberize } from './numbers.ts';
import { PET_NOUN } from './pets.ts';
import { splitAtCorrection } from './said-again.ts';
import { maskPhoneDigits, normalizeText } from './text.ts';
import { ages, CHILD, grownUp, OFFSPRING_RE, ONE_KID_RE, SINGULAR_CHILD } from './children.ts';

export interface Guests {
  adults?: number;
  children?: number;
  children_ages?: number[];
  /** Everyone, when only the total was said («нас четверо»). */
  total?: number;
  /** People added to a party already booked («ещё один человек», «добавьте двух гостей»). */
  more?: number;
}

const L = '(?<![а-я])';
const R = '(?![а-я])';
// the suffix is taken whenever present (never backtracked), so «2-ро ночей» is not read as «2» + «-ро ночей»
const NUM = '(\\d{1,2})(?:-ро|-х|-ти|-ми)?(?![\\d-])';
const COMPANION =
  '(?:жен(?:ой|а)|муж(?:ем|а)?|супруг(?:ой|ом|а)?|подруг(?:ой|ами)|друг(?:ом|ими|ом)|коллег(?:ой|ами)|мам(?:ой|а)|пап(?:ой|а)|девушк(?:ой|а)|парн(?:ем)|братом|сестрой|бабушк(?:ой|а)|дедушк(?:ой|а)|партнер(?:ом|шей))';

const ADULTS_RE = new RegExp(`${NUM} (?:взросл\\S*|человек\\S* взросл|совершеннолет\\S*)`);
const KIDS_RE = new RegExp(`${NUM} (?:из них |из которых )?(?:маленьк\\S* |несовершеннолет\\S* )?${CHILD}`);
const NO_KIDS_RE = new RegExp(`${L}(?:без детей|детей нет|детей не будет|дети не|нет детей)`);
const CHILD_RE = new RegExp(CHILD);
const TOTAL_WE_RE = new RegExp(`${L}(?:нас|будет|будем|едем|едут|приедем)(?: (?:всего|всех|будет))? ${NUM}(?! ?(?:ноч|сут|дн|ден|недел|числ))`);
const TOTAL_FOR_RE = new RegExp(
  `${L}(?:на|для) ${NUM}(?! \\d)(?: (?:человек\\S*|персон\\S*|гост\\S*|взросл\\S*))?(?! ?(?:ноч|сут|дн|ден|недел|числ|декабр|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|-го|\\.\\d))`,
);
const TOTAL_PEOPLE_RE = new RegExp(`${NUM} (?:человек\\S*|персон\\S*|гост\\S*|чел)${R}`);
const WANTED_TOTAL_RE = new RegExp(`${L}(?:чтобы|чтоб) (?:нас )?(?:было|стало|был|были|жили) (?:нас )?(?:всего )?${NUM}`);
const MORE_PEOPLE_RE = new RegExp(`${L}(?:еще|плюс|добав\\S*(?: еще)?) ${NUM} ?(?:человек\\S*|гост\\S*|взросл\\S*|чел)${R}`);
// «люкс для генерального директора», «номер для мамы»: a room for one person named by who they are
const FOR_ONE_RE =
  /(?<![а-я])для (?:(?:нашего|нашей|моего|моей|одного|одной|\S+(?:ого|его|ой|ей)) )?(?:директора|гендиректора|руководителя|руководительницы|начальника|начальницы|шефа|сотрудника|сотрудницы|коллеги|гостя|гостьи|клиента|клиентки|партнера|менеджера|специалиста|спикера|лектора|артиста|мамы|папы|отца|матери|бабушки|дедушки|жены|мужа|брата|сестры|друга|подруги|тещи|свекрови)(?![а-я])/;
// «…на две ночи, я одна», «…в командировку, одна»: alone, said last
const ALONE_LAST_RE = /(?:^|[,;.]\s*|(?<![а-я])(?:я|буду|приеду|поеду|еду)\s+)(?:я\s+|буду\s+)?1(?:\s+(?:буду|приеду|поеду|еду|человек))?\s*[.!]?$/;
// «мне одной», «мне одному на три ночи» (a number word after it is read as «1»): the caller alone, said in the dative
// («мне один номер» counts a room, «мне одну ночь» a night)
const ALONE_SAID_OF_RE =
  /(?<![а-я])мне 1(?![\d-])(?! ?(?:ноч|сут|дн|ден|недел|числ|раз|номер|комнат|люкс|стандарт|комфорт|семейн|взросл|ребен|дет|из|человек|гост|чел))/;
const ALONE_RE = new RegExp(
  `${L}(?:только я|я сам|я сама|один я|одна я)${R}|${L}(?:я|буду) (?:один|одна|1)${R}|${L}(?:одному|одной|одного)(?: человек\\S*)?${R}`,
);
// «…на одну ночь одного», «стандарт одного на ночь», «для себя одной», «себе одному»: the caller alone said by the
// word itself in the genitive or dative, with no noun it counts after it (numberize makes it «1», losing that it names
// a person: read before it). Not «одного дня», «одной кроватью», «одного из», «ещё одного», «ни одного».
const ALONE_WORD_RE =
  /(?<![а-я])(?:(?:себя|себе) (?:одного|одной|одному)(?![а-я])|(?<!(?:еще|ни|кроме|для|на|из|у) )(?:одного|одной|одному)(?! (?:ноч|сут|дн|ден|недел|номер|комнат|кроват|спальн|ребен|дет|малыш|сын|доч|внук|из|раз|месяц|год|час|мест|этаж|числ|кот|кош|собак|пс|пес|щен|питом|животн|вид|окн|ванн|душ|завтрак|ужин|обед|порц|чемодан|сумк|багаж|машин|парков|такси|билет|документ|паспорт|друг|подруг|коллег|раскладушк|диван|кресл|звонк|вопрос|минут|сторон|размер|цвет|тип|класс|уров|корпус|здани|зал|секунд|дня|суток|человека? (?:из|с))))/;
// «для себя одного», «на одного»: «для»/«на» with the word are read as a count by TOTAL_FOR_RE (numberized)
const FOR_SELF_ALONE_RE = /(?<![а-я])для себя (?:одного|одной|самого|самой)(?![а-я])/;

// «для мамы, она приезжает одна», «брат едет один», «начальник будет сам»: the one the room is for, alone
// (a son or a daughter alone may be a minor: not read here)
const THIRD_ALONE_RE = new RegExp(
  `${L}(?:он|она|мам[аы]|пап[аы]|отец|мать|брат|сестра|бабушка|дедушка|тетя|дядя|муж|жена|свекровь|теща|подруга|друг|коллега|гость|гостья|директор|начальни(?:к|ца)|шеф|руководитель|сотрудни(?:к|ца))(?: \\S+){0,2} (?:1|сам|сама|одна-одинешенька)(?! ?(?:ноч|сут|дн|ден|недел|номер|комнат|-го))${R}`,
);
const COMPANION_RE = new RegExp(`${L}(?:я |мы )?(?:с|со) ${COMPANION}`);

/** The one the room is for comes alone, and the caller says of no party of their own («мы с мужем, а брат один»). */
function thirdAlone(t: string): boolean {
  return THIRD_ALONE_RE.test(t) && !COMPANION_RE.test(t) && !/(?<![а-я])(?:мы|нас|нами|со мной)(?![а-я])/.test(t);
}
// «я и муж», «я плюс один», «я с другом»
const AND_COMPANION_RE =
  /(?<![а-я])я (?:и|плюс|\+) (?:муж|жена|супруг|супруга|друг|подруга|коллега|мама|папа|брат|сестра|партнер|партнерша|девушка|парень|1|еще 1)(?![а-я])/;

// «с ребёнком», «буду с дочкой», «приеду с детьми»: the caller comes with children only
const ALONE_WITH_CHILD_RE = new RegExp(`^(?:(?:буду|приеду|еду|заеду|поеду)\\s)?(?:с|со) (?:\\d{1,2}(?:-мя|-ми|-умя)? )?(?:маленьк\\S* )?${CHILD}`);

// Words that say who is staying; a number said to another question without one of them is no count of guests
// («на двоих», «на одного» count people: «номер на двоих на выходные» keeps its party beside the weekend's nights).
const PEOPLE_RE =
  /(?<![а-я])(?:человек\S*|чел|взросл\S*|гост\S*|персон\S*|дет\S*|ребен\S*|малыш\S*|нас|мы|я|вдвоем|втроем|вчетвером|впятером|двое|трое|четверо|пятеро|шестеро|двоих|троих|четверых|пятерых|шестерых|один|одна|одного|одному|сам|сама|жен\S*|муж\S*|супруг\S*|сын\S*|доч\S*)(?![а-я])/;

// Words that say who the people are: adults, children, the caller alone, a companion.
const WHO_RE =
  /(?<![а-я])(?:взросл\S*|совершеннолет\S*|дет\S*|ребен\S*|малыш\S*|сын\S*|доч\S*|я|один|одна|сам|сама|жен\S*|муж\S*|супруг\S*|друг\S*|подруг\S*|коллег\S*|мам\S*|пап\S*|брат\S*|сестр\S*|бабушк\S*|дедушк\S*|партнер\S*|девушк\S*|парн\S*|директор\S*|сотрудни\S*)(?![а-я])/;

/**
 * «нас четверо», «двое», «на троих»: a party said only as a count, with nothing about who is in it. The count is
 * taken as adults (children under 3 do not count toward a room), and the assistant says so, so that the caller
 * can correct it (guests read from the same message by `extractGuests`).
 */
export function countOnly(text: string, guests: Guests): boolean {
  if (guests.adults === undefined || guests.adults < 2 || guests.children !== undefined) return false;
  return !WHO_RE.test(maskPhoneDigits(numberize(normalizeText(text))));
}

/** Does the message speak of people at all («нас двое», «на троих человек», «я с женой»)? */
export function speaksOfGuests(text: string): boolean {
  return PEOPLE_RE.test(normalizeText(text));
}

// adults who come along, in any case: «жена», «с мужем», «и подруга»
const ADULT_NOUN_RE =
  /(?<![а-я])(?:жен(?:а|ой|у|ы)|муж(?:ем|а|у)?|супруг(?:а|ой|ом|и|у)?|подруг(?:а|ой|и|у)|друг(?:ом|а)?|коллег(?:а|ой|и|у)|мам(?:а|ой|ы|у)|пап(?:а|ой|ы|у)|брат(?:ом|а)?|сестр(?:а|ой|ы|у)|бабушк(?:а|ой|и|у)|дедушк(?:а|ой|и|у)|тещ(?:а|ей|и|у)|тест(?:ь|ем|я)|свекров(?:ь|ью|и)|свекр(?:ом|а)?|зят(?:ь|ем|я)|невестк(?:а|ой|и|у)|партнер(?:ом|ша|шей|а)?|девушк(?:а|ой|и)|парн(?:ем|я)|парень)(?![а-я])/g;

// «взрослых двое», «детей трое», «ребёнок один»
const ADULTS_AFTER_RE = new RegExp(`(?<![а-я])взросл\\S* (?:будет |нас )?${NUM}`);
const KIDS_AFTER_RE = new RegExp(`(?<![а-я])(?:детей|ребен(?:ок|ка)|детишек) (?:будет |у нас )?${NUM}(?! ?(?:лет|год|месяц))`);

// the caller counts themself: «я», «мы с …», «для мамы и меня», «со мной»
const SPEAKER_RE = /(?<![а-я])(?:я|мы|меня|мне|мной|нас|нами)(?![а-я])/;
const SPEAKER_TOO_RE = /(?<![а-я])(?:и (?:для )?меня|и я|я и|я с|я тоже|мы|мной|нас|нами)(?![а-я])/;

/**
 * «мы с женой и тёщей», «для мамы и меня», «я и дочь, ей двадцать пять»: with no number said, the party counted from
 * the people named — the caller, each adult named, each son or daughter said to be grown up. Null when nobody is.
 */
function namedParty(t: string): { adults: number; grown: number } | null {
  // «родители» are two
  // («мама» said again — «номер для мамы …, мама — Иванова Анна» — is the same person: a relation counts once)
  const relations = new Set((t.match(ADULT_NOUN_RE) ?? []).map((w) => w.replace(/(?:ой|ей|ем|ом|ью|а|у|ы|и|ь|я)$/, '')));
  const named = relations.size + 2 * (t.match(/(?<![а-я])(?<!без )родител(?:и|ей|ям|ями|ях)(?![а-я])/g)?.length ?? 0);
  const grown = [...t.matchAll(OFFSPRING_RE)].filter((m) => grownUp(t.slice(m.index))).length;
  if (named + grown === 0) return null;
  // «меня зовут Андрей, номер для мамы»: the caller's introduction does not count the caller in
  // «я хочу номер для мамы»: who asks for a room for someone else is not counted in unless they say so («и меня»)
  const own = t.replace(/(?<![а-я])меня (?:зовут|звать)(?![а-я])/g, ' ');
  const speaks = FOR_ONE_RE.test(t) ? SPEAKER_TOO_RE.test(own) : SPEAKER_RE.test(own);
  return { adults: (speaks || COMPANION_RE.test(t) ? 1 : 0) + named + grown, grown };
}

// Words around a party's number that say nothing more: «одна я буду», «нас двое будет», «ну всего трое будем».
const PARTY_WORDS = new Set(
  'я мы нас нам буду будем будет приеду приедем приедут едем еду поеду поедем заедем заселимся всего только вот ну так получается наверное надо нужно чтобы было стало человек человека людей гостей персоны персон взрослых взрослый'.split(
    ' ',
  ),
);

// «я и кот, ну человек один»: a pet beside the party is no person (the pet itself is read by the pet reader), and
// the words that join it to the party say nothing about the count.
const LINK_WORDS = new Set(['и', 'а', 'да', 'плюс', 'еще', 'с', 'со']);
const PET_WORD = new RegExp(`^${PET_NOUN}$`);

/** «два кота»: a number said of the pets counts the pets, not the people. */
function countsPets(t: string): boolean {
  const words = t.replace(/[,.!?]/g, ' ').split(/\s+/);
  return words.some((w, i) => /^\d{1,2}(?:-ро|-х)?$/.test(w) && PET_WORD.test(words[i + 1] ?? ''));
}

/** One number and nothing but party words around it, in any order («1 я буду», «нас 2-ро будет»). */
function partyNumber(t: string): [string, string] | null {
  const words = t
    .replace(/[,.!?]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !PARTY_WORDS.has(w) && !LINK_WORDS.has(w) && !PET_WORD.test(w));
  const n = words.length === 1 ? /^(\d{1,2})(?:-ро)?$/.exec(words[0]!) : null;
  return n ? [n[0], n[1]!] : null;
}

/** «дочь с нами, ей двадцать пять»: how many sons or daughters named are grown up (counted as adults). */
export function grownOffspring(text: string): number {
  const t = maskPhoneDigits(numberize(normalizeText(text)));
  if (ADULTS_RE.test(t) || ADULTS_AFTER_RE.test(t)) return 0;
  return [...t.matchAll(OFFSPRING_RE)].filter((m) => grownUp(t.slice(m.index))).length;
}

/**
 * «нас будет четверо», «чтобы было пятеро»: the whole party said as one number with nobody named, or null. Said
 * after the children were counted, it is everyone, children included.
 */
export function partyTotal(text: string): number | null {
  const t = maskPhoneDigits(numberize(normalizeText(text)));
  if (CHILD_RE.test(t) || ADULTS_RE.test(t) || ADULTS_AFTER_RE.test(t) || MORE_PEOPLE_RE.test(t)) return null;
  const m = WANTED_TOTAL_RE.exec(t) ?? TOTAL_WE_RE.exec(t) ?? TOTAL_PEOPLE_RE.exec(t) ?? /(\d{1,2})-ро(?! ?(?:ноч|сут|дн|ден|недел))/.exec(t);
  return m ? Number(m[1]) : null;
}

// «ребёнок до трёх лет считается гостем?», «дети младше пяти бесплатно?»: a child named in the nominative with an
// age limit is a kind of guest asked about (a rule), not a child coming («с ребёнком до трёх лет» is one)
// at the start of what is said (its subject); «двое взрослых и ребёнок до трёх лет» names one coming
const CHILD_CATEGORY_RE =
  /^((?:(?:а|ну|вот|скажите|подскажите|алло|здравствуйте|еще|и)[ ,]+)*)(?:ребенок|дети|малыш|малыши|детки)(?: \S+)? (?:до|младше|старше|от|после) \d{1,2}(?:-х|-ти|-ми)?(?: (?:лет|года?|годиков))?(?![а-я\d])/;

/** The children's count read by KIDS_RE, unless the noun after the number does not agree with it. */
function counted(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return null;
  const n = Number(m[1]);
  return n % 10 !== 1 || n % 100 === 11 ? (SINGULAR_CHILD.test(m[0]) ? null : m) : m;
}

// People of the caller's story who do not stay: those visited or met («к сыну еду», «у дочки свадьба», «от мамы»)
// and those who did something for the call («сын мне дал ваш номер», «жена посоветовала»: a relative in the
// nominative with a past verb, not joined to the caller by «с», «и»).
const RELATIVE = `(?:сын\\S*|доч\\S*|внук\\S*|внучк\\S*|мам\\S*|пап\\S*|мать|матери|отц\\S*|отец|бабушк\\S*|дедушк\\S*|брат\\S*|сестр\\S*|друз\\S*|друг\\S*|подруг\\S*|родител\\S*|родн\\S*|тет\\S*|дяд\\S*|муж\\S*|жен\\S*|коллег\\S*)`;
const VISITED_RE = new RegExp(
  `${L}(?:к|ко|у|от)(?: (?:моему|моей|моим|моих|своему|своей|своим|своих|нашему|нашей|нашим|наших|старшему|старшей|младшему|младшей|моего|своего|нашего))? ${RELATIVE}(?![а-я])`,
  'g',
);
const ACTOR_RE = new RegExp(
  `(^|[^а-я](?<!(?<![а-я])(?:с|со|и|плюс|еще|я|мы) ))${RELATIVE}(?: (?:мне|нам|ваш\\S*|вас|этот|телефон|номер))* [а-я]+(?:л|ла|ли|лся|лась)(?![а-я])`,
  'g',
);

/** The text without the people of the caller's story who do not stay (VISITED_RE, ACTOR_RE). */
function withoutStoryPeople(t: string): string {
  return t.replace(VISITED_RE, ' ').replace(ACTOR_RE, '$1 ');
}

/** Reads adults, children and children's ages; `requested` = the slot being asked ("adults") lets a bare number count. */
export function extractGuests(text: string, requested?: string | null): Guests {
  const g = correctedParty(text, requested) ?? readGuests(text, requested);
  delete g.total;
  return g;
}

/**
 * «на двоих, ой нет, на троих», «двое взрослых и ребёнок, хотя нет, двое детей»: the party said again after a
 * self-correction replaces what it says again (the later number wins, as it does for dates); null when the part
 * after the marker says nothing of the party.
 */
function correctedParty(text: string, requested?: string | null): Guests | null {
  const split = splitAtCorrection(normalizeText(text));
  if (!split) return null;
  const after = correctedParty(split.after) ?? readGuests(split.after);
  if (after.adults === undefined && after.children === undefined) return null;
  const g = readGuests(split.before, requested);
  if (after.children !== undefined) {
    if (after.children_ages) g.children_ages = after.children_ages;
    else if ((g.children_ages?.length ?? 0) !== after.children) delete g.children_ages;
    g.children = after.children;
  }
  if (after.adults !== undefined) {
    // «двое взрослых и двое детей, ой нет, нас пятеро»: a new total still counts the children said before it
    const kids = g.children ?? 0;
    const totalOnly = after.total !== undefined && after.children === undefined && after.adults === after.total;
    g.adults = totalOnly && kids > 0 && after.adults > kids ? after.adults - kids : after.adults;
  }
  if (after.more !== undefined) g.more = after.more;
  return g;
}

function readGuests(text: string, requested?: string | null): Guests {
  // «одному три, другому пять»: «одному» names a child here, it is no number
  const said = normalizeText(text)
    .replace(/(?<![а-я])одному(?=.*(?<![а-я])другому(?![а-я]))/, 'ребенку')
    // «Алло, девушка, здравствуйте»: the person spoken to, set off by commas, is no guest
    .replace(/(^|[,.!?]|алло|здравствуйте) *(?:девушка|молодой человек|мужчина|женщина) *(?=[,.!?]|$)/g, '$1')
    // (a recogniser writes no commas: the person spoken to opens the message, «так девушка давайте …», and is not
    // joined to the party by «и», «с», «плюс»: «девушка и я» would be two)
    .replace(
      /^((?:(?:так|ну|алло|але|слушайте|здравствуйте|добрый день|да)\s+)*)(?:девушка|молодой человек|барышня)(?!\s+(?:и|с|со|плюс)(?![а-я]))(?![а-я])/,
      '$1',
    );
  const t = withoutStoryPeople(maskPhoneDigits(numberize(said)).replace(CHILD_CATEGORY_RE, '$1 '));
  const g: Guests = {};
  const first = (re: RegExp): RegExpExecArray | null => re.exec(t);
  const adults = first(ADULTS_RE);
  const adultsAfter = first(ADULTS_AFTER_RE);
  if (adults) g.adults = Number(adults[1]);
  else if (adultsAfter) g.adults = Number(adultsAfter[1]);
  const kids = counted(first(KIDS_RE));
  const oneKid = first(ONE_KID_RE);
  const noKids = first(NO_KIDS_RE);
  const kidsAfter = first(KIDS_AFTER_RE);
  if (kids) g.children = Number(kids[1]);
  else if (kidsAfter) g.children = Number(kidsAfter[1]);
  else if (noKids) g.children = 0;
  else if (oneKid) g.children = grownUp(t.slice(oneKid.index)) ? 0 : 1;
  // the children's ages, after the children are mentioned
  const childAt = t.search(CHILD_RE);
  const agesAsked = requested === 'children_ages';
  if (childAt >= 0 || agesAsked) {
    const a = ages(agesAsked ? t : t.slice(childAt > 12 ? childAt - 12 : 0), agesAsked);
    if (a.length) {
      g.children_ages = a;
      if (g.children === undefined || g.children < a.length) g.children = a.length;
    }
  }
  // «нужно, чтобы было трое», «всего будет четверо»: the count wanted, whatever else is said around it
  const wanted = first(WANTED_TOTAL_RE);
  // «к нам ещё один человек едет»: people added to a party already counted, no count of it
  const added = first(MORE_PEOPLE_RE);
  if (added) g.more = Number(added[1]);
  const total =
    wanted ??
    (added ? null : first(TOTAL_WE_RE)) ??
    first(TOTAL_FOR_RE) ??
    (added ? null : (first(TOTAL_PEOPLE_RE) ?? first(/(\d{1,2})-ро(?! ?(?:ноч|сут|дн|ден|недел|дет|ребят|малыш|взросл|из них))/)));
  if (total) g.total = Number(total[1]);
  // («для мамы и меня» is two)
  const forOne = FOR_ONE_RE.test(t) && (namedParty(t)?.adults ?? 0) <= 1;
  const aloneWord = ALONE_WORD_RE.test(withoutStoryPeople(said)) || FOR_SELF_ALONE_RE.test(said);
  if (
    (ALONE_RE.test(t) || ALONE_LAST_RE.test(t) || ALONE_SAID_OF_RE.test(t) || aloneWord || forOne || thirdAlone(t)) &&
    g.total === undefined &&
    g.children === undefined
  )
    g.total = 1;
  // «двое взрослых и сын, ему двадцать»: a grown son or daughter named besides the adults counted
  if ((adults || adultsAfter) && !kids && !kidsAfter && g.adults !== undefined) {
    const grown = namedParty(t)?.grown ?? 0;
    g.adults += grown;
  }
  // «я, жена и сын», «мы с женой и тёщей», «я с дочкой, она взрослая»: the caller plus each adult named
  const party = g.adults === undefined && g.total === undefined && !kids && !kidsAfter ? namedParty(t) : null;
  if (party && party.adults > 1) {
    g.adults = party.adults;
    if (party.grown > 0 && g.children !== undefined) g.children = Math.max(0, g.children - (oneKid && grownUp(t.slice(oneKid.index)) ? 0 : party.grown));
  }
  const companion = first(COMPANION_RE);
  if ((companion || AND_COMPANION_RE.test(t)) && g.adults === undefined && g.total === undefined) g.adults = 2;
  if (g.adults === undefined && g.total !== undefined) {
    // «нас четверо, двое детей»: the total includes the children
    const kidsIn = g.children ?? 0;
    // but «нас двое и ребёнок» adds the child to the two
    const after = total ? t.slice((total.index ?? 0) + total[0].length) : '';
    // («нас трое с пятого по седьмое»: a date after «с» adds nobody)
    const added = /^[ ,]*(?:и|плюс|\+|с(?! \d)|со(?! \d)|еще) /.test(after);
    // and so does «…малыш восьми месяцев, и нас двое»: the grown-ups said after the children, joined to them («всего»
    // counts everyone)
    const at = total?.index ?? 0;
    const childAt = t.search(CHILD_RE);
    const besides =
      childAt >= 0 && childAt < at && /(?:^|[\s,])(?:и|а|плюс)(?: (?:мы|нас|сами|самих))?\s*$/.test(t.slice(0, at)) && !/всего|всех/.test(total?.[0] ?? '');
    g.adults = kidsIn > 0 && g.total > kidsIn && !added && !besides ? g.total - kidsIn : g.total;
  }
  // «я с сыном», and «с ребёнком трёх лет» said to «сколько гостей?»: the caller and the child
  if (
    g.adults === undefined &&
    g.children !== undefined &&
    (/(?:^|\s)я (?:с|со|и|плюс) /.test(t) || (ALONE_WITH_CHILD_RE.test(t) && !/(?<![а-я])(?:мы|нас)(?![а-я])/.test(t)))
  )
    g.adults = 1;
  // «для папы с внуком восьми лет», «дедушка с двумя внуками»: the grown-ups named beside the children
  if (g.adults === undefined && (g.children ?? 0) > 0) {
    const named = namedParty(t);
    if (named && named.adults > 0) g.adults = named.adults;
  }
  if (g.adults === undefined && (requested === 'adults' || requested === 'guests')) {
    const bare = countsPets(t) ? null : (/^(?:\S+ )?(\d{1,2})(?:-ро)?(?: \S+)?$/.exec(t) ?? partyNumber(t));
    if (bare) g.adults = Number(bare[1]);
  }
  if (requested === 'children' && g.children === undefined) {
    const bare = /^(?:\S+ )?(\d{1,2})(?: \S+)?$/.exec(t);
    if (bare) g.children = Number(bare[1]);
    else if (/^(?:нет|нету|никого|ноль|0)(?:[ ,]|$)/.test(t)) g.children = 0;
  }
  return g;
}
