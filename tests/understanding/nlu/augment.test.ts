import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asRecognised, augmentExamples, classifierText, numberWords } from '../../../src/understanding/nlu/augment.ts';
import { parseExample } from '../../../src/understanding/nlu/data.ts';

const data = [
  parseExample('Забронируйте [стандарт](room_type) на [5 декабря](date), пожалуйста!', 'book_room'),
  parseExample('хочу [люкс](room_type) [с 11 по 13 декабря](date)', 'book_room'),
  parseExample('а [семейный номер](room_type) на [выходные](date) свободен?', 'ask_hotel_info'),
  parseExample('Здравствуйте!', 'greet'),
];

test('numbers as a recogniser writes them: ordinals before a month, cardinals otherwise', () => {
  assert.equal(numberWords(5, true), 'пятого');
  assert.equal(numberWords(23, true), 'двадцать третьего');
  assert.equal(numberWords(30, true), 'тридцатого');
  assert.equal(numberWords(3, false), 'три');
  assert.equal(numberWords(42, false), 'сорок два');
  assert.equal(asRecognised('Забронируйте стандарт на 5 декабря, пожалуйста!'), 'забронируйте стандарт на пятого декабря пожалуйста');
  assert.equal(asRecognised('мой телефон 89001234567'), 'мой телефон 89001234567');
});

test('variants are seeded: the same data gives the same examples, another seed others', () => {
  const a = augmentExamples(data);
  assert.deepEqual(augmentExamples(data), a);
  assert.notDeepEqual(augmentExamples(data, { seed: 99 }), a);
  // the originals come first, in classifier form; every variant keeps its intent
  assert.deepEqual(
    a.slice(0, 4).map((e) => e.text),
    ['Забронируйте стандарт на 5 декабря, пожалуйста!', 'хочу люкс с 11 по 13 декабря', 'а семейный номер на выходные свободен?', 'Здравствуйте!'],
  );
  assert.ok(a.length > data.length);
  for (const v of a.slice(4)) {
    assert.ok(['book_room', 'ask_hotel_info', 'greet'].includes(v.intent));
    assert.equal(v.text, v.text.toLowerCase(), 'variants are lower case');
    assert.doesNotMatch(v.text, /[?!,.]/, 'variants have no punctuation');
    if (v.intent !== 'greet') assert.doesNotMatch(v.text, /^(?:алло|здравствуйте|добрый)/, 'a greeting before a request is removed as at prediction');
  }
  // values of one entity are swapped between carrier phrases
  const rooms = new Set(
    augmentExamples(data, { variants: 8 })
      .filter((e) => e.intent === 'book_room')
      .map((e) => /(стандарт|люкс|семейный номер)/.exec(e.text)?.[1]),
  );
  assert.ok(rooms.has('семейный номер'), 'a room value from another example fills a booking phrase');
});

test('the classifier reads the request without the greeting, as at prediction', () => {
  assert.equal(classifierText('алло здравствуйте а вай фай есть'), 'а вайфай есть');
  assert.equal(classifierText('здравствуйте'), 'здравствуйте');
});
