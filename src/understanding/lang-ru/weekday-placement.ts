// Days of the week said with a stay: in the week named («на следующей неделе»), as the nights of the stay («на
// пятницу и субботу»), or around the one calendar date said («с пятницы 11 декабря по воскресенье»).
import { addDays, type IsoDate, weekdayOf } from './calendar.ts';
import { nextDay } from './calendar-placement.ts';
import type { Mention } from './date-mention.ts';

// «на следующей неделе», «на этой неделе», «через неделю», «через две недели»: the week the days of the week said are in
const WEEK_RE = /(?<![а-я])(?:(?:на )?(следующ[а-я]*|будущ[а-я]*|той|эт[а-я]*|текущ[а-я]*) недел[а-я]*|через (?:(\d+) )?недел[а-я]*)/g;

/**
 * «на следующей неделе с четверга по субботу», «через две недели в пятницу»: the days of the week said are in the
 * week named (counted from this week's Monday), and «через неделю» is then no date of its own.
 */
export function placeInWeek(found: Mention[], t: string, today: IsoDate): void {
  const weekdays = found.filter((f) => f.weekday && f.dow !== undefined);
  if (weekdays.length === 0) return;
  const m = [...t.matchAll(WEEK_RE)][0];
  if (!m) return;
  const word = m[1] ?? '';
  const weeks = m[2] ? Number(m[2]) : /^(?:эт|текущ)/.test(word) ? 0 : 1;
  const monday = addDays(today, -weekdayOf(today));
  for (const w of weekdays) {
    w.date = addDays(monday, 7 * weeks + (w.dow ?? 0));
    w.qualified = true;
  }
  // «через неделю» placed the week; it is not the check-in as well — unless the days said only end the stay
  // («через неделю до пятницы» is from a week from today)
  const onlyUntil = weekdays.every((w) => /(?:^|\s)(?:до|по)\s*$/.test(t.slice(Math.max(0, w.start - 4), w.start)));
  const qualifier = found.findIndex((f) => f.relative && f.start < m.index + m[0].length && f.end > m.index);
  if (qualifier >= 0 && !onlyUntil) found.splice(qualifier, 1);
}

/**
 * «на пятницу и субботу», «на среду четверг»: days of the week joined by «и» or side by side are the nights of the stay — from the
 * first to the morning after the last (two nights), where «с пятницы на субботу» is one.
 */
export function nightsNamed(found: Mention[], t: string): void {
  const weekdays = found.filter((f) => f.weekday && f.date).sort((a, b) => a.start - b.start);
  if (weekdays.length < 2 || found.some((f) => !f.weekday && !f.vague && (f.date || f.dayOnly !== undefined) && !f.relative)) return;
  // joined by «и» or a comma, or said side by side when they follow each other («на пятницу субботу», «на
  // четверг-пятницу»: a recogniser drops the comma and the hyphen)
  const joined = (a: Mention, b: Mention) => {
    const between = t.slice(a.end, b.start);
    return /^\s*(?:,|и|,\s*и)\s*$/.test(between) || (/^\s*-?\s*$/.test(between) && b.dow === ((a.dow ?? -9) + 1) % 7);
  };
  for (let i = 1; i < weekdays.length; i++) if (!joined(weekdays[i - 1]!, weekdays[i]!)) return;
  // «на пятницу и субботу» names nights; «в субботу и воскресенье» may be the days there, «с пятницы…» is a range
  if (!/(?:^|\s)на\s*$/.test(t.slice(Math.max(0, weekdays[0]!.start - 4), weekdays[0]!.start))) return;
  const first = weekdays[0]!;
  const last = weekdays.at(-1)!;
  let out = addDays(last.date!, 1);
  while (out <= first.date!) out = addDays(out, 7);
  first.role = 'in';
  last.role = 'out';
  last.date = out;
  for (const w of weekdays.slice(1, -1)) found.splice(found.indexOf(w), 1);
}

/**
 * «с пятницы 11 декабря по воскресенье», «с пятницы на субботу двенадцатого декабря»: with one calendar date said,
 * the day of the week it falls on (else the one said just before it) is that date, and the other days of the week
 * said fall just before or after it, in the order they were said.
 */
export function anchorWeekdays(found: Mention[], today: IsoDate): Mention[] {
  const weekdays = found.filter((f) => f.weekday).sort((x, y) => x.start - y.start);
  // «послезавтра до воскресенья»: a day counted from today is no calendar date for the days of the week to hang on
  const dated = found.filter((f) => !f.weekday && !f.vague && !f.relative && !f.invalid && (f.date || f.dayOnly !== undefined));
  const only = dated[0];
  const anchor = only?.date ?? (only?.dayOnly !== undefined ? nextDay(today, only.dayOnly) : null);
  // «с субботы на воскресенье, 12–13 декабря»: the calendar dates say it all
  if (weekdays.length && dated.length >= 2) return found.filter((f) => !f.weekday);
  if (weekdays.length === 0 || !only || dated.length !== 1 || !anchor || only.role || found.some((f) => f.relative)) return found;
  const named = weekdays.find((w) => w.dow === weekdayOf(anchor)) ?? weekdays.filter((w) => w.start < only.start).at(-1) ?? weekdays[0]!;
  for (const w of weekdays) {
    if (w === named) continue;
    const step = w.start < named.start ? -1 : 1;
    let d = addDays(anchor, step);
    while (weekdayOf(d) !== w.dow) d = addDays(d, step);
    w.date = d;
  }
  // the date stands where its day of the week was said, so «с …» and «на …» before it give its role
  only.date = anchor;
  delete only.dayOnly;
  only.start = named.start;
  only.end = named.end;
  return found.filter((f) => f !== named);
}
