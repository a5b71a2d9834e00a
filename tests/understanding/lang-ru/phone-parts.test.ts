// A phone dictated in parts over several turns (issue 12, A3): every run of parts is put together, however many,
// and a caller who starts again is read from the new start. Sentences written for this test in the recogniser's
// style (lower case, numbers as words); none comes from an evaluation set.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phoneFromParts, phonePart } from '../../../src/understanding/lang-ru/phones.ts';

test('three, four and five parts make one number', () => {
  assert.equal(phoneFromParts(['восемь девятьсот три', 'двести семнадцать'], 'шестьдесят четыре ноль один'), '+79032176401');
  assert.equal(phoneFromParts(['плюс семь', 'девятьсот девяносто девять', 'пятьсот'], 'ноль ноль восемьдесят восемь'), '+79995000088');
  assert.equal(phoneFromParts(['ну восемь', 'девятьсот пятнадцать', 'э семьсот семь', 'двенадцать'], 'тридцать четыре'), '+79157071234');
  assert.equal(phoneFromParts(['так записывайте восемь', 'девять один шесть', 'три три три', 'сорок четыре'], 'пятьдесят пять'), '+79163334455');
});

test('only the parts just before count; a caller who starts again is read from the new start', () => {
  // the name said before the number is no part of it
  assert.equal(phoneFromParts(['Олег Дымов', 'восемь девятьсот двадцать', 'шестьсот'], 'десять десять'), '+79206001010');
  // «восемь девятьсот» and then the whole start again: the later parts make the number
  assert.equal(phoneFromParts(['восемь девятьсот', 'восемь девятьсот двадцать шесть', 'сто'], 'двадцать тридцать'), '+79261002030');
  // not yet a whole number: nothing assembled, the next part is awaited
  assert.equal(phoneFromParts(['восемь девятьсот три'], 'двести семнадцать'), null);
  // a part after something else entirely is no number
  assert.equal(phoneFromParts(['а завтрак во сколько'], 'сорок пять шестьдесят семь'), null);
});

test('the country prefix alone is a part; a lone other digit is not', () => {
  assert.equal(phonePart('плюс семь'), '+7');
  assert.equal(phonePart('восемь'), '8');
  assert.equal(phonePart('три'), null);
  assert.equal(phonePart('у нас двое детей'), null);
});

test('pauses the recogniser writes as «...» or «…» between the groups of one message do not break the number', async () => {
  const { extractPhone } = await import('../../../src/understanding/lang-ru/phones.ts');
  assert.equal(extractPhone('записывайте восемь ... девятьсот двадцать один ... триста сорок ... пятнадцать ... шестьдесят'), '+79213401560');
  assert.equal(extractPhone('так плюс семь… девятьсот шесть… дальше сто два… ноль ноль и семьдесят семь'), '+79061020077');
  // a pause inside something that is no phone still makes none
  assert.equal(extractPhone('нас будет двое ... с пятого по седьмое'), null);
  assert.equal(phonePart('девятьсот двадцать один ... триста'), '921300');
});
