// Dates, money and phone numbers as a Russian reception desk writes them: «пн, 7 дек.», «36 000 ₽»,
// «+7 903 555-12-34». Calendar dates (YYYY-MM-DD) are the hotel's own days, formatted without a time zone shift.
const dayFormat = new Intl.DateTimeFormat('ru-RU', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const shortDay = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const weekdayFormat = new Intl.DateTimeFormat('ru-RU', { weekday: 'short', timeZone: 'UTC' });

const utc = (iso) => new Date(`${iso}T00:00:00Z`);

/** «пн, 7 дек.» */
export const day = (iso) => dayFormat.format(utc(iso));
/** «7 дек.» */
export const dayShort = (iso) => shortDay.format(utc(iso));
/** «пн» */
export const weekday = (iso) => weekdayFormat.format(utc(iso));
export const dayOfMonth = (iso) => String(Number(iso.slice(8, 10)));

/** «пн, 7 дек. — ср, 9 дек.» */
export const stay = (checkIn, checkOut) => `${day(checkIn)} — ${day(checkOut)}`;

export function nights(checkIn, checkOut) {
  const n = Math.round((utc(checkOut) - utc(checkIn)) / 86_400_000);
  return `${n} ${plural(n, 'ночь', 'ночи', 'ночей')}`;
}

export function plural(n, one, few, many) {
  const d10 = n % 10;
  const d100 = n % 100;
  if (d10 === 1 && d100 !== 11) return one;
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return few;
  return many;
}

export function money(amount, currency = 'RUB') {
  return new Intl.NumberFormat('ru-RU', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** «+7 903 555-12-34»; a masked number («+7 903 ***-**-34») and other countries' numbers stay as they are. */
export function phone(e164) {
  if (!e164) return '—';
  const m = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return m ? `+7 ${m[1]} ${m[2]}-${m[3]}-${m[4]}` : e164;
}

export function party(adults, children) {
  const a = `${adults} ${plural(adults, 'взрослый', 'взрослых', 'взрослых')}`;
  return children ? `${a}, ${children} ${plural(children, 'ребёнок', 'ребёнка', 'детей')}` : a;
}

/** A moment in the hotel's time zone: «пн, 7 дек., 14:05». */
export function moment(isoTime, timeZone) {
  return new Intl.DateTimeFormat('ru-RU', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(isoTime),
  );
}

/** A moment without the weekday, for narrow cells: «7 дек., 14:05». */
export function shortMoment(isoTime, timeZone) {
  return new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(isoTime));
}

export function time(isoTime, timeZone) {
  return new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone }).format(new Date(isoTime));
}

/** «2 мин 05 с» */
export function duration(seconds) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m} мин ${String(s).padStart(2, '0')} с` : `${s} с`;
}

export const percent = (share) => (share === null || share === undefined ? '—' : `${Math.round(share * 100)} %`);

export const SOURCES = { phone: 'звонок', chat: 'чат', console: 'консоль', api: 'API', other: 'другое' };
export const OUTCOMES = { booked: 'бронь', answered: 'ответ', handoff: 'передан на ресепшен', not_understood: 'не понят', abandoned: 'прерван' };
export const HANDOFF_REASONS = {
  guest_asked: 'гость попросил сотрудника',
  not_understood: 'ассистент не понял гостя',
  english_speaker: 'гость говорит по-английски',
  complaint: 'жалоба',
  not_covered: 'просьба вне возможностей ассистента',
  group_booking: 'группа или мероприятие',
  system_error: 'сбой системы',
  other: 'другое',
};
export const ROLES = { administrator: 'администратор', reception: 'ресепшен' };
export const CHANNELS = { sms: 'SMS', email: 'Письмо' };
export const NOTIFY_EVENTS = { booked: 'о брони', changed: 'об изменении', cancelled: 'об отмене', reminder: 'с кодом брони' };
