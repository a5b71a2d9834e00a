import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declineName } from '../../src/hotel/names-ru.ts';

describe('guest names in the genitive («на имя …»)', () => {
  it('declines first name and surname by gender, in either order', () => {
    assert.equal(declineName('Иван Петров'), 'Ивана Петрова');
    assert.equal(declineName('Анна Смирнова'), 'Анны Смирновой');
    // a surname keeps the vowel a noun would drop
    assert.equal(declineName('Роберт Кравец'), 'Роберта Кравеца');
    assert.equal(declineName('Швец Олег'), 'Швеца Олега');
    assert.equal(declineName('Роберт Кравец', 'dative'), 'Роберту Кравецу');
    assert.equal(declineName('Петров Иван'), 'Петрова Ивана');
    assert.equal(declineName('Иван Иванович Петров'), 'Ивана Ивановича Петрова');
    assert.equal(declineName('Анна', 'dative'), 'Анне');
  });

  it('reads a woman’s surname said first as a surname, not as a first name', () => {
    assert.equal(declineName('Морозова Екатерина'), 'Морозовой Екатерины');
    assert.equal(declineName('Яковлева Ирина'), 'Яковлевой Ирины');
    assert.equal(declineName('Зайцева Нина'), 'Зайцевой Нины');
    assert.equal(declineName('Алла Кабанова'), 'Аллы Кабановой');
    assert.equal(declineName('Смирнова'), 'Смирновой');
    assert.equal(declineName('Лебедев'), 'Лебедева');
  });

  it('declines all three parts when a patronymic is given, in either order', () => {
    assert.equal(declineName('Петров Игорь Васильевич'), 'Петрова Игоря Васильевича');
    assert.equal(declineName('Кузнецова Мария Ивановна'), 'Кузнецовой Марии Ивановны');
    assert.equal(declineName('Тамара Ильинична Гусева'), 'Тамары Ильиничны Гусевой');
    assert.equal(declineName('Ефимов Илья Ильич'), 'Ефимова Ильи Ильича');
    assert.equal(declineName('Вера Павловна'), 'Веры Павловны');
    assert.equal(declineName('Кузнецова Мария Ивановна', 'dative'), 'Кузнецовой Марии Ивановне');
  });

  it('follows the gender the first name or patronymic gives to surnames of either gender', () => {
    assert.equal(declineName('Ольга Шевчук'), 'Ольги Шевчук');
    assert.equal(declineName('Шевчук Ольга'), 'Шевчук Ольги');
    assert.equal(declineName('Игорь Шевчук'), 'Игоря Шевчука');
    assert.equal(declineName('Евгения Гурченко'), 'Евгении Гурченко');
    assert.equal(declineName('Никита Белых'), 'Никиты Белых');
    assert.equal(declineName('Белых Никита'), 'Белых Никиты');
    assert.equal(declineName('Зоя Космодемьянская'), 'Зои Космодемьянской');
    assert.equal(declineName('Вахтанг Кикабидзе'), 'Вахтанга Кикабидзе');
    assert.equal(declineName('Анна Римская-Корсакова'), 'Анны Римской-Корсаковой');
    // a woman's first name beside a surname of either gender: not a man named «Кузнец» with the surname «Анна»
    assert.equal(declineName('Анна Кузнец'), 'Анны Кузнец');
    assert.equal(declineName('Мельник Оксана'), 'Мельник Оксаны');
    assert.equal(declineName('Иван Дюма'), 'Ивана Дюма');
  });

  it('tells the first name from the surname by a dictionary of first names when both end alike', () => {
    // «-ина» ends first names and surnames alike; only «Кристина», «Галина», «Полина» are first names
    assert.equal(declineName('Кристина Ильина'), 'Кристины Ильиной');
    assert.equal(declineName('Калинина Галина'), 'Калининой Галины');
    assert.equal(declineName('Полина Фомина', 'dative'), 'Полине Фоминой');
    assert.equal(declineName('Сорокина Марина', 'instrumental'), 'Сорокиной Мариной');
    // first names lvovich's rules miss are declined (petrovich), a woman's «-ик», «-ук», «-ко», «-их» surname stays
    assert.equal(declineName('Любовь Ткачук'), 'Любови Ткачук');
    assert.equal(declineName('Гончарук Любовь', 'instrumental'), 'Гончарук Любовью');
    assert.equal(declineName('Любовь Сидоренко'), 'Любови Сидоренко');
    assert.equal(declineName('Любовь Новик'), 'Любови Новик');
    assert.equal(declineName('Таня Долгих'), 'Тани Долгих');
    assert.equal(declineName('Ашот Саркисян'), 'Ашота Саркисяна');
    // a man's «-ик» surname declines
    assert.equal(declineName('Олег Новик'), 'Олега Новика');
    // the spelling after ш, ж: «Даши», «Дашей», not «Дашы», «Дашой»
    assert.equal(declineName('Даша Лаптева'), 'Даши Лаптевой');
    assert.equal(declineName('Даша Лаптева', 'instrumental'), 'Дашей Лаптевой');
    assert.equal(declineName('Миша Зуев'), 'Миши Зуева');
  });

  it('keeps the name as said when its parts cannot be told apart or disagree', () => {
    // neither word is in the dictionary of first names, and both end like a woman's surname and first name
    assert.equal(declineName('Калинина Ильина'), 'Калинина Ильина');
    // a man's patronymic with a woman's surname: a slip of the recogniser, not a name to decline
    assert.equal(declineName('Васильева Пётр Николаевич'), 'Васильева Пётр Николаевич');
    // a name of either gender with an indeclinable surname
    assert.equal(declineName('Саша Ким'), 'Саша Ким');
    // a first name that neither the dictionary nor lvovich knows would stay undeclined beside a declined surname
    assert.equal(declineName('Ашотт Орлова'), 'Ашотт Орлова');
  });

  it('leaves indeclinable surnames and non-Russian names as said', () => {
    assert.equal(declineName('Кира Найтли'), 'Киры Найтли');
    assert.equal(declineName('Мэри Смит'), 'Мэри Смит');
    assert.equal(declineName('John Smith'), 'John Smith');
    assert.equal(declineName('анна петрова'), 'анна петрова');
    assert.equal(declineName('Анна Мария Петрова Смит'), 'Анна Мария Петрова Смит');
  });
});
