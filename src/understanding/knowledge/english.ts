// A fact for a caller who speaks English (issue 12, set C kind B7), built only from what data/hotel.yml holds in a
// form any language reads: times, prices and weights, the phone, the address as written, the room types' codes.
// The Russian wording is never translated word by word: a topic the caller names in English gets its figures, with a
// few units said in English («в сутки» → «per day»); a topic without figures says only that the hotel has it.
import type { Hotel } from '../../hotel/types.ts';

// the English words for each topic of hotel.yml (services and policies by their keys)
const TOPICS: [RegExp, string][] = [
  [/\bcheck[- ]?in\b|\barriv|\bearliest\b/i, 'check_in_time'],
  [/\bcheck[- ]?out\b|\bleav(e|ing)\b|\bdepart/i, 'check_out_time'],
  [/\bbreakfast/i, 'breakfast'],
  [/\bpark(ing)?\b|\bcar\b|\bgarage/i, 'parking'],
  [/\bwi-?fi\b|\binternet\b/i, 'wifi'],
  [/\btransfer\b|\bairport\b|\btaxi\b|\bstation\b|\bpick (me )?up\b/i, 'transfer'],
  [/\brestaurant\b|\bdinner\b|\blunch\b|\broom service\b/i, 'restaurant'],
  [/\bgym\b|\bfitness\b/i, 'gym'],
  [/\bsauna\b/i, 'sauna'],
  [/\blaundry\b|\bironing\b/i, 'laundry'],
  [/\bluggage\b|\bbags?\b|\bsuitcase/i, 'luggage'],
  [/\bpets?\b|\bdogs?\b|\bcats?\b/i, 'pets'],
  [/\bsmok/i, 'smoking'],
  [/\bpay(ment)?\b|\bcards?\b|\bcash\b/i, 'payment_methods'],
  [/\baddress\b|\bwhere are you\b|\blocated\b/i, 'address'],
  [/\bphone\b|\bcall\b|\bnumber\b/i, 'phone'],
  [/\bprices?\b|\bcost\b|\bhow much\b|\brates?\b|\brooms?\b/i, 'rooms'],
];

const TITLES: Record<string, string> = {
  breakfast: 'Breakfast',
  parking: 'Parking',
  wifi: 'Wi-Fi',
  transfer: 'Transfer',
  restaurant: 'Restaurant',
  gym: 'Gym',
  sauna: 'Sauna',
  laundry: 'Laundry',
  luggage: 'Luggage storage',
  pets: 'Pets',
  smoking: 'Smoking',
  payment_methods: 'Payment',
};

const UNITS: [RegExp, string][] = [
  [/^\s*в сутки/, ' per day'],
  [/^\s*за ночь/, ' per night'],
  [/^\s*в час/, ' per hour'],
  [/^\s*в одну сторону/, ' one way'],
  [/^\s*за вс[её] проживание/, ' per stay'],
];

const grouped = (n: string) => n.replace(/\s/g, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** The figures of a fact as English: «с 7:00 до 11:00» → «7:00–11:00», «900 рублей в сутки» → «900 RUB per day». */
function figures(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:с\s+)?(\d{1,2}:\d{2})(?:\s+до\s+(\d{1,2}:\d{2}))?|(\d[\d ]*\d|\d)\s*(?:рубл\S*|₽)|до\s+(\d+(?:[.,]\d+)?)\s*кг/g)) {
    if (m[1]) {
      const when = /будн/.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))
        ? ' on weekdays'
        : /выходн/.test(text.slice(Math.max(0, (m.index ?? 0) - 14), m.index))
          ? ' at weekends'
          : '';
      out.push(m[2] ? `${m[1]}–${m[2]}${when}` : `${m[1]}${when}`);
    } else if (m[3]) {
      const rest = text.slice((m.index ?? 0) + m[0].length);
      out.push(`${grouped(m[3])} RUB${UNITS.find(([re]) => re.test(rest))?.[1] ?? ''}`);
    } else if (m[4]) out.push(`up to ${m[4]} kg`);
  }
  return out;
}

/** One English sentence answering the topic the caller asked about, or null when none is recognised. */
export function englishFact(question: string, hotel: Hotel): string | null {
  const topic = TOPICS.find(([re]) => re.test(question))?.[1];
  if (!topic) return null;
  const h = hotel.hotel;
  if (topic === 'check_in_time') return `Check-in is from ${h.check_in_time}.`;
  if (topic === 'check_out_time') return `Check-out is until ${h.check_out_time}.`;
  if (topic === 'address') return h.address ? `Our address: ${h.address}.` : null;
  if (topic === 'phone') return `Reception: ${h.phone}.`;
  if (topic === 'rooms') {
    const rooms = [...hotel.room_types].sort((a, b) => a.price_weekday - b.price_weekday);
    const name = (code: string) => code.charAt(0).toUpperCase() + code.slice(1);
    return `Rooms per night: ${rooms.map((r) => `${name(r.code)} from ${grouped(String(r.price_weekday))} RUB (up to ${r.max_guests} guests)`).join(', ')}.`;
  }
  const text = hotel.services[topic] ?? hotel.policies[topic];
  if (!text) return null;
  const title = TITLES[topic] ?? topic;
  const found = figures(text);
  if (topic === 'smoking') return `Smoking is not allowed in the rooms${found.length ? ` (fine ${found[0]})` : ''}.`;
  if (/бесплатн/.test(text) && !found.length) return `${title}: free.`;
  return found.length ? `${title}: ${found.join(', ')}.` : `${title}: yes, we have it.`;
}
