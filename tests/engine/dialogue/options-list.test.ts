import assert from 'node:assert/strict';
import { test } from 'node:test';
import { optionsList } from '../../../src/engine/dialogue/options-list.ts';

test('options are listed in the assistant’s language, as Rasa joins them', () => {
  assert.equal(optionsList(['add a card', 'add a contact', 'transfer money'], 'en'), 'add a card, add a contact or transfer money');
  assert.equal(optionsList(['бронирование', 'вопрос'], 'ru'), 'бронирование или вопрос');
  assert.equal(optionsList(['one'], 'en'), 'one');
  assert.equal(optionsList([], 'en'), '');
});
