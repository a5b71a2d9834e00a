import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Problem } from '../../../src/config/errors.ts';
import { loadDomain, loadFlows } from '../../../src/config/engine-files.ts';
import { validateProject } from '../../../src/engine/flows/validate.ts';
import { writeProject } from '../helpers.ts';

function check(flows: string, domain: string): Problem[] {
  const root = writeProject({ 'data/flows.yml': flows, 'domain.yml': domain });
  const problems: Problem[] = [];
  const f = loadFlows([join(root, 'data/flows.yml')], problems);
  const d = loadDomain([join(root, 'domain.yml')], problems);
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  return validateProject(f, d);
}

const DOMAIN = `
actions: [action_do]
intents: [go]
slots:
  name: {type: text}
  ok: {type: bool}
  items: {type: list}
responses:
  utter_ask_name: [{text: "Как вас зовут, {name}?"}]
  utter_done: [{text: "Готово {unknown_var}"}]
`;

test('a clean project has no problems', () => {
  const problems = check(
    `flows:
  a:
    description: A
    nlu_trigger: [{intent: go}]
    persisted_slots: [name]
    steps:
      - collect: name
      - action: action_do
        next:
          - if: slots.ok
            then:
              - action: utter_done
                next: END
          - else: b_link
      - id: b_link
        link: b
  b:
    description: B
    steps:
      - call: c
  c:
    description: C
    steps:
      - action: utter_done
`,
    DOMAIN,
  );
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  assert.ok(problems.some((p) => p.severity === 'warning' && p.message.includes('unknown_var')));
});

test('reports unknown references, missing questions, bad links, noops, persisted slots, predicates', () => {
  const problems = check(
    `flows:
  a:
    description: A
    persisted_slots: [name]
    if: slots.missing_guard
    steps:
      - collect: nope
      - collect: ok
      - action: action_nope
      - action: utter_nope
      - set_slots: [{ghost: 1}, {items: [1]}]
      - id: dup
        noop: true
        next:
          - if: slots.ok >
            then: END
          - else: dup
      - link: ghost_flow
      - call: pattern_search
      - call: a2
      - noop: true
  a2:
    description: A2
    steps:
      - id: x
        action: action_do
        next: zzz
      - id: x
        action: action_do
      - link: a
`,
    DOMAIN,
  );
  const msgs = problems.filter((p) => p.severity === 'error').map((p) => p.message);
  const has = (s: string) =>
    assert.ok(
      msgs.some((m) => m.includes(s)),
      `missing "${s}" in\n${msgs.join('\n')}`,
    );
  has('unknown slot "nope"');
  has('collect "ok" has no question');
  has('unknown action "action_nope"');
  has('unknown response "utter_nope"');
  has('set_slots uses unknown slot "ghost"');
  has('list slot "items" cannot be set');
  has('link to unknown flow "ghost_flow"');
  has('must be the last step');
  has('call to unknown flow "pattern_search"');
  has('a noop step needs next');
  has('persisted slot "name"');
  has('uses unknown slot "missing_guard"');
  has('duplicate step id "x"');
  has('unknown step id "zzz"');
  has('a flow that is called cannot link');
  assert.ok(
    msgs.some((m) => m.includes('slots.ok >')),
    'predicate syntax error',
  );
  assert.ok(problems.some((p) => p.severity === 'warning' && p.message.includes('never be reached')));
  assert.ok(problems.every((p) => !p.pos || p.pos.file.endsWith('.yml')));
});

test('a {variable} that is not a slot is reported only in responses the flows utter, not in those actions send', () => {
  const domain = `${DOMAIN}  utter_greet_from_action: [{text: "Здравствуйте! {hotel_title}."}]\n`;
  const problems = check('flows:\n  a:\n    description: A\n    steps:\n      - action: utter_done\n', domain);
  assert.ok(problems.some((p) => p.message.includes('"utter_done" uses {unknown_var}')));
  assert.ok(!problems.some((p) => p.message.includes('hotel_title')), JSON.stringify(problems));
});
