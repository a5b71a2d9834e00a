// A fact of the hotel's data said for the ear: a whole sentence, office turns made plain, «Да,»/«Нет,» in front.
import { withoutDataTails } from './data-tails.ts';

export function sentence(text: string): string {
  const t = text.trim();
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

// Verbal nouns of the office register that a rule's penalty hangs on, and how they are said with a verb.
const ACTS: Record<string, string> = { отмене: 'отменить', незаезде: 'не приехать', неявке: 'не прийти', опоздании: 'опоздать' };
const ACT = `(${Object.keys(ACTS).join('|')})`;
const LATER: Record<string, string> = { поздней: ' позже', ранней: ' раньше' };
const STAY_ACTS: Record<string, string> = { заезд: 'заехать', выезд: 'выехать' };
const STAY_WHEN: Record<string, string> = { ранний: 'пораньше', поздний: 'попозже' };

// Office turns of the hotel's data said as a receptionist says them: «при более поздней отмене или незаезде» →
// «если отменить позже или не приехать», a passive penalty → «придётся оплатить», «бесплатная отмена» → «бесплатно
// отменить можно», «до даты заезда» → «до заезда», «гости младше 18 лет» → «дети до 18 лет», «заказ через» →
// «заказать можно через». Each turn is a kind of wording, not a sentence of one hotel: any fact that has it.
const PLAIN_SPEECH: [RegExp, string | ((...m: string[]) => string)][] = [
  [/при наличии свободных номеров/gi, 'если будут свободные номера'],
  [/при наличии свободных мест/gi, 'если будут свободные места'],
  [/по предварительной записи/gi, 'по записи'],
  [
    new RegExp(`(?<![а-яё])при (?:более (поздней|ранней) )?${ACT}(?: или ${ACT})?(?![а-яё])`, 'gi'),
    (_m, when, a, b) => `если ${ACTS[a!.toLowerCase()]}${when ? LATER[when.toLowerCase()] : ''}${b ? ` или ${ACTS[b.toLowerCase()]}` : ''}`,
  ],
  [/(?<![а-яё])удерживается(?![а-яё])/gi, 'придётся оплатить'],
  // the condition made a clause above is closed by a comma before the main clause
  [/((?:^|[.;]\s*)если [^,.;—]+?) (придётся|нужно|можно)(?![а-яё])/gi, '$1, $2'],
  [/(?<![а-яё])бесплатная отмена(?![а-яё])/gi, 'бесплатно отменить можно'],
  [/(?<![а-яё])до даты (заезда|выезда)(?![а-яё])/gi, 'до $1'],
  [/(?<![а-яё])гости младше (\d+) (лет|года)(?![а-яё])/gi, 'дети до $1 $2'],
  [/(?<![а-яё])заказ через(?![а-яё])/gi, 'заказать можно через'],
  // a stay's verbal noun with its hour («ранний заезд с 10:00», «поздний выезд до 18:00») said with a verb
  [
    /(?<![а-яё])(ранний|поздний) (заезд|выезд) (с|до) (?=\d)/gi,
    (_m, when: string, act: string, prep: string) => `${STAY_ACTS[act.toLowerCase()]} ${STAY_WHEN[when.toLowerCase()]} можно ${prep} `,
  ],
  [/ — готово(?![а-яё])/g, ', будет готово'],
  // «room service» said in Russian words a caller takes for food, not for cleaning
  [/(?<![а-яё])обслуживание в номерах(?![а-яё])/gi, 'еду в номер можно заказать'],
  [/(?<![а-яё])не учитываются во вместимости номера(?![а-яё])/gi, 'в число гостей не входят'],
  [/(?<![а-яё])остальные гости учитываются(?![а-яё])/gi, 'остальные считаются гостями'],
  [/(?<![а-яё])по нотариальной доверенности(?![а-яё])/gi, 'с нотариальной доверенностью от них'],
];

/**
 * A fact pasted as data made fit for the ear: brackets are not heard (their words become a clause), a «;» ends a
 * sentence, and office turns become plain ones.
 */
export function speakable(text: string): string {
  let t = text.replace(/\s*\(([^()]+)\)/g, ', $1');
  const capital = /^[А-ЯЁ]/.test(t);
  for (const [re, plain] of PLAIN_SPEECH) t = t.replace(re, plain as string);
  if (capital) t = t.charAt(0).toUpperCase() + t.slice(1);
  return withoutDataTails(t.replace(/;\s+(\S)/g, (_m, first: string) => `. ${first.toUpperCase()}`).replace(/,\s*,/g, ','));
}

export function lowerFirst(text: string): string {
  // «Wi-Fi», «СБП» and names in quotes keep their capitals
  return /^[А-ЯЁ](?:[а-яё]|\s)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** «Да, …» / «Нет, …» in front of a sentence. */
export function answerYesNo(yes: boolean, text: string): string {
  return `${yes ? 'Да' : 'Нет'}, ${lowerFirst(text)}`;
}

/**
 * Answers to several questions said as one reply. A «Да,» (or «Нет,») that repeats the one of the answer before is
 * not said again: «Да, есть бесплатный Wi-Fi … Есть и камера хранения …» reads as one answer, not a list of yeses.
 */
export function joinAnswers(texts: readonly string[]): string {
  let before: string | null = null;
  return texts
    .map((text) => {
      const m = /^(Да|Нет), (.+)$/s.exec(text);
      const verdict = m?.[1] ?? null;
      const repeated = !!m && verdict === before;
      before = verdict;
      if (!repeated) return text;
      const rest = m![2]!;
      // «есть камера хранения» after another «есть»: «Есть и камера хранения»
      if (verdict === 'Да' && /^есть /.test(rest)) return `Есть и ${rest.slice(5)}`;
      return `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
    })
    .join(' ');
}
