// A correction of one part of the guest's name: a surname said alone keeps the first name, a first name said alone
// keeps the surname. Sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { correctedName } from '../../../src/understanding/nlu/corrections.ts';
import { booking, commands, slots } from './fixture.ts';

test('one word given while a full name is held corrects that part only', () => {
  assert.equal(correctedName('Олег Веретенников', 'Веретенников-Лурье'), 'Олег Веретенников-Лурье');
  assert.equal(correctedName('Олег Веретенников', 'Глеб'), 'Глеб Веретенников');
  assert.equal(correctedName('Олег Веретенников', 'Тамара Рыбина'), 'Тамара Рыбина');
  assert.equal(correctedName(undefined, 'Рыбина'), 'Рыбина');
});

test('at the summary, a surname or a first name said alone as the correction keeps the other part', async () => {
  const held = { check_in_date: '2026-12-05', check_out_date: '2026-12-07', adults: 1, room_type: 'standard', guest_name: 'Дарья Кондратьева' };
  assert.equal(slots(await commands('фамилия кондратенко через е', booking('booking_confirmation'), held)).guest_name, 'Дарья Кондратенко');
  assert.equal(slots(await commands('нет имя не то записали ксения', booking('booking_confirmation'), held)).guest_name, 'Ксения Кондратьева');
});
