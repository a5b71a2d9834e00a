// A caller asked the same thing again answers it with annoyance: «один я, один, сколько можно спрашивать», «я же
// говорила, с пятого», «господи, двое нас». The annoyance has a question's words («сколько», «можно») but asks
// nothing: it is set aside so the answer in the turn is read, never a rule asked about («сколько можно» is no
// question about what is allowed). A turn that is nothing but annoyance stays as said.
import { normalizeText } from '../lang-ru/text.ts';

const L = '(?<![а-яё])';
const R = '(?![а-яё])';
// «спрашивать», «переспрашивать», «повторять», «говорить», «объяснять», «талдычить», «ждать»
const SAYING = '(?:пере)?(?:спрашива\\S*|повторя\\S*|говорит\\S*|объясня\\S*|талдыч\\S*|твердит\\S*|ждать|тянуть|мучить|одно и то же)';
const EXASPERATION = new RegExp(
  [
    // «сколько можно спрашивать», «ну сколько раз повторять», «сколько вам говорить», «сколько можно!» said last
    // («сколько можно взять гостей» asks)
    `(?:ну )?сколько (?:(?:можно|раз|уже|еще|вам|тебе|же|ж)(?: |$))+(?:(?:можно|нужно|надо|вам|тебе|это|одно) )*(?:${SAYING}|(?=[,.!?]|$))`,
    // «я же сказал(а)», «я уже говорила», «вам же сказали», «говорю же» (a plain «мне сказали» tells something)
    `(?:(?:я|мы|вам|тебе) )?(?:же|ж|ведь|уже)(?: (?:же|ж|уже|вам|тебе))* (?:сказал\\S*|говорил\\S*|говорю|называл\\S*|объяснял\\S*)`,
    `говорю (?:же|вам|тебе)`,
    `повторяю`,
    // «господи», «боже мой», «да что ж такое», «ну честное слово»
    `(?:господи|боже(?: мой)?|блин|да что (?:ж|же) такое|ну честное слово|елки палки|ёлки палки)`,
  ]
    .map((p) => `${L}${p}${R}`)
    .join('|'),
  'g',
);

/** The turn without its words of annoyance («сколько можно спрашивать», «я же говорила»), or null when it has none. */
export function withoutExasperation(text: string): string | null {
  const t = normalizeText(text);
  if (!EXASPERATION.test(t)) return null;
  EXASPERATION.lastIndex = 0;
  const rest = t
    .replace(EXASPERATION, ' ')
    .replace(/\s*[,.!?]+(?:\s*[,.!?]+)*/g, (m) => m.trim().slice(0, 1) + ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.!?]+|[\s,]+$/g, '')
    .trim();
  return /[а-яёa-z0-9]/i.test(rest) ? rest : null;
}
