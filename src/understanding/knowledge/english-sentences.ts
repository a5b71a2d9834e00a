// A hotel fact said to an English caller as a natural English sentence. Nothing is translated word by word: each
// topic has the shape of its English sentence, and every figure and every part of it comes from data/hotel.yml — a
// part is said only when the data states it (a price when it has one, «in advance» when it asks for booking ahead,
// «the first night» when that is what a late cancellation costs). A fact with no shape here gives its figures.
import type { Hotel } from '../../hotel/types.ts';

export const grouped = (n: string) => n.replace(/\s/g, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const rub = (text: string): string[] => [...text.matchAll(/(\d[\d ]*\d|\d)\s*(?:рубл\S*|₽)/g)].map((m) => `${grouped(m[1]!)} RUB`);
const times = (text: string): string[] => [...text.matchAll(/(\d{1,2}:\d{2})/g)].map((m) => m[1]!);
const percent = (text: string): string | undefined => /(\d+)\s*%/.exec(text)?.[1];
const upTo = (text: string, what: RegExp): string | undefined => new RegExp(`до (\\d+) ${what.source}`).exec(text)?.[1];
const list = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? ''));

/** A room type's code as its English name: «standard» → «Standard». */
const roomName = (code: string) => code.charAt(0).toUpperCase() + code.slice(1);

/** The room types named in a Russian fact («в номерах «Стандарт» и «Комфорт»»), by their English names. */
function roomsNamed(text: string, hotel: Hotel): string[] {
  return hotel.room_types.filter((r) => text.includes(`«${r.name}»`)).map((r) => roomName(r.code));
}

/** «с 7:00 до 11:00» pairs as «7:00–11:00», with «on weekdays» / «at weekends» when the data says so. */
function hours(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/с (\d{1,2}:\d{2}) до (\d{1,2}:\d{2})/g)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 14), m.index);
    const when = /будн/.test(before) ? ' on weekdays' : /выходн/.test(before) ? ' at weekends' : '';
    out.push(`${m[1]}–${m[2]}${when}`);
  }
  return out;
}

type Shape = (text: string, hotel: Hotel) => string | null;

const SHAPES: Record<string, Shape> = {
  breakfast: (t) => {
    const served = hours(t);
    const buffet = /шведск/.test(t) ? 'a buffet' : '';
    const included = /включ[её]н/.test(t) ? 'included in the room price' : rub(t)[0] ? `${rub(t)[0]}` : '';
    const what = [buffet, included].filter(Boolean).join(', ');
    return `Breakfast${what ? ` is ${what}` : ' is served'}${served.length ? `${what ? ', served' : ''} ${list(served)}` : ''}.`;
  },
  parking: (t) => {
    const price = rub(t)[0];
    const kind = /подземн/.test(t) ? 'underground parking' : 'parking';
    const unit = /в сутки/.test(t) ? ' per day' : '';
    return `Yes, we have ${kind}${price ? ` for ${price}${unit}` : ''}${/заранее/.test(t) ? '; please reserve a space in advance' : ''}.`;
  },
  wifi: (t) => `Yes, Wi-Fi is ${/бесплатн/.test(t) ? 'free' : 'available'}${/во вс[её]м отеле/.test(t) ? ' throughout the hotel' : ''}.`,
  transfer: (t) => {
    const parts = t.split(/,\s*(?![^(]*\))/).map((p) => {
      const price = rub(p)[0];
      const from = /аэропорт/.test(p) ? 'from the airport' : /вокзал/.test(p) ? 'from the railway station' : null;
      if (!from || !price) return null;
      const people = upTo(p, /пассажир/);
      return `${from} for ${price}${/в одну сторону/.test(p) ? ' one way' : ''}${people ? ` (up to ${people} passengers)` : ''}`;
    });
    const said = parts.filter((p): p is string => !!p);
    return said.length ? `We can arrange a transfer ${list(said)}.` : null;
  },
  restaurant: (t) => {
    const open = hours(t)[0];
    const roomService = /в номер/.test(t) ? (/в номерах до (\d{1,2}:\d{2})/.exec(t)?.[1] ?? '') : null;
    return `Our restaurant is open${open ? ` ${open}` : ''}${roomService !== null ? `, and room service is available${roomService ? ` until ${roomService}` : ''}` : ''}.`;
  },
  gym: (t) => `The gym is open${/круглосуточно/.test(t) ? ' 24 hours' : ` ${hours(t)[0] ?? ''}`}${/бесплатн/.test(t) ? ' and free for guests' : ''}.`,
  sauna: (t) => {
    const open = hours(t)[0];
    const price = rub(t)[0];
    const people = upTo(t, /человек/);
    return `The sauna is open${open ? ` ${open}` : ''}${price ? ` and costs ${price}${/в час/.test(t) ? ' per hour' : ''}${people ? ` for up to ${people} people` : ''}` : ''}${/запис/.test(t) ? '; please book it in advance' : ''}.`;
  },
  luggage: (t) => `Yes, you can leave your luggage with us${/бесплатн/.test(t) ? ' free of charge' : ''}.`,
  laundry: (t) => {
    const by = /до (\d{1,2}:\d{2})/.exec(t)?.[1];
    const dry = /химчистк/.test(t) ? ' and dry cleaning' : '';
    return `We offer laundry${dry}${/ресепш/.test(t) ? ': order at reception' : ''}${by ? ` by ${by}` : ''}${/в тот же день/.test(t) ? ' and it is ready the same day' : ''}.`;
  },
  pets: (t, hotel) => {
    const kg = upTo(t, /кг/);
    const rooms = roomsNamed(t, hotel);
    const fee = rub(t)[0];
    return `Small pets${kg ? ` up to ${kg} kg` : ''} are welcome${rooms.length ? ` in ${list(rooms)} rooms` : ''}${fee ? ` for ${fee}${/проживание/.test(t) ? ' per stay' : ''}` : ''}.`;
  },
  smoking: (t) => `Smoking is not allowed in the rooms${rub(t)[0] ? `; the fine is ${rub(t)[0]}` : ''}.`,
  payment_methods: (t) => {
    const cards = [/«?мир»?/i.test(t) ? 'Mir' : '', /visa/i.test(t) ? 'Visa' : '', /mastercard/i.test(t) ? 'Mastercard' : ''].filter(Boolean);
    const ways = [cards.length ? `${list(cards)} cards` : '', /сбп/i.test(t) ? 'SBP fast payments' : '', /налич/.test(t) ? 'cash' : ''].filter(Boolean);
    return ways.length ? `We accept ${list(ways)}.` : null;
  },
  prepayment: (t) => (/не требуется/.test(t) ? `No prepayment is needed${/при заселении/.test(t) ? '; you pay at check-in' : ''}.` : null),
  cancellation: (t) => {
    const until = times(t)[0];
    const dayBefore = /за сутки/.test(t);
    const firstNight = /первой ночи/.test(t);
    if (!/бесплатн/.test(t)) return null;
    return `Cancellation is free${until ? ` until ${until}` : ''}${dayBefore ? ' the day before arrival' : ''}${firstNight ? '; after that, or if you do not arrive, the first night is charged' : ''}.`;
  },
  early_check_in: (t, hotel) => {
    const from = times(t)[0];
    const share = percent(t);
    return `Early check-in${from ? ` from ${from}` : ''} is possible${share ? ` for ${share}% of the night's price` : ''}${/при наличии/.test(t) ? ', if rooms are available' : ''}; regular check-in is from ${hotel.hotel.check_in_time}.`;
  },
  late_check_out: (t, hotel) => {
    const until = times(t)[0];
    const share = percent(t);
    return `Late check-out${until ? ` until ${until}` : ''} is possible${share ? ` for ${share}% of the night's price` : ''}${/при наличии/.test(t) ? ', if rooms are available' : ''}; regular check-out is until ${hotel.hotel.check_out_time}.`;
  },
  documents: (t) =>
    /паспорт/.test(t)
      ? `At check-in we need a passport for every adult guest${/миграцион/.test(t) ? '; foreign guests also need their migration card' : ''}.`
      : null,
  baby_cot: (t) => `A baby cot is available${/бесплатн/.test(t) ? ' free of charge' : ''}${/по запросу/.test(t) ? ' on request' : ''}.`,
  extra_bed: (t) => (/не предоставля/.test(t) ? 'I am sorry, we cannot provide an extra bed.' : null),
  accessibility: (t, hotel) => {
    const rooms = roomsNamed(t, hotel);
    const lift = /лифт/.test(t) ? 'We have a lift' : '';
    const equipped = /коляск/.test(t) && rooms.length ? `one ${rooms[0]} room is equipped for wheelchair users` : '';
    return lift || equipped ? `${[lift, equipped].filter(Boolean).join(', and ')}.`.replace(/^one/, 'One') : null;
  },
};

/** The English sentence for a service or a policy of the hotel, or null when its topic has no shape here. */
export function englishSentence(topic: string, hotel: Hotel): string | null {
  const text = hotel.services[topic] ?? hotel.policies[topic];
  const shape = SHAPES[topic];
  return text && shape ? shape(text, hotel) : null;
}
