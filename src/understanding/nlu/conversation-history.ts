// What the conversation so far says about the message now: the assistant's last lines (an offer of help, of a
// booking) and the caller's last message (a month, a stay's length, a word of cancelling).
import { bareMonth, extractNights, normalizeText, numberize } from '../lang-ru/index.ts';
import { usualForms } from '../lang-ru/spoken.ts';
import { maskPhoneDigits } from '../lang-ru/text.ts';
import type { UnderstandingContext } from '../types.ts';

type History = UnderstandingContext['history'];

/** What the assistant said since the caller last spoke (a price and «Хотите забронировать?» are two lines). */
export function lastBotTurn(history: History): string {
  const lines: string[] = [];
  for (let i = history.length - 1; i >= 0 && history[i]!.role === 'bot'; i--) lines.unshift(history[i]!.text);
  return lines.join(' ');
}

export function lastUserText(history: History): string | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.role === 'user') return history[i]!.text;
  return undefined;
}

/** The bot's last line offers help: «Чем могу помочь?», or more of it: «Чем ещё могу помочь?». */
export function helpOffered(history: History): 'first' | 'more' | null {
  const last = history.at(-1);
  if (last?.role !== 'bot' || !/помочь\?\s*$/i.test(last.text)) return null;
  return /ещ[её][^.!?]*помочь\?\s*$/i.test(last.text) ? 'more' : 'first';
}

/** The bot's last line asks whether to book (the knowledge answer's offer after free rooms or a price). */
export function offeredBooking(history: History): boolean {
  const last = history.at(-1);
  return last?.role === 'bot' && /заброниров\S*\?\s*$/i.test(last.text);
}

/** The bot's last line offers to say a booking code (again): «Повторить код?», «Продиктовать код брони?». */
export function offeredCode(history: History): boolean {
  const last = history.at(-1);
  return last?.role === 'bot' && /(?:повторить|продиктовать|назвать|напомнить)(?: вам)?(?: ещ[её] раз)? код(?: брони)?\?\s*$/i.test(last.text);
}

/** The month named alone («в январе», «на февраль») in the caller's last message, if that message named one. */
export function monthSaidBefore(history: History): number | undefined {
  const previous = lastUserText(history);
  return previous === undefined ? undefined : bareMonth(usualForms(previous));
}

/** The caller's last message or the assistant's answer to it spoke of cancelling («а штраф за отмену есть?»). */
export function spokeOfCancelling(history: History): boolean {
  const said = `${lastUserText(history) ?? ''} ${lastBotTurn(history)}`.toLowerCase();
  return /(?<![а-яё])(?:отмен|аннулир|незаезд)/.test(said);
}

/** Did the caller give the stay as a number of nights in an earlier turn? */
export function saidLength(history: History): boolean {
  return history.some((h) => h.role === 'user' && extractNights(maskPhoneDigits(numberize(normalizeText(h.text)))) !== undefined);
}
