import assert from 'node:assert/strict';
import { test } from 'node:test';
import { knowledgeAction } from '../../../actions/knowledge.ts';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import type { ActionCall } from '../../../src/engine/actions.ts';
import type { Pms } from '../../../src/hotel/types.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { RoomsPms } from '../../helpers/rooms-pms.ts';

const hotel = loadHotel('data/hotel.yml');
const now = () => new Date('2026-11-24T12:00:00+03:00');

// The hotel system seen by the knowledge answers (tests/helpers/rooms-pms.ts), with this file's hotel.
class FakePms extends RoomsPms {
  constructor(free: Record<string, number>) {
    super(hotel, free);
  }
}

const ask = (q: string, pms: Pms = new FakePms({ standard: 3, comfort: 1, family: 0, suite: 2 })) => answerQuestion(q, { now, hotel, pms });

test('times, services and policies are quoted from the hotel data', async () => {
  assert.match((await ask('Когда можно заселиться?')).text, /14:00/);
  assert.match((await ask('до скольки нужно выехать?')).text, /12:00/);
  const parking = (await ask('У вас есть парковка?')).text;
  assert.match(parking, /паркинг/);
  assert.match(parking, /900/);
  assert.match((await ask('Можно ли заселиться с собакой?')).text, /8 кг/);
  assert.match((await ask('В номерах есть вайфай?')).text, /бесплатн/i);
  assert.match((await ask('во сколько завтрак?')).text, /7:00 до 11:00/);
  assert.match((await ask('сколько стоит трансфер из Пулково?')).text, /2800/);
  assert.match((await ask('а курить в номере можно?')).text, /запрещено/);
});

test('other phrasings find the right fact', async () => {
  assert.deepEqual((await ask('можно заехать пораньше, часов в 10?')).sources, ['early_check_in']);
  assert.deepEqual((await ask('иностранцам что нужно?')).sources, ['documents']);
  assert.deepEqual((await ask('а сколько человек помещается в люкс?')).sources, ['room_suite']);
  assert.deepEqual((await ask('на каких языках вы говорите?')).sources, ['languages']);
  assert.deepEqual((await ask('где оставить чемоданы?')).sources, ['luggage']);
  // only generic words in common with the facts: no answer rather than a wrong one
  assert.deepEqual((await ask('кондиционер в номере есть?')).sources, ['none']);
});

test('room prices come from the room types', async () => {
  const a = await ask('Сколько стоит стандартный номер?');
  assert.match(a.text, /6 500/);
  assert.match(a.text, /7 500/);
  assert.deepEqual(a.sources, ['room_standard']);
  // on the phone «сколько стоят номера?» names the cheapest room and says there are others, not the catalogue
  const any = (await ask('сколько стоят номера?')).text;
  assert.match(any, /^Самый доступный — «Стандарт»: 6 500 рублей за ночь/);
  assert.match(any, /Есть и другие номера/);
  assert.doesNotMatch(any, /Люкс|16 000/);
  // the whole list only when asked for it
  assert.match(
    (await ask('какие у вас есть номера?')).text,
    /«Стандарт» — до 2 гостей, от 6 500; «Комфорт» — до 3 гостей, от 8 900; «Семейный» — до 4 гостей, от 11 500 и «Люкс» — до 2 гостей, от 16 000 рублей за ночь/,
  );
});

test('«а какие ещё?» after a room was named lists the others', async () => {
  const a = await answerQuestion('а какие ещё есть?', { now, hotel, pms: new FakePms({}) }, { last_rooms: ['standard'] });
  assert.equal(a.text, 'Ещё есть «Комфорт» — до 3 гостей, от 8 900; «Семейный» — до 4 гостей, от 11 500 и «Люкс» — до 2 гостей, от 16 000 рублей за ночь.');
});

test('the cheapest room is the cheapest one the party fits in', async () => {
  const a = await answerQuestion('сколько стоит номер?', { now, hotel, pms: new FakePms({}) }, { adults: 3 });
  assert.match(a.text, /^Самый доступный — «Комфорт»/);
});

test('a price for dates is the total from the hotel system', async () => {
  const pms = new FakePms({ suite: 1 });
  const a = await ask('сколько стоит люкс с 5 по 7 декабря?', pms);
  // 5 and 6 December 2026 are Saturday and Sunday nights: 18 000 + 16 000
  assert.match(a.text, /34 000 рублей/);
  assert.deepEqual(pms.calls, ['quote suite 2026-12-05 2026-12-07']);
});

test('«есть что-нибудь на выходные на двоих?» asks the hotel system which rooms are free', async () => {
  for (const question of ['Есть что-нибудь на выходные на двоих?', 'Найдётся номер на 12 декабря?']) {
    const pms = new FakePms({ standard: 2, suite: 1 });
    const a = await ask(question, pms);
    // the cheapest free room and that there is another, «да» first
    // (the coming weekend taken for «на выходные» is said to be that)
    assert.match(
      a.text,
      /^Да, (?:на ближайшие выходные, )?с \d+ по \d+ (ноября|декабря),? свободен «Стандарт» — \d[\d ]* рублей за \d ноч\S*, есть ещё «Люкс»\.$/,
      question,
    );
    assert.deepEqual(a.sources, ['availability'], question);
  }
});

test('a price asked mid-booking uses the dates already given', async () => {
  const pms = new FakePms({ suite: 1 });
  const a = await answerQuestion('а сколько стоит люкс?', { now, hotel, pms }, { check_in: '2026-12-07', check_out: '2026-12-09' });
  assert.match(a.text, /32 000 рублей/);
  assert.deepEqual(pms.calls, ['quote suite 2026-12-07 2026-12-09']);
  assert.match(
    (await answerQuestion('А завтрак входит в стоимость?', { now, hotel, pms }, { check_in: '2026-12-07', check_out: '2026-12-09' })).text,
    /^Да, завтрак .*включён/,
  );
  assert.match((await answerQuestion('сколько стоит парковка?', { now, hotel, pms }, { check_in: '2026-12-07', check_out: '2026-12-09' })).text, /900/);
  // without a price question the known dates change nothing
  assert.match((await answerQuestion('У вас есть парковка?', { now, hotel, pms }, { check_in: '2026-12-07', check_out: '2026-12-09' })).text, /900/);
});

test('free rooms for dates come from the hotel system', async () => {
  const a = await ask('есть свободные номера с 14 по 16 декабря?');
  assert.match(a.text, /Стандарт/);
  assert.doesNotMatch(a.text, /Семейный/);
  const none = await ask('есть свободные номера на 5 декабря?', new FakePms({}));
  assert.match(none.text, /^Нет, с 5 по 6 декабря свободных номеров нет\.$/);
});

test('«какой подешевле?» while choosing a room names the cheapest room free for the party', async () => {
  const call = (text: string) =>
    ({
      next_action: 'action_trigger_search',
      sender_id: 's',
      tracker: {
        sender_id: 's',
        slots: { check_in_date: '2026-11-27', check_out_date: '2026-11-29', adults: 2, children: 1, children_ages: [5] },
        latest_message: { text },
        events: [],
        stack: [{ type: 'flow', flow_id: 'book_room', step_id: 'ask_room' }],
      },
      domain: {},
      version: '3.1',
    }) as unknown as ActionCall;
  const pms = new FakePms({ standard: 3, comfort: 1, family: 1, suite: 1 });
  const cheap = await knowledgeAction.run(call('А какой подешевле?'), { now, hotel, pms });
  // «Стандарт» is cheaper but holds 2 guests; the party is 3
  assert.match(String(cheap.responses[0]?.text), /^Дешевле всего из свободных на ваши даты — «Комфорт»: /);
  const dear = await knowledgeAction.run(call('а самый дорогой какой?'), { now, hotel, pms });
  // «Люкс» costs more but holds 2 guests
  assert.match(String(dear.responses[0]?.text), /^Дороже всего из свободных на ваши даты — «Семейный»: /);
});

test('no matching fact: say so and offer reception', async () => {
  const a = await ask('есть ли у вас бассейн?');
  assert.deepEqual(a.sources, ['none']);
  assert.match(a.text, /\+7 812 555-01-48/);
});

test('action_trigger_search answers the latest message', async () => {
  const call = {
    next_action: 'action_trigger_search',
    sender_id: 's',
    tracker: { sender_id: 's', slots: {}, latest_message: { text: 'У вас есть парковка?' }, events: [] },
    domain: {},
    version: '3.1',
  } as ActionCall;
  const result = await knowledgeAction.run(call, { now, hotel, pms: new FakePms({}) });
  assert.equal(result.responses.length, 1);
  assert.match(String(result.responses[0]?.text), /900 рублей/);
  await assert.rejects(knowledgeAction.run(call, { now }), /needs the hotel data/);
});

test('«no information» said again is shorter, and the third time offers reception on a call, its number in a chat', async () => {
  for (const channel of ['twilio_media_streams', 'rest']) {
    const events: ActionCall['tracker']['events'] = [];
    const replies: string[] = [];
    for (const q of ['а сувенирный киоск у вас есть?', 'а караоке у вас есть?', 'а велосипеды напрокат даёте?']) {
      events.push({ event: 'user', text: q, timestamp: 0, parse_data: { text: q, intent: { name: null, confidence: 0 }, entities: [], commands: [] } });
      const call = {
        next_action: 'action_trigger_search',
        sender_id: 's',
        tracker: { sender_id: 's', slots: {}, latest_message: { text: q }, events: [...events], latest_input_channel: channel },
        domain: {},
        version: '3.1',
      } as ActionCall;
      const text = String((await knowledgeAction.run(call, { now, hotel, pms: new FakePms({}) })).responses[0]?.text);
      events.push({ event: 'bot', text, timestamp: 0, data: {} });
      replies.push(text);
    }
    assert.match(replies[0]!, /нет точной информации.*\+7 812 555-01-48/);
    assert.equal(new Set(replies).size, 3, replies.join(' | '));
    assert.ok(replies[1]!.length < replies[0]!.length / 2, replies[1]);
    if (channel === 'rest') assert.match(replies[2]!, /Ресепшен ответит по телефону \+7 812 555-01-48\.$/);
    else assert.match(replies[2]!, /Соединить вас с ресепшеном\?$/);
  }
});

test('languages of the staff and a no-show are answered from hotel.yml', async () => {
  assert.match((await ask('Ваши сотрудники говорят по-английски?')).text, /английск/i);
  const noShow = (await ask('Что будет, если я не приеду?')).text;
  assert.match(noShow, /незаезд|первой ночи/);
});

test("rules are said in the assistant's words, not the office register of the data", async () => {
  // hotel.yml: «бесплатная отмена до 14:00 за сутки до даты заезда; при более поздней отмене или незаезде удерживается …»
  const fee = (await ask('если отменю в последний день что будет')).text;
  assert.match(fee, /Если отменить позже или не приехать, придётся оплатить стоимость первой ночи\./);
  assert.doesNotMatch(fee, /незаезд|удерживается|даты заезда|Бесплатная отмена/);
  assert.match((await ask('до скольки отмена без штрафа?')).text, /^Бесплатно отменить можно до 14:00 за сутки до заезда\.$/);
  // «прачечная и химчистка, заказ через ресепшн до 10:00 — готово в тот же день»
  assert.match((await ask('а прачечная у вас есть?')).text, /заказать можно через ресепшн до 10:00, будет готово в тот же день/);
});

test('«сколько это будет стоить?» during a booking quotes the chosen room for the dates given', async () => {
  const pms = new FakePms({ standard: 3, comfort: 1, family: 0, suite: 2 });
  const a = await answerQuestion('А сколько это будет стоить?', { now, hotel, pms }, { check_in: '2026-12-04', check_out: '2026-12-06', room_type: 'suite' });
  // Friday and Saturday are weekend nights: 2 × 18 000
  assert.match(a.text, /36 000/);
  assert.doesNotMatch(a.text, /Стандарт/);
});

test('a question about what the price includes is not a quote, even with a room chosen', async () => {
  const pms = new FakePms({ standard: 3, comfort: 1, family: 0, suite: 2 });
  const a = await answerQuestion(
    'А завтрак входит в стоимость?',
    { now, hotel, pms },
    { check_in: '2026-12-07', check_out: '2026-12-09', room_type: 'comfort' },
  );
  assert.match(a.text, /^Да, завтрак «шведский стол» включён в стоимость всех номеров/);
});

test("food to the room is the restaurant's room service", async () => {
  assert.match((await ask('Можно заказать еду в номер?')).text, /23:00/);
});

test('«свободен ли люкс» asks the hotel system about free rooms', async () => {
  const a = await ask('Свободен ли люкс на 24 декабря?', new FakePms({ standard: 3, comfort: 1, family: 0, suite: 0 }));
  assert.match(a.text, /нет|занят|к сожалению/i);
});

test('a price of something else is no room price list', async () => {
  assert.match((await ask('Сколько стоит проезд в метро?')).text, /нет точной информации/);
  assert.match((await ask('Какая стоимость проживания?')).text, /«Стандарт».*6 500/);
  assert.match((await ask('Сколько стоит двухместный номер?')).text, /«Стандарт»/);
  assert.match((await ask('Сколько стоит трансфер?')).text, /2800/);
});

test('the price of a stay with a pet is the pet fee', async () => {
  assert.match((await ask('Сколько стоит проживание с кошкой?')).text, /2000/);
});

test('what the price includes is breakfast, not the price list', async () => {
  assert.match((await ask('Что входит в стоимость номера?')).text, /Завтрак/);
});

test('«не» binds to its word: «приеду с котом» is about pets, «если я не приеду» about cancellation', async () => {
  assert.match((await ask('Я приеду с котом, это можно?')).text, /8 кг/);
  assert.match((await ask('можно с собачкой маленькой?')).text, /8 кг/);
  assert.match((await ask('что будет, если я не приеду?')).text, /первой ночи/);
  assert.match((await ask('Сыну шестнадцать, он может один у вас остановиться?')).text, /родител/);
});

test('«сколько выйдет» for dates is the stay total from the hotel system', async () => {
  const pms = new FakePms({ standard: 3 });
  // 10–14 December 2026: Thursday, Friday, Saturday, Sunday nights: 6 500 + 7 500 + 7 500 + 6 500
  assert.match((await ask('Сколько выйдет стандарт с 10 по 14 декабря?', pms)).text, /28 000 рублей/);
});

test('a quote over nights at one price also says the nightly price', async () => {
  // 27–29 November 2026 are Friday and Saturday nights: two weekend nights of the family room
  const a = await ask('Сколько стоит семейный номер с 27 по 29 ноября?', new FakePms({ family: 1 }));
  assert.equal(a.text, 'Номер «Семейный» с 27 по 29 ноября — 25 800 рублей за 2 ночи, по 12 900 рублей за ночь, цена за номер до 4 гостей.');
});

test('a non-smoking room is answered with the smoking rule', async () => {
  assert.match((await ask('у вас есть номер для некурящих')).text, /запрещено/);
});

test('yes/no questions are answered «да» or «нет» first, with only the part asked', async () => {
  assert.equal((await ask('картой мир можно расплатиться')).text, 'Да, «Мир» принимаем.');
  assert.equal((await ask('а наличными можно?')).text, 'Да, наличные принимаем.');
  assert.equal((await ask('нужна ли предоплата')).text, 'Нет, предоплата не требуется, оплата при заселении.');
  assert.equal((await ask('а дополнительную кровать можно поставить?')).text, 'Нет, дополнительная кровать не предоставляется.');
  assert.match((await ask('Сыну шестнадцать, он может один у вас остановиться?')).text, /^Нет, дети до 18 лет заселяются только с родителями/);
  assert.equal((await ask('Персонал говорит по-английски?')).text, 'Да, наши сотрудники говорят по-английски.');
  assert.match((await ask('по-немецки говорите?')).text, /^Нет, по-немецки не говорим: наши сотрудники говорят по-русски и по-английски\.$/);
  // the hours when the hours are asked, the price when the price is
  assert.equal((await ask('во сколько завтрак?')).text, 'Завтрак по будням с 7:00 до 11:00, по выходным с 8:00 до 12:00.');
  assert.equal((await ask('сколько стоит сауна?')).text, 'Сауна — 2500 рублей в час за компанию до 4 человек, записаться нужно заранее.');
  assert.equal((await ask('во сколько заезд?')).text, 'Заезд с 14:00.');
});

test('a service given as a noun phrase in hotel.yml is said as a whole sentence', async () => {
  assert.equal((await ask('можно оставить чемоданы после выезда?')).text, 'Да, есть бесплатная камера хранения багажа.');
  assert.equal((await ask('где у вас парковаться?')).text, 'У нас есть подземный паркинг: 900 рублей в сутки, место нужно бронировать заранее.');
  assert.match((await ask('а сауна есть?')).text, /^Да, сауна работает с 7:00 до 23:00/);
  assert.equal((await ask('как до вас добраться от метро?')).text, 'До нас 7 минут пешком от станции метро «Гостиный двор».');
});

test('a fact is said for the ear: no brackets or «;», plain words, only the part the question names', async () => {
  // a «;» ends a sentence
  assert.equal(
    (await ask('какие документы нужны для заселения?')).text,
    'При заселении нужен паспорт каждого взрослого гостя. Иностранным гостям — паспорт и миграционная карта.',
  );
  // office turns said plainly
  // (and the usual hour after the rule for earlier: know kind 9)
  assert.equal(
    (await ask('можно заехать пораньше?')).text,
    'Да, заехать пораньше можно с 10:00 за 50% стоимости ночи, если будут свободные номера. Обычно заезд с 14:00.',
  );
  // «входит ли завтрак?» gets whether it is included, not the hours as well
  assert.equal((await ask('завтрак включён в стоимость?')).text, 'Да, завтрак «шведский стол» включён в стоимость всех номеров.');
  // the part of a fact named («лифт»), as a sentence
  assert.equal((await ask('у вас есть лифт?')).text, 'Да, есть лифт.');
  // a list after a verb that keeps it in the nominative, as the data has it
  assert.equal((await ask('а как можно оплатить?')).text, 'Оплатить можно банковскими картами «Мир», Visa, Mastercard, через СБП или наличными.');
  // the address without the city the caller knows
  assert.equal((await ask('какой у вас адрес?')).text, 'Наш адрес: набережная реки Фонтанки, дом 48.');
  // a question about one case of a rule with several: «нет» for the case it charges, that case's sentence first
  assert.match((await ask('а если я не приеду, деньги вернут?')).text, /^Нет, если отменить позже или не приехать, придётся оплатить/);
});

test('«чем номера отличаются?» sets the rooms side by side from the hotel data', async () => {
  const a = await answerQuestion('а чем они друг от друга отличаются', { now, hotel, pms: new FakePms({}) });
  for (const r of hotel.room_types) assert.match(a.text, new RegExp(`«${r.name}» — ${r.area_m2} м²`));
});

test('a time asked against a rule is compared with it, and the rule keeps its condition', async () => {
  const services = { now, hotel, pms: new FakePms({}) };
  const early = await answerQuestion('а приехать в семь утра и сразу заселиться можно?', services);
  assert.match(early.text, /^Нет, раньше 10:00/);
  assert.match(early.text, /свободные номера/);
  assert.match(
    (await answerQuestion('можно ли заселиться часов в одиннадцать', services)).text,
    /^Да, заехать пораньше можно с 10:00.*свободные номера\. Обычно заезд с 14:00\.$/,
  );
  assert.match((await answerQuestion('можно ли освободить номер в девять вечера', services)).text, /^Нет, позже 18:00/);
});

test('a fact asked with «а пораньше/попозже можно» gets the usual time and the rule for earlier or later', async () => {
  const services = { now, hotel, pms: new FakePms({}) };
  const out = await answerQuestion('до скольки надо выселиться, а позже никак нельзя?', services);
  assert.match(out.text, /12:00/);
  assert.match(out.text, /18:00/);
  const inn = await answerQuestion('а заехать когда можно и пораньше реально?', services);
  assert.match(inn.text, /14:00/);
  assert.match(inn.text, /10:00/);
});

test('«да»/«нет» only for a yes/no question: not for a choice, an amount, or a follow-up that is only a phrase', async () => {
  const yesNo = /^(Да|Нет),/;
  // a choice between options is answered by naming one
  assert.doesNotMatch((await ask('а завтрак в цену входит или за него отдельно платить?')).text, yesNo);
  assert.doesNotMatch((await ask('номер вам нужен с видом на реку или во двор?')).text, yesNo);
  // «… или нет?» is still yes/no
  assert.match((await ask('завтрак включён или нет?')).text, yesNo);
  // an amount asked for
  assert.doesNotMatch((await ask('а в сумме с парковкой за две ночи?')).text, yesNo);
  // a bare phrase after another question: its kind is that question's, unknown here
  assert.doesNotMatch((await ask('а от Московского вокзала?')).text, yesNo);
  assert.doesNotMatch((await ask('а в воскресенье?')).text, yesNo);
  // a phrase with its own verb or «можно» asks on its own
  assert.match((await ask('а с кошкой можно?')).text, yesNo);
});

test('two topics joined by «и» under one question are both answered', async () => {
  for (const q of ['ну а во сколько заселение и выселение', 'скажите время заезда и выезда у вас', 'заезд и выезд во сколько']) {
    const a = (await ask(q)).text;
    assert.match(a, /14:00/, `${q}: ${a}`);
    assert.match(a, /12:00/, `${q}: ${a}`);
  }
  // one topic said twice in other words is one answer
  const one = (await ask('во сколько заселение и заезд')).text;
  assert.doesNotMatch(one, /12:00/, one);
});
