// A phone corrected while it is dictated (helper kind 13): the groups said after «ой», «нет», «простите», «точнее»,
// «вернее», «то есть» replace the same number of digits at the end, or the last group and what follows, or the whole
// number said again. Sentences written for this test in the recogniser's style (lower case, numbers as words) and typed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPhone, phoneFromParts, phonePart } from '../../../src/understanding/lang-ru/phones.ts';
import { commands, slots } from '../nlu/fixture.ts';

test('the digits said after the marker replace as many at the end', () => {
  for (const [said, phone] of [
    ['восемь девятьсот двадцать пять триста десять семьдесят семь ой нет простите семьдесят семь восемьдесят', '+79253107780'],
    ['восемь девятьсот двадцать пять триста десять семьдесят семь сорок вернее семьдесят семь сорок один', '+79253107741'],
    ['8 925 310-77-40, точнее 77-42', '+79253107742'],
    ['плюс семь девятьсот двадцать пять триста десять семьдесят семь сорок то есть сорок три', '+79253107743'],
    ['восемь девятьсот двадцать пять триста десять семьдесят семь сорок нет извините пятьдесят', '+79253107750'],
  ] as const)
    assert.equal(extractPhone(said), phone, said);
});

test('a last group said wrong and the number going on, or the whole number again', () => {
  assert.equal(extractPhone('восемь девятьсот двадцать пять тридцать ой триста десять семьдесят семь сорок'), '+79253107740');
  assert.equal(
    extractPhone('восемь девятьсот двадцать пять триста десять семьдесят семь сорок ой нет восемь девятьсот двадцать шесть триста десять семьдесят семь сорок'),
    '+79263107740',
  );
  // corrected twice: the last said wins
  assert.equal(
    extractPhone('восемь девятьсот двадцать пять триста десять семьдесят семь сорок ой семьдесят семь сорок один нет семьдесят семь сорок два'),
    '+79253107742',
  );
});

test('digits named wrong, then right: «не X, а Y»', () => {
  assert.equal(extractPhone('восемь девятьсот двадцать пять триста десять семьдесят семь сорок ой не сорок а сорок четыре'), '+79253107744');
  assert.equal(extractPhone('восемь девятьсот двадцать пять триста десять семьдесят семь сорок не семьдесят семь а восемьдесят семь'), '+79253108740');
  assert.equal(extractPhone('8 925 310 77 40, нет, не 310, а 301'), '+79253017740');
});

test('a marker with no digits after it corrects nothing in the number', () => {
  assert.equal(extractPhone('восемь девятьсот двадцать пять триста десять семьдесят семь сорок, ой, и нас двое'), '+79253107740');
  assert.equal(extractPhone('нет, мой номер восемь девятьсот двадцать пять триста десять семьдесят семь сорок'), '+79253107740');
});

test('a part of a number dictated in pieces is corrected within itself', () => {
  assert.equal(phonePart('семьдесят семь сорок ой нет семьдесят семь сорок четыре'), '7744');
  assert.equal(phoneFromParts(['восемь девятьсот двадцать пять', 'триста десять'], 'семьдесят семь сорок простите семьдесят семь сорок пять'), '+79253107745');
  assert.equal(phonePart('ой нет простите'), null);
});

test('the corrected number is the one the booking keeps', async () => {
  const asked = {
    activeFlow: 'book_room',
    requestedSlot: 'guest_phone',
    history: [{ role: 'bot' as const, text: 'По какому телефону с вами можно связаться?' }],
  };
  const s = slots(await commands('восемь девятьсот двадцать пять триста десять семьдесят семь сорок ой нет простите семьдесят семь сорок шесть', asked));
  assert.equal(s['guest_phone'], '+79253107746');
});
