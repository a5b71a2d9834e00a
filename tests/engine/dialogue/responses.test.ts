import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mulberry32, pick, seedFromString } from '../../../src/engine/dialogue/random.ts';
import { interpolateFormat, renderResponse } from '../../../src/engine/dialogue/responses.ts';
import type { Domain } from '../../../src/engine/domain/types.ts';

const domain: Pick<Domain, 'responses'> = {
  responses: {
    utter_ask_adults: [{ text: 'Сколько взрослых?' }, { text: 'На сколько взрослых бронируем?' }],
    utter_booking_done: [{ text: 'Бронь {booking_code} оформлена на {guest_name}.' }],
    utter_missing: [{ text: 'Номер {room}.' }],
    utter_confirm: [
      { condition: 'slots.nights > 7', text: 'Подтверждаете длительное проживание?' },
      { condition: [{ type: 'slot', name: 'vip', value: true }], text: 'Подтверждаете, уважаемый гость?' },
      {
        text: 'Подтверждаете бронирование?',
        buttons: [
          { title: 'Да', payload: '/SetSlots(booking_confirmation=true)' },
          { title: 'Нет', payload: '/SetSlots(booking_confirmation=false)' },
        ],
      },
    ],
    utter_setup: [
      { text: 'Нажмите кнопку' },
      { text: 'Скажите «да»', channel: 'twilio_media_streams' },
      { text: 'Скажите «да», гость', channel: 'twilio_media_streams', condition: 'slots.vip' },
    ],
    utter_only_conditional: [{ condition: 'slots.vip', text: 'VIP' }],
    utter_corrected: [{ text: 'Обновляю {{ context.corrected_slots.keys()|join(", ") }}.', metadata: { rephrase: true, template: 'jinja' } }],
    utter_jinja_slots: [{ text: '{% if slots.adults > 1 %}{{ adults }} гостя{% else %}один гость{% endif %}', metadata: { template: 'jinja' } }],
    utter_balance: [{ text: 'Сумма {amount} ₽', allow_interruptions: false }],
    utter_intent_button: [{ text: 'Выберите', buttons: [{ title: 'Да', payload: '/affirm{{"confirm":"yes"}}' }] }],
    utter_custom: [{ custom: { kind: 'card', body: 'Гость {guest_name}' }, image: 'https://h/{room}.png' }],
    utter_empty: [],
  },
};

const rng = mulberry32(1);
const opts = (slots: Record<string, import('../../../src/engine/commands.ts').SlotValue>, extra = {}) => ({ slots, channel: 'rest', rng, ...extra });

describe('renderResponse: variation choice', () => {
  test('random among defaults, reproducible with the same seed', () => {
    const seen = new Set<string>();
    const r = mulberry32(42);
    for (let i = 0; i < 50; i++) seen.add(renderResponse('utter_ask_adults', domain, { slots: {}, channel: 'rest', rng: r })!.text!);
    assert.equal(seen.size, 2);
    const a = mulberry32(7);
    const b = mulberry32(7);
    for (let i = 0; i < 10; i++) {
      assert.equal(
        renderResponse('utter_ask_adults', domain, { slots: {}, channel: 'rest', rng: a })!.text,
        renderResponse('utter_ask_adults', domain, { slots: {}, channel: 'rest', rng: b })!.text,
      );
    }
  });
  test('predicate conditions win over the default; legacy list conditions are strict', () => {
    assert.equal(renderResponse('utter_confirm', domain, opts({ nights: 9 }))!.text, 'Подтверждаете длительное проживание?');
    assert.equal(renderResponse('utter_confirm', domain, opts({ nights: 2, vip: true }))!.text, 'Подтверждаете, уважаемый гость?');
    assert.equal(renderResponse('utter_confirm', domain, opts({ nights: 2, vip: 'true' }))!.text, 'Подтверждаете бронирование?');
    assert.equal(renderResponse('utter_confirm', domain, opts({ nights: null }))!.text, 'Подтверждаете бронирование?');
  });
  test('channel order: conditional+channel, default+channel, conditional, default', () => {
    assert.equal(renderResponse('utter_setup', domain, opts({ vip: true }, { channel: 'twilio_media_streams' }))!.text, 'Скажите «да», гость');
    assert.equal(renderResponse('utter_setup', domain, opts({ vip: false }, { channel: 'twilio_media_streams' }))!.text, 'Скажите «да»');
    assert.equal(renderResponse('utter_setup', domain, opts({ vip: true }, { channel: 'rest' }))!.text, 'Нажмите кнопку');
  });
  test('null when the response is unknown or nothing is eligible', () => {
    assert.equal(renderResponse('utter_nope', domain, opts({})), null);
    assert.equal(renderResponse('utter_empty', domain, opts({})), null);
    assert.equal(renderResponse('utter_only_conditional', domain, opts({ vip: false })), null);
    assert.equal(renderResponse('utter_only_conditional', domain, opts({ vip: true }))!.text, 'VIP');
  });
});

describe('renderResponse: filling', () => {
  test('{slot} substitution with Python str() of values', () => {
    const r = renderResponse('utter_booking_done', domain, opts({ booking_code: 'HB-1234', guest_name: 'Иван Петров' }))!;
    assert.equal(r.text, 'Бронь HB-1234 оформлена на Иван Петров.');
    assert.equal(r.utter_action, 'utter_booking_done');
    assert.equal(r.allow_interruptions, true);
    assert.equal(renderResponse('utter_booking_done', domain, opts({ booking_code: null, guest_name: true }))!.text, 'Бронь None оформлена на True.');
  });
  test('variables from an action response fill placeholders and override slots', () => {
    const r = renderResponse('utter_missing', domain, opts({ room: 'slot' }, { variables: { room: 12 } }))!;
    assert.equal(r.text, 'Номер 12.');
  });
  test('an unknown placeholder leaves the text unchanged, as Rasa does', () => {
    assert.equal(renderResponse('utter_missing', domain, opts({}))!.text, 'Номер {room}.');
  });
  test('buttons keep /SetSlots and /intent payloads; doubled braces become single', () => {
    const r = renderResponse('utter_confirm', domain, opts({}))!;
    assert.deepEqual(r.buttons, [
      { title: 'Да', payload: '/SetSlots(booking_confirmation=true)' },
      { title: 'Нет', payload: '/SetSlots(booking_confirmation=false)' },
    ]);
    assert.equal(renderResponse('utter_intent_button', domain, opts({}))!.buttons![0]!.payload, '/affirm{"confirm":"yes"}');
  });
  test('jinja template with context and slots', () => {
    const r = renderResponse('utter_corrected', domain, opts({}, { context: { corrected_slots: { adults: 2, check_in_date: '2026-11-25' } } }))!;
    assert.equal(r.text, 'Обновляю adults, check_in_date.');
    assert.deepEqual(r.metadata, { rephrase: true, template: 'jinja' });
    assert.equal(renderResponse('utter_jinja_slots', domain, opts({ adults: 2 }))!.text, '2 гостя');
    assert.equal(renderResponse('utter_jinja_slots', domain, opts({ adults: 1 }))!.text, 'один гость');
  });
  test('allow_interruptions false is reported', () => {
    assert.equal(renderResponse('utter_balance', domain, opts({ amount: 5000 }))!.allow_interruptions, false);
  });
  test('custom payloads and images are filled too', () => {
    const r = renderResponse('utter_custom', domain, opts({ guest_name: 'Анна', room: '101' }))!;
    assert.deepEqual(r.custom, { kind: 'card', body: 'Гость Анна' });
    assert.equal(r.image, 'https://h/101.png');
    assert.equal(r.text, undefined);
  });
  test('interpolateFormat edge cases', () => {
    assert.equal(interpolateFormat('{{slot}}', { slot: 1 }), '{slot}');
    assert.equal(interpolateFormat('a {x} b {y}', { x: [1, 'b'], y: { k: null } }), "a [1, 'b'] b {'k': None}");
    assert.equal(interpolateFormat('no braces', {}), 'no braces');
  });
});

describe('random', () => {
  test('mulberry32 is deterministic and in [0,1)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    for (let i = 0; i < 100; i++) {
      const x = a();
      assert.equal(x, b());
      assert.ok(x >= 0 && x < 1);
    }
  });
  test('seedFromString and pick', () => {
    assert.equal(seedFromString('CA1'), seedFromString('CA1'));
    assert.notEqual(seedFromString('CA1'), seedFromString('CA2'));
    assert.equal(pick([], mulberry32(1)), undefined);
    let draws = 0;
    assert.equal(
      pick(['x'], () => {
        draws++;
        return 0.5;
      }),
      'x',
    );
    assert.equal(draws, 0);
  });
});

describe('a question asked again', () => {
  const asked: Pick<Domain, 'responses'> = {
    responses: {
      utter_ask_floor: [{ text: 'Какой этаж предпочитаете?' }, { text: 'Так какой этаж вам удобнее?', metadata: { said_again: true } }],
      utter_ask_view: [{ text: 'Вид на реку или во двор?' }, { text: 'Окна на реку или во двор?' }],
      utter_ask_meal: [{ text: 'Завтрак нужен?' }, { text: 'Завтракать будете?' }, { text: 'А завтрак добавить?', metadata: { said_again: true } }],
    },
  };
  const render = (name: string, said: string[], seed = 7) =>
    renderResponse(name, asked, { slots: {}, channel: 'rest', rng: mulberry32(seed), heard: (t) => said.some((s) => s.includes(t)) })!.text;

  test('the first time, a variation kept for saying again is never chosen', () => {
    for (let seed = 1; seed <= 20; seed++) assert.equal(render('utter_ask_floor', ['Добрый день!'], seed), 'Какой этаж предпочитаете?');
    // without a history either
    assert.equal(renderResponse('utter_ask_floor', asked, { slots: {}, channel: 'rest', rng: mulberry32(3) })!.text, 'Какой этаж предпочитаете?');
  });

  test('once heard, the question is put in other words', () => {
    assert.equal(render('utter_ask_floor', ['Хорошо. Какой этаж предпочитаете?']), 'Так какой этаж вам удобнее?');
    for (let seed = 1; seed <= 10; seed++) assert.equal(render('utter_ask_view', ['Вид на реку или во двор?'], seed), 'Окна на реку или во двор?');
    // a wording kept for asking again comes before another first-time one
    for (let seed = 1; seed <= 10; seed++) assert.equal(render('utter_ask_meal', ['Завтрак нужен?'], seed), 'А завтрак добавить?');
  });

  test('with nothing heard the random choice is the one it was without a history', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const plain = renderResponse('utter_ask_view', asked, { slots: {}, channel: 'rest', rng: mulberry32(seed) })!.text;
      assert.equal(render('utter_ask_view', [], seed), plain);
    }
  });

  test('when every wording was heard, the first ones are said again', () => {
    assert.equal(render('utter_ask_floor', ['Какой этаж предпочитаете?', 'Так какой этаж вам удобнее?']), 'Какой этаж предпочитаете?');
  });
});
