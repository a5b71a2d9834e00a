// The party as callers say it in one breath (helper kinds 1, 2, 11): a party corrected after «ой нет», «хотя нет»,
// «вернее» takes the later number; a baby named with its age in months and «и нас двое» after it is two grown-ups
// and the baby; a grandchild (or any child's noun) with an age is a child, and a total said beside it counts it.
// Sentences written for this test in the recogniser's style (lower case, numbers as words) and typed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractGuests } from '../../../src/understanding/lang-ru/index.ts';
import { booking, commands, slots } from './fixture.ts';

test('a party corrected in the same breath: the later number wins', () => {
  for (const [said, adults] of [
    ['номер на двоих ой нет на троих', 3],
    ['нас будет трое хотя нет четверо', 4],
    ['ну мы вдвоём нет втроём', 3],
    ['комфорт на одного, вернее на двоих', 2],
    ['нас пятеро, то есть четверо', 4],
  ] as const)
    assert.equal(extractGuests(said).adults, adults, said);
  // a total said again still counts the children said before it
  assert.deepEqual(extractGuests('двое взрослых и двое детей, ой, нас будет пятеро'), { adults: 3, children: 2 });
  // who is corrected, not only how many
  assert.deepEqual(extractGuests('нас трое точнее двое взрослых и сын девяти лет'), { adults: 2, children: 1, children_ages: [9] });
  // «нет» after a noun corrects nothing
  assert.deepEqual(extractGuests('детей нет нас трое'), { children: 0, adults: 3 });
  // a correction of the dates leaves the party as said
  assert.equal(extractGuests('нас двое с восьмого ой нет с девятого').adults, 2);
});

test('the party corrected in a first turn is booked with the later number, and the dates stay', async () => {
  const s = slots(await commands('добрый день хочу снять номер на двоих с девятого по одиннадцатое января ой нет на троих', {}));
  assert.equal(s['adults'], 3);
  assert.equal(s['check_in_date'], '2027-01-09');
  assert.equal(s['check_out_date'], '2027-01-11');
});

test('a baby with its age in months, then «и нас двое»: two grown-ups and the baby', () => {
  for (const said of [
    'у нас малышка семь месяцев и нас двое',
    'с нами ребёнок десять месяцев а нас двое',
    'грудничок четыре месяца и мы вдвоём',
    'сыночку годик и нас двое',
  ])
    assert.equal(extractGuests(said).adults, 2, said);
  assert.deepEqual(extractGuests('у нас малыш пять месяцев и нас двое'), { children: 1, children_ages: [0], adults: 2 });
  // a baby's noun with its age beside it is one child of that age
  assert.deepEqual(extractGuests('взрослых двое и грудничок полгода'), { adults: 2, children: 1, children_ages: [0] });
  // «всего» counts everyone, and a total said first includes the children
  assert.deepEqual(extractGuests('двое детей и всего нас четверо'), { children: 2, adults: 2 });
  assert.deepEqual(extractGuests('нас трое, ребёнку четыре'), { adults: 2, children: 1, children_ages: [4] });
});

test('a grandchild with an age is a child, and the total said counts it', () => {
  for (const [said, adults, ages] of [
    ['номер для дедушки с бабушкой, внучка с ними, ей шесть лет, втроём', 2, [6]],
    ['для папы с внуком (9 лет)', 1, [9]],
    ['бабушке и внуку семь лет, их будет двое', 1, [7]],
    ['мама едет с внучкой 11 лет', 1, [11]],
    ['дедушка с двумя внуками пяти и восьми лет', 1, [5, 8]],
  ] as const) {
    const g = extractGuests(said);
    assert.equal(g.adults, adults, said);
    assert.deepEqual(g.children_ages, ages, said);
    assert.equal(g.children, ages.length, said);
  }
  // a grandchild said to be grown is a grown-up
  assert.deepEqual(extractGuests('мы с женой и внук, ему двадцать два'), { children: 0, adults: 3 });
});

test('a booking for grandparents with a grandchild starts with two adults and a child', async () => {
  const s = slots(await commands('здравствуйте нужен номер бабушке с дедушкой внучку тоже берут ей восемь лет втроём с пятого по седьмое декабря', {}));
  assert.equal(s['adults'], 2);
  assert.equal(s['children'], 1);
  assert.deepEqual(s['children_ages'], [8]);
  // to the guests question too
  const g = slots(await commands('бабушка и внук ему четыре', booking('adults')));
  assert.equal(g['adults'], 1);
  assert.equal(g['children'], 1);
});

test('a nephew or niece with an age is a child; «родители» are two grown-ups', () => {
  assert.deepEqual(extractGuests('брат с племянницей ей одиннадцать'), { children: 1, children_ages: [11], adults: 1 });
  assert.deepEqual(extractGuests('номер для родителей, с ними внучка восьми лет'), { children: 1, children_ages: [8], adults: 2 });
  assert.equal(extractGuests('бронь для родителей').adults, 2);
});

test('«втроём» said of a party with a child is the total, never the child’s age; a relative named twice is one person', () => {
  // the total said with «втроём», «вчетвером» after the people named counts the child in, and is no age
  assert.deepEqual(extractGuests('папу с мамой отправляем на выходные и правнучку шести лет с ними, им бы втроём поместиться'), {
    adults: 2,
    children: 1,
    children_ages: [6],
  });
  assert.deepEqual(extractGuests('тётя и дядя едут, внук семи лет с ними, чтобы им втроём было где спать'), {
    adults: 2,
    children: 1,
    children_ages: [7],
  });
  // the same relation said again (to give the name) is the same guest
  assert.deepEqual(extractGuests('Номер для папы и внука (8 лет) на 3 ночи. Папа — Сергеев Иван Петрович, телефон ниже'), {
    adults: 1,
    children: 1,
    children_ages: [8],
  });
  assert.deepEqual(extractGuests('номер для брата с сыном пяти лет, брат сам позвонит вам позже'), { adults: 1, children: 1, children_ages: [5] });
});
