// Hotel questions recognised by their shape go to the knowledge answer, not to a booking or «не понял»
// (issue 12, kinds 6 and 7). Sentences written for this test, in speech-recogniser style.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Command } from '../../../src/engine/commands.ts';
import { context, projectGenerator } from './fixture.ts';

type Ctx = Parameters<typeof context>;

async function commands(text: string, ...ctx: Ctx): Promise<Command[]> {
  const g = await projectGenerator();
  return (await g.understand(text, context(...ctx))).commands;
}

const knowledge = [{ command: 'knowledge' }];

test('capacity, advice, pets, directions, address and the reception phone are questions', async () => {
  for (const q of [
    'алло здравствуйте а в комфорт вчетвером поместимся',
    'ну мы втроем в стандарт влезем',
    'что посоветуете нам нас пятеро',
    'какой номер лучше взять семье из четырех',
    'у нас овчарка большая',
    'кошка у меня небольшая килограмма три',
    'а от метро далеко',
    'как с ладожского вокзала до вас добраться',
    'продиктуйте ваш адрес',
    'где вы находитесь',
    'какой телефон у администратора',
    'дайте номер ресепшена',
    'как вам позвонить',
  ]) {
    assert.deepEqual(await commands(q), knowledge, q);
  }
});

test('a price with dates anywhere in the sentence is a question, even during a booking', async () => {
  for (const q of [
    'скажите а люкс с пятого по седьмое декабря почем',
    'ээ ну комфорт на выходные сколько будет стоить',
    'семейный с двадцатого по двадцать второе какая цена',
  ]) {
    assert.deepEqual(await commands(q), knowledge, q);
  }
  assert.deepEqual(await commands('а сколько стоит люкс на эти даты', { activeFlow: 'book_room', requestedSlot: 'room_type' }), knowledge);
  // booking words keep it a booking
  assert.equal((await commands('хочу забронировать люкс с пятого по седьмое декабря'))[0]?.command, 'start flow');
});

test('right after a price, «а итого за две ночи» asks for another total', async () => {
  const history = [
    { role: 'user' as const, text: 'почем стандарт с десятого по тринадцатое декабря' },
    { role: 'bot' as const, text: 'Номер «Стандарт» с 10 по 13 декабря для двух взрослых, 3 ночи: 20 500 рублей.' },
    { role: 'bot' as const, text: 'Хотите забронировать?' },
  ];
  assert.deepEqual(await commands('а итого за две ночи', { history }), knowledge);
  assert.deepEqual(await commands('а за все три ночи сколько всего', { history }), knowledge);
});

test('a child with an age limit as the subject («ребёнок до N лет считается?») asks a rule and starts no booking', async () => {
  for (const q of ['ребенок до пяти лет считается за гостя', 'а дети старше двенадцати учитываются как взрослые', 'малыши до двух лет бесплатно']) {
    assert.ok(!(await commands(q)).some((c) => c.command === 'start flow'), q);
  }
  assert.deepEqual(await commands('а дети старше двенадцати учитываются как взрослые'), knowledge);
});

test('the cost said with «встанет» is a price question, and «колясочники» ask about the accessible room', async () => {
  for (const q of ['а стандарт с шестого по восьмое во сколько нам встанет', 'сколько встанет люкс на одну ночь', 'для колясочников номер найдется']) {
    assert.deepEqual(await commands(q), knowledge, q);
  }
});
