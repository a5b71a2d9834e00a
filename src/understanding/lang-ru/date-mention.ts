// A date found in what the caller said, before its role in the stay (check-in or check-out) is decided.
import type { IsoDate } from './calendar.ts';

export interface Mention {
  start: number;
  end: number;
  date?: IsoDate;
  invalid?: string;
  /** Day of month with no month said: resolved against the other date of the stay. */
  dayOnly?: number;
  /** Said as a day of the week. */
  weekday?: boolean;
  /** That day of the week, Monday 0. */
  dow?: number;
  /** A day of the week said with «этот», «следующий», «ближайший»: placed from today, whatever stay is changed. */
  qualified?: boolean;
  /** «на выходные», «на новый год»: stands in for dates only when no day is said. */
  vague?: boolean;
  /** «завтра», «послезавтра», «через неделю»: placed from today, so no day of the week said with it moves it. */
  relative?: boolean;
  role?: 'in' | 'out';
}
