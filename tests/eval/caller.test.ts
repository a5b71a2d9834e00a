import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { askedFor, Caller, lastQuestion } from '../../src/eval/caller.ts';
import { CaseFileError, loadCases } from '../../src/eval/cases.ts';
import { bookingMatches } from '../../src/eval/play.ts';

describe('eval caller', () => {
  it('reads the last question, or a request ending with a full stop', () => {
    assert.equal(lastQuestion('Отлично. На какие даты? Спасибо.'), 'На какие даты?');
    assert.equal(lastQuestion('Записала даты. Назовите, пожалуйста, номер телефона.'), 'Назовите, пожалуйста, номер телефона.');
    assert.equal(lastQuestion('Хорошо.\nДо свидания'), 'До свидания');
  });

  it('recognises what is asked: confirmations first, then every slot a question names', () => {
    assert.deepEqual(askedFor('Стандарт, 14–16 декабря, двое. Всё верно?'), ['confirm']);
    assert.deepEqual(askedFor('Оформить бронь?'), ['confirm']);
    assert.deepEqual(askedFor('На какие даты оформить?'), ['dates']);
    assert.deepEqual(askedFor('Как вас зовут и какой у вас телефон?'), ['phone', 'name']);
    assert.deepEqual(askedFor('Сколько вас будет?'), ['guests']);
    assert.deepEqual(askedFor('Какой номер предпочитаете: стандарт или комфорт?'), ['room']);
    assert.deepEqual(askedFor('Назовите код брони.'), ['code']);
    assert.deepEqual(askedFor('Хорошего дня!'), []);
  });

  it('answers from the goal, taking the next answer of a list when asked again', () => {
    const caller = new Caller({ first: 'привет', dates: ['с 1 по 3', 'с 2 по 4'], phoneE164: '+79000000001', yes: 'ага' });
    assert.equal(caller.reply('На какие даты?'), 'с 1 по 3');
    assert.equal(caller.reply('На какие даты?'), 'с 2 по 4');
    assert.equal(caller.reply('На какие даты?'), 'с 2 по 4');
    assert.equal(caller.reply('Всё верно?'), 'ага');
    assert.equal(caller.reply('Оставьте почту.'), 'почту указывать не буду');
    assert.equal(caller.reply('Назовите код брони.'), 'номера брони не помню, бронировал на телефон +79000000001');
    assert.equal(caller.reply('Как вас зовут?'), 'да', 'a question the goal has no answer for gets «да»');
    assert.equal(caller.reply('Спасибо за звонок.'), null);
    assert.equal(new Caller({ first: 'x', code: '$setup' }, ['AB12']).reply('Назовите код брони.'), 'AB12');
  });

  it('matches a booking on its fields, the guest name by substring, children defaulting to 0', () => {
    const booking = { status: 'confirmed', room_type: 'comfort', check_in: '2026-12-14', adults: 2, guest_name: 'Пётр Сидоров' };
    assert.ok(bookingMatches(booking, { booking: { room_type: 'comfort', adults: 2, children: 0, name_has: 'сидоров' } }));
    assert.ok(!bookingMatches(booking, { booking: { room_type: 'suite' } }));
    assert.ok(!bookingMatches({ ...booking, status: 'cancelled' }, { booking: { room_type: 'comfort' } }));
    assert.ok(bookingMatches({ ...booking, status: 'cancelled' }, { status: 'cancelled', booking: { room_type: 'comfort' } }));
  });

  it('reports a malformed case with its file and id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-cases-'));
    const good = join(dir, 'good.mjs');
    writeFileSync(
      good,
      "export default [{ id: 'q', ask: 'Парковка есть?', expect: ['парк'] }, { id: 'g', goal: { first: 'привет' }, expect: { none: true } }];",
    );
    assert.equal((await loadCases([good])).length, 2);
    const bad = join(dir, 'bad.mjs');
    writeFileSync(bad, "export default [{ id: 'broken', goal: { dates: 'завтра' }, expect: {} }];");
    await assert.rejects(loadCases([bad]), (e: unknown) => e instanceof CaseFileError && /bad\.mjs: case broken: goal\.first/.test(e.message));
  });
});
