// Replies as a receptionist says them (issue 13, round 4b): a fact heard before is said again without a reproach,
// a caller's check is confirmed or not first, data tails are said as speech, and no alternative the caller did not
// ask about is priced.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { withoutDataTails } from '../../../src/understanding/knowledge/data-tails.ts';
import { withoutHeard } from '../../../src/understanding/knowledge/heard.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { speakable } from '../../../src/understanding/knowledge/plain-speech.ts';
import { answerToCheck } from '../../../src/understanding/knowledge/stated-check.ts';
import { PricesOnlyPms } from '../../helpers/prices-only-pms.ts';

const hotel = loadHotel('data/hotel.yml');
// the questions here ask no prices of stays: the hotel system is never asked
class NoStays extends PricesOnlyPms {
  async quote(): Promise<never> {
    throw new Error('no stay is priced in these questions');
  }
  async availability(): Promise<never> {
    throw new Error('no stay is looked up in these questions');
  }
}
const services = { now: () => new Date('2026-11-24T12:00:00+03:00'), hotel, pms: new NoStays() };
const ask = async (q: string, history: string[] = []) => (await answerQuestion(q, services, { history })).text;

describe('a fact the caller heard before', () => {
  it('is said again briefly, with no «как я говорила» in front', () => {
    const said = ['Да, бильярд работает с 10:00 до 02:00, 800 рублей в час.'];
    const again = withoutHeard('Бильярд работает с 10:00 до 02:00, 800 рублей в час.', said, 'почём час бильярда');
    assert.equal(again, '800 рублей в час.');
    assert.doesNotMatch(again, /говорил/i);
  });

  it('keeps the «нет» first and only the part asked', () => {
    const said = ['Нет, в номерах с балконом курить нельзя, штраф 3000 рублей.'];
    assert.equal(
      withoutHeard('Нет, в номерах с балконом курить нельзя, штраф 3000 рублей.', said, 'а на балконе курить можно'),
      'Нет, в номерах с балконом курить нельзя.',
    );
  });
});

describe('a check that assumes something', () => {
  it('gets «Нет» when the hours stated are not the hotel’s, and «Да» when they are', () => {
    const hours = 'Бассейн по будням с 6:00 до 22:00.';
    assert.equal(answerToCheck('а по будням тоже с восьми открывается', hours), 'Нет, бассейн по будням с 6:00 до 22:00.');
    assert.equal(answerToCheck('и до десяти вечера тоже', hours), 'Да, бассейн по будням с 6:00 до 22:00.');
    // a one-letter preposition first is lowered after «Да,» like any word (never «Да, В …»)
    assert.equal(answerToCheck('и до десяти вечера тоже', 'В бассейне можно по будням с 6:00 до 22:00.'), 'Да, в бассейне можно по будням с 6:00 до 22:00.');
    // an open question assumes nothing
    assert.equal(answerToCheck('а до скольки бассейн', hours), null);
    // dates and weights are no hours
    assert.equal(answerToCheck('можно с 5 по 9 декабря', hours), null);
  });

  it('gets «Нет» when the case named is charged, that case first, the rest of the rule after it', () => {
    const rule = 'Бесплатно отменить можно до 12:00 за двое суток до заезда. Если отменить позже, придётся оплатить половину стоимости.';
    assert.equal(
      answerToCheck('а если отменю позже мне всё вернут', rule),
      'Нет, если отменить позже, придётся оплатить половину стоимости. Бесплатно отменить можно до 12:00 за двое суток до заезда.',
    );
    // no case named: nothing to decide
    assert.equal(answerToCheck('а деньги вообще возвращаете', rule), null);
  });

  it('an hour said after «с» or «до» is set against the rule’s bound, an age is not', async () => {
    assert.match(await ask('заселиться с восьми утра получится'), /^Нет, раньше 10:00 не получится/);
    assert.match(await ask('а уехать до девяти вечера можно'), /^Нет, позже 18:00 не получится/);
    assert.match(await ask('выселиться до четырёх дня можно'), /^Да, выехать попозже можно до 18:00/);
  });

  it('in the hotel: weekend breakfast checked against the weekday hours heard before', async () => {
    const answer = await ask('а в субботу тоже с семи', ['во сколько у вас завтрак']);
    assert.match(answer, /^Нет, .*по выходным с 8:00/);
    assert.match(await ask('а если я вообще не приеду, мне деньги вернут'), /^Нет, если .*не приехать, придётся оплатить/);
    // a word of the case shared with the free part («сутки») does not make the answer that part's «да»
    assert.match(await ask('если задержусь на сутки и так и не приеду, оплату вернёте'), /^Нет, если .*не приехать, придётся оплатить/);
  });
});

describe('data tails said as speech', () => {
  it('a bare price after a sentence becomes a sentence of its own', () => {
    assert.equal(withoutDataTails('Да, прокат лыж есть на ресепшене, 500 рублей в день.'), 'Да, прокат лыж есть на ресепшене. Это стоит 500 рублей в день.');
  });

  it('a limit on people after a price says what the price is for, and «по записи» what to do', () => {
    assert.equal(
      withoutDataTails('Хаммам работает с 9:00 до 21:00, 3000 рублей за сеанс, до 6 человек, по записи.'),
      'Хаммам работает с 9:00 до 21:00. Это стоит 3000 рублей за сеанс за компанию до 6 человек, записаться нужно заранее.',
    );
    assert.equal(
      withoutDataTails('Трансфер из Шереметьево — 4000 рублей, до 4 пассажиров.'),
      'Трансфер из Шереметьево — 4000 рублей за машину до 4 пассажиров.',
    );
  });

  it('in the hotel: the pet rule, room service and the children rule in plain words', async () => {
    assert.match(await ask('с котом к вам можно'), /до 8 кг\. Это стоит 2000 рублей за всё проживание\.$/);
    assert.match(await ask('еду в номер приносите'), /еду в номер можно заказать до 23:00/);
    assert.doesNotMatch(await ask('малыш двух лет считается как гость'), /вместимост|учитываются/);
  });
});

describe('a price the caller did not ask for', () => {
  it('is left out: the way named is priced, not the other one', async () => {
    const airport = await ask('из аэропорта можете встретить');
    assert.match(airport, /аэропорта Пулково — 2800 рублей/);
    assert.doesNotMatch(airport, /вокзал|1200/);
    assert.match(await ask('а с вокзала трансфер почём'), /^Трансфер с Московского вокзала — 1200 рублей\.$/);
    // «сколько это стоит?» after the airport: the airport's price
    assert.doesNotMatch(await ask('сколько это будет стоить', ['из аэропорта можете встретить']), /вокзал/);
    // no way named: both
    assert.match(await ask('сколько у вас стоит трансфер'), /2800.*1200/);
  });
});

describe('a stay rule said with a verb (round 5)', () => {
  it('«ранний заезд с …», «поздний выезд до …» become «заехать пораньше можно с …», «выехать попозже можно до …»', () => {
    assert.equal(speakable('Поздний выезд до 16:00 за 1500 рублей.'), 'Выехать попозже можно до 16:00 за 1500 рублей.');
    assert.equal(speakable('ранний заезд с 9:00 по согласованию'), 'заехать пораньше можно с 9:00 по согласованию');
    // a noun phrase without its hour stays as it is («поздний выезд возможен»)
    assert.equal(speakable('Поздний выезд возможен.'), 'Поздний выезд возможен.');
  });

  it('a time that the rule allows gets «Да», the rule, and the regular hour as a sentence of its own, with no brackets', async () => {
    const reply = await ask('заехать к двенадцати дня можно');
    assert.match(reply, /^Да, заехать пораньше можно с 10:00 .*\. Обычно заезд с 14:00\.$/);
    assert.doesNotMatch(reply, /[()]/);
  });
});

describe('a check-in asked at noon', () => {
  it('is before the check-in hour: the early check-in rule answers, not a plain «да»', async () => {
    const reply = await ask('слушайте а в полдень уже можно будет въехать');
    assert.match(reply, /^Да, заехать пораньше можно с 10:00/);
    assert.match(reply, /Обычно заезд с 14:00\.$/);
  });
});
