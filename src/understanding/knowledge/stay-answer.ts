// A price or free rooms for given dates, from the hotel system (PMS): the room asked, or the cheapest free one for
// the party, with the room's limit when the party does not fit.
import { countText, peopleCount } from '../../hotel/format-ru.ts';
import type { Hotel, RoomType } from '../../hotel/types.ts';
import type { KnowledgeAnswer, KnowledgeServices, KnownStay } from './answer-types.ts';
import { money } from './facts.ts';
import { countedParty, type Party, partyPhrase, peopleGenitive } from './party.ts';
import { roomPriceSentence } from './room-phrasing.ts';

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

// a price asked with no party named is quoted for two adults, and says so
const USUAL_ADULTS = 2;

export function russianDate(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]}`;
}

export function nightsWord(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return `${n} ночь`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${n} ночи`;
  return `${n} ночей`;
}

export async function stayAnswer(
  services: KnowledgeServices,
  checkIn: string,
  checkOut: string,
  roomType: string | undefined,
  listAvailability: boolean,
  party: Party | null,
  among?: readonly string[],
  /** How the dates were taken when the caller did not say them («на ближайшие выходные, »), said before them. */
  assumed = '',
): Promise<(KnowledgeAnswer & { yesNo?: boolean; total?: number }) | null> {
  const { hotel, pms } = services;
  const when = assumed ? `${assumed}${stayWhen(checkIn, checkOut)},` : stayWhen(checkIn, checkOut);
  const nameOf = (code: string) => hotel.room_types.find((r) => r.code === code)?.name ?? code;
  const currency = hotel.hotel.currency;
  if (roomType && !listAvailability) {
    const q = await pms.quote({ room_type: roomType, check_in: checkIn, check_out: checkOut });
    // several nights at one price: say the nightly price too («в выходные» asks what a weekend night costs)
    const prices = new Set(q.nights.map((n) => n.price));
    // no brackets: they are not heard on the phone
    const perNight = q.nights.length > 1 && prices.size === 1 ? `, по ${money(q.nights[0]!.price, q.currency)} за ночь` : '';
    const room = hotel.room_types.find((r) => r.code === roomType);
    const counted = party ? countedParty(party) : USUAL_ADULTS;
    if (room && counted > room.max_guests) {
      // the party does not fit: the rooms it fits in that are free for the stay, cheapest first
      const fits = party ? await freeRooms(services, checkIn, checkOut, party) : [];
      const instead = fits.length
        ? ` ${capitalize(when)} для вас свободен «${nameOf(fits[0]!.room_type)}» — ${money(fits[0]!.total_price, currency)} за ${nightsWord(fits[0]!.per_night.length || 1)}.`
        : '';
      return {
        text: `В номере «${room.name}» можно разместить не больше ${room.max_guests} гостей, а вас ${peopleCount(counted)}.${instead}`,
        // a room free for the stay that the party fits in: a free-room answer, so the booking of it is offered
        sources: fits.length ? [`room_${room.code}`, 'availability'] : [`room_${room.code}`],
        ...(fits.length ? { yesNo: false } : {}),
      };
    }
    // the price is per room: nobody said how many, so no party is named («номер «Комфорт» на троих» sounds like the
    // caller's own party); the room's limit is said after the price, for the caller to set against their party
    const size = !party && room ? `, цена за номер до ${countText(room.max_guests, 'гостя', 'гостей', 'гостей')}` : '';
    const quoted = `номер «${nameOf(roomType)}» ${when}${party ? partyPhrase(party) : ''} — ${money(q.total_price, q.currency)} за ${nightsWord(q.nights.length)}${perNight}${size}.`;
    return {
      text: capitalize(quoted),
      sources: ['quote'],
      total: q.total_price,
    };
  }
  const room = roomType ? hotel.room_types.find((r) => r.code === roomType) : undefined;
  if (room && party && countedParty(party) > room.max_guests) return stayAnswer(services, checkIn, checkOut, roomType, false, party);
  const free = (
    party
      ? (await freeRooms(services, checkIn, checkOut, party)).filter((r) => !roomType || r.room_type === roomType)
      : (await pms.availability({ check_in: checkIn, check_out: checkOut, ...(roomType ? { room_type: roomType } : {}) }))
          .filter((r) => r.available > 0)
          .sort((a, b) => a.total_price - b.total_price)
  ).filter((r) => !among?.length || among.includes(r.room_type));
  // a party larger than any room: no date has a room for it, several rooms do (as the booking says)
  const largest = hotel.room_types.reduce((a, b) => (b.max_guests > a.max_guests ? b : a));
  if (free.length === 0 && party && countedParty(party) > largest.max_guests) {
    return {
      text: `Самый вместительный номер у нас — «${largest.name}», до ${largest.max_guests} гостей; для ${peopleGenitive(countedParty(party))} можно забронировать несколько номеров.`,
      sources: [`room_${largest.code}`],
    };
  }
  if (free.length === 0) {
    return {
      text: roomType ? `${capitalize(when)} номер «${nameOf(roomType)}» занят.` : `${capitalize(when)} свободных номеров нет.`,
      sources: ['availability'],
      yesNo: false,
    };
  }
  // on the phone: the cheapest free room and how many others there are, not the whole list
  const cheapest = free[0]!;
  const nights = nightsWord(cheapest.per_night.length || 1);
  const price = `${money(cheapest.total_price, currency)} за ${nights}`;
  if (roomType) return { text: `${capitalize(when)} номер «${nameOf(roomType)}» свободен: ${price}.`, sources: ['availability'], yesNo: true };
  const others = free.length - 1;
  // one sentence, so that the offer to book that follows is the second and last
  const rest = others === 0 ? '' : others === 1 ? `, есть ещё «${nameOf(free[1]!.room_type)}»` : ', есть и другие номера, подороже';
  return {
    text: `${capitalize(when)}${partyPhrase(party)} свободен «${nameOf(cheapest.room_type)}» — ${price}${rest}.`,
    sources: ['availability'],
    yesNo: true,
  };
}

/** Room types the party fits in with a room free on every night of the stay, cheapest first. */
async function freeRooms(services: KnowledgeServices, checkIn: string, checkOut: string, party: Party) {
  const counted = countedParty(party);
  const fits = (code: string) => (services.hotel.room_types.find((t) => t.code === code)?.max_guests ?? 0) >= counted;
  const rooms = await services.pms.availability({ check_in: checkIn, check_out: checkOut });
  return rooms.filter((r) => r.available > 0 && fits(r.room_type)).sort((a, b) => a.total_price - b.total_price);
}

/** The booking's party (its slots), when its adults are known. */
export function knownParty(known: KnownStay): Party | null {
  if (typeof known.adults !== 'number') return null;
  const ages = known.children_ages?.length ? { children_ages: known.children_ages } : {};
  return { adults: known.adults, children: known.children ?? 0, ...ages };
}

/** «с 4 по 6 декабря», or «с 30 декабря по 2 января» across months. */
export function stayWhen(checkIn: string, checkOut: string): string {
  const [from, to] = [russianDate(checkIn), russianDate(checkOut)];
  const sameMonth = checkIn.slice(0, 7) === checkOut.slice(0, 7);
  return sameMonth ? `с ${from.split(' ')[0]} по ${to}` : `с ${from} по ${to}`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A party over the room priced: the room's limit, and the price of the smallest room that takes the party. */
export function partyOverRoom(hotel: Hotel, room: RoomType, counted: number, question: string): KnowledgeAnswer & { yesNo?: boolean } {
  const fit = hotel.room_types.filter((r) => r.max_guests >= counted).sort((a, b) => a.max_guests - b.max_guests || a.price_weekday - b.price_weekday)[0];
  const limit = `В номере «${room.name}» можно разместить не больше ${room.max_guests} гостей, а вас ${peopleCount(counted)}.`;
  if (!fit) return { text: `${limit} Одного номера на вас нет — можно взять два.`, sources: [`room_${room.code}`, 'capacity'], yesNo: false };
  return { text: `${limit} ${roomPriceSentence(fit, hotel, question)}`, sources: [`room_${fit.code}`, 'capacity'], yesNo: false };
}
