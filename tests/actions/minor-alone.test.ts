// A minor who would stay without a grown-up, said while booking (book kind 8): the hotel's rule for minors, from
// data/hotel.yml, is said once and the booking goes on; a minor with a grown-up, a grown-up's age, a date are no
// such case. Sentences written for this test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { minorAlone } from '../../src/understanding/lang-ru/minors.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('minor-alone');
  runtime = assistant.runtime;
});

after(() => assistant.close());

function call(sender: string) {
  return async (text: string) => (await runtime.handleMessage({ sender, text, channel: 'rest', metadata: {} })).map((m) => m.text ?? '').join('\n');
}

const RULE = /Учтите: гости младше 18 лет заселяются только с родителями или по нотариальной доверенности\./;

describe('a minor staying without a grown-up', { timeout: 120_000 }, () => {
  it('is heard in the caller’s own age or the age of the one the room is for, alone', () => {
    for (const [said, age] of [
      ['мне шестнадцать лет нужен номер на одного', 16],
      ['я несовершеннолетний можно номер снять', 17],
      ['номер для дочки ей пятнадцать она приедет одна', 15],
      ['внуку четырнадцать он будет жить сам без родителей', 14],
    ] as const)
      assert.equal(minorAlone(said), age, said);
    for (const said of [
      'мне семнадцать мы едем с папой',
      'нас двое и дочь шестнадцати лет',
      'мне тридцать',
      'мне шестнадцатого декабря на двоих',
      'мне три ночи',
    ])
      assert.equal(minorAlone(said), null, said);
  });

  it('said with the booking: the rule first, then the booking goes on', async () => {
    const first = await call('minor-1')('добрый день мне шестнадцать лет номер на одного с восьмого по десятое января');
    assert.match(first, RULE);
    assert.match(first, /свободн/);
  });

  it('said at a question of the booking: the rule once, and the booking keeps its question', async () => {
    const say = call('minor-2');
    await say('хочу забронировать номер с восьмого по десятое января');
    assert.match(await say('буду одна мне семнадцать'), RULE);
    assert.doesNotMatch(await say('мне точно семнадцать одна буду'), RULE);
  });
});
