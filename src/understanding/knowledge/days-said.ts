// How a day was said in a price question: «в выходные», «по будням» name a kind of night (the price of one such
// night), «на выходные» the coming weekend as a stay — dates the caller did not say, so the answer says which.
import { extractStay } from '../lang-ru/dates.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { normalizeText } from '../lang-ru/text.ts';

// «в выходные», «в будни», «в будние дни»: nights of that kind in general
const KIND_OF_NIGHT = /(?<![а-я])в (?:выходные(?: дни)?|будни|будние дни)(?![а-я])/;
// «эти», «ближайшие», «следующие»: one weekend in particular
const PARTICULAR = /(?<![а-я])(?:эти|этих|ближайш\S*|следующ\S*|будущ\S*|на этой|на следующей|через)(?![а-я])/;
// «на выходные», «на выходных» with no day or week named beside it
const BARE_WEEKEND = /(?<![а-я])на выходн(?:ые|ых)(?![а-я])/;

/** «сколько стоит комфорт в выходные»: a kind of night asked, with no stay said besides it. */
export function kindOfNightOnly(question: string, now: Date, timezone: string): boolean {
  const t = numberize(normalizeText(question));
  if (!KIND_OF_NIGHT.test(t) || PARTICULAR.test(t)) return false;
  return !extractStay(t.replace(KIND_OF_NIGHT, ' '), now, timezone).check_in;
}

/** «почём люкс на выходные»: the coming weekend taken for the stay, which the answer then names as such. */
export function nearestWeekendTaken(question: string, now: Date, timezone: string): boolean {
  const t = numberize(normalizeText(question));
  if (!BARE_WEEKEND.test(t) || PARTICULAR.test(t)) return false;
  return !extractStay(t.replace(BARE_WEEKEND, ' '), now, timezone).check_in;
}
