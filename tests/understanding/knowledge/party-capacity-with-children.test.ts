// A party with children asked about a room (book kind 3): the rooms that take it, counted by the hotel's rule (a
// child under 3 does not count), never only the rule for children because the children named meet it. Sentences
// written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerQuestion } from '../../../src/understanding/knowledge/answer.ts';
import { services } from '../../actions/helpers.ts';

test('a family with a baby asking which room takes them hears the room, and that the baby does not count', async () => {
  const a = await answerQuestion('нас двое и трое детишек год семь и десять лет какой номер нам подойдёт', services());
  assert.match(a.text, /«Семейный»/);
  assert.match(a.text, /Дети до 3 лет в счёт не идут/);
  assert.deepEqual(a.sources, ['capacity']);
});

test('a party no room takes hears the largest room, not the rule alone', async () => {
  const a = await answerQuestion('мы с женой и трое сыновей пяти восьми и одиннадцати лет найдётся номер на всех', services());
  assert.match(a.text, /самый большой — «Семейный», до 4 гостей/);
});

test('the rule for children asked outright is still the rule', async () => {
  const a = await answerQuestion('детей до трёх лет считаете гостями?', services());
  assert.deepEqual(a.sources, ['guests_counting']);
});
