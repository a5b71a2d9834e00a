// The hotel's facts as answerable passages, each quoting data/hotel.yml. Search words per topic are query
// vocabulary only (how callers ask about parking), never facts.
import type { Hotel, RoomType } from '../../hotel/types.ts';
import { sentence } from './plain-speech.ts';

export interface Fact {
  id: string;
  /** What the assistant says: composed only of values from the hotel data. */
  text: string;
  /** Extra words callers use for this topic. */
  searchWords: string;
  roomType?: string;
  /** A service the hotel has, a rule of stay, or a fact about the hotel itself; phrased differently. */
  kind?: 'service' | 'policy' | 'hotel';
  /** The fact as data/hotel.yml has it, before it is made a sentence. */
  fragment?: string;
}

const TOPIC_WORDS: Record<string, string> = {
  check_in_time: 'заселение заселиться заселяться заезд заехать въезд приехать чекин check-in время заезда',
  check_out_time: 'выезд выселение выехать освободить уехать съехать расчетный час чекаут check-out время выезда',
  address: 'адрес где находитесь расположены улица местоположение',
  directions: 'добраться доехать дорога метро аэропорт пулково пешком как проехать',
  // «ресепшен» alone is a place («ключи отдать на ресепшен»), the phone is asked with «телефон», «позвонить»
  phone: 'телефон позвонить звонить номер телефона контактный',
  email: 'почта email e-mail электронная написать',
  languages: 'язык языки английский английски по-английски английском говорите говорят разговаривают english иностранный персонал сотрудники',
  breakfast: 'завтрак завтракать утром шведский питание входит включено включен что входит в стоимость',
  // «машина» meets the parking through its synonym group, which a car ordered («заказать машину») does not take
  parking: 'парковка парковаться паркинг стоянка поставить',
  wifi: 'wifi wi-fi вайфай вай-фай интернет',
  transfer: 'трансфер встретить такси аэропорт вокзал довезти',
  restaurant: 'ресторан поесть ужин обед кафе еда еду еды едой покушать перекусить блюда доставка обслуживание в номер рум-сервис',
  gym: 'тренажерный тренажер спортзал фитнес спорт',
  sauna: 'сауна баня',
  luggage: 'багаж чемодан сумки камера хранения оставить хранить',
  laundry: 'прачечная стирка постирать химчистка погладить',
  accessibility: 'инвалид инвалидов инвалидность коляска коляске лифт доступная маломобильных пандус',
  guests_counting: 'вместимость считаются учитываются в счет считается учитывается дети детей ребенок ребенка младенец малыш грудной сколько человек',
  baby_cot: 'детская кроватка младенец малыш грудной',
  extra_bed: 'дополнительная кровать раскладушка доп место',
  prepayment: 'предоплата заранее платить аванс залог депозит задаток',
  payment_methods: 'оплата оплатить картой карта наличные наличными сбп мир visa mastercard платить',
  cancellation:
    'отмена отменить бесплатно штраф условия отмены незаезд не приеду не приедем не смогу приехать планы изменятся опоздаю вернут деньги передумаю передумаем',
  early_check_in: 'ранний заезд раньше пораньше рано утром заехать',
  late_check_out: 'поздний выезд позже попозже задержаться остаться вечером',
  documents: 'документы паспорт регистрация иностранец иностранцы иностранцам иностранный миграционная при заселении',
  minors:
    'несовершеннолетние подростки подросток младше без родителей доверенность сын сыну дочь дочери школьник один одна сам сама шестнадцать семнадцать пятнадцать',
  smoking: 'курить курение сигареты некурящих некурящий некурящие электронные вейп',
  pets: 'собака собакой собачка собачкой кошка кошкой кошечка кот котом котик котиком животное животными питомец питомцем пес песик щенок',
};

// ISO 639-1 codes of hotel.yml `languages` as said in Russian.
const LANGUAGE_NAMES: Record<string, string> = {
  ru: 'русский',
  en: 'английский',
  de: 'немецкий',
  fr: 'французский',
  es: 'испанский',
  it: 'итальянский',
  zh: 'китайский',
  ar: 'арабский',
  tr: 'турецкий',
};

export function money(amount: number, currency: string): string {
  const n = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return currency === 'RUB' ? `${n} рублей` : `${n} ${currency}`;
}

export function roomFact(room: RoomType, hotel: Hotel): string {
  const c = hotel.hotel.currency;
  const parts = [`до ${room.max_guests} гостей`];
  if (room.beds) parts.push(room.beds);
  if (room.area_m2) parts.push(`${room.area_m2} м²`);
  if (room.view) parts.push(room.view);
  let text = `Номер «${room.name}»: ${parts.join(', ')}. Цена за ночь: ${money(room.price_weekday, c)} в будни, ${money(room.price_weekend, c)} в выходные.`;
  if (room.pets_allowed !== undefined) text += room.pets_allowed ? ' С питомцем можно.' : ' С питомцами нельзя.';
  return text;
}

export function hotelFacts(hotel: Hotel): Fact[] {
  const h = hotel.hotel;
  const facts: Fact[] = [];
  const add = (id: string, text: string | undefined, kind: Fact['kind'] = 'hotel', fragment?: string) => {
    if (text) facts.push({ id, text, searchWords: TOPIC_WORDS[id] ?? id.replace(/_/g, ' '), kind, ...(fragment ? { fragment } : {}) });
  };
  add('check_in_time', `Заезд с ${h.check_in_time}.`);
  add('check_out_time', `Выезд до ${h.check_out_time}.`);
  add('address', h.address ? `${h.name}: ${h.address}.` : undefined);
  add('directions', h.directions ? sentence(h.directions) : undefined);
  add('phone', `Телефон ресепшена: ${h.phone}.`);
  add('email', h.email ? `Почта: ${h.email}.` : undefined);
  const languages = (h.languages ?? []).map((code) => LANGUAGE_NAMES[code] ?? code);
  add('languages', languages.length ? `Языки обслуживания: ${languages.join(', ')}.` : undefined);
  for (const [key, text] of Object.entries(hotel.services)) add(key, sentence(text), 'service', text);
  for (const [key, text] of Object.entries(hotel.policies)) add(key, sentence(text), 'policy', text);
  for (const room of hotel.room_types) {
    facts.push({
      id: `room_${room.code}`,
      text: roomFact(room, hotel),
      searchWords: `${room.name} ${room.aliases.join(' ')} цена цены стоимость стоит вместимость помещается человек гостей площадь метров кровать кровати вид`,
      roomType: room.code,
    });
  }
  return facts;
}
