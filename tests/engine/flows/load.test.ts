import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Problem } from '../../../src/config/errors.ts';
import { loadFlows } from '../../../src/config/engine-files.ts';
import { findYamlFiles } from '../../../src/config/files.ts';
import { writeProject } from '../helpers.ts';

const FLOWS = `
version: "3.1"
flows:
  book_room:
    name: бронирование
    description: Book a room
    if: slots.open
    nlu_trigger:
      - intent: book_room
      - intent: {name: book_room_now, confidence_threshold: 0.8}
    persisted_slots: [guest_name]
    always_include_in_prompt: true
    run_pattern_completed: false
    steps:
      - collect: guest_name
        description: full name
        utter: utter_ask_name
        ask_before_filling: true
        reset_after_flow_ends: false
        rejections:
          - if: slots.guest_name = "x"
            utter: utter_bad_name
        force_slot_filling: true
        silence_timeout: 5
        dtmf: {length: 4}
      - action: action_check
        next:
          - if: slots.ok
            then:
              - set_slots:
                  - done: true
                next: END
          - else: finish
      - id: finish
        noop: true
        next: END
`;

test('loads every flow key and step kind with positions', () => {
  const root = writeProject({ 'data/flows/a.yml': FLOWS, 'data/nlu.yml': 'nlu: []\n' });
  const problems: Problem[] = [];
  const flows = loadFlows(findYamlFiles(join(root, 'data')), problems);
  assert.deepEqual(problems, []);
  assert.equal(flows.length, 1);
  const f = flows[0]!;
  assert.equal(f.name, 'бронирование');
  assert.equal(f.if, 'slots.open');
  assert.deepEqual(f.nlu_trigger, [{ intent: 'book_room' }, { intent: 'book_room_now', confidence_threshold: 0.8 }]);
  assert.deepEqual(f.persisted_slots, ['guest_name']);
  assert.equal(f.always_include_in_prompt, true);
  assert.equal(f.run_pattern_completed, false);
  const c = f.steps[0]!;
  assert.equal(c.kind, 'collect');
  if (c.kind !== 'collect') return;
  assert.equal(c.utter, 'utter_ask_name');
  assert.equal(c.ask_before_filling, true);
  assert.equal(c.force_slot_filling, true);
  assert.deepEqual(c.rejections, [{ if: 'slots.guest_name = "x"', utter: 'utter_bad_name' }]);
  assert.deepEqual(c.dtmf, { length: 4 });
  assert.equal(c.pos?.line, 15);
  const a = f.steps[1]!;
  assert.ok(Array.isArray(a.next));
  const branches = a.next as Exclude<typeof a.next, string | undefined>;
  assert.equal(branches[0]!.if, 'slots.ok');
  assert.equal((branches[0]!.then as { kind: string }[])[0]!.kind, 'set_slots');
  assert.equal(branches[1]!.then, 'finish');
  assert.equal(f.steps[2]!.kind, 'noop');
});

test('unknown keys warn, wrong types and missing keys are errors with file:line:col', () => {
  const root = writeProject({
    'data/f.yml': `flows:
  a:
    description: A
    colour: red
    steps:
      - action: utter_a
        wat: 1
  b:
    steps:
      - action: utter_b
  c:
    description: C
    steps:
      - collect: 5
      - action: x
        collect: y
`,
  });
  const problems: Problem[] = [];
  const flows = loadFlows([join(root, 'data/f.yml')], problems);
  assert.deepEqual(
    flows.map((f) => f.id),
    ['a'],
  );
  const warn = problems.filter((p) => p.severity === 'warning').map((p) => `${p.pos?.line}:${p.message}`);
  assert.ok(
    warn.some((w) => w.startsWith('4:') && w.includes('colour')),
    warn.join('\n'),
  );
  assert.ok(warn.some((w) => w.startsWith('7:') && w.includes('wat')));
  const errs = problems.filter((p) => p.severity === 'error');
  assert.ok(
    errs.some((e) => e.message.includes('description') && e.pos?.line === 9),
    JSON.stringify(errs),
  );
  assert.ok(
    errs.some((e) => e.pos?.line === 14 && e.message.includes('collect')),
    JSON.stringify(errs),
  );
  assert.ok(errs.some((e) => e.message.includes('several step types')));
  assert.ok(errs.every((e) => e.pos?.file.endsWith('f.yml')));
});

test('merges files and reports duplicate flow ids', () => {
  const a = 'flows:\n  x:\n    description: X\n    steps:\n      - action: utter_x\n';
  const root = writeProject({ 'data/a.yml': a, 'data/sub/b.yml': a.replace('  x:', '  y:'), 'data/sub/c.yml': a });
  const problems: Problem[] = [];
  const flows = loadFlows(findYamlFiles(join(root, 'data')), problems);
  assert.deepEqual(flows.map((f) => f.id).sort(), ['x', 'y']);
  assert.equal(problems.filter((p) => p.message.includes('defined twice')).length, 1);
});

test('broken next targets and branch shapes are errors', () => {
  const root = writeProject({
    'data/a.yml': `flows:
  x:
    description: X
    steps:
      - action: utter_x
        next:
          - then: END
`,
  });
  const problems: Problem[] = [];
  loadFlows([join(root, 'data/a.yml')], problems);
  assert.ok(problems.some((p) => p.severity === 'error' && p.message.includes('each branch')));
});
