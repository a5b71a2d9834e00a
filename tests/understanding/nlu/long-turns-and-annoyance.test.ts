// Issue 12, booking side: a long first turn that tells a story before its request is read for the request, the
// people of the story are no guests, and an answer said with annoyance is the answer. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractGuests } from '../../../src/understanding/lang-ru/guests.ts';
import { withoutExasperation } from '../../../src/understanding/nlu/exasperation.ts';
import { requestAfterStory } from '../../../src/understanding/nlu/long-turn.ts';
import { booking, commands, slots } from './fixture.ts';

const starts = (cs: Awaited<ReturnType<typeof commands>>, flow: string) => cs.some((c) => c.command === 'start flow' && c.flow === flow);

test('a long turn with a story first is read for the request at its end', async () => {
  for (const said of [
    'добрый вечер я из вологды звоню мне коллега дал ваш телефон мы едем в питер на выставку в январе хотели бы у вас номер снять',
    'алло это гостиница да ну слава богу я третий раз набираю в общем мы с мужем летим к внуку на крестины нам бы номер забронировать',
    'здравствуйте меня зовут галина петровна я по рекомендации знакомой в питер на лечение еду недели на две мне нужен номер недорогой',
  ]) {
    const cs = await commands(said);
    assert.ok(starts(cs, 'book_room'), said);
    assert.ok(!cs.some((c) => c.command === 'knowledge'), said);
  }
});

test('a booking cancelled after a story is cancelled; a trip moved is the reason, not a change', async () => {
  for (const said of [
    'добрый вечер это отдел кадров у нас сотруднику перенесли командировку надо снять его бронь на февраль',
    'здравствуйте мама приболела и мы не едем так что хотим отменить бронирование на выходные',
  ])
    assert.ok(starts(await commands(said), 'cancel_booking'), said);
});

test('the request is found only after a story: short turns and turns that open with the request are read whole', () => {
  assert.equal(requestAfterStory('хочу номер на выходные мы едем к сыну на свадьбу в субботу вечером'), null);
  assert.equal(requestAfterStory('мы из твери хотим номер снять'), null);
  assert.match(requestAfterStory('здравствуйте мы из самары едем на свадьбу к племяннице на выходные нам бы номер на двоих') ?? '', /^нам бы номер/);
});

test('a question after a story is still a question', async () => {
  const cs = await commands('здравствуйте я из екатеринбурга мы приедем с внуками на каникулы скажите а бассейн у вас есть');
  assert.ok(!starts(cs, 'book_room'));
});

test('the people of the story are no guests: those visited and those who did something', () => {
  assert.deepEqual(extractGuests('я лечу к дочке на день рождения'), {});
  assert.deepEqual(extractGuests('брат мне посоветовал ваш отель'), {});
  assert.deepEqual(extractGuests('у сына свадьба мы с женой приедем'), { adults: 2 });
  assert.deepEqual(extractGuests('я с сыном приеду'), { adults: 1, children: 1 });
  assert.deepEqual(extractGuests('я и папа'), { adults: 2 });
});

test('an answer said with annoyance is the answer, never a question about a rule', async () => {
  for (const [said, adults] of [
    ['двое нас двое ну сколько можно переспрашивать', 2],
    ['я же говорил один буду', 1],
    ['господи да трое нас сколько раз повторять', 3],
  ] as const)
    assert.deepEqual(slots(await commands(said, booking('adults'))), { adults }, said);
  const dates = slots(await commands('с десятого по двенадцатое декабря я же вам уже говорила', booking('check_in_date')));
  assert.deepEqual(dates, { check_in_date: '2026-12-10', check_out_date: '2026-12-12' });
});

test('only annoyance is set aside: a question with «сколько можно» asks', () => {
  assert.equal(withoutExasperation('сколько можно взять с собой животных'), null);
  assert.equal(withoutExasperation('а нам сказали что завтрак включён'), null);
  assert.equal(withoutExasperation('ну сколько можно'), null);
  assert.equal(withoutExasperation('говорю же сидоров'), 'сидоров');
});
