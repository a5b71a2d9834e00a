// Callers off the happy path (issue 12, kind 10), the second round: complaints said as what was not done or how the
// room is, a verdict on the hotel, and a phone the caller has not got or asks about. Sentences written for this test,
// in a recogniser's style.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { complains, refusesPhone } from '../../../src/understanding/nlu/off-path.ts';
import { booking, commands } from './fixture.ts';

const COMPLAINT = { command: 'start flow', flow: 'complaint' };

test("what the staff did not do, how the caller's room is, a verdict on the hotel: a complaint", async () => {
  for (const said of [
    'постельное бельё так и не поменяли',
    'мне с ресепшена до сих пор никто не перезвонил',
    'у нас в номере с утра холодина батарея ледяная',
    'вторую ночь в номере сквозняк дует из окна',
    'кондиционер еле работает жарко невозможно',
    'ну и бардак у вас',
    'это не отель а свинарник какой-то',
    'в ванной слив не смывает',
    'вы нам всю поездку испортили',
    'комната совсем не соответствует описанию на сайте',
    'мне за проживание списали два раза',
    'в номер дым из коридора тянет',
    'ребята вы в своём уме',
    'надувательство сплошное ваши цены',
    'я на вас жаловаться буду',
  ]) {
    assert.ok(complains(said), said);
    assert.deepEqual((await commands(`алло ${said}`))[0], COMPLAINT, said);
  }
  // nothing the caller's own: a question about the rooms, the cleaning days, a rule
  for (const said of [
    'а в номерах зимой не холодно',
    'а по выходным не убирают',
    'а с котом не пускают',
    'а если я не заселюсь до ночи',
    'а ужин в номер приносят',
    'вы нормальные полотенца выдаёте',
    'после развода хочу отдохнуть одна',
  ])
    assert.equal(complains(said), false, said);
});

test('to a question proving a booking, an SMS that never came is the answer, not a complaint', async () => {
  const codeAsked = { activeFlow: 'cancel_booking', requestedSlot: 'booking_reference' };
  const got = await commands('а мне смс так и не пришла никакая', codeAsked);
  assert.notDeepEqual(got[0], COMPLAINT);
  // rudeness is a complaint there too
  assert.deepEqual((await commands('вы там совсем бестолковые с вашими кодами', codeAsked))[0], COMPLAINT);
});

test('no phone at all, or «а зачем он вам?» to the phone question: why a contact is needed, and the e-mail offered', async () => {
  const phoneAsked = booking('guest_phone');
  for (const said of ['у меня нет телефона', 'сотового у нас нет', 'а для чего он вам', 'а это обязательно', 'ну а можно без него']) {
    assert.ok(refusesPhone(said, true), said);
    assert.deepEqual(await commands(said, phoneAsked), [{ command: 'skip question' }], said);
  }
  // the number itself is still the answer; asked about another question, «а зачем?» is not about the phone
  assert.equal(refusesPhone('пишите восемь девятьсот пять', true), false);
  assert.equal(refusesPhone('а это обязательно'), false);
  assert.notDeepEqual(await commands('а это обязательно', booking('guest_name')), [{ command: 'skip question', slot: 'guest_phone' }]);
  assert.ok(refusesPhone('у меня и телефона-то нет никакого') || refusesPhone('у меня нет телефона'));
});

test('to the name question, a story of why the name changes is no complaint; rudeness still is', async () => {
  for (const said of [
    'пишите на кузнецову ой нет она документы ещё не поменяла после свадьбы так что на орлову дарью',
    'на мужа запишите он права так и не сменил ну в общем на сидорова павла',
  ]) {
    const cs = await commands(said, booking('guest_name'));
    assert.ok(!cs.some((c) => c.command === 'start flow' && c.flow === 'complaint'), `${said}: ${JSON.stringify(cs)}`);
  }
  assert.deepEqual((await commands('да вы там совсем тупые что ли', booking('guest_name')))[0], COMPLAINT);
});
