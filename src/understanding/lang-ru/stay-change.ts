// A change to a booked stay said relative to it (issue 12, tester kind 7): «на неделю позже», «на пару дней
// раньше», «добавьте одну ночь», «уедем на день раньше», «приедем на день позже». Which end of the stay moves is
// read from the words of arriving and leaving: with neither, «позже»/«раньше» move the whole stay (that is what
// «перенести на неделю позже» and a bare «на неделю позже» mean), «ещё»/«добавить»/«продлить» add nights at the
// end; with the leaving words only the check-out moves, with the arriving words only the check-in.
import { extractNights } from './dates.ts';
import { numberize } from './numbers.ts';
import { maskPhoneDigits, normalizeText } from './text.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';
// «перенести», «сдвинуть», «передвинуть»: the whole stay moves
const MOVE = new RegExp(`${L}(?:перенес\\S*|перенос\\S*|перенест\\S*|сдвин\\S*|сдвига\\S*|передвин\\S*|подвин\\S*)${R}`);
const LATER = new RegExp(`${L}(?:позже|попозже|позднее|вперед)${R}`);
const EARLIER = new RegExp(`${L}(?:раньше|пораньше|ранее|назад)${R}`);
// more nights, or fewer
const LONGER = new RegExp(`${L}(?:продл\\S*|ещ[её]|дополнительн\\S*|добав\\S*|лишн\\S*|больше|дольше|подольше|задерж\\S*)${R}`);
const SHORTER = new RegExp(`${L}(?:сократ\\S*|укорот\\S*|уменьш\\S*|меньше|убер\\S*|убрать|убавь\\S*|минус)${R}`);
// the end of the stay («выезд», «уедем», «съедем», «выпишемся») and its start («заезд», «приедем», «заселимся»)
const LEAVING = new RegExp(`${L}(?:выезд\\S*|выезж\\S*|выед\\S*|выехать|уезжа\\S*|уед\\S*|уехать|съезжа\\S*|съед\\S*|съехать|выселен\\S*|выпис\\S*)${R}`);
const ARRIVING = new RegExp(`${L}(?:заезд\\S*|заезжа\\S*|заед\\S*|заехать|приезд\\S*|приед\\S*|приехать|прилет\\S*|засел\\S*|въезд\\S*)${R}`);
const KEPT = `(?:тот же|та же|такой же|прежн\\S*|как был\\S*|не меня\\S*|оставля\\S*|оставьте|остается)${R}`;
// a night, a day or a week said without a number: one of them
const UNIT = new RegExp(`${L}(?:ночь|ночку|ночевку|сутки|денек|день|недел[юя]|недельку)${R}`);

export interface StayChange {
  /** Days the check-in moves (and the check-out with it). */
  shift: number;
  /** Nights added to (negative: taken from) the check-out after the shift. */
  extra: number;
}

/** A relative change to a booked stay, or null when the message gives none. */
export function stayChange(text: string): StayChange | null {
  const t = maskPhoneDigits(numberize(normalizeText(text)));
  // «перенесите на неделю»: moved with no direction said is moved later
  const later = LATER.test(t) || (MOVE.test(t) && !EARLIER.test(t));
  const earlier = !later && EARLIER.test(t);
  const longer = !later && !earlier && LONGER.test(t);
  const shorter = !later && !earlier && !longer && SHORTER.test(t);
  if (!later && !earlier && !longer && !shorter) return null;
  // «перенесите на десятое» names the day, not a length
  if (MOVE.test(t) && !LATER.test(t) && !UNIT.test(t) && extractNights(t) === undefined) return null;
  const said = extractNights(t) ?? extractNights(t.replace(/(?<![а-я])(?:ещ[её]|дополнительно)(?![а-я])/g, 'на'));
  const unit = UNIT.exec(t)?.[0];
  const n = said ?? (unit ? (unit.startsWith('недел') ? 7 : 1) : undefined);
  if (n === undefined) return null;
  // «заедем на день позже, а выезд тот же»: the end named as kept is not the end that moves
  const kept = (end: RegExp) => new RegExp(`${end.source}(?: \\S+)? ${KEPT}`).test(t);
  const leaving = LEAVING.test(t) && !kept(LEAVING);
  const arriving = ARRIVING.test(t) && !kept(ARRIVING);
  if (later || earlier) {
    const d = later ? n : -n;
    if (leaving && !arriving) return { shift: 0, extra: d };
    if (arriving && !leaving && !MOVE.test(t)) return { shift: d, extra: -d };
    return { shift: d, extra: 0 };
  }
  return { shift: 0, extra: longer ? n : -n };
}

/** Only the end of the stay is spoken of («уедем», «выезд»), not its start. */
export function speaksOfLeavingOnly(text: string): boolean {
  const t = normalizeText(text);
  return LEAVING.test(t) && !ARRIVING.test(t);
}
