// Person names: «меня зовут Олег Ковалёв», «на имя Елены Соколовой» → «Елена Соколова», patronymics,
// and a bare «Пётр Сидоров» when the name is what was asked. Declined forms go back to the nominative,
// choosing the case and gender on which the first name and surname agree (OpenCorpora Name/Surn/Patr tags).
import { adjectiveSurnameReadings } from './adjective-surnames.ts';
import type { Morph, Parse } from './morph.ts';
import { type Token, tokenize } from './text.ts';

type Case = 'nomn' | 'gent' | 'datv' | 'accs' | 'ablt' | 'loct';
type Gender = 'masc' | 'femn';
type Role = 'first' | 'last' | 'patr';

interface Option {
  role: Role;
  gender: Gender;
  case: Case;
  score: number;
  nominative: string;
}

// Words that are never part of a name even when the dictionary guesses so.
const NOT_NAME = new Set(
  'я мы вы меня мое мой моя мои зовут звать имя фамилия это на для от и а да нет номер телефон почта бронь бронирование отчество пожалуйста спасибо здравствуйте добрый день вечер утро хочу нужно можно будет записать запишите оформите забронируйте его ее их вот так ну просто меня-то дата номера люкс стандарт комфорт семейный'.split(
    ' ',
  ),
);
const CASES: Case[] = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

function capitalize(w: string): string {
  return w
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase())
    .join('-');
}

function feminize(surname: string): string {
  if (/(ов|ев|ёв|ин|ын)$/.test(surname)) return `${surname}а`;
  if (/(ский|цкий)$/.test(surname)) return surname.replace(/ий$/, 'ая');
  if (/ой$/.test(surname)) return surname.replace(/ой$/, 'ая');
  return surname;
}

/** «Ковалёву» → «Ковалёв» (masc) or «Ковалёва» (femn); «Смирновой» → «Смирнова». */
function surnameFromForm(word: string, gender: Gender): string {
  const m = /^(.+(?:ов|ев|ёв|ин|ын))(?:а|у|ым|ой|е|ом)?$/i.exec(word);
  if (!m?.[1]) return word;
  return gender === 'femn' ? `${m[1]}а` : m[1];
}

function patronymicNominative(word: string, gender: Gender): string {
  const w = word.toLowerCase();
  const m = /^(.+?(?:ович|евич|ич))(?:а|у|ем|е)?$/.exec(w);
  if (gender === 'masc' && m?.[1]) return m[1];
  const f = /^(.+?(?:овн|евн|ичн|инич))(?:а|ы|е|у|ой)$/.exec(w);
  if (f?.[1]) return `${f[1]}а`;
  return w;
}

function optionsOf(token: Token, morph: Morph): Option[] {
  if (NOT_NAME.has(token.norm) || token.norm.length < 2) return [];
  const out: Option[] = [];
  if (token.norm.includes('-')) return doubleBarrelled(token, morph);
  for (const p of morph.parse(token.text, true)) {
    const role: Role | null = p.tags.has('Name') ? 'first' : p.tags.has('Surn') ? 'last' : p.tags.has('Patr') ? 'patr' : null;
    if (!role || p.tags.has('plur')) continue;
    const c = CASES.find((k) => p.tags.has(k)) ?? 'nomn';
    // «Белых», «Черных», «Гурченко»: a surname of common gender goes with a man's or a woman's first name
    const genders: Gender[] = p.tags.has('GNdr') || p.tags.has('Ms-f') ? ['masc', 'femn'] : [p.tags.has('femn') ? 'femn' : 'masc'];
    for (const gender of genders) out.push({ role, gender, case: c, score: p.score, nominative: nominativeOf(p, role, gender, token) });
  }
  return out;
}

/**
 * «Салтыкова-Щедрина», «Римского-Корсакова»: a double-barrelled surname, each part a surname (by the dictionary or
 * by its shape), read in the case and gender its first part has.
 */
function doubleBarrelled(token: Token, morph: Morph): Option[] {
  const parts = token.text.split('-');
  if (parts.length !== 2 || parts.some((p) => p.length < 2)) return [];
  const partOptions = parts.map((p, k) => optionsOf({ ...token, text: p, norm: p.toLowerCase().replace(/ё/g, 'е'), end: token.start + p.length + k }, morph));
  const surnameLike = (p: string, o: Option[]) => o.some((x) => x.role === 'last') || SURNAME_FORM.test(p.toLowerCase());
  if (!parts.every((p, k) => surnameLike(p, partOptions[k]!))) return [];
  const out: Option[] = [];
  for (const gender of ['masc', 'femn'] as Gender[]) {
    for (const c of CASES) {
      const fits = partOptions.map((o) => o.find((x) => x.role === 'last' && x.gender === gender && x.case === c));
      if (!fits[0] && !fits[1]) continue;
      const nominative = parts.map((p, k) => fits[k]?.nominative ?? capitalize(surnameFromForm(p, gender))).join('-');
      out.push({ role: 'last', gender, case: c, score: Math.max(fits[0]?.score ?? 0, fits[1]?.score ?? 0), nominative });
    }
  }
  return out;
}

function nominativeOf(p: Parse, role: Role, gender: Gender, token: Token): string {
  const lemma = p.parse.normalize()?.word ?? p.lemma;
  if (role === 'first') return capitalize(lemma);
  if (role === 'patr') return capitalize(patronymicNominative(token.text, gender));
  return capitalize(gender === 'femn' ? feminize(lemma) : lemma);
}

/** The token is the message's last word or is followed by punctuation. */
function endsPhrase(text: string, tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return !next || /[,.;!?]/.test(text.slice(tokens[k]!.end, next.start));
}

/** A noun in the nominative singular (a name's second word such as «Мельник», «Кузнец»). */
function isSingularNoun(token: Token, morph: Morph): boolean {
  return morph.parse(token.text).some((p) => p.tags.has('NOUN') && p.tags.has('nomn') && p.tags.has('sing') && p.score >= 0.2);
}

/** Is this word common vocabulary first (a noun, verb…) rather than a name? */
function isCommonWord(token: Token, morph: Morph): boolean {
  const parses = morph.parse(token.text);
  const best = parses[0];
  return !!best && best.score >= 0.5 && !best.tags.has('Name') && !best.tags.has('Surn') && !best.tags.has('UNKN');
}

export interface NameOptions {
  /** The name is what was just asked (or may be corrected now): a bare name counts. */
  asked?: boolean;
  /** The question just asked was the name itself: words the dictionary does not know are taken as a name too. */
  askedName?: boolean;
  /** The hotel's own name (hotel.yml): «это гостиница „Невский берег“?» names the hotel, never the caller. */
  hotelName?: string;
}

// Words that say what kind of place the hotel is, not which one.
const PLACE_WORDS = new Set(['отель', 'гостиница', 'хостел', 'апартаменты', 'мини-отель', 'гостевой', 'дом', 'hotel', 'hostel']);

/** The distinctive words of the hotel's name, each as a stem that its declined forms start with. */
function hotelNameStems(hotelName: string): string[] {
  return tokenize(hotelName)
    .map((t) => t.norm)
    .filter((w) => !PLACE_WORDS.has(w) && w.length >= 3)
    .map((w) => (w.length > 5 ? w.slice(0, w.length - 2) : w));
}

/**
 * Blanks out the hotel's name wherever the caller says it, in any case («в Невский берег», «Невского берега»):
 * every run of the name's words in order, and its first word alone.
 */
function withoutHotelName(text: string, hotelName: string | undefined): string {
  if (!hotelName) return text;
  const stems = hotelNameStems(hotelName);
  if (stems.length === 0) return text;
  const tokens = tokenize(text);
  let out = text;
  const blank = (from: number, to: number) => {
    out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  };
  for (let i = 0; i < tokens.length; i++) {
    let k = 0;
    while (k < stems.length && i + k < tokens.length && tokens[i + k]!.norm.startsWith(stems[k]!)) k++;
    // part of the name counts only where a hotel is meant: «гостиница Невский?», «это Невский?», «звоню в Невский»
    const placed = k > 0 && /(?:^|[^а-яё])(?:отел\S*|гостиниц\S*|хостел\S*|это|в|во)[\s«"„]*$/i.test(text.slice(0, tokens[i]!.start));
    if (k === stems.length || placed) {
      blank(tokens[i]!.start, tokens[i + k - 1]!.end);
      i += k - 1;
    }
  }
  return out;
}

/** Does the caller say the hotel's own name («это „Невский берег“?», «я звоню в Невский»)? */
export function mentionsHotelName(said: string, hotelName: string): boolean {
  return withoutHotelName(said, hotelName) !== said;
}

const SURNAME_SHAPE = /^[а-яё-]{2,}(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|ых|их|енко|ук|юк|ян|дзе|швили)$/;
// A surname's shape in any case: «Щедрина», «Корсакову», «Гагариной».
const SURNAME_FORM = /^[а-яё]{2,}(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ой|е|ом|ых)?|(?:ск|цк)(?:ий|ая|ого|ой|ому|ую|им)|енко|ук|юк|ян|дзе|швили)$/;
// Right after a name in a typed request: «Сорокина Ирина, тел. 8-903-…», «Иван Петров моб. +7…», «меня Кирилл зовут».
const AFTER_NAME_CUE =
  /^[\s,.:;—-]*(?:тел(?:\.|ефон\S*)?|моб(?:\.|ильн\S*)?|сот(?:\.|ов\S*)|контакт\S*|номер телефона|(?:\+7|8)[\s(-]*\d{3}|зовут|звать)(?![а-яё])/i;
// «запишите на», «записывайте на», «оформляйте на», «забронируйте на», «бронь на»: the name follows, in the accusative
const BOOK_ON = '(?:запиш\\S*|записыва\\S*|записать|оформ\\S*|заброни\\S*|брониру\\S*|бронь|резервиру\\S*|зарезервиру\\S*) на';
const TRIGGER = new RegExp(`(?<![а-яё])(зовут|звать|имя|фамилия|на имя|на фамилию|${BOOK_ON}|это|я\\s*[-—]?)\\s*$`, 'i');
const ACCUSATIVE_TRIGGER = new RegExp(`(${BOOK_ON}|на)\\s*$`, 'i');
const GENITIVE_TRIGGER = /(на имя|для|от|у|гостя|гостьи)\s*$/i;

/** The person's name in the nominative ("Елена Соколова", "Иван Петрович Сидоров"), or null. */
export function extractName(said: string, morph: Morph, opts: NameOptions = {}): string | null {
  const text = withoutHotelName(said, opts.hotelName);
  const name = findName(text, morph, opts) ?? (opts.askedName ? unknownWordsAsName(text, morph) : null);
  // «меня Светлана зовут, фамилия Орлова»: the surname said apart from the first name
  const surname = /(?<![а-яё])фамилия(?: у меня)?\s*[-—:]?\s*([А-ЯЁа-яё-]{2,})/i.exec(text)?.[1];
  // «Тамара Ивановна …, фамилия Гусева»: a first name with a patronymic still lacks the surname
  const lacksSurname = !!name && (!name.includes(' ') || /^\S+ \S+(?:овна|евна|ична|ович|евич|ич)$/i.test(name));
  if (
    name &&
    surname &&
    lacksSurname &&
    name.toLowerCase() !== surname.toLowerCase() &&
    !NOT_NAME.has(surname.toLowerCase()) &&
    !describesSurname(surname, morph)
  )
    return `${name} ${capitalize(surname)}`;
  // «моя фамилия завтраков»: a surname named outright that the dictionary reads as another word
  // («фамилия у меня сложная», «такая»: a word about the surname, not the surname)
  if (!name && surname && !NOT_NAME.has(surname.toLowerCase()) && /[аеёиоуыэюя]/i.test(surname) && !describesSurname(surname, morph))
    return capitalize(surname);
  return name;
}

const ABOUT_A_SURNAME = /^(?:сложн|прост|длинн|коротк|редк|странн|двойн|смешн|обычн|непрост|труднопроизносим|иностранн|необычн)/;

/** «такая», «сложная», «длинная»: what a caller says about their surname before spelling it. */
function describesSurname(word: string, morph: Morph): boolean {
  return ABOUT_A_SURNAME.test(word.toLowerCase()) || morph.parse(word).some((p) => p.tags.has('Apro') && p.score >= 0.3);
}

function findName(text: string, morph: Morph, opts: NameOptions): string | null {
  const tokens = tokenize(text).filter((t) => !/^\d+$/.test(t.text));
  for (let i = 0; i < tokens.length; i++) {
    const before = text.slice(Math.max(0, tokens[i]!.start - 16), tokens[i]!.start);
    const triggered = TRIGGER.test(before);
    // unasked and without «меня зовут», only a full «Имя Фамилия» pair counts («…на двоих, Иван Григорьев, …»)
    const pairOnly = !triggered && !opts.asked;
    // up to three consecutive words that can be parts of a name
    const span: { token: Token; options: Option[] }[] = [];
    for (let k = i; k < tokens.length && span.length < 3; k++) {
      const tok = tokens[k]!;
      if (k > i && /[,.;!?]/.test(text.slice(tokens[k - 1]!.end, tok.start))) break;
      const options = optionsOf(tok, morph);
      // «Сергея Белого», «Пшеничного Ивана», «на имя Белого»: a surname declined as an adjective, beside a first name
      // or where a name is named outright
      const adjective = !options.some((o) => o.role === 'last') && adjectiveSurnameFits(text, tokens, k, span, morph, opts, before);
      const strict = !triggered && !opts.asked && !NAMES_OUTRIGHT.test(before) && !ACCUSATIVE_TRIGGER.test(before) && !GENITIVE_TRIGGER.test(before);
      if (adjective) options.push(...adjectiveSurnameReadings(tok.text, morph, strict).map((a) => ({ role: 'last' as const, ...a, score: a.score / 2 })));
      const unknownButCapital = options.length === 0 && /^[А-ЯЁA-Z]/.test(tok.text) && !NOT_NAME.has(tok.norm) && !isCommonWord(tok, morph);
      // «Вадим Орехов»: a surname-shaped word after a first name, though the dictionary reads it as «орехов»
      const surnameAfterName =
        options.length === 0 && SURNAME_SHAPE.test(tok.norm) && !NOT_NAME.has(tok.norm) && !!span.at(-1)?.options.some((o) => o.role === 'first');
      // «Оксана Мельник», «Иван Кузнец»: a surname that is also a noun, right after an asked-for first name, ending the phrase
      const nounSurname =
        options.length === 0 &&
        (opts.asked || triggered) &&
        span.length === 1 &&
        !!span[0]?.options.some((o) => o.role === 'first') &&
        !NOT_NAME.has(tok.norm) &&
        endsPhrase(text, tokens, k) &&
        isSingularNoun(tok, morph);
      // «Черных Ольга», «Седых Анна»: a surname-shaped word the dictionary reads otherwise, right before a first name
      const next = tokens[k + 1];
      const surnameBeforeName =
        options.length === 0 &&
        span.length === 0 &&
        SURNAME_SHAPE.test(tok.norm) &&
        !NOT_NAME.has(tok.norm) &&
        !!next &&
        !/[,.;!?]/.test(text.slice(tok.end, next.start)) &&
        optionsOf(next, morph).some((o) => o.role === 'first') &&
        (opts.asked || triggered || /^[А-ЯЁ]/.test(tok.text));
      // «ольга чжан», «игорь вэй», «нгуен анна»: a word the dictionary does not have, beside an asked-for first name
      const foreignBesideName =
        options.length === 0 &&
        (opts.asked || triggered) &&
        !NOT_NAME.has(tok.norm) &&
        /[аеёиоуыэюя]/.test(tok.norm) &&
        !morph.inDictionary(tok.text) &&
        ((span.length === 1 && !!span[0]?.options.some((o) => o.role === 'first') && endsPhrase(text, tokens, k)) ||
          (span.length === 0 && !!next && !/[,.;!?]/.test(text.slice(tok.end, next.start)) && optionsOf(next, morph).some((o) => o.role === 'first')));
      if (
        options.length === 0 &&
        !(unknownButCapital && (triggered || span.length > 0)) &&
        !surnameAfterName &&
        !nounSurname &&
        !surnameBeforeName &&
        !foreignBesideName
      )
        break;
      // a recogniser writes «петров» in lower case: when the name was asked, a name reading is enough
      // («пшеничного ивана»: an adjective right before a first name is read as a surname all the same)
      if (options.length > 0 && isCommonWord(tok, morph) && !/^[А-ЯЁ]/.test(tok.text) && !triggered && !opts.asked && span.length === 0 && !adjective) break;
      span.push({ token: tok, options });
    }
    if (span.length === 0) continue;
    // a name right before «тел.», a phone or «зовут» is the caller's, even a surname alone
    const cued = AFTER_NAME_CUE.test(text.slice(span.at(-1)!.token.end)) && span.some((s) => s.options.length > 0);
    if (pairOnly && !cued && !isNamePair(span, morph)) continue;
    if (!span.some((s) => s.options.some((o) => o.role === 'first' || o.role === 'last')) && !triggered) continue;
    const preferred: Case = GENITIVE_TRIGGER.test(before) ? 'gent' : ACCUSATIVE_TRIGGER.test(before) ? 'accs' : 'nomn';
    return assemble(span, preferred);
  }
  return null;
}

// Where a name is named outright, so that a surname alone may follow: «на имя Белого», «фамилия Пшеничная».
const NAMES_OUTRIGHT = /(?<![а-яё])(?:на имя|имя|фамилия|фамилию|зовут|звать)\s*$/i;

/**
 * May the word at `k` be a surname declined as an adjective? Only right after a first name (with no surname yet),
 * right before one, or alone where a name is named outright or was just asked: «белого» elsewhere is a colour.
 */
function adjectiveSurnameFits(
  text: string,
  tokens: Token[],
  k: number,
  span: { token: Token; options: Option[] }[],
  morph: Morph,
  opts: NameOptions,
  before: string,
): boolean {
  if (describesSurname(tokens[k]!.text, morph)) return false;
  const last = span.at(-1);
  if (last) return span.length <= 2 && last.options.some((o) => o.role === 'first') && !span.some((s) => s.options.some((o) => o.role === 'last'));
  const next = tokens[k + 1];
  const nextIsFirst = !!next && !/[,.;!?]/.test(text.slice(tokens[k]!.end, next.start)) && optionsOf(next, morph).some((o) => o.role === 'first');
  return nextIsFirst || ((NAMES_OUTRIGHT.test(before) || !!opts.askedName) && endsPhrase(text, tokens, k));
}

/**
 * «нгуен ван», «смит джон»: when the name was asked, one to three words the dictionary does not know at all (and
 * nothing else) are the name, as said.
 */
function unknownWordsAsName(text: string, morph: Morph): string | null {
  const words = tokenize(text).filter((t) => !NOT_NAME.has(t.norm));
  if (words.length === 0 || words.length > 3 || tokenize(text).some((t) => /^\d+$/.test(t.text))) return null;
  const unknown = (t: Token) =>
    t.norm.length >= 2 &&
    /[аеёиоуыэюяaeiouy]/.test(t.norm) &&
    morph.parse(t.text).every((p) => p.tags.has('UNKN') || p.tags.has('Name') || p.tags.has('Surn') || p.score < 0.3);
  return words.every(unknown) ? words.map((w) => capitalize(w.text)).join(' ') : null;
}

/** A first name followed by a surname, as in «Иван Григорьев», «Вера Киселёва» (a common word only when capitalised). */
function isNamePair(span: { token: Token; options: Option[] }[], morph: Morph): boolean {
  const [first, last] = span;
  if (!first || !last || span.length > 3) return false;
  // (a common word read as a surname only beside a first name, «пшеничного ивана», still counts)
  if (isCommonWord(first.token, morph) && !/^[А-ЯЁ]/.test(first.token.text) && !first.options.some((o) => o.role === 'last')) return false;
  const surname = (t: { token: Token; options: Option[] }) =>
    t.options.some((o) => o.role === 'last') ||
    /(ов|ев|ёв|ин|ын|ский|цкий|ская|цкая)(а|у|ым|ой|е|ом)?$/i.test(t.token.text) ||
    SURNAME_SHAPE.test(t.token.norm);
  const firstName = (t: { token: Token; options: Option[] }) => t.options.some((o) => o.role === 'first');
  // «Иван Григорьев», and surname first as in lists and forms: «Сорокина Ирина», «Дьяконов Максим»
  if (firstName(first)) return span.slice(1).some(surname);
  return surname(first) && firstName(last) && !isCommonWord(last.token, morph);
}

function assemble(span: { token: Token; options: Option[] }[], preferred: Case): string {
  let best: { parts: string[]; score: number } | null = null;
  for (const gender of ['masc', 'femn'] as Gender[]) {
    for (const c of CASES) {
      let score = c === preferred ? 1.5 : c === 'nomn' ? 0.5 : 0;
      const parts: string[] = [];
      const roles = new Set<Role>();
      for (const { token, options } of span) {
        const fit = options.filter((o) => o.gender === gender && o.case === c && !roles.has(o.role)).sort((a, b) => b.score - a.score)[0];
        if (fit) {
          // every word that agrees counts far more than which case was expected
          score += 10 + fit.score;
          roles.add(fit.role);
          parts.push(fit.nominative);
        } else if (
          options.some((o) => o.role === 'last') ||
          (!options.some((o) => o.role === 'first') && /(ов|ев|ёв|ин|ын)(а|у|ым|ой|е|ом)?$/i.test(token.text))
        ) {
          // the dictionary lacks this form in the agreed gender: undo the usual surname endings
          parts.push(capitalize(surnameFromForm(token.text, gender)));
        } else {
          parts.push(capitalize(token.text));
        }
      }
      if (!best || score > best.score) best = { parts, score };
    }
  }
  return best!.parts.join(' ');
}
