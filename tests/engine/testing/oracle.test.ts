// The oracle generator of the compatibility measure: the commands it reads from a test's own expectations.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Problem } from '../../../src/config/errors.ts';
import { loadEngineProject } from '../../../src/config/engine-files.ts';
import type { Command, SlotValue } from '../../../src/engine/commands.ts';
import type { Assertion, TestStep } from '../../../src/engine/testing/e2e-file.ts';
import { flowFacts } from '../../../src/engine/testing/oracle-flows.ts';
import { impliedCommands } from '../../../src/engine/testing/oracle-generator.ts';
import { writeProject } from '../helpers.ts';

const DOMAIN = `
slots:
  recipient: {type: text, mappings: [{type: from_llm}]}
  amount: {type: float, mappings: [{type: from_llm}]}
  frequency: {type: categorical, values: [monthly, yearly], mappings: [{type: from_llm}]}
  appointment_time: {type: text, mappings: [{type: from_entity, entity: time}]}
responses:
  utter_ask_recipient: [{text: "To whom?"}]
  utter_ask_amount: [{text: "How much?"}]
  utter_ask_frequency: [{text: "How often?"}]
  utter_ask_appointment_time: [{text: "When?"}]
  utter_balance: [{text: "You have 100."}]
  utter_done: [{text: "Done."}]
`;
const FLOWS = `
flows:
  transfer_money:
    name: transfer money
    description: send money to someone
    steps:
      - collect: recipient
      - collect: amount
      - action: utter_done
  standing_order:
    name: standing order
    description: pay every month
    steps:
      - collect: frequency
  check_balance:
    name: check balance
    description: show the balance
    steps:
      - action: utter_balance
  book_doctor:
    name: book a doctor
    description: book an appointment
    steps:
      - collect: appointment_time
  add_contact:
    name: add a contact
    description: add a contact
    steps:
      - action: utter_done
  pattern_clarification:
    description: clarify
    steps:
      - noop: true
        next:
          - if: context.names contains "add a contact"
            then:
              - link: add_contact
          - else: END
`;
const problems: Problem[] = [];
const project = loadEngineProject({ root: writeProject({ 'domain.yml': DOMAIN, 'data/flows.yml': FLOWS }), problems });
const facts = flowFacts(project.flows);
const pos = { file: 't.yml', line: 1, col: 1 };
const uttered = (name: string): Assertion => ({ type: 'bot_uttered', match: { utter_name: name } });
const slotSet = (name: string, value: SlotValue): Assertion => ({ type: 'slot_was_set', slots: [{ name, hasValue: true, value }] });
const user = (text: string, assertions: Assertion[]): TestStep => ({ kind: 'user', text, assertions, orderEnabled: false, pos });

function commands(
  text: string,
  assertions: Assertion[],
  ctx: { activeFlow?: string; requestedSlot?: string; slots?: Record<string, SlotValue> },
  later: TestStep[] = [],
): Command[] {
  return impliedCommands(
    { text, assertions, legacy: [], later },
    { activeFlow: ctx.activeFlow ?? null, requestedSlot: ctx.requestedSlot ?? null, slots: ctx.slots ?? {} },
    facts,
    project.domain,
  );
}

describe('oracle commands', () => {
  test('the project loads', () =>
    assert.deepEqual(
      problems.filter((p) => p.severity === 'error'),
      [],
    ));

  test('a type rejection of the open question: the message was the value', () => {
    const got = commands('weekly', [uttered('utter_categorical_slot_rejection'), uttered('utter_ask_frequency')], {
      activeFlow: 'standing_order',
      requestedSlot: 'frequency',
    });
    assert.deepEqual(got, [{ command: 'set slot', name: 'frequency', value: 'weekly', extractor: 'LLM' }]);
  });

  test('a correction naming no value empties the slot; one naming a later value sets it', () => {
    const ctx = { activeFlow: 'transfer_money', requestedSlot: 'amount', slots: { recipient: 'Joe' } };
    const started: Assertion = { type: 'flow_started', flow_id: 'pattern_correction' };
    assert.deepEqual(commands("sorry, I didn't mean Joe", [started], ctx), [{ command: 'set slot', name: 'recipient', value: null, extractor: 'LLM' }]);
    const later = [user('/SetSlots(confirm=true)', [slotSet('recipient', 'Alex')])];
    assert.deepEqual(commands('should be Alex', [started], ctx, later), [{ command: 'set slot', name: 'recipient', value: 'Alex', extractor: 'LLM' }]);
  });

  test('a value asserted after the question comes again is not this message’s', () => {
    const later = [user('hm', [uttered('utter_ask_recipient')]), user('to Eliza', [slotSet('recipient', 'Eliza')])];
    const got = commands('send money to John', [uttered('utter_ask_amount')], {}, later);
    assert.deepEqual(
      got.find((c) => c.command === 'set slot'),
      { command: 'set slot', name: 'recipient', value: 'send money to John', extractor: 'LLM' },
    );
  });

  test('every flow the expected responses show is started, in the order they speak', () => {
    const got = commands('show my balance and send money', [uttered('utter_balance'), uttered('utter_ask_recipient')], {});
    assert.deepEqual(got, [
      { command: 'start flow', flow: 'check_balance' },
      { command: 'start flow', flow: 'transfer_money' },
    ]);
  });

  test('going on with the interrupted flow answers yes to continuing it', () => {
    const got = commands('I owe him 500', [uttered('utter_done')], {
      activeFlow: 'transfer_money',
      requestedSlot: 'continue_interrupted_flow_confirmation',
      slots: { recipient: 'Joe' },
    });
    assert.ok(
      got.some((c) => c.command === 'set slot' && c.name === 'continue_interrupted_flow_confirmation' && c.value === true),
      JSON.stringify(got),
    );
    assert.ok(
      got.some((c) => c.command === 'set slot' && c.name === 'amount' && c.value === 500),
      JSON.stringify(got),
    );
  });

  test('a slot only NLU mappings fill is set by the NLU side', () => {
    const got = commands('Wed 9:30am', [{ type: 'slot_was_set', slots: [{ name: 'appointment_time', hasValue: false }] }], {
      activeFlow: 'book_doctor',
      requestedSlot: 'appointment_time',
    });
    assert.deepEqual(got, [{ command: 'set slot', name: 'appointment_time', value: 'Wed 9:30am', extractor: 'NLU' }]);
  });

  test('a clarification the test leaves open offers two flows, not one the clarification pattern sends elsewhere', () => {
    const got = commands('cash', [{ type: 'flow_started', flow_id: 'pattern_clarification' }], {});
    const clarify = got.find((c) => c.command === 'clarify');
    assert.ok(clarify && clarify.command === 'clarify');
    assert.equal(clarify.options.length, 2);
    assert.ok(!clarify.options.includes('add_contact'));
  });
});
