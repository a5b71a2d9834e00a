// What the demo hotel's guests say and who they are: Russian names, phone numbers, and conversations written the
// way callers speak (lowercase, no punctuation), each ending a different way: a booking, an answer, a handoff to
// reception, a cancellation or a call that breaks off. A seeded generator picks from them.
import { mulberry32 } from '../engine/dialogue/random.ts';
import { MONTHS_GENITIVE } from '../hotel/format-ru.ts';

export type Random = () => number;

/** A seeded generator, so `portier demo-data --seed N` always writes the same hotel. */
export const seeded = (seed: number): Random => mulberry32(seed);

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const FIRST = [
  'Анна',
  'Мария',
  'Елена',
  'Ольга',
  'Наталья',
  'Ирина',
  'Светлана',
  'Дарья',
  'Алексей',
  'Дмитрий',
  'Сергей',
  'Андрей',
  'Игорь',
  'Михаил',
  'Павел',
  'Николай',
];
const LAST = [
  ['Иванова', 'Иванов'],
  ['Смирнова', 'Смирнов'],
  ['Кузнецова', 'Кузнецов'],
  ['Попова', 'Попов'],
  ['Соколова', 'Соколов'],
  ['Лебедева', 'Лебедев'],
  ['Козлова', 'Козлов'],
  ['Новикова', 'Новиков'],
  ['Морозова', 'Морозов'],
  ['Волкова', 'Волков'],
  ['Орлова', 'Орлов'],
  ['Зайцева', 'Зайцев'],
  ['Фёдорова', 'Фёдоров'],
  ['Михайлова', 'Михайлов'],
] as const;

export function guestName(random: Random): string {
  const first = pick(random, FIRST);
  const female = FIRST.indexOf(first) < 8;
  return `${first} ${pick(random, LAST)[female ? 0 : 1]}`;
}

export function russianMobile(random: Random): string {
  return `+79${between(random, 0, 9)}${between(random, 0, 9)}${String(between(random, 0, 9_999_999)).padStart(7, '0')}`;
}

/** "8 903 555 12 34", as a caller dictates a number. */
export function spokenPhone(e164: string): string {
  const d = e164.slice(2);
  return `8 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6, 8)} ${d.slice(8)}`;
}

/** "с 15 по 17 декабря" / "с 30 декабря по 2 января". */
export function spokenStay(checkIn: string, checkOut: string): string {
  const [, m1, d1] = checkIn.split('-').map(Number) as [number, number, number];
  const [, m2, d2] = checkOut.split('-').map(Number) as [number, number, number];
  return m1 === m2 ? `с ${d1} по ${d2} ${MONTHS_GENITIVE[m2 - 1]}` : `с ${d1} ${MONTHS_GENITIVE[m1 - 1]} по ${d2} ${MONTHS_GENITIVE[m2 - 1]}`;
}

const ROOM_WORDS = ['стандартный номер', 'комфорт', 'семейный номер', 'люкс'];
const PARTY = ['нас двое взрослых', 'один взрослый', 'двое взрослых и ребёнок', 'два взрослых'];
const QUESTIONS = [
  'во сколько у вас заезд',
  'какая у вас парковка',
  'а завтрак входит в стоимость',
  'можно с собакой',
  'как до вас добраться от вокзала',
  'есть ли у вас трансфер из аэропорта',
];
const HANDOFF = ['позовите администратора пожалуйста', 'соедините меня с человеком', 'можно поговорить с сотрудником'];
const CONFUSED = ['а у вас там это самое ну как его', 'мне бы по поводу вчерашнего', 'я насчёт счёта за прошлый раз'];

export type ScriptKind = 'booking' | 'questions' | 'handoff' | 'confused_handoff' | 'cancel' | 'abandoned';

export interface ScriptInput {
  stay: { check_in: string; check_out: string };
  name: string;
  phone: string;
  /** A booking of this guest to cancel (kind "cancel"). */
  code?: string;
}

/** The guest's lines for one conversation of this kind. */
export function guestLines(kind: ScriptKind, random: Random, input: ScriptInput): string[] {
  const hello = pick(random, ['алло здравствуйте', 'здравствуйте', 'добрый день']);
  const bye = pick(random, ['спасибо до свидания', 'спасибо всего доброго']);
  const stay = spokenStay(input.stay.check_in, input.stay.check_out);
  switch (kind) {
    case 'booking':
      return [
        hello,
        `хочу забронировать ${pick(random, ROOM_WORDS)} ${stay}`,
        pick(random, PARTY),
        input.name.toLowerCase(),
        spokenPhone(input.phone),
        'да',
        bye,
      ];
    case 'questions':
      return [hello, pick(random, QUESTIONS), pick(random, QUESTIONS), bye];
    case 'handoff':
      return [hello, pick(random, QUESTIONS), pick(random, HANDOFF)];
    case 'confused_handoff':
      return [hello, pick(random, CONFUSED), pick(random, CONFUSED), pick(random, HANDOFF)];
    case 'cancel':
      return [hello, 'хочу отменить бронь', input.code ?? '', spokenPhone(input.phone), 'да', bye];
    case 'abandoned':
      return [hello, `хочу забронировать номер ${stay}`];
  }
}

export const SCRIPT_WEIGHTS: readonly [ScriptKind, number][] = [
  ['booking', 5],
  ['questions', 4],
  ['handoff', 2],
  ['confused_handoff', 1],
  ['cancel', 1],
  ['abandoned', 2],
];

export function pickKind(random: Random): ScriptKind {
  const total = SCRIPT_WEIGHTS.reduce((n, [, w]) => n + w, 0);
  let r = random() * total;
  for (const [kind, weight] of SCRIPT_WEIGHTS) {
    r -= weight;
    if (r < 0) return kind;
  }
  return 'questions';
}
