// A fact for a caller who speaks English (issue 12, set C kind B7), built only from what data/hotel.yml holds in a
// form any language reads: times, prices and weights, the phone, the address as written, the room types' codes.
// The Russian wording is never translated word by word: a topic the caller names in English gets its figures, with a
// few units said in English («в сутки» → «per day»); a topic without figures says only that the hotel has it.
import type { Hotel } from '../../hotel/types.ts';

// the English words for each topic of hotel.yml (services and policies by their keys)
const TOPICS: [RegExp, string][] = [
  [/\bcheck[- ]?in\b|\barriv|\bearliest\b/i, 'check_in_time'],
  [/\bcheck[- ]?out\b|\bdepart/i, 'check_out_time'],
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
  [/\bpayment\b|\bcards?\b|\bcash\b/i, 'payment_methods'],
  [/\baddress\b|\bwhere are you\b|\blocated\b/i, 'address'],
  [/\bphone\b|\bcall\b|\bnumber\b/i, 'phone'],
  [/\bprices?\b|\bcost\b|\bhow much\b|\brates?\b|\brooms?\b/i, 'rooms'],
];
// words that name a topic only when nothing more particular is named: «leave my bags» is about the bags, «does the
// room price include breakfast» about breakfast
const WEAK_TOPICS: [RegExp, string][] = [
  [/\bleav(e|ing)\b/i, 'check_out_time'],
  [/\bpay\b/i, 'payment_methods'],
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

// «after checkout», «before breakfast»: when the thing is wanted, not what is asked about
const CIRCUMSTANCE = /\b(?:after|before|until|till|during)\s+(?:the\s+|my\s+|our\s+)?$/i;

/** The topic asked about: the first one named that is not only the time of something else («bags after checkout»). */
function topicOf(question: string): string | undefined {
  const named = (list: [RegExp, string][]) =>
    list
      .map(([re, topic]) => ({ topic, at: question.search(re) }))
      .filter((f) => f.at >= 0)
      .sort((a, b) => a.at - b.at);
  const found = named(TOPICS.filter(([, topic]) => topic !== 'rooms'));
  const weak = named(WEAK_TOPICS);
  return (found.find((f) => !CIRCUMSTANCE.test(question.slice(0, f.at))) ?? weak[0] ?? found[0])?.topic;
}

// «is breakfast included?», «is wifi free?», «do I pay extra for parking?»: whether the room price covers it
const INCLUSION = /\binclud|\bfree\b|\bextra\b|\bcharge|\bpay\b|\bcosts?\b|\bfor nothing\b|\bcomplimentary\b/i;

/** Whether a fact says it is included in the room price or free, or has a price of its own. */
function inclusion(title: string, text: string, found: string[]): string | null {
  if (/включ[её]н\S* в стоимость/.test(text)) return `${title} is included in the room price${found.length ? ` (${found.join(', ')})` : ''}.`;
  if (/бесплатн/.test(text) && !found.some((f) => /RUB/.test(f))) return `${title} is free for guests.`;
  const prices = found.filter((f) => /RUB/.test(f));
  if (prices.length) return `${title} is not included in the room price: ${prices.join(', ')}.`;
  return null;
}

/** One English sentence answering the topic the caller asked about, or null when none is recognised. */
export function englishFact(question: string, hotel: Hotel): string | null {
  const topic = topicOf(question);
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
  const covered = INCLUSION.test(question) ? inclusion(title, text, found) : null;
  if (covered) return covered;
  if (topic === 'smoking') return `Smoking is not allowed in the rooms${found.length ? ` (fine ${found[0]})` : ''}.`;
  if (/бесплатн/.test(text) && !found.length) return `${title}: free.`;
  return found.length ? `${title}: ${found.join(', ')}.` : `${title}: yes, we have it.`;
}

// «thank you, bye», «thanks, that's all»: an English caller closing the call
// («no thanks, bye»; «no thanks, I'd like to book a room» still wants something)
const CLOSING =
  /^(?![\s\S]*\b(?:want|like|need|book|reserve|how|what|when|where|can|could|would)\b)\s*(?:(?:ok(?:ay)?|no|nope|alright|all right|fine|well|so|oh)[,.!\s]+)*(?:thanks?(?: you)?(?: (?:very much|so much|a lot))?|bye|goodbye|good bye|that'?s all|nothing else)\b[\s\S]*$/i;

/** The English goodbye to an English caller who thanks or says goodbye, or null for anything else. */
export function englishClosing(text: string): string | null {
  return CLOSING.test(text) && !/\?/.test(text) && !topicOf(text) ? 'Thank you for calling. Goodbye!' : null;
}
