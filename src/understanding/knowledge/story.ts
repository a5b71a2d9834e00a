// «мы прилетаем в обед числа пятого, скажите, с какого времени заселение»: callers often tell their plans before the
// question. The story is a verb of the caller in the first person («прилетаем», «я приеду», «мы забронировали») with
// what says when, where and how («в обед», «на машине», «числа пятого»); its nouns are circumstances, and the
// question clause decides what is asked about. `withoutStory` leaves the story out; the fact search (fact-lookup.ts)
// keeps that reading only when the question alone finds a fact the story did not bring.
import { loadedMorph } from '../lang-ru/morph.ts';
import { normalizeText } from '../lang-ru/text.ts';

const SUBJECT = /^(?:мы|я)$/;
// verbs that bring the question rather than a story («хотим узнать», «можем ли мы…», «интересует»)
const ASKING_VERB = /^(?:хо[тч]\S*|мож\S*|смож\S*|мог\S*|узна\S*|спрос\S*|уточн\S*|интерес\S*|подскаж\S*|скаж\S*)$/;
const PREPOSITION = /^(?:в|во|на|к|ко|с|со|из|от|до|после|около|через|из-за|под|по|за)$/;
// when and with what the caller comes, said around the story's verb
const CIRCUMSTANCE_WORD =
  /^(?:числа|числу|утром|вечером|ночью|днем|рано|поздно|сегодня|завтра|послезавтра|примерно|часов|часа|часу|где-то|уже|тоже|вместе|всей|семьей|там|сюда|к вам|вам|к|вас|у)$/;
const CASE = /(?<![а-я])(?:если|вдруг|в случае)(?![а-я])/;
const ASKS = /^(?:ли|что|чего|чем|где|куда|откуда|когда|сколько|скольки|как\S*|котор\S*|можно|нужно|надо|есть)$/;

/** Whether the word is a verb of the caller: first person, or past tense after «мы»/«я». */
function callersVerb(word: string, afterSubject: boolean): boolean {
  if (ASKING_VERB.test(word)) return false;
  const parses = loadedMorph()?.parse(word) ?? [];
  const verb = (p: { tags: Set<string> }) => p.tags.has('VERB') && (p.tags.has('1per') || (afterSubject && p.tags.has('past')));
  // «еду» is food as often as a verb: after «я» the verb is meant
  return afterSubject ? parses.some(verb) : !!parses[0] && verb(parses[0]);
}

/** A word that says when, or a number (a date, an hour): «пятого», «двух», «декабря». */
function circumstance(word: string): boolean {
  if (CIRCUMSTANCE_WORD.test(word) || /^\d/.test(word)) return true;
  const tags = loadedMorph()?.parse(word)[0]?.tags;
  return !!tags && (tags.has('NUMR') || tags.has('Anum') || tags.has('ADVB'));
}

/** «поездом», «машиной», «всей семьёй»: how the caller comes, a noun in the instrumental. */
function means(word: string): boolean {
  const tags = loadedMorph()?.parse(word)[0]?.tags;
  return !!tags && tags.has('NOUN') && tags.has('ablt');
}

/** The question with the caller's story left out, or null when it tells none (or when nothing else is left). */
export function withoutStory(question: string): string | null {
  // «если задержусь на сутки и не приеду, оплату вернут?»: a case asked about is the question itself
  if (!loadedMorph() || CASE.test(normalizeText(question))) return null;
  const words = normalizeText(question)
    .replace(/[?!.,;:]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const kept: string[] = [];
  let told = false;
  for (let i = 0; i < words.length; ) {
    const subject = SUBJECT.test(words[i]!) ? 1 : 0;
    const verb = words[i + subject];
    if (!verb || words[i - 1] === 'не' || !callersVerb(verb, subject === 1) || ASKS.test(words[i + subject + 1] ?? '')) {
      kept.push(words[i]!);
      i++;
      continue;
    }
    // the verb, then what says when, where and how: prepositions with their word (and its noun after an adjective or
    // a number: «с маленькой собакой», «к двум часам»), numbers and words of time
    let j = i + subject + 1;
    while (j < words.length) {
      const w = words[j]!;
      if (PREPOSITION.test(w) && words[j + 1] && !ASKS.test(words[j + 1]!)) {
        const head = loadedMorph()?.parse(words[j + 1]!)[0]?.tags;
        const modifier = !!head && (head.has('ADJF') || head.has('NUMR') || head.has('Anum'));
        j += modifier && words[j + 2] && !ASKS.test(words[j + 2]!) ? 3 : 2;
      } else if ((circumstance(w) || means(w)) && !ASKS.test(w)) j++;
      else break;
    }
    told = true;
    i = j;
  }
  return told && kept.length > 0 ? kept.join(' ') : null;
}
