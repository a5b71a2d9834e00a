import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseExample, parseNluYaml } from '../../../src/understanding/nlu/data.ts';
import { evaluateIntents } from '../../../src/understanding/nlu/evaluate.ts';
import { deserializeNluModel, NluModelFormatError, serializeNluModel, trainNluModel } from '../../../src/understanding/nlu/train.ts';

test('Rasa entity annotations are stripped into offsets', () => {
  const e = parseExample('на [5 декабря](date) для [двоих]{"entity": "guests", "value": "2"}', 'book_room');
  assert.equal(e.text, 'на 5 декабря для двоих');
  assert.deepEqual(e.entities, [
    { entity: 'date', value: '5 декабря', start: 3, end: 12 },
    { entity: 'guests', value: '2', start: 17, end: 22 },
  ]);
  const all = parseNluYaml('version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - привет\n    - добрый день\n');
  assert.deepEqual(
    all.map((x) => x.text),
    ['привет', 'добрый день'],
  );
});

test('a trained model survives serialisation and predicts the same', async () => {
  const model = await trainNluModel(['data/nlu.yml'], { calibrate: false });
  const again = deserializeNluModel(serializeNluModel(model));
  for (const text of ['хочу забронировать номер', 'позовите администратора', 'у вас есть парковка?']) {
    assert.deepEqual(again.predict(text).intent, model.predict(text).intent);
    assert.ok(Math.abs(again.predict(text).confidence - model.predict(text).confidence) < 1e-3);
  }
  assert.equal(model.predict('хочу забронировать номер на выходные').intent, 'book_room');
  assert.throws(() => deserializeNluModel('{"format":"other"}'), NluModelFormatError);
});

test('cross-validation is deterministic and well above chance', async () => {
  const { readNluFiles } = await import('../../../src/understanding/nlu/data.ts');
  const examples = await readNluFiles(['data/nlu.yml']);
  const a = evaluateIntents(examples, { folds: 3, seed: 7, calibrate: false, epochs: 12 });
  const b = evaluateIntents(examples, { folds: 3, seed: 7, calibrate: false, epochs: 12 });
  assert.equal(a.intentAccuracy, b.intentAccuracy);
  assert.ok(a.intentAccuracy > 0.6, `accuracy ${a.intentAccuracy}`);
});
