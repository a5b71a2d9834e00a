// Which dates a room offer names. A caller who said the days («с пятого по седьмое декабря») hears «На ваши даты
// свободны …» (the response's own words); one whose dates were vague or worked out by the assistant («на выходные», «в
// начале декабря», «через две недели в пятницу», dates carried over from an earlier question) hears them said back,
// briefly: «С 27 по 29 ноября свободны …», so that a wrong guess is caught before the name and phone are asked.
import type { ActionCall } from '../src/engine/actions.ts';
import { staySaid, stayRange, type YearContext } from '../src/hotel/format-ru.ts';
import type { IsoDate } from '../src/hotel/types.ts';
import { numberize } from '../src/understanding/lang-ru/numbers.ts';
import { normalizeText } from '../src/understanding/lang-ru/text.ts';

/** The caller's message that set the check-in now held, or null (set by no message of the caller). */
function messageThatSetCheckIn(call: ActionCall, checkIn: IsoDate): string | null {
  const events = call.tracker.events;
  let i = events.length - 1;
  while (i >= 0) {
    const e = events[i]!;
    if (e.event === 'slot' && e.name === 'check_in_date' && e.value === checkIn) break;
    i--;
  }
  for (; i >= 0; i--) {
    const e = events[i]!;
    if (e.event === 'user') return e.text;
  }
  return null;
}

/** What the assistant has said since the caller last spoke. */
export function botLinesThisTurn(call: ActionCall): string[] {
  const lines: string[] = [];
  const events = call.tracker.events;
  for (let i = events.length - 1; i >= 0 && events[i]!.event !== 'user'; i--) {
    const e = events[i]!;
    if (e.event === 'bot' && e.text) lines.push(e.text);
  }
  return lines;
}

/**
 * The stay to say back in the offer («С 27 по 29 ноября», «С 25 на 26 ноября»), or null when the caller said the check-in day in so many
 * words: the slot `offer_dates` then stays empty and the response says «На ваши даты» in its own words. «На эти
 * даты» when the assistant has just said the stay back in this turn.
 */
export function offerDates(call: ActionCall, checkIn: IsoDate, checkOut: IsoDate, year?: YearContext): string | null {
  // the stay said back a moment ago in this very turn («Хорошо, с 1 по 3 декабря.», a correction): not said twice
  const ranges = [stayRange(checkIn, checkOut, year), staySaid(checkIn, checkOut, year)].map((r) => r.toLowerCase());
  if (botLinesThisTurn(call).some((line) => ranges.some((r) => line.toLowerCase().includes(r)))) return 'На эти даты';
  const said = messageThatSetCheckIn(call, checkIn);
  const day = Number(checkIn.slice(8, 10));
  if (said && new RegExp(`(?<!\\d)${day}(?!\\d)`).test(numberize(normalizeText(said)))) return null;
  // one night as people say it: «С 25 на 26 ноября»
  const range = staySaid(checkIn, checkOut, year);
  return range.charAt(0).toUpperCase() + range.slice(1);
}
