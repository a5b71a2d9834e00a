// A minor who would stay without a grown-up: the caller («мне семнадцать лет, номер на одного», «я
// несовершеннолетний») or the one the room is for («сыну шестнадцать, он едет один», «дочке пятнадцать, поедет сама
// без нас»). The hotel's rule for minors (data/hotel.yml policies.minors) is then said.
import { extractGuests } from './guests.ts';
import { numberize } from './numbers.ts';
import { maskPhoneDigits, normalizeText } from './text.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';
// the hotel's adult age, as the rule for minors states it («младше 18 лет»)
const ADULT_AGE = 18;
// «мне 17», «мне 16 лет», «мне только 17»; never a date («мне 17-го») or a count («мне 2 номера»)
const OWN_AGE = new RegExp(
  `${L}мне (?:только |всего |уже |еще |лишь )?(\\d{1,2})(?![\\d-])(?! (?:ноч|сут|дн|ден|недел|числ|номер|комнат|человек|мест|декабр|январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр))`,
);
const OWN_MINOR = new RegExp(`${L}(?:я (?:еще )?несовершеннолетн\\S*|мне (?:еще )?нет 18|я школьни\\S*|я подрост\\S*)${R}`);
// staying alone, without a grown-up («он едет один» is read «он едет 1»)
const ALONE = new RegExp(
  `${L}(?:один|одна|одного|одной|сам|сама|самостоятельно|без (?:родител\\S*|взросл\\S*|нас|меня|мамы|папы|сопровожд\\S*)|(?:он|она|едет|поедет|приедет|будет|заселится|останется) 1(?![\\d-]))${R}`,
);
// a grown-up named as coming too
const WITH_GROWN_UP = new RegExp(`${L}(?:с (?:мамой|папой|родител\\S*|бабушкой|дедушкой|тренер\\S*|учител\\S*|взросл\\S*)|я (?:с|со|и)|мы|нас)${R}`);

/** The age of a minor who would stay without a grown-up, as said, or null. */
export function minorAlone(text: string): number | null {
  const t = maskPhoneDigits(numberize(normalizeText(text)));
  const own = OWN_AGE.exec(t);
  const ownAge = own ? Number(own[1]) : OWN_MINOR.test(t) ? ADULT_AGE - 1 : null;
  const withoutGrownUp = (s: string) => !WITH_GROWN_UP.test(s.replace(/(?<![а-я])без нас(?![а-я])/g, ' '));
  if (ownAge !== null && ownAge >= 10 && ownAge < ADULT_AGE && withoutGrownUp(t) && (extractGuests(text).adults ?? 1) <= 1) return ownAge;
  // the one the room is for, a child said to stay alone
  const g = extractGuests(text);
  const ages = g.children_ages ?? [];
  // («дочь шестнадцати лет будет одна» reads «будет 1» as the party: the child herself)
  if (ages.length === 1 && ages[0]! >= 10 && ALONE.test(t) && withoutGrownUp(t) && (g.adults ?? 0) <= 1) return ages[0]!;
  return null;
}
