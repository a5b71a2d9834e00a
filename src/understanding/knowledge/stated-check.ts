// A caller's check that assumes something («в выходные тоже с семи?», «а если не приеду, деньги вернут?») is
// answered «Да» or «Нет» first, by the fact (issue 13). The answer found for such a check is often the fact for the
// open question («Завтрак по выходным с 8:00 до 12:00.»), which tells the caller the hours but not that they had
// them wrong. Two kinds of assumption are read against the answer:
// - hours the caller states («с семи», «до одиннадцати вечера») against the hours of the answer;
// - a case the caller names («если не приеду», «если отменю позже») against the rule's sentence for that case: a
//   refund or a free cancellation asked where the rule charges is a «нет», the rule's condition said with it.
// Pure: the question and the answer text in, the answer with its «да»/«нет» out.
import { normalizeText } from '../lang-ru/text.ts';
import { HOUR_WORDS } from './asked-time.ts';
import { lowerFirst } from './plain-speech.ts';

// an open question asks what the hours are; it assumes nothing
const OPEN_QUESTION = /(?<![а-я])(?:во сколько|до скольки|со скольки|с какого|до какого|когда|какие|какой|какая|как|что|где|сколько)(?![а-я])/;
// «с семи», «до одиннадцати вечера», «с 7 утра», «до 23:00»: a bound of hours the caller states
const STATED_BOUND = /(?<![а-я])(с|со|до)\s+(\d{1,2}(?::\d{2})?|[а-яё]+)(?:\s+(утра|вечера|дня|ночи))?(?![а-я\d])/g;
// a number that is not an hour: «с 15 по 17», «до 8 кг», «до 3 лет»
const NOT_HOUR =
  /^\s*(?:по|-|числ|кг|килограм|руб|тысяч|ноч|сут|дн|лет|год|человек|гост|пассажир|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)/;
const ANSWER_BOUND = /(?<![а-яё])(с|до)\s+(\d{1,2}):(\d{2})/gi;
const YES_NO_FIRST = /^(?:да|нет)[,.!\s]/i;

type Bound = { kind: 'from' | 'until'; hour: number; dayPart: boolean };

function statedBounds(question: string): Bound[] {
  const out: Bound[] = [];
  for (const m of question.matchAll(STATED_BOUND)) {
    const word = m[2] ?? '';
    const after = question.slice((m.index ?? 0) + m[0].length);
    const digits = /^(\d{1,2})(?::\d{2})?$/.exec(word);
    if (digits && !m[3] && !word.includes(':') && NOT_HOUR.test(after)) continue;
    let hour = digits ? Number(digits[1]) : (HOUR_WORDS.find(([re]) => re.test(word))?.[1] ?? null);
    if (hour === null || hour > 23) continue;
    if ((m[3] === 'вечера' || m[3] === 'дня') && hour < 12) hour += 12;
    out.push({ kind: m[1] === 'до' ? 'until' : 'from', hour, dayPart: !!m[3] || hour > 12 });
  }
  return out;
}

/** Whether the hours stated agree with the answer's: null when the answer has no hours of the kind stated. */
function hoursAgree(stated: Bound[], answer: string): boolean | null {
  const said = [...answer.matchAll(ANSWER_BOUND)].map((m) => ({ kind: m[1]!.toLowerCase() === 'с' ? 'from' : 'until', hour: Number(m[2]) }));
  let verdict: boolean | null = null;
  for (const b of stated) {
    const same = said.filter((s) => s.kind === b.kind);
    if (same.length === 0) continue;
    // «до одиннадцати» said without «вечера» is 11 or 23: the clock face decides
    const agrees = same.some((s) => (b.dayPart ? s.hour === b.hour : s.hour % 12 === b.hour % 12));
    verdict = (verdict ?? true) && agrees;
  }
  return verdict;
}

// «деньги вернут?», «отменить бесплатно получится?», «без штрафа?»: the caller asks whether nothing is charged
const ASKS_FREE = /(?<![а-я])(?:верн\S*|возвра\S*|бесплатн\S*|без штраф\S*|без оплат\S*|ничего не (?:плат|спиш|снимут)\S*)(?![а-я])/;
const CHARGE = /(?<![а-яё])(?:придётся оплатить|придется оплатить|оплатить|штраф\S*|удерживается|спишется)(?![а-яё])/i;
const CASE_CLAUSE = /(?<![а-я])(?:если|в случае)\s+(.+?)(?=,|$|(?<![а-я])(?:деньги|то|вернут|возвращ|будет|придется|это)(?![а-я]))/;

// a word's stem for matching the caller's case to the rule's: «приеду» / «приехать», «отменю» / «отменить»
const caseStems = (text: string): string[] =>
  normalizeText(text)
    .split(/[^а-я]+/)
    .filter((w) => w.length >= 5 || w === 'не')
    .map((w) => (w === 'не' ? w : w.slice(0, 4)));

/** The rule's sentence for the case the caller names, when exactly one sentence names it. */
function sentenceForCase(question: string, sentences: string[]): number | null {
  const named = CASE_CLAUSE.exec(question)?.[1];
  if (!named) return null;
  const wanted = caseStems(named).filter((s) => s !== 'не');
  const negated = /(?<![а-я])не\s/.test(named);
  if (wanted.length === 0) return null;
  // the sentence that names most of the case («отменю позже»: «если отменить позже», not «бесплатно отменить»)
  const scored = sentences.map((sentence, i) => {
    const s = normalizeText(sentence);
    const stems = caseStems(s);
    // «не приеду» is the case of «не приехать», not of «приехать позже»
    const hits = wanted.filter((w) => stems.includes(w) && (!negated || new RegExp(`(?<![а-я])не ${w}`).test(s))).length;
    return { i, hits };
  });
  const best = Math.max(0, ...scored.map((x) => x.hits));
  const top = scored.filter((x) => x.hits === best);
  return best > 0 && top.length === 1 ? top[0]!.i : null;
}

/**
 * The answer to a check the caller made, «Да, …» or «Нет, …» first; null when the question assumes nothing the
 * answer can decide (or is an open question).
 */
export function answerToCheck(question: string, answer: string): string | null {
  const q = normalizeText(question);
  if (YES_NO_FIRST.test(answer) || OPEN_QUESTION.test(q)) return null;
  const stated = statedBounds(q);
  const agree = stated.length ? hoursAgree(stated, answer) : null;
  if (agree !== null) return `${agree ? 'Да' : 'Нет'}, ${lowerFirst(answer)}`;
  if (!ASKS_FREE.test(q)) return null;
  const sentences = answer.split(/(?<=[.!?])\s+/).filter(Boolean);
  const i = sentenceForCase(q, sentences);
  if (i === null || !CHARGE.test(sentences[i]!)) return null;
  // the case asked about first, with its condition; the rest of the rule after it
  const ordered = [sentences[i]!, ...sentences.filter((_, j) => j !== i)];
  return `Нет, ${lowerFirst(ordered.join(' '))}`;
}
