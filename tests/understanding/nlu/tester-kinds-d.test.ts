// Tester kinds 2, 3, 5, 10 and 12 (set of 118 callers): what the caller says is taken where it belongs — an
// agreement to the room just suggested, the pet given up for the room wanted, an e-mail dictated with «собака» for
// «@», a person added to the party while booking, and a caller without the code who is not asked for it again.
// Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SlotValue } from '../../../src/engine/commands.ts';
import type { UnderstandingContext } from '../../../src/understanding/types.ts';
import { booking, commands, slots } from './fixture.ts';

type Line = UnderstandingContext['history'][number];
const bot = (text: string): Line => ({ role: 'bot', text });
const user = (text: string): Line => ({ role: 'user', text });
const ROOM_LIST =
  'На ваши даты свободны: «Стандарт» — 13 000, «Комфорт» — 17 800, «Семейный» — 23 000 и «Люкс» — 32 000 рублей за всё проживание. Какой номер выберете?';
const roomAsked = (history: Line[], extra: Record<string, SlotValue> = {}): [Partial<UnderstandingContext>, Record<string, SlotValue>] => [
  { ...booking('room_type'), history },
  { room_choices: ['standard', 'comfort', 'family', 'suite'], adults: 2, children: 0, ...extra },
];

test('kind 5: an agreement to the one room the last answer suggested takes that room', async () => {
  const history = [
    user('а что у вас попросторнее будет'),
    bot('Просторнее всего из свободных на ваши даты — «Семейный»: 23 000 рублей за всё проживание.'),
    bot(ROOM_LIST),
  ];
  for (const said of ['ну давайте', 'хорошо пусть будет он', 'ага давайте его'])
    assert.deepEqual(slots(await commands(said, ...roomAsked(history))), { room_type: 'family' }, said);
  // the list alone suggests no one room: an agreement to it takes the cheapest offered, which the assistant then offers
  // alone with its price to be agreed to (kinds-book item 10), never «не понятно»
  assert.equal(slots(await commands('ну давайте', ...roomAsked([user('номер на двоих с пятого по восьмое'), bot(ROOM_LIST)]))).room_type, 'standard');
  // a «не» is no agreement
  assert.equal(slots(await commands('давайте не его', ...roomAsked(history))).room_type, undefined);
});

test('kind 5: outside a booking, an agreement right after one room was recommended books that room', async () => {
  const history = [user('подскажите какой номер самый недорогой'), bot('Самый доступный — «Стандарт»: 6 500 рублей за ночь в будни, 7 500 рублей в выходные.')];
  const said = await commands('ну давайте', { history });
  assert.deepEqual(said[0], { command: 'start flow', flow: 'book_room' });
  assert.equal(slots(said).room_type, 'standard');
});

test('kind 5: the pet given up keeps the room the caller wanted', async () => {
  const history = [
    user('хотим люкс с двенадцатого по четырнадцатое вдвоём и кошка с нами'),
    bot('В номер «Люкс» с питомцем нельзя: с питомцем можно в «Стандарт» и «Комфорт». Вес — до 8 кг.'),
    bot('На ваши даты с питомцем можно выбрать: «Стандарт» — 13 000 и «Комфорт» — 17 800 рублей. Какой номер выберете?'),
  ];
  for (const said of ['ну ладно кошку оставим у соседей', 'хорошо тогда поедем без кошки'])
    assert.deepEqual(slots(await commands(said, ...roomAsked(history, { availability_status: 'pet_not_allowed', pet: 'нет' }))), { room_type: 'suite' }, said);
});

test('kind 12: an e-mail dictated with «собака» to the phone question is the contact, not a pet question', async () => {
  const said = await commands('а можно я почту оставлю oleg собака mail точка ru', booking('guest_phone'));
  assert.deepEqual(said, [{ command: 'set slot', name: 'guest_phone', value: 'oleg@mail.ru', extractor: 'LLM' }]);
});

test('kind 2: a person added while booking counts on top of the party', async () => {
  const ctx: [Partial<UnderstandingContext>, Record<string, SlotValue>] = [booking('room_type'), { adults: 2, children: 1, children_ages: [6] }];
  assert.equal(slots(await commands('ой с нами ещё свекровь поедет', ...ctx)).adults, 3);
  assert.equal(slots(await commands('к нам ещё друг присоединится', ...ctx)).adults, 3);
  // the whole party said anew is taken as said, the child among them
  assert.equal(slots(await commands('то есть нас будет пятеро', ...ctx)).adults, 4);
});

test('kind 10: no code said with the request itself, or a second time at the code question, hears how else to prove it', async () => {
  for (const said of ['хочу снять бронь но код я не помню', 'надо отменить бронирование а номер брони я потеряла'])
    assert.deepEqual(await commands(said), [{ command: 'start flow', flow: 'booking_code_lost' }], said);
  // the code asked again after a surname was kept as the proof: a phone instead of the code is no code either
  const codeAgain: [Partial<UnderstandingContext>, Record<string, SlotValue>] = [
    { activeFlow: 'cancel_booking', requestedSlot: 'booking_reference' },
    { booking_proof: 'Ковалёва' },
  ];
  assert.deepEqual(await commands('телефон восемь девятьсот девять сто двадцать три сорок пять шестьдесят семь', ...codeAgain), [
    { command: 'cancel flow' },
    { command: 'start flow', flow: 'booking_code_lost' },
  ]);
  // the code itself is still the answer
  assert.equal(slots(await commands('четыреста один двести два триста три', ...codeAgain)).booking_reference, '401202303');
});

test('kind 7: a party said with several rooms is for all of them; the first room’s guests are asked', async () => {
  const said = slots(await commands('нужно три номера на семерых взрослых с девятого по одиннадцатое января'));
  assert.equal(said.rooms_wanted, 3);
  assert.equal(said.adults, undefined);
  assert.equal(said.check_in_date, '2027-01-09');
  // one room with its party keeps both
  const one = slots(await commands('комфорт на троих с девятого по одиннадцатое января'));
  assert.deepEqual([one.rooms_wanted, one.adults, one.room_type], [undefined, 3, 'comfort']);
});

test('kind 13: a room named at the proof question is no surname to check', async () => {
  const proof: [Partial<UnderstandingContext>, Record<string, SlotValue>] = [
    { activeFlow: 'find_booking', requestedSlot: 'booking_proof' },
    { booking_reference: '401202303', lookup_status: 'not_found' },
  ];
  assert.equal(slots(await commands('ну на люкс же', ...proof)).booking_proof, undefined);
  assert.equal(slots(await commands('шувалова', ...proof)).booking_proof, 'шувалова');
});
