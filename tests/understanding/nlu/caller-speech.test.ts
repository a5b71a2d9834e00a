// Callers as a phone recogniser writes them: greetings and fillers before the request, bare yes/no to the
// assistant's own offers, answers read from the question just asked. Each test covers a kind with several wordings.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitOpening, usualForms } from '../../../src/understanding/lang-ru/spoken.ts';
import { booking, commands, slots } from './fixture.ts';

const bot = (text: string) => ({ history: [{ role: 'bot' as const, text }] });

test('greetings and fillers before a request are set aside, whatever their order', () => {
  for (const [said, rest] of [
    ['алло здравствуйте у вас есть вайфай', 'у вас есть вайфай'],
    ['Алло, алло! Добрый день. А можно с кошкой?', 'А можно с кошкой?'],
    ['ээ слушайте девушка а парковка есть', 'а парковка есть'],
    ['да здравствуйте мне бы номер', 'мне бы номер'],
    ['добрый вечер ну короче нас будет трое', 'нас будет трое'],
    ['день добрый, хочу забронировать', 'хочу забронировать'],
  ] as const) {
    assert.equal(splitOpening(said).rest, rest, said);
  }
  assert.deepEqual(splitOpening('здравствуйте'), { rest: 'здравствуйте', greeted: true, only: true });
  assert.deepEqual(splitOpening('алло алло'), { rest: 'алло алло', greeted: false, only: true });
  // hesitations alone say nothing; with an answer after them, the answer stays
  for (const said of ['ээ ну это', 'мм как его', 'кхм ну']) assert.equal(splitOpening(said).only, true, said);
  assert.equal(splitOpening('ну это самое двое').rest, 'двое');
  assert.equal(splitOpening('как его там пятого декабря').rest, 'пятого декабря');
  assert.equal(splitOpening('это стандарт').rest, 'это стандарт');
  // an answer that begins like a filler keeps its words
  assert.equal(splitOpening('да, двое').rest, 'да, двое');
  assert.equal(splitOpening('так точно').rest, 'так точно');
});

test('a recogniser’s split or colloquial words read as the usual ones', () => {
  assert.equal(usualForms('на после завтра'), 'на послезавтра');
  assert.equal(usualForms('есть вай фай'), 'есть вайфай');
  assert.equal(usualForms('а wi-fi бесплатный'), 'а вайфай бесплатный');
  assert.equal(usualForms('мне бы номерочек'), 'мне бы номер');
  assert.equal(usualForms('до скольки работает ресепшн'), 'до скольки работает ресепшен');
  assert.equal(usualForms('есть спорт зал'), 'есть спортзал');
  assert.equal(usualForms('хочу за бронировать номер наночь'), 'хочу забронировать номер на ночь');
  assert.equal(usualForms('надо от менить бронь'), 'надо отменить бронь');
  assert.equal(usualForms('сдесятого по двенадцатое надвоих'), 'с десятого по двенадцатое на двоих');
  assert.equal(usualForms('спятницы на субботу'), 'с пятницы на субботу');
  // real words that begin the same way stay
  assert.equal(usualForms('спасибо, стандарт, среду, субботу, седьмое, сперва, спят'), 'спасибо, стандарт, среду, субботу, седьмое, сперва, спят');
  assert.equal(usualForms('стретьего'), 'с третьего');
});

test('a request after a greeting is handled as if said alone', async () => {
  for (const greeting of ['алло здравствуйте', 'добрый день', 'ээ алло девушка', 'здрасте']) {
    assert.deepEqual(await commands(`${greeting} у вас есть парковка`), [{ command: 'knowledge' }], greeting);
    assert.deepEqual(await commands(`${greeting} хочу забронировать номер`), [{ command: 'start flow', flow: 'book_room' }], greeting);
  }
  const dated = await commands('алло добрый день мне бы номерочек на двоих на после завтра');
  assert.deepEqual(dated[0], { command: 'start flow', flow: 'book_room' });
  assert.deepEqual(slots(dated), { check_in_date: '2026-11-26', adults: 2 });
});

test('yes, no and thanks to the assistant’s own offers', async () => {
  const more = ['Чем ещё могу помочь?', 'Пожалуйста! Могу ли я ещё чем-нибудь помочь?'];
  for (const offer of more) {
    for (const yes of ['да', 'ага', 'да, есть', 'ну да'])
      assert.deepEqual(await commands(yes, bot(offer)), [{ command: 'start flow', flow: 'greet_back' }], `${yes} / ${offer}`);
    for (const no of ['нет', 'нет спасибо', 'нет, всё', 'спасибо, больше ничего', 'неа'])
      assert.deepEqual(await commands(no, bot(offer)), [{ command: 'start flow', flow: 'say_goodbye' }], `${no} / ${offer}`);
  }
  const offer = bot('Номер «Стандарт» с 27 по 29 ноября, 2 ночи: 15 000 рублей. Хотите забронировать?');
  for (const no of ['нет', 'нет спасибо', 'не надо', 'пока не нужно'])
    assert.deepEqual(await commands(no, offer), [{ command: 'start flow', flow: 'offer_declined' }], no);
  // a yes or a question after the offer is no refusal
  assert.equal((await commands('да', offer))[0]?.command, 'start flow');
  assert.notDeepEqual(await commands('а парковка есть?', offer), [{ command: 'start flow', flow: 'offer_declined' }]);
});

test('a bare number to the check-out question is the length or the day of leaving, never guests', async () => {
  const known = { check_in_date: '2026-12-10' };
  for (const [said, out] of [
    ['три', '2026-12-13'],
    ['на две', '2026-12-12'],
    ['3', '2026-12-13'],
    ['ну где-то на пять', '2026-12-15'],
    ['двенадцать', '2026-12-12'],
  ] as const) {
    const set = slots(await commands(said, booking('check_out_date'), known));
    assert.equal(set['check_out_date'], out, said);
    assert.ok(!('adults' in set), `${said}: no guests`);
  }
});

test('the name asked for: any order, lower case, a surname or a first name alone', async () => {
  for (const [said, name] of [
    ['петров', 'Петров'],
    ['иванова мария', 'Иванова Мария'],
    ['мария', 'Мария'],
    ['ким ольга сергеевна', 'Ким Ольга Сергеевна'],
    ['записывайте на гусейнова рашида', 'Гусейнов Рашид'],
    ['смит джон', 'Смит Джон'],
  ] as const) {
    assert.equal(slots(await commands(said, booking('guest_name')))['guest_name'], name, said);
  }
});
