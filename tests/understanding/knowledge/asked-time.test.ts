import assert from 'node:assert/strict';
import { test } from 'node:test';
import { askedMinutes, timeVerdict } from '../../../src/understanding/knowledge/asked-time.ts';

test('a time of day said in words or digits, with the part of the day or from the rule it is asked against', () => {
  const from = { kind: 'from' as const, minutes: 14 * 60 };
  const until = { kind: 'until' as const, minutes: 18 * 60 };
  assert.equal(askedMinutes('можно приехать в семь утра', from), 7 * 60);
  assert.equal(askedMinutes('к девяти заселите', from), 9 * 60);
  assert.equal(askedMinutes('часов в три можно', from), 15 * 60);
  assert.equal(askedMinutes('в 9:30 получится?', from), 9 * 60 + 30);
  assert.equal(askedMinutes('а освободить в девять вечера', until), 21 * 60);
  assert.equal(askedMinutes('съехать в семь', until), 19 * 60);
  assert.equal(askedMinutes('можно пораньше', from), null);
});

test("the rule's bound decides the yes or no; hours from … to … are no bound", () => {
  assert.equal(timeVerdict('ранний заезд с 10:00 за 50%', 'заехать в шесть утра можно')?.yes, false);
  assert.equal(timeVerdict('ранний заезд с 10:00 за 50%', 'заехать к одиннадцати можно')?.yes, true);
  assert.equal(timeVerdict('поздний выезд до 18:00', 'выехать в пять вечера')?.yes, true);
  assert.equal(timeVerdict('поздний выезд до 18:00', 'выехать в девять вечера')?.yes, false);
  assert.equal(timeVerdict('сауна с 7:00 до 23:00', 'в восемь вечера можно'), null);
});

test('noon, midnight and lunchtime said by name are times of day', () => {
  const from = { kind: 'from' as const, minutes: 14 * 60 };
  const until = { kind: 'until' as const, minutes: 12 * 60 };
  assert.equal(askedMinutes('мы бы к полудню подъехали и сразу в номер', from), 12 * 60);
  assert.equal(askedMinutes('ну около обеда будем заселяться', from), 13 * 60);
  assert.equal(askedMinutes('освободить номер до полудня надо', until), 12 * 60);
  // midnight is the end of the day: later than any evening check-out
  assert.equal(timeVerdict('поздний выезд до 18:00', 'а номер сдать в полночь получится')?.yes, false);
  assert.equal(timeVerdict('ранний заезд с 10:00 за 50%', 'пустите в номер в полдень')?.yes, true);
});
