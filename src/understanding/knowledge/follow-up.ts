// «а в субботу?» after the breakfast hours, «а в семейный?» after the pet rule, «а в выходные?» after a room's price:
// a short follow-up that changes one element of the question just asked (the day, the room, the party) and names no
// topic of its own is that question again with the new element. It is read after the caller's previous message, with
// a room named there replaced by the one said now.
import { numberize } from '../lang-ru/numbers.ts';
import { correctionAsFollowUp } from '../lang-ru/said-again.ts';
import { normalizeText } from '../lang-ru/text.ts';

// «а …», «и …», «ну а …»: how a follow-up opens; longer messages are questions of their own
const OPENS = /^(?:ну\s+)?(?:а|и)\s/;
// «в выходные тоже с семи?»: «тоже» ties a message to the question before as well as a leading «а» does
const ALSO = /(?<![а-я])тоже(?![а-я])/;
const MAX_WORDS = 7;

// what a follow-up may change: the day, the time of day, the party, a number — besides a room (`names`); the
// party said bare after a price («а если нас будет трое», «а мы вчетвером?») is the price asked again for it
// (numberize writes «трое», «вчетвером» as «3-ро», «4-ро»)
const ELEMENT =
  /^(?:январ\S*|феврал\S*|март\S*|апрел\S*|ма[йяе]|июн\S*|июл\S*|август\S*|сентябр\S*|октябр\S*|ноябр\S*|декабр\S*|понедельник\S*|вторник\S*|сред[ауы]|четверг\S*|пятниц\S*|суббот\S*|воскресень\S*|выходн\S*|будн\S*|будний|сегодня|завтра|послезавтра|утром|вечером|ночью|днем|двоих|троих|четверых|пятерых|вдвоем|втроем|вчетвером|впятером|одного|одному|\d+(?:-[а-я]+)?|взросл\S*|человек\S*|двое|трое|четверо|пятеро|шестеро|нас|мы|будем|поедем|приедем|ребен\S*|ребён\S*|детьми|дет[иья]\S*|дет(?:ей|ям|ок|ки)|детишк\S*|малыш\S*)$/;
// the words that ask again what was asked before («а по будням сколько?», «а там можно?»)
const GLUE = new Set(
  // «номер» beside a room's name («а в семейный номер?») is part of the name, no topic of its own
  // «на те же даты», «на эти же числа»: the dates asked before, kept
  // «а в субботу до скольки он?», «а в выходные она когда открывается?»: the hours asked again, of the thing just named;
  // «а в люкс с ним пустите?»: the permission asked again, for the pet just named
  'а и ну в во на по с со к ко до для за тоже там тогда это же ли если как а-то сколько скольки когда стоит стоить почем почём цена будет есть можно нужно надо номер номере номера номерок те эти тот этот самые даты дни числа он она оно они его её ее их него неё нее ней нем нём ним ними нею работает работают открыт открыта открыто открывается закрывается начинается заканчивается пустите пускаете пустят примете принимаете разрешите разрешается разрешено'.split(
    ' ',
  ),
);

/**
 * Is this message shaped as a follow-up that changes one element («а в субботу?», «и в люкс тоже?», «а на
 * двоих?»)? `names` says whether a word names a room.
 */
export function isElliptic(said: string, names: (word: string) => boolean = () => false): boolean {
  // «ой нет, не с десятого, а с двенадцатого»: a value said again is a follow-up too (lang-ru/said-again.ts)
  const question = correctionAsFollowUp(said) ?? said;
  // numbers said as words («с семи») are numbers like the digits
  const t = numberize(normalizeText(question))
    .replace(/[?!.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = t.split(' ');
  if ((!OPENS.test(`${t} `) && !ALSO.test(t)) || words.length > MAX_WORDS + 1) return false;
  // «а билеты в эрмитаж продаёте» brings a request of its own
  return words.every((w) => GLUE.has(w) || ELEMENT.test(w) || names(w));
}

// The elements a follow-up changes, as spans of the numberized text: a day or a stay («во вторник», «с 5-го по 7-го
// декабря», «на выходные»), a party («на 2-ро», «для 4 человек»). Said again, an element replaces the one said before:
// «а в среду?» after a Tuesday's price is Wednesday's price, not a stay from Tuesday to Wednesday.
const DAY_WORD = '(?:понедельник\\S*|вторник\\S*|сред[ауы]|четверг\\S*|пятниц\\S*|суббот\\S*|воскресень\\S*|выходн\\S*|будн\\S*|сегодня|завтра|послезавтра)';
const MONTH = '(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\S*';
const DATE = `(?:\\d{1,2}-го(?: ${MONTH})?|\\d{1,2} ${MONTH}|${DAY_WORD})`;
const PREP = '(?:(?:в|во|на|по|с|со|до|к|ко|за) )?';
const ELEMENT_SPANS: RegExp[] = [
  new RegExp(`(?<![а-я0-9-])${PREP}${DATE}(?: (?:по|до|-) ${DATE})?(?![а-я0-9-])`),
  // «на 2-ро», «для 4 человек», and a bare number for someone («а на одного?», numberized «на 1»), not nights or a day
  new RegExp(
    `(?<![а-я0-9-])(?:(?:(?:на|для|нас|с) )?(?:\\d{1,2}-ро|\\d{1,2} (?:человек\\S*|взросл\\S*|гост\\S*))|(?:на|для) \\d{1,2}(?![\\d-])(?! (?:ноч|сут|дн|ден|час|числ|${MONTH})))(?![а-я0-9-])`,
  ),
];

/** The question before with the element said now in place of the one of its kind, or null when it has none. */
function withElementReplaced(previous: string, question: string): string | null {
  const before = numberize(normalizeText(previous)).replace(/[?!.]+$/, '');
  const now = numberize(normalizeText(question));
  for (const span of ELEMENT_SPANS) {
    const said = span.exec(now)?.[0];
    const was = span.exec(before)?.[0];
    if (!said || was === undefined) continue;
    // «а с шестого по восьмое» after «… с третьего по пятое января»: the days said now keep the month said before
    const month = new RegExp(`${MONTH}$`).exec(was)?.[0];
    const monthKept = month && /\d-го$/.test(said) && !new RegExp(MONTH).test(said) ? `${said} ${month}` : said;
    return before.replace(span, monthKept);
  }
  return null;
}

// «для детей», «для ребёнка», «детям»: whom a service or a price is for — a qualifier of the question before, unlike
// «с детьми можно?», which asks a rule of its own
const BENEFICIARY = /(?<![а-я])(?:(?:для|на) (?:реб[её]н\S*|дет(?:ей|ишек|ок)|малыш\S*|младенц\S*|подрост\S*)|детям|детишкам|реб[её]нку|малышу)(?![а-я])/g;

/** The question without whom it is for («сколько стоит завтрак для ребёнка» → «сколько стоит завтрак»). */
export function withoutBeneficiary(question: string): string {
  return normalizeText(question).replace(BENEFICIARY, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The question the caller asked last, read whole: a follow-up before this one («а в среду?», or «а во сколько он?»
 * that asked nothing by itself) is read with the question it followed, so «завтрак есть?» — «а во сколько он?» —
 * «а в выходные?» keeps to breakfast.
 */
function askedBefore(
  history: readonly string[],
  ownTopic: (text: string) => boolean,
  answerable: (text: string) => boolean,
  names: (word: string) => boolean,
): string | undefined {
  const last = history.at(-1);
  if (!last) return undefined;
  const earlier = history.slice(0, -1);
  // «а в среду?» then «а на троих?»: the follow-up before is read whole first
  if (isElliptic(last, names)) {
    const whole = completedQuestion(last, earlier, ownTopic, answerable, names);
    if (whole) return whole;
  }
  // «а во сколько он?»: short, opening as a follow-up, asking nothing the hotel answers by itself
  const t = normalizeText(last)
    .replace(/[?!.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const short = OPENS.test(`${t} `) && t.split(' ').length <= MAX_WORDS;
  if (short && !answerable(last) && earlier.length) {
    const before = askedBefore(earlier, ownTopic, answerable, names);
    if (before && answerable(before)) return `${before.trim().replace(/[?!.]+$/, '')} ${last.trim()}`;
  }
  return last;
}

/**
 * The follow-up read with the question before it, or null when it is no follow-up: `ownTopic` says whether a text
 * asks about something by itself, `answerable` whether the previous message asked something the hotel answers.
 */
export function completedQuestion(
  said: string,
  history: readonly string[],
  ownTopic: (text: string) => boolean,
  answerable: (text: string) => boolean,
  names: (word: string) => boolean = () => false,
): string | null {
  const question = correctionAsFollowUp(said) ?? said;
  const previous = askedBefore(history, ownTopic, answerable, names);
  // «а для детей?» after «завтрак входит в цену?»: whom it is for qualifies the question before, it is no topic
  const rest = withoutBeneficiary(question);
  const own = rest === normalizeText(question) ? ownTopic(question) : rest.split(' ').some((w) => w && !GLUE.has(w)) && ownTopic(rest);
  if (!previous || !isElliptic(question, names) || own || !answerable(previous)) return null;
  // «а люкс?» after «сколько стоит стандарт?»: the room said now replaces the one said before
  const replaced = question.split(/\s+/).some(names)
    ? previous
        .split(/\s+/)
        .filter((w) => !names(w))
        .join(' ')
    : previous;
  // the question before with the element said now in its place, or followed by it: «расскажите про семейный … а по
  // будням сколько»
  return withElementReplaced(replaced, question) ?? `${replaced.trim().replace(/[?!.]+$/, '')} ${question.trim()}`;
}

// A short question about the topic just discussed: «а какой штраф?» after smoking, «её заранее бронировать?» after
// parking, «а она платная?» after the cot. The topic is the fact the previous question found; these are read against it
// rather than by their own keywords, which belong to other facts as well («штраф» to cancellations, «платить» to the
// ways to pay).

/** A hit of the fact search, as far as a follow-up is concerned. */
export interface TopicHit {
  fact: { id: string };
  score: number;
  /** A word of the question names what the fact is about (search.ts). */
  named?: boolean;
}

// a pronoun standing for the thing just talked about («а за неё платить?», «а она где?», «это заранее надо?»)
const POINTS_BACK = /(?<![а-я])(?:это|он|она|оно|они|е[её]|его|их|н(?:е[её]|его|ей|ему|им|их|ем))(?![а-я])/;
const TOPIC_WORDS = 6;
// words that ask, point or join, and say nothing of what is asked about («а её нужно …», «какой там …»)
const ASKING_WORDS = new Set(
  'а и но ну на за в во с со до по у к о об это этот эта он она оно они ее её его их нее неё него ней нему ним них нем нём какой какая какое какие каков какова сколько можно нужно нужна нужен нужны надо ли есть будет там тут тоже тогда еще ещё как где когда вообще вот же то'.split(
    ' ',
  ),
);

/** The words of a question that may name what it is about («а её нужно бронировать заранее» → «бронировать заранее»). */
export function topicalWords(question: string): string {
  return normalizeText(question)
    .replace(/[?!.,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !ASKING_WORDS.has(w))
    .join(' ');
}
// the question's own words meet the topic before this strongly, against the best fact they meet by themselves
const SHARE = 0.4;

/**
 * Does a short question follow up on the topic found for the previous one (`before`)? It opens with «а»/«и», points
 * back with a pronoun, or is a few words, and: it finds nothing of its own («а какой вес можно?» after the pets rule),
 * or its own words meet that topic too («а какой штраф?» after smoking), or a pronoun stands for it and read with the
 * question before it is that topic still (`together`). A question naming a topic the one before does not meet («а
 * парковка есть?» after smoking) is a question of its own.
 */
export function followsTopic(question: string, own: readonly TopicHit[], before: TopicHit, together: TopicHit | undefined): boolean {
  // `own`: the facts found for the question's topical words alone (topicalWords)
  const t = normalizeText(question)
    .replace(/[?!.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = t.split(' ').filter(Boolean);
  const pronoun = POINTS_BACK.test(t);
  if (words.length > TOPIC_WORDS || (!OPENS.test(`${t} `) && !pronoun && words.length > 3)) return false;
  const top = own[0];
  if (!top || top.fact.id === before.fact.id) return true;
  const met = own.find((h) => h.fact.id === before.fact.id);
  // (unless both are named and the question's own fact is met better: «а если попозже выехать, это платно?» after the
  // check-out hour names the late check-out, «а предоплату вносить?» after the ways to pay names the prepayment)
  if (met && met.score >= top.score * SHARE && !(top.named === true && met.named === true)) return true;
  return pronoun && together?.fact.id === before.fact.id;
}
