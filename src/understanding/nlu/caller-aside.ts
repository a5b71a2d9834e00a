// A caller booking for someone else says whose name the booking is in and, beside it, who she is herself: «бронь на
// него, Крылов Андрей Викторович, а я его помощница Марина», «я секретарь, оформляйте на директора Зуева». At the
// name question the guest's name is the answer; the caller's own introduction is set aside so that neither her name
// nor her words («помощница», «секретарь») are read as the guest's or as another request.
import { normalizeText } from '../lang-ru/index.ts';

const L = '(?<![а-яё])';
const R = '(?![а-яё])';
// the booking is for another person: «на него», «на неё», «на шефа», «бронь на начальника», «для директора»
const FOR_ANOTHER = new RegExp(
  `${L}(?:на|для)(?: имя)? (?:(?:моего|мою|мое|нашего|нашу|его|ее|её|их) )?(?:него|нее|неё|них|начальни\\S*|шеф\\S*|директор\\S*|гендиректор\\S*|руководител\\S*|босс\\S*|сотрудни\\S*|коллег\\S*|клиент\\S*|гост[яьи]\\S*|мам\\S*|пап\\S*|муж\\S*|жен[уы]|сын\\S*|доч\\S*)${R}`,
);
// where the caller speaks of herself: «а я его помощница Марина», «я секретарь», «меня зовут Ольга», «это Ольга,
// секретарь» — up to where a request for the booking starts again or the message ends
const SELF = `(?:(?:а|и) )?(?:я|меня зовут|меня звать|сама я|я сама|это я|звоню я)`;
const UNTIL = `(?=[,.;]\\s*(?:а |и )?(?:бронь|брониру\\S*|заброни\\S*|запиш\\S*|записыва\\S*|оформ\\S*|на (?:него|нее|неё|имя))|\\s(?:а|и) (?:бронь|брониру\\S*|заброни\\S*|запиш\\S*|записыва\\S*|оформ\\S*|на (?:него|нее|неё|имя))|$)`;
const SELF_CLAUSE = new RegExp(`(?:^|[,.;]\\s*|\\s)${SELF}${R}[^]*?${UNTIL}`, 'i');

/** The message without the caller's introduction of herself, when the booking is said to be for another person. */
export function withoutCallerAside(text: string): string | null {
  const t = normalizeText(text);
  const m = SELF_CLAUSE.exec(t);
  if (!m) return null;
  const rest = (t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length))
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;]+|[\s,.;]+$/g, '')
    .trim();
  // only beside a booking for another person, and only when something is left to read the guest's name from
  return FOR_ANOTHER.test(t) && /[а-яё]{2,}/.test(rest) ? rest : null;
}
