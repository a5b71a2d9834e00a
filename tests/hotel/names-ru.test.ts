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
    assert.equal(declineName('Пётр Орёл'), 'Петра Орёла');
    assert.equal(declineName('Петров Иван'), 'Петрова Ивана');
    assert.equal(declineName('Иван Иванович Петров'), 'Ивана Ивановича Петрова');
    assert.equal(declineName('Анна', 'dative'), 'Анне');
  });

  it('leaves indeclinable surnames and non-Russian names as said', () => {
    assert.equal(declineName('Никита Белых'), 'Никиты Белых');
    assert.equal(declineName('John Smith'), 'John Smith');
    assert.equal(declineName('анна петрова'), 'анна петрова');
  });
});
