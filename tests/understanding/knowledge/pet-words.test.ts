// One pet vocabulary (lang-ru/pets.ts) for the pet rule and the party count: a breed is a pet, a taxi is not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { petMention } from '../../../src/understanding/knowledge/topics.ts';

test('a pet named by its breed is heard as a pet, with its weight', () => {
  assert.deepEqual(petMention('а мы со шпицем приедем'), { big: false, small: true });
  assert.equal(petMention('у нас такса кило на семь')?.weight, 7);
  assert.equal(petMention('вызовите такси к семи'), null);
});
