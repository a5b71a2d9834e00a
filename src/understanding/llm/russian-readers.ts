// Wires nlu-ru's Russian extractors (src/understanding/lang-ru) into the LLM's slot normaliser, so a value the
// LLM wrote in words («двое», «27 ноября», «восемь девятьсот шестнадцать …», «люкс») lands in the same shape
// the offline generator would have produced.
import type { RoomType } from '../../hotel/types.ts';
import { extractBookingCode } from '../lang-ru/contacts.ts';
import { extractStay } from '../lang-ru/dates.ts';
import { numberize } from '../lang-ru/numbers.ts';
import { extractPhone } from '../lang-ru/phones.ts';
import { extractRoomType } from '../lang-ru/rooms.ts';
import { normalizeText } from '../lang-ru/text.ts';
import { extractYesNo } from '../lang-ru/yesno.ts';
import type { RussianValueReaders } from './normalise.ts';

export function russianReaders(rooms: readonly RoomType[] = []): RussianValueReaders {
  return {
    date: (text, now, timezone) => {
      const stay = extractStay(text, now, timezone);
      return stay.invalid ? null : (stay.check_in ?? stay.check_out ?? null);
    },
    phone: (text) => extractPhone(text),
    count: (text) => {
      // numberize marks collectives («двое» → "2-ро"); a count is a count either way.
      const n = numberize(normalizeText(text)).match(/^(\d+)(?:-\S+)?(?: (?:взросл|человек|гост|дет|ребен)\S*)?$/);
      return n ? Number(n[1]) : null;
    },
    yesNo: (text) => extractYesNo(text),
    // As the offline generator fills booking_reference: a phone in E.164, else the code in capitals.
    reference: (text) => extractPhone(text) ?? extractBookingCode(text, true),
    category: (slotName, text) => (slotName === 'room_type' && rooms.length ? (extractRoomType(text, rooms)?.code ?? null) : null),
  };
}
