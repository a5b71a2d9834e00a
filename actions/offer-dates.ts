// Which dates a room offer names. A caller who said the days («с пятого по седьмое декабря») hears «На ваши даты
// свободны …» (the response's own words); one whose dates were vague or worked out by the assistant («на выходные», «в
// начале декабря», «через две недели в пятницу», dates carried over from an earlier question) hears them said back,
// briefly: «С 27 по 29 ноября свободны …», so that a wrong guess is caught before the name and phone are asked.
import type { ActionCall } from '../src/engine/actions.ts';
import { staySaid, type YearContext } from '../src/hotel/format-ru.ts';
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

/**
 * The stay to say back in the offer («С 27 по 29 ноября», «С 25 на 26 ноября»), or null when the caller said the check-in day in so many
 * words: the slot `offer_dates` then stays empty and the response says «На ваши даты» in its own words.
 */
export function offerDates(call: ActionCall, checkIn: IsoDate, checkOut: IsoDate, year?: YearContext): string | null {
  const said = messageThatSetCheckIn(call, checkIn);
  const day = Number(checkIn.slice(8, 10));
  if (said && new RegExp(`(?<!\\d)${day}(?!\\d)`).test(numberize(normalizeText(said)))) return null;
  // one night as people say it: «С 25 на 26 ноября»
  const range = staySaid(checkIn, checkOut, year);
  return range.charAt(0).toUpperCase() + range.slice(1);
}
