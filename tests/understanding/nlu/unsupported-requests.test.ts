// Requests the assistant does not cover (tester kinds K1, B8) are recognised as what they are, never sent to the
// nearest hotel fact or to a new booking. Sentences written for this test, in a recogniser's style.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unsupportedRequest } from '../../../src/understanding/nlu/unsupported-requests.ts';
import { booking, commands } from './fixture.ts';

const ANSWERED = [{ command: 'start flow', flow: 'unsupported_request' }];

test('each kind of request the assistant does not cover is recognised', () => {
  const kinds: [string, string][] = [
    ['city_tips', 'подскажите где поблизости можно выпить кофе и перекусить'],
    ['city_tips', 'порекомендуйте куда сходить вечером с детьми'],
    ['city_tips', 'недалеко от вас есть какой-нибудь супермаркет'],
    ['city_tips', 'что интересного можно посмотреть в округе за вечер'],
    ['city_tips', 'скажите а ближайший обменник валюты где'],
    ['taxi', 'мне надо такси на вокзал к семи утра закажете'],
    ['taxi', 'а машину до пулково в субботу вызвать можете'],
    ['lost_item', 'добрый день мы съехали в понедельник а сын оставил в номере планшет'],
    ['lost_item', 'у вас есть бюро находок'],
    ['resend_confirmation', 'продублируйте пожалуйста письмо с бронью'],
    ['resend_confirmation', 'сделайте так чтобы смс с кодом пришла повторно'],
    ['resend_confirmation', 'я бронировала у вас а смс с подтверждением так и не пришло'],
    ['not_understood', 'простите я вас не понимаю'],
    ['not_understood', 'что вы от меня хотите'],
    ['assistant_criticised', 'вы можете нормально отвечать или нет'],
    ['assistant_criticised', 'с вами невозможно разговаривать'],
    ['assistant_criticised', 'вы хоть слушаете что я вам говорю'],
    ['late_arrival', 'бронь у меня на четверг но раньше полуночи я не доеду приеду ночью'],
    ['late_arrival', 'мы забронировали на субботу а рейс задерживается прилетим после полуночи'],
    ['late_arrival', 'по нашей брони мы подъедем только ближе к полуночи'],
    ['room_request', 'занесите нам в пятьсот первый пару полотенец пожалуйста'],
    ['room_request', 'будьте добры смените постельное бельё'],
    ['room_request', 'хотим чтобы нам заменили полотенца'],
    ['room_request', 'а можно побудку на шесть тридцать'],
  ];
  for (const [topic, said] of kinds) assert.equal(unsupportedRequest(said)?.topic, topic, said);
});

test('what the hotel itself answers is left to the hotel facts', () => {
  for (const said of [
    'в отеле есть ресторан',
    'где у вас можно поужинать в гостинице',
    'метро от вас далеко',
    'сколько стоит доехать от вокзала до вас на вашей машине',
    'есть ли у вас трансфер или проще на такси',
    'можно ли оставить вещи в камере хранения после выезда',
    'я забыла код брони',
    'я забыл спросить про парковку',
    'у меня бронь на пятницу можно заехать в семь утра',
    'у меня бронь а можно выехать попозже поздно вечером',
    'хочу забронировать стандарт на сегодня приедем поздно ночью',
    'я не понимаю как к вам добраться от метро',
    'мы доберёмся на такси сами',
    'полотенца для бассейна с собой брать нужно',
    'а уборку в номерах делают каждый день',
    'мне код брони уже пришёл спасибо',
    'а можно заранее посмотреть номер рядом с лифтом',
  ])
    assert.equal(unsupportedRequest(said), null, said);
});

test('advice about places says which kinds of place were asked, so the hotel can offer its own', () => {
  assert.deepEqual(unsupportedRequest('посоветуйте куда сходить пообедать недалеко')?.places, ['сходить', 'пообедать']);
});

test('a late arrival for the booking the caller has starts no new booking and keeps no date', async () => {
  assert.deepEqual(await commands('алло у меня бронь на послезавтра мы приедем только ночью часа в три'), ANSWERED);
});

test('a thing left behind yesterday is no stay with a past date', async () => {
  assert.deepEqual(await commands('здравствуйте я вчера выезжала и забыла у вас в номере очки'), ANSWERED);
});

test('a taxi to the station is no transfer from it', async () => {
  assert.deepEqual(await commands('а вы мне такси до финляндского вокзала можете вызвать'), ANSWERED);
});

test('in the middle of a booking the request is answered and the booking keeps its question', async () => {
  assert.deepEqual(await commands('кстати а такси потом в аэропорт вызовете', booking('guest_name')), ANSWERED);
  // a late arrival said while booking is about that booking, not one the caller has
  assert.notDeepEqual(await commands('у нас бронь будет на двоих приедем поздно ночью', booking('adults')), ANSWERED);
});

test('the caller lost in the conversation or angry at the assistant is answered, not sent to a fact', async () => {
  assert.deepEqual(await commands('я вообще не понимаю о чём вы'), ANSWERED);
  assert.deepEqual(await commands('вы вообще нормально понимать можете'), ANSWERED);
});

test('a yes to the offer of reception made after such a request is the transfer', async () => {
  const history = [
    { role: 'user' as const, text: 'забыла у вас в номере шарф' },
    { role: 'bot' as const, text: 'Забытые вещи — это к администратору. Соединить вас с администратором?' },
  ];
  assert.deepEqual(await commands('да соедините', { history }), [{ command: 'human handoff' }]);
});

test('help wanted at once goes to reception at once', async () => {
  assert.deepEqual(await commands('срочно вызовите доктора в номер'), [{ command: 'human handoff' }]);
  assert.deepEqual(await commands('у нас в номере ребёнку плохо нужна скорая', booking('guest_name')), [{ command: 'human handoff' }]);
});

test('a request for the room is no new booking nor a change of one', async () => {
  assert.deepEqual(await commands('сделайте пожалуйста уборку в номере до обеда'), ANSWERED);
  assert.deepEqual(await commands('разбудите нас завтра в восемь'), ANSWERED);
});
