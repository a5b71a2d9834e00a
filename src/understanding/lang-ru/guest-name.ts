// Whose name the booking is on, and the name as the caller explained it.
// - A room for someone else: «меня зовут Ирина, я секретарь, нужен номер для директора» — the caller's own
//   introduction is no guest's name; the guest's is the one said after the person the room is for («для мамы, её
//   зовут …», «на имя директора …», «оформите на мужа …»), or none yet.
// - A surname explained or spelled: «томас вебер, вебер это фамилия», «фамилия по буквам к у з ь к и н»: the
//   explanation is no part of the name, the letters are one word.
import type { Morph } from './morph.ts';
import { splitAtCorrection } from './said-again.ts';
import { extractName, type NameOptions } from './names.ts';

const L = '(?<![а-яё])';
const R = '(?![а-яё])';
// the person a room is for, when it is not the caller
const OTHER_PERSON =
  '(?:директор\\S*|гендиректор\\S*|руководител\\S*|начальни\\S*|шеф\\S*|сотрудни\\S*|коллег\\S*|клиент\\S*|гост(?:я|ю|ья|ьи|ью|ей)|партнер\\S*|мам\\S*|пап\\S*|мать|матери|отц\\S*|отца|сын\\S*|доч\\S*|муж\\S*|жен\\S*|брат\\S*|сестр\\S*|бабушк\\S*|дедушк\\S*|родител\\S*|друг\\S*|подруг\\S*|тещ\\S*|свекр\\S*|свекров\\S*|внук\\S*|внучк\\S*|теть?\\S*|дяд\\S*)';
const OWNER =
  '(?:(?:нашего|нашей|нашу|наших|моего|моей|мою|моих|своего|своей|свою|генерального|исполнительного|коммерческого|финансового|нового|одного|одну|нашему|моему)\\s+){0,2}';
const FOR_SOMEONE_ELSE = new RegExp(`${L}(?:для|на|за)(?: имя)? ${OWNER}${OTHER_PERSON}${R}`, 'g');
// …and the caller stays too: «для мамы и меня», «для нас с мужем»
const CALLER_TOO = new RegExp(`${L}(?:и (?:для )?меня|и я|со мной|с нами|и нас)${R}`);
// the caller's own introduction and the words that may follow it
// (the words after it are looked at, not taken, so that «это секретарь, меня зовут Ольга» finds both)
const SELF_INTRO = new RegExp(`${L}(?:меня зовут|меня звать|мое имя|моё имя|с вами говорит|вас беспокоит|это|я)\\s+(?=((?:[а-яё-]+\\s*){1,3}))`, 'gi');

/** «вебер это фамилия», «клаус это имя», «фамилия вебер» said again after the name: the words that explain it. */
const EXPLAINED = new RegExp(`${L}([а-яё-]{2,}) (?:[-—,:]\\s*)?(?:это )?(?:у меня )?(?:моя |мое |моё )?(?:фамилия|имя|отчество)${R}`, 'gi');
// letters said one by one: «к у з ь к и н», «к-у-з-ь-к-и-н» (four at least, or three after «по буквам»: «а я в» is
// no surname)
const SPELLED = /(?<![а-яё])((?:[а-яё][\s-]+){3,}[а-яё])(?![а-яё])/gi;
const SPELLED_SAID = /(?<![а-яё])по буквам(?![а-яё])/i;
const SPELLED_SHORT = /(?<![а-яё])((?:[а-яё][\s-]+){2,}[а-яё])(?![а-яё])/gi;

/** The name of the booking's guest in the message (names.ts), read as explained above. */
export function guestName(said: string, morph: Morph, opts: NameOptions = {}): string | null {
  // «запишите на белову, ой нет, … значит на крылову анну»: a name said again after a self-correction is the name
  const again = splitAtCorrection(said);
  const later = again ? guestName(again.after, morph, opts) : null;
  if (later) return later;
  const text = explainedName(said);
  const t = text.toLowerCase().replace(/ё/g, 'е');
  let forOther: RegExpExecArray | null = null;
  for (const m of t.matchAll(FOR_SOMEONE_ELSE)) forOther = m;
  if (!forOther || CALLER_TOO.test(t)) return namedParts(text) ?? extractName(text, morph, opts);
  // the room is for someone else: a name said right after them (or after «его зовут») is the guest's; before them,
  // only one that does not introduce the caller
  const after = text.slice(forOther.index + forOther[0].length);
  const named = namedParts(after) ?? extractName(after, morph, { ...opts, asked: true });
  if (named) return named;
  return extractName(withoutSelfIntroduction(text.slice(0, forOther.index), morph, opts), morph, opts);
}

/** The text without the caller's own name, said after «меня зовут», «это», «я» («это Ирина из приёмной»). */
function withoutSelfIntroduction(text: string, morph: Morph, opts: NameOptions): string {
  const own = new Set<string>();
  for (const m of text.matchAll(SELF_INTRO)) {
    const name = extractName(`меня зовут ${m[1] ?? ''}`, morph, { ...opts, asked: true });
    for (const part of name?.toLowerCase().replace(/ё/g, 'е').split(/\s+/) ?? []) own.add(part);
  }
  return text
    .split(/\s+/)
    .filter((w) => !own.has(w.toLowerCase().replace(/ё/g, 'е')))
    .join(' ');
}

// «фамилия вебер, имя томас»: both parts named outright, in either order (not «на имя …», which names a person)
const SURNAME_NAMED = new RegExp(`${L}фамилия(?: у (?:меня|него|нее|неё))?(?: это)?\\s+([а-яё-]{2,})`, 'i');
const FIRST_NAMED = new RegExp(`(?<![а-яё]на )${L}имя(?: у (?:меня|него|нее|неё))?(?: это)?\\s+([а-яё-]{2,})`, 'i');
const NOT_A_PART = /^(?:такая|такой|сложная|простая|длинная|моя|мое|моё|его|ее|её|и|а|это|у|по|пишется|через)$/;

/** «фамилия кузькин, имя павел» → «Павел Кузькин»; null unless both are named outright. */
function namedParts(text: string): string | null {
  const last = SURNAME_NAMED.exec(text)?.[1];
  const first = FIRST_NAMED.exec(text)?.[1];
  if (!last || !first || NOT_A_PART.test(last.toLowerCase()) || NOT_A_PART.test(first.toLowerCase())) return null;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  return `${cap(first)} ${cap(last)}`;
}

// how a surname is written: «через о», «с мягким знаком на конце», «две н», «пишется как слышится»
const SPELLING_NOTE = new RegExp(
  `${L}(?:(?:пишется|пишем|пишите|пишут)(?: как (?:слышится|говорится|пишется))?|через (?:букву )?[а-яё]|с (?:мягким|твердым|твёрдым) знаком|(?:мягкий|твердый|твёрдый) знак|на конце|в конце|(?:две|два|двойн\\S*) [а-яё])${R}`,
  'gi',
);

/** «томас вебер вебер это фамилия» → «томас вебер»; «фамилия по буквам к у з ь к и н» → «фамилия кузькин». */
export function explainedName(said: string): string {
  const join = (run: string) => run.replace(/[\s-]+/g, '');
  let text = SPELLED_SAID.test(said) ? said.replace(SPELLED_SAID, ' ').replace(SPELLED_SHORT, join) : said.replace(SPELLED, join);
  // a word explained that was said before it is said once; the explanation goes
  text = text.replace(EXPLAINED, (whole, word: string, at: number) => {
    const before = text.slice(0, at).toLowerCase();
    return new RegExp(`${L}${word.toLowerCase()}${R}`).test(before) ? ' ' : whole;
  });
  // «кикоть, кикоть через о», «бойко с мягким знаком»: how a word is written is no part of it, a word said twice is one
  text = text.replace(SPELLING_NOTE, ' ').replace(/(?<![а-яё])([а-яё-]{2,})[\s,.]+\1(?![а-яё])/gi, '$1');
  return text.replace(/\s+/g, ' ').trim();
}
