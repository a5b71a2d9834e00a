import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Command } from '../../../src/engine/commands.ts';
import { commandsOrCannotHandle, parseCommands } from '../../../src/understanding/llm/command-parser.ts';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { createSlotNormaliser } from '../../../src/understanding/llm/normalise.ts';
import { russianReaders } from '../../../src/understanding/llm/russian-readers.ts';
import { context, domain, flows } from './fixtures.ts';

const normalise = createSlotNormaliser();
const parse = (answer: string) => parseCommands(answer, { flows, domain, context: context(), normalise });
const commands = (answer: string): Command[] => commandsOrCannotHandle(parse(answer));
const set = (name: string, value: unknown): Command => ({ command: 'set slot', name, value, extractor: 'LLM' }) as Command;

describe('command parser: compact DSL', () => {
  it('parses several commands, one per line, with the flow started and its slots set', () => {
    assert.deepEqual(commands('start flow book_room\nset slot check_in_date 2026-11-27\nset slot adults 2\nset slot room_type comfort'), [
      { command: 'start flow', flow: 'book_room' },
      set('check_in_date', '2026-11-27'),
      set('adults', 2),
      set('room_type', 'comfort'),
    ]);
  });

  it('parses every simple command', () => {
    const answer = ['cancel flow', 'provide info', 'offtopic reply', 'hand over', 'skip question', 'repeat message', 'cannot handle', 'search and reply'].join(
      '\n',
    );
    assert.deepEqual(commands(answer), [
      { command: 'cancel flow' },
      { command: 'knowledge' },
      { command: 'chitchat' },
      { command: 'human handoff' },
      { command: 'skip question' },
      { command: 'repeat' },
      { command: 'cannot handle' },
    ]);
  });

  it('tolerates bullets, numbering, quotes, code fences, capitals and trailing punctuation', () => {
    const answer = '```\n1. Start flow `book_room`\n- set slot "guest_name" "Иван Петров".\n* set slot adults 2.\n```';
    assert.deepEqual(commands(answer), [{ command: 'start flow', flow: 'book_room' }, set('guest_name', 'Иван Петров'), set('adults', 2)]);
  });

  it('accepts the v1 function syntax', () => {
    assert.deepEqual(commands('StartFlow(cancel_booking)\nSetSlot(booking_reference, NB-4821)\nHumanHandoff()\nSearchAndReply()'), [
      { command: 'start flow', flow: 'cancel_booking' },
      set('booking_reference', 'NB-4821'),
      { command: 'human handoff' },
      { command: 'knowledge' },
    ]);
  });

  it('splits `set slot x 1, start flow y` written on one line', () => {
    assert.deepEqual(commands('set slot adults 1, start flow book_room'), [set('adults', 1), { command: 'start flow', flow: 'book_room' }]);
  });

  it('turns null spellings into a reset', () => {
    for (const empty of ['None', 'null', 'undefined', '[missing information]', '[missing]', '""']) {
      assert.deepEqual(commands(`set slot guest_phone ${empty}`), [set('guest_phone', null)], empty);
    }
  });

  it('drops unknown flows, pattern flows, unknown and controlled slots, with reasons', () => {
    const result = parse('start flow order_pizza\nstart flow pattern_search\nset slot pizza_size large\nset slot booking_code NB-1\nstart flow find_booking');
    assert.deepEqual(result.commands, [{ command: 'start flow', flow: 'find_booking' }]);
    assert.equal(result.recognised, 5);
    assert.deepEqual(
      result.dropped.map((d) => d.reason),
      [
        'unknown flow "order_pizza"',
        'unknown flow "pattern_search"',
        'unknown slot "pizza_size"',
        'slot "booking_code" is not filled by the LLM (its mappings exclude from_llm)',
      ],
    );
  });

  it('reads `set slot flow_name X` as starting X', () => {
    assert.deepEqual(commands('set slot flow_name cancel_booking'), [{ command: 'start flow', flow: 'cancel_booking' }]);
  });

  it('disambiguates between known flows; one known option starts it', () => {
    assert.deepEqual(commands('disambiguate flows cancel_booking, find_booking, fly_away'), [
      { command: 'clarify', options: ['cancel_booking', 'find_booking'] },
    ]);
    assert.deepEqual(commands('disambiguate flows find_booking fly_away'), [{ command: 'start flow', flow: 'find_booking' }]);
    assert.deepEqual(commands('Clarify(cancel_booking, find_booking)'), [{ command: 'clarify', options: ['cancel_booking', 'find_booking'] }]);
  });

  it('answers cannot handle when nothing is parsed', () => {
    const prose = parse('Конечно! Я помогу вам забронировать номер.');
    assert.equal(prose.recognised, 0);
    assert.deepEqual(commandsOrCannotHandle(prose), [{ command: 'cannot handle' }]);
    assert.deepEqual(commands(''), [{ command: 'cannot handle' }]);
  });

  it('keeps the last value when a slot is set twice and drops repeated commands', () => {
    assert.deepEqual(commands('start flow book_room\nset slot adults 2\nstart flow book_room\nset slot adults 3'), [
      { command: 'start flow', flow: 'book_room' },
      set('adults', 3),
    ]);
  });
});

describe('command parser: slot values', () => {
  it('writes dates as YYYY-MM-DD and phones in E.164', () => {
    assert.deepEqual(commands('set slot check_in_date 27.11.2026\nset slot check_out_date 2026-11-29'), [
      set('check_in_date', '2026-11-27'),
      set('check_out_date', '2026-11-29'),
    ]);
    assert.deepEqual(commands('set slot guest_phone 8 (912) 555-01-48'), [set('guest_phone', '+79125550148')]);
    assert.deepEqual(commands('set slot guest_phone +7 912 555 01 48'), [set('guest_phone', '+79125550148')]);
  });

  it('coerces booleans, numbers, categories and lists by slot type', () => {
    assert.deepEqual(commands('set slot booking_confirmation True'), [set('booking_confirmation', true)]);
    assert.deepEqual(commands('set slot cancel_confirmation false'), [set('cancel_confirmation', false)]);
    assert.deepEqual(commands('set slot adults 2.0'), [set('adults', 2)]);
    assert.deepEqual(commands('set slot room_type Suite'), [set('room_type', 'suite')]);
    assert.deepEqual(commands('set slot children_ages [5, 7]'), [set('children_ages', [5, 7])]);
    assert.deepEqual(commands('set slot children_ages 5 и 7'), [set('children_ages', [5, 7])]);
  });

  it('drops values that do not fit the slot, and says why', () => {
    const result = parse('set slot room_type penthouse\nset slot adults много\nset slot booking_confirmation может быть');
    assert.deepEqual(result.commands, []);
    assert.deepEqual(
      result.dropped.map((d) => d.reason),
      [
        'value "penthouse" does not fit slot "room_type" (categorical)',
        'value "много" does not fit slot "adults" (float)',
        'value "может быть" does not fit slot "booking_confirmation" (bool)',
      ],
    );
  });

  it('uses the Russian readers it is given for words the built-in parsing does not read', () => {
    const withReaders = createSlotNormaliser({
      count: (t) => ({ двое: 2, трое: 3 })[t] ?? null,
      date: (t, now) => (t === 'завтра' ? new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10) : null),
    });
    const result = parseCommands('set slot adults двое\nset slot check_in_date завтра', { flows, domain, context: context(), normalise: withReaders });
    assert.deepEqual(result.commands, [set('adults', 2), set('check_in_date', '2026-11-25')]);
  });
});

describe('command parser: values in Russian words, read by nlu-ru’s extractors', () => {
  const rooms = loadHotel('data/hotel.yml').room_types;
  const russian = createSlotNormaliser(russianReaders(rooms));
  const parseRu = (answer: string, ctx = context()) => parseCommands(answer, { flows, domain, context: ctx, normalise: russian }).commands;

  it('reads counts, dates, phones, yes/no and room names said in words', () => {
    assert.deepEqual(
      parseRu(
        'set slot adults двое\nset slot check_in_date 27 ноября\nset slot guest_phone восемь девятьсот двенадцать пятьсот пятьдесят пять ноль один сорок восемь',
      ),
      [set('adults', 2), set('check_in_date', '2026-11-27'), set('guest_phone', '+79125550148')],
    );
    assert.deepEqual(parseRu('set slot booking_confirmation да, всё верно\nset slot room_type люкс'), [
      set('booking_confirmation', true),
      set('room_type', 'suite'),
    ]);
  });

  it('resolves a date without a year to the next one that is not in the past', () => {
    assert.deepEqual(parseRu('set slot check_in_date 5 января'), [set('check_in_date', '2027-01-05')]);
  });
});

describe('command parser: lenient shapes', () => {
  it('accepts `set slot name: value` and `name = value`', () => {
    assert.deepEqual(commands('set slot adults: 2\nset slot room_type = family'), [set('adults', 2), set('room_type', 'family')]);
  });

  it('turns ages into a list of numbers however they are written', () => {
    for (const written of ['5', '5 и 7 лет', '[5, 7]', '5, 7']) {
      const expected = written === '5' ? [5] : [5, 7];
      assert.deepEqual(commands(`set slot children_ages ${written}`), [set('children_ages', expected)], written);
    }
  });
});

describe('command parser: names and booking references', () => {
  const russian = createSlotNormaliser(russianReaders([]));
  const parseRu = (answer: string) => parseCommands(answer, { flows, domain, context: context(), normalise: russian }).commands;

  it('capitalises a name written in lower case and leaves a capitalised one alone', () => {
    assert.deepEqual(parseRu('set slot guest_name иван петров-водкин'), [set('guest_name', 'Иван Петров-Водкин')]);
    assert.deepEqual(parseRu('set slot guest_name Анна МакКуин'), [set('guest_name', 'Анна МакКуин')]);
  });

  it('writes a booking reference as the offline generator does: code in capitals, or phone in E.164', () => {
    assert.deepEqual(parseRu('set slot booking_reference ac3 de5'), [set('booking_reference', 'AC3DE5')]);
    assert.deepEqual(parseRu('set slot booking_reference 8 912 555 01 48'), [set('booking_reference', '+79125550148')]);
  });
});
