// An e-mail address read aloud: «вадим собака мейл точка ру» → "vadim@mail.ru". Callers say «собака» for @,
// «точка» for the dot and the mail services by their Russian names; Cyrillic words are transliterated.
import { normalizeText } from './text.ts';

const AT = new Set(['собака', 'собачка', 'эт', 'at', 'эттт', 'коммерческое']);
const SYMBOLS: Record<string, string> = { точка: '.', дот: '.', dot: '.', дефис: '-', тире: '-', минус: '-', подчеркивание: '_', подчерк: '_' };
// mail services and top-level domains as they are said
const DOMAIN_WORDS: Record<string, string> = {
  мейл: 'mail',
  майл: 'mail',
  мэйл: 'mail',
  меил: 'mail',
  маил: 'mail',
  яндекс: 'yandex',
  гмейл: 'gmail',
  джимейл: 'gmail',
  гмайл: 'gmail',
  джимэйл: 'gmail',
  рамблер: 'rambler',
  инбокс: 'inbox',
  лист: 'list',
  бк: 'bk',
  аутлук: 'outlook',
  хотмейл: 'hotmail',
  айклауд: 'icloud',
  иклауд: 'icloud',
  ауткук: 'outlook',
  ру: 'ru',
  ком: 'com',
  нет: 'net',
  орг: 'org',
  рф: 'рф',
  инфо: 'info',
  ио: 'io',
};
const TLD = /^(ru|com|net|org|рф|info|io|su|by|kz|ua|de|uk|me)$/;
const FILLER = new Set([
  'моя',
  'мой',
  'почта',
  'почты',
  'адрес',
  'электронная',
  'электронной',
  'емейл',
  'имейл',
  'e-mail',
  'email',
  'это',
  'вот',
  'пишите',
  'записывайте',
  'такая',
  'такой',
  'значит',
  'ну',
  'на',
  'у',
  'меня',
  'наш',
  'наша',
  'адресу',
]);
// Words that introduce the address in any form («почту», «на мой ящик», «запишите», «электронка») — they are
// never part of it, so they end the local part however they are inflected.
const INTRODUCER = /^(почт|электрон|адрес|ящик|е?мейл[аеуо]?$|имейл|мыл|запиш|пиши|отправ|присыл|шлите|скину|напиш|диктую|продикту|остав)/;

function introduces(w: string): boolean {
  return FILLER.has(w) || INTRODUCER.test(w);
}
const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

function word(w: string, domain: boolean): string {
  if (SYMBOLS[w]) return SYMBOLS[w];
  if (domain && DOMAIN_WORDS[w]) return DOMAIN_WORDS[w];
  if (/^[a-z0-9._-]+$/.test(w)) return w;
  return [...w].map((ch) => TRANSLIT[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '')).join('');
}

/** The address, or null unless «собака» and a known ending («точка ру», «гмейл ком») were said. */
export function extractSpokenEmail(text: string): string | null {
  const words = normalizeText(text)
    .split(/[\s,;:!?]+/)
    .filter(Boolean);
  const at = words.findIndex((w) => AT.has(w));
  if (at <= 0) return null;
  let start = at;
  // a local part said in Latin letters («oleg собака …») is only those: the Russian words before it introduce it
  const latin = (w: string) => /^[a-z0-9._-]+$/.test(w) || !!SYMBOLS[w];
  const spelled = latin(words[at - 1] ?? '');
  while (start > 0 && !introduces(words[start - 1] ?? '') && at - start < 4 && (!spelled || latin(words[start - 1] ?? ''))) start--;
  const local = words
    .slice(start, at)
    .map((w) => word(w, false))
    .join('');
  const domainWords = words.slice(at + 1, at + 6);
  let domain = '';
  for (const w of domainWords) {
    const part = word(w, true);
    // «мейл ру» without «точка»: the dot is understood before a top-level domain
    domain += TLD.test(part) && domain && !domain.endsWith('.') ? `.${part}` : part;
    if (TLD.test(part)) break;
  }
  if (!/^[a-z0-9._-]+$/.test(local) || !/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-zа-я]{2,}$/.test(domain)) return null;
  return `${local.replace(/^[.]+|[.]+$/g, '')}@${domain}`;
}
