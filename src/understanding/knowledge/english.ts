// A fact for a caller who speaks English (issue 12, set C kind B7), built only from what data/hotel.yml holds in a
// form any language reads: times, prices and weights, the phone, the address as written, the room types' codes.
// The Russian wording is never translated word by word: a topic the caller names in English gets its figures, with a
// few units said in English («в сутки» → «per day»); a topic without figures says only that the hotel has it.
import type { Hotel } from '../../hotel/types.ts';
import { englishSentence, grouped } from './english-sentences.ts';

// the English words for each topic of hotel.yml (services and policies by their keys)
// (the particular before the general: «early check-in» is the early check-in rule, not the check-in hour)
const TOPICS: [RegExp, string][] = [
  [/\bearly check[- ]?in\b|\bcheck[- ]?in (?:early|earlier)\b|\barriv\S* (?:early|earlier|in the morning)\b/i, 'early_check_in'],
  [/\blate check[- ]?out\b|\bcheck[- ]?out (?:late|later)\b|\bleave (?:late|later)\b|\bstay (?:longer|later)\b/i, 'late_check_out'],
  [/\bcancel/i, 'cancellation'],
  [/\bprepay|\bdeposit\b|\bpay (?:in advance|upfront|beforehand)\b/i, 'prepayment'],
  [/\bpassports?\b|\bdocuments?\b|\bmigration card\b/i, 'documents'],
  [/\bbaby cot\b|\bcots?\b|\bcribs?\b/i, 'baby_cot'],
  [/\bextra bed\b|\badditional bed\b|\brollaway\b/i, 'extra_bed'],
  [/\bwheelchair|\bdisab|\baccessib|\blift\b|\belevator\b/i, 'accessibility'],
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
  [/\bpayment\b|\bcards?\b|\bcash\b|\bvisa\b|\bmastercard\b|\baccept\b/i, 'payment_methods'],
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
export function englishFact(question: string, hotel: Hotel, asked?: string): string | null {
  const topic = asked ?? topicOf(question);
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
  // «is parking extra?»: whether the room price covers a service (a rule's «free», as of cancelling, is its own)
  const covered = INCLUSION.test(question) && hotel.services[topic] ? inclusion(title, text, found) : null;
  if (covered) return covered;
  const natural = englishSentence(topic, hotel);
  if (natural) return natural;
  if (topic === 'smoking') return `Smoking is not allowed in the rooms${found.length ? ` (fine ${found[0]})` : ''}.`;
  if (/бесплатн/.test(text) && !found.length) return `${title}: free.`;
  return found.length ? `${title}: ${found.join(', ')}.` : `Yes, we have ${title.toLowerCase()}.`;
}

/**
 * Every topic an English caller asks about in one turn («is cancelling free? and what time is check-in?»), each a
 * sentence of its own, in the order asked; null when none is recognised. `except`: topics not to answer here.
 */
export function englishFacts(question: string, hotel: Hotel, except: readonly string[] = []): string | null {
  const taken: { at: number; end: number; topic: string }[] = [];
  for (const [re, topic] of TOPICS) {
    for (const m of question.matchAll(new RegExp(re.source, 'gi'))) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      // a word already read for a more particular topic («check-in» of «early check-in») is not read again
      if (taken.some((t) => at < t.end && end > t.at) || taken.some((t) => t.topic === topic)) continue;
      taken.push({ at, end, topic });
    }
  }
  // the early check-in's sentence says the regular hour too (the late check-out's the regular check-out)
  const said = new Set(taken.map((t) => t.topic));
  const covered = [...(said.has('early_check_in') ? ['check_in_time'] : []), ...(said.has('late_check_out') ? ['check_out_time'] : [])];
  const topics = taken.filter((t) => !except.includes(t.topic) && !covered.includes(t.topic)).sort((a, b) => a.at - b.at);
  // the rooms' prices only when nothing more particular is asked («how much is the sauna» is the sauna)
  const asked = topics.length > 1 ? topics.filter((t) => t.topic !== 'rooms') : topics;
  const answers = asked.map((t) => englishFact(partAbout(question, t.at, topics), hotel, t.topic)).filter((x): x is string => !!x);
  return answers.length ? [...new Set(answers)].join(' ') : null;
}

/** The clause of the question around a topic named at `at` (up to the next topic's clause), for its own reading. */
function partAbout(question: string, at: number, topics: readonly { at: number }[]): string {
  const next = topics.map((t) => t.at).filter((a) => a > at)[0] ?? question.length;
  const start = Math.max(0, ...[...question.slice(0, at).matchAll(/[?.!;]|\band\b|\balso\b/gi)].map((m) => (m.index ?? 0) + m[0].length));
  return question.slice(start, next);
}

// «thank you, bye», «thanks, that's all»: an English caller closing the call
// («no thanks, bye»; «no thanks, I'd like to book a room» still wants something)
const CLOSING =
  /^(?![\s\S]*\b(?:want|like|need|book|reserve|how|what|when|where|can|could|would)\b)\s*(?:(?:ok(?:ay)?|no|nope|alright|all right|fine|well|so|oh)[,.!\s]+)*(?:thanks?(?: you)?(?: (?:very much|so much|a lot))?|bye|goodbye|good bye|that'?s all|nothing else)\b[\s\S]*$/i;

/** The English goodbye to an English caller who thanks or says goodbye, or null for anything else. */
export function englishClosing(text: string): string | null {
  return CLOSING.test(text) && !/\?/.test(text) && !topicOf(text) ? 'Thank you for calling. Goodbye!' : null;
}
