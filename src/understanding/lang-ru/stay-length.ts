// The length of a stay said in nights, days or weeks: «на две ночи», «на сутки», «дней на пять», «на недельку».

// A number of people after it: «недели на 3-х», «на сутки 2 человека» give no length.
const NOT_PEOPLE = '(?![\\d-])(?! ?(?:человек|чел|взросл|гост|персон|дет|ребен))';
// The unit said before its number, as callers approximate: «дней на пять», «ночи на три», «на недели две».
const UNIT_FIRST = [
  new RegExp(`(?:^|\\s)(ноч|сут|недел|дн|ден)[а-я]* на (\\d+)${NOT_PEOPLE}`),
  new RegExp(`(?:^|\\s)на (ноч|сут|недел|дн|ден)[а-я]* (\\d+)${NOT_PEOPLE}`),
];

/**
 * Nights of the stay: «на две ночи», «на сутки», «на неделю», «на пару ночей», «одну ночь», and with the unit first
 * («дней на пять», «на недели две»). A week of days is seven nights.
 */
export function extractNights(t: string): number | undefined {
  const first = UNIT_FIRST.map((re) => re.exec(t)).find((x) => x);
  const m =
    /(?:^|\s)(?:на )?(\d+)(?:-ро|-х)? ?(ноч|сут)/.exec(t) ??
    /(?:^|\s)на (\d+)(?:-ро|-х)? ?(недел|дн|ден)/.exec(t) ??
    (first ? ['', first[2], first[1]] : null) ??
    /(?:^|\s)на (ночь|ночку|сутки|неделю|недельку|одну ночь)/.exec(t);
  if (!m) return undefined;
  if (m.length === 2) {
    const w = m[1] ?? '';
    return w.startsWith('недел') ? 7 : 1;
  }
  const n = Number(m[1]);
  const unit = m[2] ?? '';
  if (!Number.isFinite(n) || n <= 0 || n > 60) return undefined;
  return unit.startsWith('недел') ? 7 * n : n;
}
