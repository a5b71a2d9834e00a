// What the caller has already heard in this conversation is not said to them again (issue 13). A hotel fact is
// often said whole once («Ресторан работает с 12:00 до 23:00, обслуживание в номерах до 23:00.») and then asked
// about in part («а в номер еду заказать можно?», «сколько это стоит?»): the answer found is the same fact, and
// read out again it repeats the caller's last minutes word for word. So an answer is compared with everything the
// assistant said before, clause by clause, and
// - a sentence of it the caller heard before is left out when the answer has something new besides;
// - an answer heard before as a whole is said again only in the part the question asks for (the price clause for
//   «сколько стоит», the hours for «до скольки», else the clause that shares a word with the question): briefly,
//   the answer first, as a receptionist says a figure again. No «как я говорила» before it: to a Russian ear that
//   tells the caller they were not listening.
// Pure: the action passes the conversation's earlier replies.
import { asksPeople, asksPrice, asksTime } from './question-kind.ts';

// «до 4 человек», «до 3 пассажиров»: how many a service takes
const PEOPLE_CLAUSE = /до \d+ (?:пассажир|человек|гост)/;

const WORD = /[\p{L}\p{N}]+/gu;
const PRICE_CLAUSE = /\d[\d\s\u00a0]*\s*(?:рубл|₽|%)/i;
const FREE_CLAUSE = /бесплатн/i;
const TIME_CLAUSE = /\d{1,2}:\d{2}|круглосуточн/i;
const YES_NO_LEAD = /^(Да|Нет),\s+/;
// words of a question that say nothing about which part of a fact it asks («а … можно?»)
const FUNCTION_WORDS = new Set(
  'а и в во на с со к по до от за у о об из для не ли же бы то это там тут вы вас вам у нас мне меня я мы можно есть ли как какой какая какие где когда сколько скажите подскажите пожалуйста тоже ещё еще'.split(
    ' ',
  ),
);

const wordsOf = (text: string): string[] => text.toLowerCase().replace(/ё/g, 'е').match(WORD) ?? [];
// a word's stem for matching a question to a clause: «номер» / «номерах», «заказать» / «заказ»
const stem = (word: string): string => (word.length > 5 ? word.slice(0, 5) : word);

function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The clauses of a sentence: the parts between commas, colons and semicolons, without the final stop. */
function clausesOf(sentence: string): string[] {
  return sentence
    .replace(/[.!?]+$/, '')
    .split(/[,;:]\s+/)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** Whether every word of a clause was said in one sentence the caller heard. */
function heardIn(clause: string, heard: Set<string>[]): boolean {
  const words = wordsOf(clause);
  return words.length > 0 && heard.some((said) => words.every((w) => said.has(w)));
}

/** The clauses of a sentence heard before that the question asks for; empty when it asks for none in particular. */
function askedPart(clauses: string[], question: string): string[] {
  // every figure asked: the price, the hours, how many it takes («до скольки она и сколько человек туда можно»)
  const wanted: string[] = [];
  if (asksPrice(question)) {
    const priced = clauses.filter((c) => PRICE_CLAUSE.test(c));
    wanted.push(...(priced.length ? priced : clauses.filter((c) => FREE_CLAUSE.test(c))));
  }
  if (asksTime(question)) wanted.push(...clauses.filter((c) => TIME_CLAUSE.test(c)));
  if (asksPeople(question)) wanted.push(...clauses.filter((c) => PEOPLE_CLAUSE.test(c)));
  if (asksPrice(question) || asksTime(question)) return clauses.filter((c) => wanted.includes(c));
  const asked = new Set(
    wordsOf(question)
      .filter((w) => !FUNCTION_WORDS.has(w))
      .map(stem),
  );
  // a word every clause has names the subject («сауна»), not the part asked about
  const stems = clauses.map((c) => new Set(wordsOf(c).map(stem)));
  const everywhere = new Set([...(stems[0] ?? [])].filter((w) => stems.every((set) => set.has(w))));
  const named = clauses.filter((c) => wordsOf(c).some((w) => asked.has(stem(w)) && !everywhere.has(stem(w))));
  // the first clause names what the fact is about («курение в номерах запрещено»); a question that names it and
  // another part too («а какой штраф за курение?») asks for that other part
  return named.length > 1 && named[0] === clauses[0] ? named.slice(1) : named;
}

// «Ресторан» → «ресторан» inside the sentence; «СБП», «Wi-Fi», ««Мир»» keep their capitals
const lowerFirst = (text: string): string => (/^[А-ЯЁ][а-яё]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

// who a price covers («за машину до 3 пассажиров», «за компанию до 4 человек»): said with the price the first time,
// left out when the price is said again, so that the reminder is the figure and what it is counted in
const PRICE_COVERS = /\s+за\s+[а-яё]+\s+до\s+\d+\s+[а-яё]+$/i;
// «Сауна — » before a price
const PRICED_THING = /^[^—]+\s—\s(?=\d)/;

/**
 * The hours asked again about what the question itself names: the hours first, without the words the caller has just
 * said («до какого времени можно отменить бесплатно?» → «До 14:00 за сутки до заезда.»), as a receptionist answers.
 */
function fromTheHour(clause: string, question: string): string {
  const m = /^(.*?)\s((?:с|со|до|от|после|к)\s+\d{1,2}:\d{2}.*)$/i.exec(clause);
  if (!m) return clause;
  const asked = new Set(wordsOf(question).map(stem));
  const named = wordsOf(m[1]!).filter((w) => !FUNCTION_WORDS.has(w));
  return named.length > 0 && named.every((w) => asked.has(stem(w))) ? m[2]! : clause;
}

/** An answer the caller heard before, said again briefly: the «да»/«нет» first, then the part the question asks for. */
function reminder(sentences: string[], question: string): string {
  const lead = YES_NO_LEAD.exec(sentences[0]!)?.[0] ?? '';
  const clauses = sentences.map((s, i) => clausesOf(i === 0 ? s.slice(lead.length) : s));
  let part = askedPart(clauses.flat(), question).map((c) =>
    PRICE_CLAUSE.test(c) && !asksPeople(question) ? c.replace(PRICE_COVERS, '') : asksTime(question) ? fromTheHour(c, question) : c,
  );
  // one price asked again: the figure alone («Подземный паркинг — 900 рублей в сутки» → «900 рублей в сутки»); what it
  // is the price of was said with it and is what the caller asks about. Two prices keep what each is for.
  if (asksPrice(question) && part.length === 1) part = part.map((c) => c.replace(PRICED_THING, ''));
  // nothing in particular asked: the first sentence holds the answer, the rest was said with it
  const said = (part.length ? part : clauses[0]!).join(', ');
  return lead ? `${lead}${lowerFirst(said)}.` : `${upperFirst(said)}.`;
}

/**
 * The answer as the caller should hear it after what the assistant has already said in this conversation (`said`:
 * its earlier replies, oldest first): sentences heard before dropped when something new remains, otherwise the
 * part asked for as a reminder. An answer with nothing heard before is returned as it is.
 */
export function withoutHeard(answer: string, said: readonly string[], question: string): string {
  // a clause is heard when one earlier sentence or one earlier reply holds all its words: a fact said as two
  // sentences («Сауна работает … Это стоит 2500 рублей в час.») is still heard when recalled as one
  const heard = [...said.flatMap(splitSentences), ...said].map((s) => new Set(wordsOf(s)));
  if (heard.length === 0) return answer;
  const sentences = splitSentences(answer);
  const isHeard = (s: string) => {
    const clauses = clausesOf(s.replace(YES_NO_LEAD, ''));
    return clauses.length > 0 && clauses.every((c) => heardIn(c, heard));
  };
  const fresh = sentences.filter((s) => !isHeard(s));
  if (fresh.length === sentences.length) return answer;
  if (fresh.length > 0) {
    // a «Да,»/«Нет,» that began a dropped first sentence still answers the question
    const lead = YES_NO_LEAD.exec(sentences[0]!)?.[1];
    const first = fresh[0]!;
    const keepsLead = !lead || fresh[0] === sentences[0] || YES_NO_LEAD.test(first);
    return [keepsLead ? first : `${lead}, ${lowerFirst(first)}`, ...fresh.slice(1)].join(' ');
  }
  return reminder(sentences, question);
}

// a stay as the answers say it: «с 15 по 17 декабря», «с 30 декабря по 2 января»
const STAY = /(?<![\p{L}\d])с \d{1,2}(?: [а-яё]+)? по \d{1,2} [а-яё]+(?: \d{4} года)?/giu;

/**
 * A price or free rooms for the stay the assistant has just named (`lastReply`: its reply before the question) say the
 * rooms and the figures, not the dates again («а люкс на эти даты?» → «Номер «Люкс» на двоих — 32 000 рублей …»).
 * Dates that differ from those just said are kept: they are news.
 */
export function withoutStayHeard(answer: string, lastReply: string): string {
  const heard = lastReply.toLowerCase();
  let dropped = false;
  const out = answer.replace(STAY, (stay) => {
    if (!heard.includes(stay.toLowerCase())) return stay;
    dropped = true;
    return '\u0000';
  });
  if (!dropped) return answer;
  // the space before or after the dates goes with them; a sentence they began begins with its next word
  return out
    .replace(/ ?\u0000 ?/g, (m) => (m.startsWith(' ') && m.endsWith(' ') ? ' ' : ''))
    .replace(/(^|[.!?]\s+)(\p{Ll})/gu, (_m, before: string, first: string) => `${before}${first.toUpperCase()}`);
}
