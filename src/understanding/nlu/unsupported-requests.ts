// Requests the assistant does not cover, read by their shape (tester kind K1, B8): advice about places in town, a taxi
// to be called, a thing left behind, a confirmation to be sent again, a caller who does not understand the assistant
// or says it does not work, and a late arrival for a booking the caller has. A classifier trained on bookings and
// hotel questions sends these to the nearest fact by a shared word («недалеко» → the directions, «вокзал» → the
// transfer, «вчера» → a past date); each is answered instead for what it is: what the assistant cannot do and what
// it can, or reception (actions/unsupported-request.ts).
import type { Command } from '../../engine/commands.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { UnderstandingContext } from '../types.ts';
import type { BookingVocabulary } from './booking-vocabulary.ts';
import { asksForPerson } from './person-asked.ts';

export type UnsupportedTopic =
  | 'city_tips'
  | 'taxi'
  | 'lost_item'
  | 'resend_confirmation'
  | 'not_understood'
  | 'assistant_criticised'
  | 'late_arrival'
  | 'room_request';

export interface UnsupportedRequest {
  topic: UnsupportedTopic;
  /** For advice about places: the kinds of place asked for («ресторан», «поужинать»), which the hotel may have itself. */
  places?: string[];
}

/** Where the caller is in the conversation, as far as these requests care. */
export interface UnsupportedContext {
  /** A new booking is being made: a late arrival or a confirmation said there is about that booking. */
  booking: boolean;
  /** The booking's code or its proof is asked: «смс не пришло» answers that question. */
  proving: boolean;
}

const L = '(?<![а-я])';
const R = '(?![а-я])';
const re = (body: string) => new RegExp(`${L}(?:${body})${R}`);

// — places in town: a kind of place or an outing, asked about somewhere other than the hotel
const PLACE_BODY =
  'ресторан\\S*|кафе|кафешк\\S*|бар|бары|бара|баров|пивн\\S*|столов\\S*|пиццери\\S*|кофейн\\S*|поесть|покушать|поужинать|пообедать|перекусить|магазин\\S*|супермаркет\\S*|продуктов\\S*|продукты|аптек\\S*|музе\\S*|театр\\S*|достопримечательност\\S*|экскурси\\S*|клуб\\S*|банкомат\\S*|обменник\\S*|парикмахерск\\S*|салон\\S*|бассейн\\S*|спортзал\\S*|фитнес\\S*|сходить|погулять|посмотреть|посетить|развлечени\\S*';
const PLACE = re(PLACE_BODY);
// the kinds of place among them, without the outings («сходить», «посмотреть»), which name none
const OUTING = /^(?:сходить|погулять|посмотреть|посетить)$/;
const PLACE_NAMED = re(
  PLACE_BODY.split('|')
    .filter((w) => !OUTING.test(w))
    .join('|'),
);
const PLACES = new RegExp(`${L}(?:${PLACE_BODY})${R}`, 'g');
const ELSEWHERE = re(
  'в город\\S*|по городу|ближайш\\S*|в питере|в петербурге|в спб|поблизости|рядом|недалеко|неподал[её]ку|в округе|в районе|вокруг|в центре|окрестност\\S*|по соседству|в шаговой доступности',
);
const ADVICE = re(
  'посоветуй\\S*|посоветовать|порекомендуй\\S*|порекомендовать|рекомендуе\\S*|подскаж\\S* (?:\\S+ )?(?:где|куда|какой|какое|какую|какие|хороший|хорошее|хорошую|что)|куда (?:\\S+ )?(?:сходить|пойти|поехать|съездить|можно)|что (?:\\S+ )?(?:посмотреть|посетить)|где (?:\\S+ ){0,2}(?:можно|тут|здесь|поблизости|рядом|в городе|есть)',
);
// «у вас в отеле есть ресторан?»: the hotel's own place is a question about the hotel
const HOTEL_OWN = re('в отеле|в гостинице|у вас в (?:отеле|гостинице|здании)|в здании|ваш ресторан|вашем ресторане|в вашем');

// — a taxi: called or ordered, or a ride away from the hotel; one from the airport or the station to the hotel is the
// hotel's own transfer (a question about the hotel)
const TAXI = re('такси|таксист\\S*');
const TAXI_ASKED = re(
  'вызов\\S*|вызвать|вызывает\\S*|закаж\\S*|заказать|заказыва\\S*|организу\\S*|организовать|можете|сможете|поможете|нужно|нужна|нужен|надо|мне бы|сколько|есть ли|номер такси|телефон такси',
);
const TO_HOTEL = re('(?:из|с|от) (?:аэропорт\\S*|вокзал\\S*|пулково|метро)');
const AWAY = re('до (?:аэропорт\\S*|вокзал\\S*|пулково|поезда|самол[её]та)|на (?:вокзал|поезд|самол[её]т|рейс)|в аэропорт');
const CALL_CAR = re(
  '(?:вызов\\S*|вызвать|закаж\\S*|заказать|организу\\S*|организовать|можете|сможете|нужно|нужна|нужен|надо) (?:\\S+ ){0,2}(?:машин\\S*|автомобил\\S*)|(?:машин\\S*|автомобил\\S*) (?:\\S+ ){0,4}(?:вызов\\S*|вызвать|закаж\\S*|заказать)',
);

// — a thing left behind or lost, at the hotel or on a past stay
const LEFT = re('забыл|забыла|забыли|оставил|оставила|оставили|потерял|потеряла|потеряли|посеял\\S*|обронил\\S*|выронил\\S*');
const AT_HOTEL = re(
  'у вас|в номере|в отеле|в гостинице|в ресторане|в сауне|в зале|в холле|в лобби|на ресепшен\\S*|в трансфере|в шкафу|в сейфе|на тумбочке|в ванной|под кроватью|когда (?:жил\\S*|выезжал\\S*|уезжал\\S*|съезжал\\S*)|при выезде|вчера|позавчера|на прошлой неделе|в прошлый раз',
);
const LOST_WORDS = re('забыт\\S* вещ\\S*|потерянн\\S* вещ\\S*|бюро находок|находили|нашли (?:\\S+ )?(?:мо[йюиея]\\S*|наш\\S*)|не находил\\S*');
// what a caller loses of the booking itself is proof of it (booking_code_lost), not a thing left in the room;
// «забыла спросить» forgot to ask
const OF_BOOKING = re('код\\S*|брон\\S*|подтвержден\\S*|смс|sms|пароль|номер брони|спросить|сказать|уточнить|взять|узнать');

// — a confirmation to be sent (again), or one that did not come
const SEND = re(
  'пришлите|прислать|пришл[её]те|отправьте|отправь|отправить|отправите|вышлите|выслать|вышлете|скиньте|скинуть|скинете|продублиру\\S*|продублиров\\S*|перешлите|переслать|пере?отправ\\S*',
);
const PAPER = re('подтвержден\\S*|письм\\S*|ваучер\\S*|бронь|брони|код брони|смс|sms|документ\\S*|квитанци\\S*|сч[её]т на оплату|чек');
// «чтобы письмо ещё раз пришло», «можно повторно прислать»: sent again, in other words
const AGAIN = re('ещ[её] раз|повторно|заново|снова|опять');
const COMES = re('пришл\\S*|приш[её]л|прислал\\S*|присылал\\S*|отправил\\S*|выслал\\S*|продублировал\\S*');
const NOT_COME = re('(?:не|так и не) (?:пришл\\S*|приходил\\S*|получил\\S*|дошл\\S*)');

// — the caller does not understand the assistant
const NOT_UNDERSTOOD = re(
  '(?:я )?(?:не понимаю|не поняла?|не понял|не пойму) (?:\\S+ )?(?:вас|тебя|что (?:вы|ты)|о ч[её]м (?:вы|ты)|чего (?:вы|ты)|что от меня)|вас (?:не понять|невозможно понять|не понимаю)|(?:что|чего) (?:вы|ты) (?:от меня )?(?:хотите|хочешь)|(?:вы|ты) о ч[её]м|непонятно (?:что|о ч[её]м) (?:вы|ты)|(?:вы|ты) непонятно (?:говорите|говоришь|объясняете)',
);
// — the caller says the assistant does not work or does not understand them
const CRITICISED = re(
  '(?:вы|ты) (?:меня )?(?:вообще |хоть )?(?:слушаете|слушаешь|понимаете|понимаешь) (?:\\S+ )?что я (?:\\S+ )?(?:говорю|сказал\\S*|прошу|спрашиваю)|(?:вы|ты) (?:\\S+ ){0,2}(?:нормально|по человечески|нормальн\\S*) (?:\\S+ )?(?:работать|отвечать|разговаривать|говорить|понимать)|(?:вы|ты) (?:меня )?(?:вообще |совсем |опять |ничего )*не (?:понимаете|понимаешь|слушаете|слушаешь)|(?:вы|ты) (?:вообще |совсем )?ничего не (?:понимаете|понимаешь|можете|умеешь|умеете)|толку (?:от (?:вас|тебя) )?(?:никакого|ноль|нет)|от (?:вас|тебя) (?:никакого )?толку|с (?:вами|тобой) (?:невозможно|бесполезно|нельзя) (?:\\S+ )?(?:говорить|разговаривать|общаться|договориться)|(?:плохо|ужасно|отвратительно|никак) (?:вы |ты )?(?:работаете|работаешь|отвечаете|отвечаешь)|(?:опять|снова) не то|не то (?:вы |ты )?(?:говорите|говоришь|отвечаете|отвечаешь)|(?:вы|ты) (?:меня )?(?:вообще )?не (?:так|то) понял\\S*',
);

// — a guest staying asks for something done in the room: things brought, the room cleaned, the linen changed, a wake-up
// call. A question whether the hotel does it («уборка каждый день?») is a question about the hotel: a request is said
// with a verb of asking.
const ROOM_REQUEST = re(
  [
    '(?:принесите|принести|принес[её]те|занесите|занести|(?:можно|нужн\\S*) (?:\\S+ ){0,3}(?:ещ[её]|дополнительн\\S*)) (?:\\S+ ){0,8}(?:подуш\\S*|одеял\\S*|полотен\\S*|халат\\S*|тапоч\\S*|тапк\\S*|мыло|шампун\\S*|туалетн\\S* бумаг\\S*|плед\\S*|вешал\\S*|стакан\\S*|бутылк\\S* воды)',
    '(?:сделайте|сделать|проведите|нужна|можно (?:\\S+ )?(?:сделать|провести)) (?:\\S+ ){0,2}уборк\\S*|уберитесь|убраться в номере|уберите в номере',
    '(?:поменяйте|смените|замените|поменять|сменить|заменить|поменяли|сменили|заменили) (?:\\S+ ){0,2}(?:полотен\\S*|бель[её]|постельн\\S*|простын\\S*|наволоч\\S*)',
    'разбудите|разбудить|побудк\\S*|звонок будильник|будильник',
  ].join('|'),
);
// — help wanted at once: a doctor, an ambulance, the police; reception is put through (or its number said) at once
const URGENT = re(
  '(?:вызовите|вызвать|вызовете|нужен|нужна|нужно|срочно) (?:\\S+ ){0,2}(?:врач\\S*|доктор\\S*|скор\\S*|медик\\S*|полици\\S*|пожарн\\S*)|мне (?:очень )?плохо|пожар',
);

// — arriving late or at night
const LATE = re(
  'ночью|поздно|поздн(?:им|ей|ий|его) (?:\\S+ )?(?:вечер\\S*|рейс\\S*|поезд\\S*|ночь\\S*)|после полуночи|за полночь|(?:к|около|ближе к|в) полу?ноч\\S*|под утро|(?:час|двух|тр[её]х|четыр[её]х|пяти|два|три|четыре|пять|[1-5]) (?:часа |часов )?ночи|задерживается|задерживаюсь|задерживаемся|задержк\\S*|задержал\\S*|опаздыва\\S*|опозда\\S*',
);
const ARRIVE = re(
  'приед\\S*|приезж\\S*|прилет\\S*|прилеч\\S*|доед\\S*|добер\\S*|заед\\S*|заселит\\S*|заселиться|заселение|буду|будем|будут|поезд\\S*|рейс\\S*|подъед\\S*',
);
const HAS_BOOKING = re('брон\\S*|забронирован\\S*|бронировал\\S*|заброниров(?:ал|али|ала)');
const BOOKS_NEW = re('заброниру\\S*|забронировать|брониру\\S*|оформ\\S*|нужен номер|хочу номер|сним(?:у|ем)|снять');
// leaving late is the late check-out, a rule the hotel has
const LEAVING = re('выезд\\S*|выехать|выеду|выедем|выселени\\S*|съехать|съеду|освобод\\S*|расч[её]тн\\S* час');
// «оставили вещи в камере хранения»: the hotel's luggage room, not a thing lost
const LUGGAGE = re('камер\\S* хранени\\S*|багаж\\S*');
// «трансфер или такси?», «где поставить машину»: the hotel's own transfer and parking
const HOTEL_RIDE = re('трансфер\\S*|парков\\S*|паркинг\\S*|стоянк\\S*');
// «приеду рано утром» is the early check-in, a question the hotel's rules answer
const EARLY = re('рано утром|утром рано|с утра пораньше|пораньше|ранн\\S* заезд|в (?:пять|шесть|семь|восемь|девять|5|6|7|8|9) утра');

/** What the caller asks for that the assistant does not do, or null. */
export function unsupportedRequest(text: string, ctx: UnsupportedContext = { booking: false, proving: false }): UnsupportedRequest | null {
  const t = normalizeText(text)
    .replace(/[!?.,;:—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!t) return null;
  if (CRITICISED.test(t)) return { topic: 'assistant_criticised' };
  if (!ctx.booking && ROOM_REQUEST.test(t)) return { topic: 'room_request' };
  if (NOT_UNDERSTOOD.test(t)) return { topic: 'not_understood' };
  if (!ctx.proving && (LOST_WORDS.test(t) || (LEFT.test(t) && AT_HOTEL.test(t) && !OF_BOOKING.test(t) && !LUGGAGE.test(t)))) return { topic: 'lost_item' };
  if (
    !ctx.booking &&
    !ctx.proving &&
    (((SEND.test(t) || (AGAIN.test(t) && COMES.test(t))) && PAPER.test(t)) || (NOT_COME.test(t) && PAPER.test(t) && HAS_BOOKING.test(t)))
  )
    return { topic: 'resend_confirmation' };
  // «я на такси доберусь сам»: a taxi the caller takes asks nothing of the hotel
  if (((TAXI.test(t) && (TAXI_ASKED.test(t) || AWAY.test(t))) || CALL_CAR.test(t)) && (AWAY.test(t) || !TO_HOTEL.test(t)) && !HOTEL_RIDE.test(t))
    return { topic: 'taxi' };
  if (
    !ctx.booking &&
    LATE.test(t) &&
    !EARLY.test(t) &&
    !LEAVING.test(t) &&
    HAS_BOOKING.test(t) &&
    ARRIVE.test(t) &&
    !/(?<![а-я])(?:отмен|аннул)/.test(t) &&
    !BOOKS_NEW.test(t.replace(HAS_BOOKING_SAID, ' '))
  )
    return { topic: 'late_arrival' };
  if (!PLACE.test(t) || HOTEL_OWN.test(t)) return null;
  // somewhere in town asked about, or advice asked outright («посоветуйте, куда сходить»)
  // a place named is enough («аптека рядом есть?»); an outing («посмотреть», «погулять») needs a question word with it
  // («можно посмотреть номер рядом с лифтом?» is about the room)
  const named = PLACE_NAMED.test(t) || /(?:^|\s)(?:какие|какой|какое|какую|где|куда|что|стоит)(?:\s|$)/.test(t);
  const elsewhere = ELSEWHERE.test(t) && (ADVICE.test(t) || named);
  const advice = ADVICE.test(t) && /(?:^|\s)(?:посоветуй\S*|порекомендуй\S*|куда (?:\S+ )?(?:сходить|пойти))/.test(t);
  return elsewhere || advice ? { topic: 'city_tips', places: [...t.matchAll(PLACES)].map((m) => m[0]) } : null;
}

// «у меня забронировано на завтра, но я приеду ночью»: the booking the caller has, not a new one asked for
const HAS_BOOKING_SAID = new RegExp(
  `${L}(?:у (?:меня|нас) (?:уже )?(?:есть )?(?:брон\\S*|забронирован\\S*)|(?:я|мы) (?:уже )?(?:заброниров\\S*|бронировал\\S*))${R}`,
  'g',
);

/**
 * The commands for a request the assistant does not cover, or null: the project's flow that answers it, on top of a
 * request under way (which goes on after it). `flows` are the ids the project has.
 */
export function unsupportedCommands(
  text: string,
  ctx: UnderstandingContext,
  vocabulary: BookingVocabulary,
  flows: readonly { id: string }[],
): Command[] | null {
  const flow = vocabulary.flows.unsupported;
  // «ты ничего не понимаешь, дайте администратора»: a person asked for is the handoff (person-asked.ts)
  if (!flow || asksForPerson(text) || !flows.some((f) => f.id === flow) || ctx.activeFlow === flow) return null;
  const booking = ctx.activeFlow === vocabulary.flows.book;
  const proving = ctx.requestedSlot === vocabulary.slots.bookingReference || ctx.requestedSlot === vocabulary.slots.bookingProof;
  if (needsHelpAtOnce(text)) return [{ command: 'human handoff' }];
  const request = unsupportedRequest(text, { booking, proving });
  if (!request) return null;
  // «пришлите подтверждение ещё раз»: the booking's code can be sent again to its own contact (the reminder flow
  // answers as before when no channel is on)
  const reminder = vocabulary.flows.codeReminder;
  if (request.topic === 'resend_confirmation' && reminder && flows.some((f) => f.id === reminder) && ctx.activeFlow !== reminder)
    return [{ command: 'start flow', flow: reminder }];
  return [{ command: 'start flow', flow }];
}

/** «вызовите врача», «мне плохо»: help wanted at once, which only people at the hotel can give. */
export function needsHelpAtOnce(text: string): boolean {
  return URGENT.test(normalizeText(text).replace(/[!?.,;:—-]/g, ' '));
}
