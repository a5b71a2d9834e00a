// «как доехать с московского вокзала», «из пулково как к вам добраться»: the way from the place a caller arrives at.
// The hotel's data says the way in its directions («от аэропорта Пулково около 40 минут на машине») and in the
// transfer («с Московского вокзала — 1200 рублей»): the directions' parts that name that place are said, the others
// (the airport when a station was asked) are not; for a place the directions do not name, the walk from the metro,
// and the transfer from it when the data has one.
import type { Hotel } from '../../hotel/types.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { addressSentence, directionsSentence } from './phrasing.ts';
import { sentence, speakable } from './plain-speech.ts';

// a place of arrival: a station or an airport, or a name the data gives one («Пулково»)
const KIND = /(?<![а-я])(?:вокзал|аэропорт|аэровокзал)[а-я]*/;
// «с/со/от/из» and up to three words after it; «на» too when a station or an airport follows («приеду на ладожский
// вокзал»)
const FROM = /(?<![а-я])(с|со|от|из|на) (?=((?:[а-я-]+)(?: [а-я-]+){0,2}))/g;
const KIND_STEMS = new Set(['вокза', 'аэроп', 'аэров', 'станц']);
const stems = (text: string) =>
  normalizeText(text)
    .split(/[^а-я]+/)
    .filter((w) => w.length >= 4)
    .map((w) => w.slice(0, 5));

interface Place {
  /** Stems that name this place («моско», «пулко»), or none when only its kind was said («с вокзала»). */
  own: string[];
  kind: string[];
}

/** The parts of a text of the data («;»- or «, с …»-separated) that name the place. */
function partsNaming(parts: readonly string[], place: Place): string[] {
  const wanted = place.own.length ? place.own : place.kind;
  return parts.filter((p) => stems(p).some((s) => wanted.includes(s)));
}

/** The place of arrival the question comes from, as the data can name it, or null. */
function placeAsked(t: string, hotel: Hotel): Place | null {
  // the names the data gives places of arrival: the words of its parts that name a station or an airport
  const parts = [...(hotel.hotel.directions ?? '').split(/;\s*/), ...(hotel.services['transfer'] ?? '').split(/,\s+(?=(?:с|со|из|от)\s)/i)];
  const known = new Set(parts.filter((p) => KIND.test(normalizeText(p))).flatMap(stems));
  for (const m of t.matchAll(FROM)) {
    const words = stems(m[2] ?? '');
    const kind = words.filter((s) => KIND_STEMS.has(s) && s !== 'станц');
    // «из пулково»: a name the data gives a place of arrival, said without «аэропорт»
    const named = m[1] === 'на' ? [] : words.filter((s) => !KIND_STEMS.has(s) && known.has(s));
    if (!kind.length && !named.length) continue;
    // «с финляндского вокзала»: its own name, which the data may not know
    const own = kind.length ? words.slice(0, words.indexOf(kind[0]!)).concat(named) : named;
    return { own: [...new Set(own)], kind };
  }
  return null;
}

/** The way from the station or airport asked about, from the hotel's data; null when none is named. */
export function wayFromPlace(t: string, hotel: Hotel): { text: string; sources: string[] } | null {
  const place = placeAsked(t, hotel);
  if (!place) return null;
  const h = hotel.hotel;
  const out: string[] = [];
  const sources: string[] = [];
  const steps = (h.directions ?? '').split(/;\s*/).filter(Boolean);
  // the parts that name the place, or else those that name no other place of arrival (the walk from the metro)
  const named = partsNaming(steps, place);
  const way = named.length ? named : steps.filter((s) => !KIND.test(normalizeText(s)));
  if (way.length) {
    out.push(directionsSentence({ ...hotel, hotel: { ...h, directions: way.join('; ') } }));
    sources.push('directions');
  }
  const transfer = hotel.services['transfer'];
  // the transfer is said when it is all the data says of that place («с Московского вокзала — 1200 рублей»); a place the
  // directions name («от аэропорта … на машине») is answered by them, the transfer is a question of its own
  const ride = transfer && !named.length ? partsNaming(transfer.split(/,\s+(?=(?:с|со|из|от)\s)/i), place)[0] : undefined;
  if (ride) {
    out.push(speakable(sentence(/^трансфер/i.test(ride) ? ride : `трансфер ${ride}`)));
    sources.push('transfer');
  }
  if (h.address) {
    out.push(addressSentence(hotel));
    sources.push('address');
  }
  return out.length ? { text: out.join(' '), sources } : null;
}
