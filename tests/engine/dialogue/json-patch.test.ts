import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffStack, patchJson, toJson } from '../../../src/engine/dialogue/json-patch.ts';
import type { StackFrame } from '../../../src/engine/dialogue/stack.ts';

test('toJson writes exactly what JSON.stringify writes', () => {
  const values: unknown[] = [
    'a',
    'кириллица',
    'q"uote',
    'back\\slash',
    'line\n',
    '\u0007',
    '\ud83d\ude00',
    '\ud800',
    '',
    0,
    -0,
    1.5,
    1e21,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    null,
    undefined,
    [],
    [1, undefined, () => 1, 'x'],
    { a: undefined, b: 1, c: { d: [null, { e: 'f' }] } },
    { '1': 'x', b: 2, '0': 'y' },
    new Date(0),
    { toJSON: () => 'z' },
    Object.create(null),
  ];
  for (const [i, v] of values.entries()) assert.equal(toJson(v), JSON.stringify(v), `value #${i}`);
});

test('stack patches serialise the same through toJson', () => {
  const before: StackFrame[] = [{ frame_id: 'A', type: 'flow', flow_id: 'book_room', step_id: 'START' }];
  const after: StackFrame[] = [
    { ...before[0]!, step_id: 'ask "dates"' },
    {
      frame_id: 'B',
      type: 'pattern_collect_information',
      flow_id: 'pattern_collect_information',
      step_id: 'START',
      collect: 'a/b~c',
      rejections: [{ if: 'slots.x > 1', utter: 'u' }],
    },
  ];
  const ops = diffStack(before, after);
  assert.equal(toJson(ops), JSON.stringify(ops));
  assert.equal(patchJson(ops), JSON.stringify(ops));
  assert.equal(patchJson(diffStack(after, [])), JSON.stringify(diffStack(after, [])));
  const removed = diffStack(after, [{ ...after[0]!, step_id: undefined } as unknown as StackFrame]);
  assert.equal(toJson(removed), JSON.stringify(removed));
  assert.equal(patchJson(removed), JSON.stringify(removed));
  assert.deepEqual(removed[0], { op: 'remove', path: '/0/step_id' });
});
