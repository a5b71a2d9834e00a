// «хочу забронировать стандарт с 5 по 7 декабря, и ещё скажите, сколько стоит трансфер с вокзала?»: the booking
// is started by the understanding; the knowledge answer is for the question part alone, or it would price the
// room of the booking clause instead of the transfer asked about.
import { normalizeText } from '../lang-ru/text.ts';

// where one request ends and another begins: a sentence end, «и ещё», «кстати», «а скажите», «, а …»
const BOUNDARY =
  /[.!?;]+\s*|,?\s+(?:и|а) ещ[её](?: (?:скажите|подскажите|вопрос|спрошу|узнать))?,?\s+|,?\s+кстати,?\s+|,?\s+(?:и|а) (?:также |заодно )?(?:скажите|подскажите)(?: пожалуйста)?,?\s+|,\s+а\s+/;
const BOOKS = /(?<![а-я])(?:заброниру\S*|забронировать|брониру\S*|оформ\S*|(?:нужен|хочу|снять|сниму) (?:\S+ )?номер\S*)(?![а-я])/;
const ASKS = /(?<![а-я])(?:сколько|почем|какой|какая|какие|когда|где|есть ли|можно ли|во сколько|как)(?![а-я])|\?/;

/** A message that asks to book and asks a question besides, in its two parts; null for anything else. */
export function bookingAndQuestion(message: string): { booking: string; question: string } | null {
  const clauses = message
    .split(BOUNDARY)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length < 2) return null;
  const books = (c: string) => BOOKS.test(normalizeText(c)) && !ASKS.test(normalizeText(c));
  const booking = clauses.filter(books);
  const questions = clauses.filter((c) => !books(c));
  return booking.length && questions.length ? { booking: booking.join('. '), question: questions.join('. ') } : null;
}

/** The question of a message that also asks to book; the message itself when it holds nothing else. */
export function questionPart(message: string): string {
  return bookingAndQuestion(message)?.question ?? message;
}

// «во сколько заселение и можно ли раньше»: a second question joined by «и» or «а»
const SECOND_QUESTION =
  /,?\s+(?:и|а)\s+(?=(?:можно ли|можно|есть ли|сколько|когда|где|во сколько|до скольки|со скольки|какой|какая|какие|как|(?:по)?(?:раньше|ранее|позже|позднее|дольше))(?![а-я]))/;

/** The questions of a message that asks two at once; the message alone otherwise. */
export function questionClauses(message: string): string[] {
  const parts = message
    .split(SECOND_QUESTION)
    .map((c) => c.trim())
    .filter(Boolean);
  return parts.length === 2 ? parts : [message];
}
