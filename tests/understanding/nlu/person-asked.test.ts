// A person asked for, however rudely (issue 12, control kind C2): the demand reaches the handoff, and a rude tone is
// never answered with the assistant's introduction. Sentences written for this test, in a recogniser's style.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asksForPerson } from '../../../src/understanding/nlu/person-asked.ts';
import { booking, commands } from './fixture.ts';

const HANDOFF = [{ command: 'human handoff' }];

const RUDE_DEMANDS = [
  'да ты достала уже позови нормального администратора',
  'слушай железяка переключи меня на человека',
  'с автоответчиком я разговаривать не буду давайте оператора',
  'ты тупишь дай мне кого-нибудь нормального',
  'эй робот ты глухой что ли человека мне',
  'короче хватит болтать соедини с менеджером',
  'надоел этот робот где живой оператор',
  'я с машиной не разговариваю зовите старшего',
  'ну вы издеваетесь дайте уже человека',
  'ты ничего не понимаешь мне нужен администратор срочно',
  'есть там кто живой или одни роботы',
  'не хочу я с роботом общаться',
  'ты робот что ли тупой дай администратора',
];

test('a rude demand for a person hands over, outside a flow and in the middle of one', async () => {
  for (const said of RUDE_DEMANDS) {
    assert.ok(asksForPerson(said), said);
    assert.deepEqual(await commands(said), HANDOFF, said);
    assert.deepEqual(await commands(`алло ${said}`), HANDOFF, `алло ${said}`);
    assert.deepEqual(await commands(said, booking('adults')), HANDOFF, `${said} (guests asked)`);
    assert.deepEqual(await commands(said, { activeFlow: 'cancel_booking', requestedSlot: 'booking_reference' }), HANDOFF, `${said} (code asked)`);
  }
});

test('rudeness without a demand is an apology and reception, never the introduction', async () => {
  for (const said of ['ты робот что ли тупой совсем', 'вы там роботы бестолковые или кто', 'с кем я говорю вообще идиотизм какой-то']) {
    const got = await commands(said);
    assert.equal(got[0]?.command, 'start flow', said);
    assert.deepEqual(got[0], { command: 'start flow', flow: 'complaint' }, said);
  }
  // asked politely, who answered is still the introduction
  assert.deepEqual(await commands('простите а вы живой человек или робот'), [{ command: 'start flow', flow: 'introduce_hotel' }]);
});

test('the administrator asked for is not the one complained of', async () => {
  const got = await commands('ты тупая что ли дай мне администратора');
  assert.deepEqual(got, HANDOFF);
  // a complaint about a member of staff, with no demand, stays one
  assert.deepEqual(await commands('ваша девушка на ресепшене мне вчера нахамила'), [
    { command: 'start flow', flow: 'complaint' },
    { command: 'set slot', name: 'complaint_about', value: 'staff', extractor: 'NLU' },
  ]);
});

test('people counted for a room, a person declined or asked about are no demand', async () => {
  for (const said of [
    'дайте номер на двух человек',
    'давайте стандарт на трёх человек',
    'нам нужен номер на четырёх человек',
    'а администратор у вас круглосуточно',
    'нет не надо администратора',
    'нам нужен номер а не администратор',
  ])
    assert.equal(asksForPerson(said), false, said);
  assert.notDeepEqual(await commands('дайте номер на двух человек'), HANDOFF);
  assert.notDeepEqual(await commands('давайте стандарт на трёх человек'), HANDOFF);
});
