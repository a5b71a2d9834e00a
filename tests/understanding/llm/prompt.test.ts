import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LlmConfigError } from '../../../src/understanding/llm/errors.ts';
import { CommandPrompt } from '../../../src/understanding/llm/prompt.ts';
import { context, domain, flows } from './fixtures.ts';

const prompt = new CommandPrompt({ flows, domain, hotelTimezone: 'Europe/Moscow', historyTurns: 20 });

/** The JSON block under a heading, parsed: proves the prompt's structured data is valid JSON. */
function jsonBlock(
  text: string,
  heading: string,
): {
  flows?: { name: string; slots?: { name: string; allowed_values?: string }[] }[];
  active_flow?: string;
  current_step?: { requested_slot: string | null };
  slots?: { name: string; value: string }[];
} {
  const section = text.split(heading)[1] ?? '';
  const match = section.match(/```json\n([\s\S]*?)\n```/);
  assert.ok(match, `no JSON block under ${heading}`);
  return JSON.parse(match[1]!);
}

describe('command prompt', () => {
  it('holds the user message, the startable flows and their slots, and today in the hotel timezone', () => {
    const text = prompt.render('Хочу забронировать номер на выходные', context());
    assert.match(text, /"""Хочу забронировать номер на выходные"""/);
    assert.match(text, /USER: Хочу забронировать номер на выходные/);
    assert.match(text, /Сегодня 2026-11-24, вторник \(часовой пояс гостиницы: Europe\/Moscow\)/);
    assert.match(text, /2026-11-27 пятница; 2026-11-28 суббота/);
    const listed = jsonBlock(text, '## Сценарии и их слоты').flows!;
    assert.deepEqual(
      listed.map((f) => f.name),
      ['book_room', 'cancel_booking', 'find_booking'],
    );
    const book = listed.find((f) => f.name === 'book_room')!;
    const slotNames = book.slots!.map((s) => s.name);
    // Called child flow's slots are listed; ask_before_filling and controlled slots are not.
    assert.ok(slotNames.includes('guest_name') && slotNames.includes('guest_phone'));
    assert.ok(slotNames.includes('children_ages'), 'slots in branch steps are listed');
    assert.ok(!slotNames.includes('booking_confirmation'));
    assert.ok(!slotNames.includes('booking_code'));
    assert.equal(book.slots!.find((s) => s.name === 'room_type')!.allowed_values, "['standard', 'comfort', 'family', 'suite']");
    assert.match(text, /сколько взрослых гостей/);
    assert.match(text, /Сейчас не выполняется ни один сценарий/);
  });

  it('shows the active flow, the requested slot and the filled slots', () => {
    const text = prompt.render(
      'да, всё верно',
      context({
        activeFlow: 'book_room',
        requestedSlot: 'booking_confirmation',
        slots: { check_in_date: '2026-11-27', adults: 2, booking_confirmation: null },
      }),
    );
    const state = jsonBlock(text, '## Текущее состояние');
    assert.equal(state.active_flow, 'book_room');
    assert.equal(state.current_step!.requested_slot, 'booking_confirmation');
    const values = Object.fromEntries(state.slots!.map((s) => [s.name, s.value]));
    assert.equal(values.check_in_date, '2026-11-27');
    assert.equal(values.adults, '2');
    assert.equal(values.check_out_date, 'undefined');
    // The slot being asked appears even though it is ask_before_filling, with its allowed values.
    assert.equal(values.booking_confirmation, 'undefined');
    assert.match(text, /"name":"booking_confirmation","value":"undefined","type":"bool","allowed_values":"\[True, False\]"/);
  });

  it('writes the transcript as USER:/AI: lines with the latest message last, once', () => {
    const history = [
      { role: 'user' as const, text: 'Здравствуйте' },
      { role: 'bot' as const, text: 'Добрый день!\nЧем помочь?' },
      { role: 'user' as const, text: 'хочу номер' },
    ];
    const text = prompt.render('хочу номер', context({ history }));
    assert.match(text, /## История разговора\nUSER: Здравствуйте\nAI: Добрый день! Чем помочь\?\nUSER: хочу номер\n\n---/);
  });

  it('offers `repeat message` only on voice channels', () => {
    assert.doesNotMatch(prompt.render('что?', context({ channel: 'rest' })), /repeat message/);
    assert.match(prompt.render('что?', context({ channel: 'twilio_media_streams' })), /`repeat message`/);
  });

  it('hides flows whose guard fails when the engine passes an evaluator', () => {
    const guarded = new CommandPrompt({ flows, domain, hotelTimezone: 'Europe/Moscow', historyTurns: 20, flowGuard: (f) => f.id !== 'find_booking' });
    const listed = jsonBlock(guarded.render('найдите бронь', context()), '## Сценарии и их слоты').flows!;
    assert.deepEqual(
      listed.map((f) => f.name),
      ['book_room', 'cancel_booking'],
    );
  });

  it('renders a user template with Rasa variable names and filters', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portier-prompt-'));
    writeFileSync(
      join(dir, 'mine.jinja2'),
      '{% for flow in available_flows %}{{ flow.name }}:{{ flow.description | to_json_escaped_string }}\n{% endfor %}' +
        '{% if current_flow != None %}in {{ current_flow }}{% else %}idle{% endif %}|{{ user_message }}|{{ today }}' +
        '{% if current_slot is none %}|no slot{% endif %}',
    );
    const custom = new CommandPrompt({ flows, domain, hotelTimezone: 'Europe/Moscow', historyTurns: 20, templatePath: 'mine.jinja2', projectDir: dir });
    assert.equal(
      custom.render('привет', context()),
      'book_room:"Забронировать номер в гостинице на даты"\ncancel_booking:"Отменить существующую бронь"\nfind_booking:"Найти бронь и напомнить её детали"\nidle|привет|2026-11-24|no slot',
    );
  });

  it('reports an unreadable template as a config error naming the path', () => {
    assert.throws(
      () => new CommandPrompt({ flows, domain, hotelTimezone: 'Europe/Moscow', historyTurns: 20, templatePath: '/nonexistent/p.jinja2' }),
      (e: unknown) => e instanceof LlmConfigError && e.message.includes('/nonexistent/p.jinja2'),
    );
  });

  it('uses the hotel timezone for today: 23:30 UTC is already tomorrow in Moscow', () => {
    const late = prompt.render('привет', context({ now: new Date('2026-11-24T23:30:00Z') }));
    assert.match(late, /Сегодня 2026-11-25, среда/);
  });
});

describe('flow guards', () => {
  it('hides a flow whose `if:` is false for the current slots (the engine predicate evaluator)', async () => {
    const { slotGuard } = await import('../../../src/understanding/llm/prompt-data.ts');
    const guardedFlows = [...flows, { id: 'late_checkout', description: 'Поздний выезд', if: 'slots.booking_code is not null', steps: [] }];
    const guarded = new CommandPrompt({ flows: guardedFlows, domain, hotelTimezone: 'Europe/Moscow', historyTurns: 20, flowGuard: slotGuard });
    const names = (slots: Record<string, string | null>) =>
      jsonBlock(guarded.render('поздний выезд', context({ slots })), '## Сценарии и их слоты').flows!.map((f) => f.name);
    assert.ok(!names({ booking_code: null }).includes('late_checkout'));
    assert.ok(names({ booking_code: 'AC3DE5' }).includes('late_checkout'));
  });
});

describe('channel wording', () => {
  it('warns the model about speech-recognition errors only on voice channels', () => {
    assert.doesNotMatch(prompt.render('привет', context({ channel: 'rest' })), /распознаванием речи/);
    assert.match(prompt.render('привет', context({ channel: 'twilio_media_streams' })), /телефонный звонок, и слова гостя получены распознаванием речи/);
  });
});
