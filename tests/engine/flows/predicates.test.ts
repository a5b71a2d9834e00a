import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SlotValue } from '../../../src/engine/commands.ts';
import { checkPredicateSyntax, evaluatePredicate, PredicateError, referencedSlots } from '../../../src/engine/flows/predicates.ts';

const slots: Record<string, SlotValue> = {
  adults: 2,
  children: 0,
  room_type: 'suite',
  guest_name: 'Иван Петров',
  confirmed: true,
  declined: false,
  unset_bool: null,
  empty_text: '',
  empty_list: [],
  ages: [5, 7],
  check_in_date: '2026-11-25',
  check_out_date: '2026-11-27',
  rating: '4',
};
const context = { collect: 'adults', reason: 'cannot_handle_chitchat', names: ['add a card', 'add a contact'], frame: { step: { id: 'ask' } } };
const ev = (expr: string | boolean) => evaluatePredicate(expr, { slots, context });

describe('predicates: comparisons', () => {
  test('= and == compare numbers, strings and booleans', () => {
    assert.equal(ev('slots.adults = 2'), true);
    assert.equal(ev('slots.adults == 2.0'), true);
    assert.equal(ev('slots.adults = 3'), false);
    assert.equal(ev('slots.room_type = "suite"'), true);
    assert.equal(ev("slots.room_type == 'standard'"), false);
    assert.equal(ev('slots.confirmed = true'), true);
    assert.equal(ev('slots.declined = false'), true);
  });
  test('!= is the negation of equality', () => {
    assert.equal(ev('slots.adults != 2'), false);
    assert.equal(ev('slots.room_type != "family"'), true);
  });
  test('ordering on numbers and strings', () => {
    assert.equal(ev('slots.adults > 1'), true);
    assert.equal(ev('slots.adults >= 2'), true);
    assert.equal(ev('slots.adults < 2'), false);
    assert.equal(ev('slots.adults <= 2'), true);
    assert.equal(ev('slots.rating < "5"'), true, 'string comparison as in Rasa');
    assert.equal(ev('slots.check_out_date > slots.check_in_date'), true, 'slot vs slot');
    assert.equal(ev('slots.check_out_date < slots.check_in_date'), false);
    assert.equal(ev('slots.adults >= -1.5'), true);
  });
  test('ordering between incompatible types makes the whole predicate false (Python TypeError)', () => {
    assert.equal(ev('slots.unset_bool > 3'), false);
    assert.equal(ev('not (slots.unset_bool > 3)'), false);
    assert.equal(ev('slots.rating > 3'), false);
  });
  test('ordering against undefined or empty is false', () => {
    assert.equal(ev('slots.nope > 1'), false);
    assert.equal(ev('not (slots.nope > 1)'), true);
    assert.equal(ev('slots.adults > empty'), false);
  });
  test('is / is not mean = / !=', () => {
    assert.equal(ev('slots.unset_bool is null'), true);
    assert.equal(ev('slots.confirmed is not null'), true);
    assert.equal(ev('context.reason is "cannot_handle_chitchat"'), true);
    assert.equal(ev('slots.room_type is not "suite"'), false);
  });
});

describe('predicates: constants', () => {
  test('true/false are case-insensitive', () => {
    assert.equal(ev('slots.confirmed = True'), true);
    assert.equal(ev('slots.declined is FALSE'), true);
    assert.equal(ev('true'), true);
    assert.equal(ev('False'), false);
  });
  test('null matches a slot set to None, not an unknown slot', () => {
    assert.equal(ev('slots.unset_bool = null'), true);
    assert.equal(ev('slots.nope = null'), false);
    assert.equal(ev('slots.declined = null'), false, 'false is not None');
  });
  test('undefined matches only unknown names', () => {
    assert.equal(ev('slots.nope is undefined'), true);
    assert.equal(ev('slots.unset_bool is undefined'), false);
    assert.equal(ev('slots.nope is not undefined'), false);
    assert.equal(ev('slots.adults != undefined'), true);
  });
  test('empty equals zero-length values and undefined, not None', () => {
    assert.equal(ev('slots.empty_text is empty'), true);
    assert.equal(ev('slots.empty_list = empty'), true);
    assert.equal(ev('slots.nope = empty'), true);
    assert.equal(ev('slots.unset_bool = empty'), false);
    assert.equal(ev('slots.guest_name = empty'), false);
    assert.equal(ev('slots.ages is not empty'), true);
  });
  test('boolean conditions pass through', () => {
    assert.equal(ev(true), true);
    assert.equal(ev(false), false);
  });
});

describe('predicates: logic', () => {
  test('not / and / or with truthiness of bare values', () => {
    assert.equal(ev('not slots.empty_text'), true);
    assert.equal(ev('not slots.unset_bool'), true);
    assert.equal(ev('not slots.guest_name'), false);
    assert.equal(ev('slots.guest_name'), true);
    assert.equal(ev('slots.children'), false, '0 is falsy');
    assert.equal(ev('slots.confirmed and slots.adults > 1'), true);
    assert.equal(ev('slots.declined or slots.adults > 5'), false);
    assert.equal(ev('slots.declined OR slots.adults = 2'), true);
    assert.equal(ev('not slots.declined and slots.confirmed'), true);
  });
  test('and/or group to the right like pypred', () => {
    // false and (true or true) = false; Python-style (false and true) or true would be true
    assert.equal(ev('slots.declined and slots.confirmed or slots.confirmed'), false);
    assert.equal(ev('(slots.declined and slots.confirmed) or slots.confirmed'), true);
  });
  test('parentheses', () => {
    assert.equal(ev('not (slots.adults = 2 and slots.room_type = "suite")'), false);
    assert.equal(ev('((slots.adults = 2))'), true);
  });
});

describe('predicates: contains and matches', () => {
  test('contains: substring (case-sensitive), list membership, dict keys', () => {
    assert.equal(ev('slots.guest_name contains "Иван"'), true);
    assert.equal(ev('slots.guest_name contains "иван"'), false);
    assert.equal(ev('slots.ages contains 7'), true);
    assert.equal(ev('slots.ages contains 8'), false);
    assert.equal(ev('context.names contains "add a contact"'), true);
    assert.equal(ev('context.frame contains "step"'), true);
    assert.equal(ev('slots.nope contains "x"'), false);
    assert.equal(ev('slots.adults contains 2'), false);
  });
  test('set literal membership', () => {
    assert.equal(ev("{'suite' 'family'} contains slots.room_type"), true);
    assert.equal(ev('{"standard" "comfort"} contains slots.room_type'), false);
    assert.equal(ev('{1 2 3} contains slots.adults'), true);
  });
  test('matches: Python regex search, (?i), Unicode \\w and \\d', () => {
    assert.equal(ev('slots.room_type matches "^su"'), true);
    assert.equal(ev('slots.room_type matches "ITE$"'), false);
    assert.equal(ev('slots.room_type matches "(?i)ITE$"'), true);
    assert.equal(ev('slots.guest_name matches "^\\w+ \\w+$"'), true);
    assert.equal(ev('slots.check_in_date matches "^\\d{4}-\\d{2}-\\d{2}$"'), true);
    assert.equal(ev('not (slots.guest_name matches "^\\d[\\s]?\\d$")'), true);
    assert.equal(ev('slots.adults matches "2"'), false, 'non-strings never match');
    assert.equal(ev('slots.guest_name matches "(?P<first>\\w+) (?P=first)"'), false);
  });
});

describe('predicates: namespaces and Jinja', () => {
  test('context properties and dotted paths', () => {
    assert.equal(ev('context.collect = "adults"'), true);
    assert.equal(ev('context.frame.step.id = "ask"'), true);
    assert.equal(ev('context.frame.step.nope is undefined'), true);
  });
  test('bare words are identifiers: unknown ones are undefined', () => {
    assert.equal(ev('slots.room_type = suite'), false);
    assert.equal(ev('slots.nope = suite'), true, 'undefined = undefined');
  });
  test('Jinja is rendered before parsing', () => {
    assert.equal(ev('slots.{{context.collect}} is not null'), true);
    assert.equal(ev('slots.{{context.collect}} > 5'), false);
    assert.equal(ev('slots.room_type = "{{ slots.room_type }}"'), true);
  });
  test('comments are ignored', () => {
    assert.equal(ev('slots.adults = 2 # two guests'), true);
  });
});

describe('predicates: errors and analysis', () => {
  test('syntax errors throw PredicateError naming the expression', () => {
    for (const bad of ['slots.x >', 'slots.x = = 3', '(slots.x', 'slots.x matches "("', '', 'a contains {1 2}', 'slots.x ~ 3']) {
      assert.throws(
        () => ev(bad),
        (e: unknown) => e instanceof PredicateError && e.expression === bad,
        bad,
      );
    }
  });
  test('checkPredicateSyntax returns null or a message', () => {
    assert.equal(checkPredicateSyntax('slots.a > 3 and not slots.b'), null);
    assert.equal(checkPredicateSyntax('slots.{{ context.collect }} is not null'), null);
    assert.match(checkPredicateSyntax('slots.a >') ?? '', /end/);
    assert.match(checkPredicateSyntax('slots.{{ context.collect is null') ?? '', /./);
  });
  test('referencedSlots lists slot names in order', () => {
    assert.deepEqual(referencedSlots('slots.b > 1 and (slots.a contains "x" or not slots.b) and context.c'), ['b', 'a']);
    assert.deepEqual(referencedSlots("{'x' 'y'} contains slots.room_type"), ['room_type']);
    assert.deepEqual(referencedSlots('slots.{{context.collect}} is null and slots.z'), ['z']);
  });
  test('compiled predicates are cached: repeated evaluation is much cheaper than compiling', () => {
    // A ratio measured in the same run, so a loaded machine slows both sides alike.
    const timePerCall = (exprFor: (i: number) => string, n: number): number => {
      const start = process.hrtime.bigint();
      for (let i = 0; i < n; i++) ev(exprFor(i));
      return Number(process.hrtime.bigint() - start) / n;
    };
    const cached = 'slots.adults > 1 and slots.room_type = "suite" and not slots.empty_text';
    ev(cached);
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round++) {
      // Each fresh expression differs in a number, so it is parsed and compiled anew.
      const fresh = timePerCall((i) => `slots.adults > ${round * 10_000 + i} and slots.room_type = "suite" and not slots.empty_text`, 2_000);
      const repeated = timePerCall(() => cached, 2_000);
      best = Math.min(best, repeated / fresh);
    }
    assert.ok(best < 0.5, `cached evaluation costs ${(best * 100).toFixed(0)} % of compiling anew`);
  });
});

describe('predicates: Jinja fast path agrees with nunjucks', () => {
  test('simple substitutions and fallbacks', async () => {
    const { renderJinja } = await import('../../../src/engine/dialogue/jinja.ts');
    const scopes: { slots: Record<string, SlotValue>; context: Record<string, unknown> }[] = [
      { slots: { adults: 2, room_type: 'suite', flag: true, unset: null }, context: { collect: 'adults', n: 3.5 } },
      { slots: { adults: null }, context: { collect: 'room_type' } },
      { slots: {}, context: {} },
    ];
    const templates = [
      'slots.{{ context.collect }} is not null',
      'slots.{{context.collect}} = {{ slots.adults }}',
      '"{{ slots.flag }}" = "true"',
      '"{{ slots.unset }}{{ context.missing }}" = ""',
      '{{ context.n }} > 3',
    ];
    for (const scope of scopes) {
      for (const t of templates) {
        const viaNunjucks = renderJinja(t, { slots: scope.slots, context: scope.context });
        const expected = (() => {
          try {
            return evaluatePredicate(viaNunjucks, scope);
          } catch {
            return 'error';
          }
        })();
        const actual = (() => {
          try {
            return evaluatePredicate(t, scope);
          } catch {
            return 'error';
          }
        })();
        assert.equal(actual, expected, `${t} with ${JSON.stringify(scope)}`);
      }
    }
    // A list is left to nunjucks, which prints "1,2": not a valid predicate.
    assert.throws(() => evaluatePredicate('{{ context.list }} is undefined', { slots: {}, context: { list: [1, 2] } }), /"1,2 is undefined"/);
  });
});
