// The simulated caller: reads what the assistant's last question asks for and answers it from the case's goal,
// the way the graders' dialogue checker does (same question patterns, same order, same answers per slot).
import type { Goal } from './cases.ts';

export type Asked = 'confirm' | 'code' | 'phone' | 'email' | 'name' | 'dates' | 'guests' | 'room';

const CONFIRMATION = /(верно\?|правильно\?|подтвержда|всё так\?|все так\?|согласны\?)/i;
// Only when nothing else is asked: «Оформить бронь?» is a confirmation, «На какие даты оформить?» is not.
const PROBABLY_CONFIRMATION = /(оформля|оформить|оформим|бронирую|бронируем|забронировать\?|забронируем|подтверд)/i;
const QUESTIONS: readonly (readonly [Asked, RegExp])[] = [
  ['code', /(номер брон|код брон|номер заказа|номер бронирования|код бронирования)/i],
  ['phone', /(телефон|номер для связи|контактн|как с вами связаться|мобильн)/i],
  ['email', /(почт|e-?mail|имейл)/i],
  ['name', /(имя|имени|зовут|фамили|обращаться|на кого|на чь[её] имя|фио)/i],
  ['dates', /(дат[уыа ]|дата|когда|заезд|выезд|числ|с какого|по какое|сколько ноч|на какой срок|период|ноч(ей|и)\b)/i],
  ['guests', /(сколько (вас|гостей|человек|будет)|гост(ей|я|и)|человек|взросл|дет(ей|и)|персон)/i],
  ['room', /(тип номера|тип[а]? номер|категори|какой номер(?! (телеф|брон|заказ))|какой из|выбер|предпочит|стандарт|комфорт|люкс|семейн)/i],
];
// A request may end with a full stop: «Назовите, пожалуйста, номер телефона.»
const REQUEST_START = /^(назовите|скажите|продиктуйте|уточните|подскажите|выберите|укажите|оставьте)/i;

/** The last question (or request) in a reply; the last sentence when there is none. */
export function lastQuestion(reply: string): string {
  const sentences = reply
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const questions = sentences.filter((s) => s.includes('?') || REQUEST_START.test(s));
  return questions.at(-1) ?? sentences.at(-1) ?? '';
}

/** What the reply asks the caller for: a confirmation, or the slots its last question names (often several). */
export function askedFor(reply: string): Asked[] {
  const question = lastQuestion(reply);
  if (CONFIRMATION.test(question)) return ['confirm'];
  const hits = QUESTIONS.filter(([, pattern]) => pattern.test(question)).map(([slot]) => slot);
  if (hits.length === 0 && PROBABLY_CONFIRMATION.test(question)) return ['confirm'];
  return hits;
}

/** Answers questions from a goal; repeated questions take the next answer of a list, then keep the last one. */
export class Caller {
  private readonly used = new Map<Asked, number>();

  constructor(
    private readonly goal: Goal,
    /** Codes of the bookings the case set up, for `code: '$setup'`. */
    private readonly setupCodes: readonly (string | undefined)[] = [],
  ) {}

  answer(slot: Asked): string | null {
    if (slot === 'confirm') return this.goal.yes ?? 'да';
    let options = this.goal[slot];
    if (slot === 'code' && options === '$setup') options = this.setupCodes[0] ?? 'не помню';
    if (slot === 'code' && !options) options = `номера брони не помню, бронировал на телефон ${this.goal.phoneE164}`;
    if (!options) return slot === 'email' ? 'почту указывать не буду' : null;
    const list = Array.isArray(options) ? options : [options];
    const times = this.used.get(slot) ?? 0;
    this.used.set(slot, times + 1);
    return list[Math.min(times, list.length - 1)] ?? null;
  }

  /** The caller's next message for a reply, or null when the reply asks nothing the caller recognises. */
  reply(to: string): string | null {
    const slots = askedFor(to);
    if (slots.length === 0) return null;
    return (
      slots
        .map((s) => this.answer(s))
        .filter(Boolean)
        .join(', ') || 'да'
    );
  }
}
