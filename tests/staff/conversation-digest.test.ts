// Reading a conversation's outcome from its events: booked, handed to reception (and why), answered, abandoned.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Command } from '../../src/engine/commands.ts';
import type { TrackerEvent } from '../../src/engine/events.ts';
import { digestConversation } from '../../src/staff/conversation-digest.ts';
import { periodStats, weekStart } from '../../src/staff/stats.ts';

let clock = 1_796_000_000;
/** The next event time: events of a test conversation come `step` seconds apart. */
function tick(step: number): number {
  clock += step;
  return clock;
}
const user = (text: string, commands: Command[] = [], channel = 'rest', intent: string | null = null): TrackerEvent => ({
  event: 'user',
  timestamp: tick(5),
  text,
  input_channel: channel,
  parse_data: { text, intent: { name: intent, confidence: intent ? 0.9 : 0 }, entities: [], commands },
});
const action = (name: string): TrackerEvent => ({ event: 'action', timestamp: tick(0.01), name });
/** A guest message the assistant did not understand, and its fallback reply (the third one offers reception). */
const misunderstood = (text: string, fallbackReply = 'Извините, не поняла.'): TrackerEvent[] => [
  user(text, [{ command: 'cannot handle' }], 'rest', 'out_of_scope'),
  started('pattern_cannot_handle'),
  action(fallbackReply.startsWith('Похоже') ? 'utter_fallback_offer_reception' : 'utter_cannot_handle'),
  bot(fallbackReply),
  completed('pattern_cannot_handle'),
];
const handoff = (): TrackerEvent[] => [
  started('pattern_human_handoff'),
  action('utter_human_handoff_transfer'),
  bot('Соединяю с администратором.'),
  action('action_human_handoff'),
];
const question = (text: string, answer: string): TrackerEvent[] => [
  user(text, [{ command: 'knowledge' }], 'rest', 'ask_hotel_info'),
  started('pattern_search'),
  action('action_trigger_search'),
  bot(answer),
  completed('pattern_search'),
];
const bot = (text: string): TrackerEvent => ({ event: 'bot', timestamp: tick(1), text, data: {} });
const started = (flow_id: string): TrackerEvent => ({ event: 'flow_started', timestamp: tick(0.01), flow_id });
const completed = (flow_id: string): TrackerEvent => ({ event: 'flow_completed', timestamp: tick(0.01), flow_id, step_id: 'END' });
const slot = (name: string, value: string | null): TrackerEvent => ({ event: 'slot', timestamp: tick(0.01), name, value });

describe('conversation digest', () => {
  it('a booking made: outcome booked, the code, the slots each turn set, the duration', () => {
    const events = [
      user('хочу номер', [{ command: 'start flow', flow: 'book_room' }], 'twilio_media_streams'),
      started('book_room'),
      started('pattern_collect_information'),
      bot('На какие даты?'),
      user('да', [], 'twilio_media_streams'),
      slot('booking_code', '482913570'),
      completed('book_room'),
      bot('Готово'),
    ];
    const d = digestConversation('CA1', events, new Map([['book_room', 'бронирование номера']]));
    assert.equal(d.outcome, 'booked');
    assert.deepEqual(d.booked, ['482913570']);
    assert.equal(d.channel, 'phone');
    assert.deepEqual(d.turns[2]?.slots, [{ name: 'booking_code', value: '482913570' }]);
    assert.match(d.summary, /^бронирование номера — последняя фраза: «да»$/);
    assert.equal(d.durationS, Math.round(events.at(-1)!.timestamp - events[0]!.timestamp));
  });

  it('a task left unfinished is abandoned; questions answered are answered', () => {
    const left = digestConversation('a', [user('хочу номер'), started('book_room'), started('pattern_collect_information'), bot('На какие даты?')]);
    assert.equal(left.outcome, 'abandoned');
    const asked = digestConversation('b', [
      user('привет'),
      started('greet_back'),
      bot('Слушаю'),
      user('есть парковка?', [{ command: 'knowledge' }]),
      bot('Да'),
      started('say_goodbye'),
    ]);
    assert.equal(asked.outcome, 'answered');
    assert.deepEqual(asked.flows, []);
  });

  it('a guest who asks for a person unprompted: handoff, the guest asked', () => {
    const asked = digestConversation('c', [user('позовите человека', [{ command: 'human handoff' }]), started('pattern_human_handoff'), bot('Соединяю')]);
    assert.deepEqual([asked.outcome, asked.handoffReason], ['handoff', 'guest_asked']);
  });

  it('an explicit request for a person is the guest asking, even after the assistant failed to understand', () => {
    const explicit = digestConversation('e', [
      ...misunderstood('ну это самое'),
      ...misunderstood('как его'),
      user('соедините с администратором', [{ command: 'human handoff' }], 'rest', 'human_handoff'),
      ...handoff(),
    ]);
    assert.deepEqual([explicit.outcome, explicit.handoffReason], ['handoff', 'guest_asked']);
  });

  it('accepting reception offered after repeated fallbacks is the assistant not understanding', () => {
    const accepted = digestConversation('f', [
      ...misunderstood('ну это самое'),
      ...misunderstood('как его'),
      ...misunderstood('ну вы поняли', 'Похоже, я вас не понимаю. Соединить вас с администратором?'),
      user('да', [{ command: 'human handoff' }], 'rest', 'affirm'),
      ...handoff(),
    ]);
    assert.deepEqual([accepted.outcome, accepted.handoffReason], ['handoff', 'not_understood']);
  });

  it('an English-speaking caller who accepts reception is filed as such, not as a guest asking', () => {
    const english = digestConversation('g', [
      user('Hello, do you speak English?', [{ command: 'start flow', flow: 'english_speaker' }]),
      started('english_speaker'),
      action('action_answer_in_english'),
      bot('Our reception speaks English. Shall I connect you?'),
      completed('english_speaker'),
      user('yes please', [{ command: 'human handoff' }]),
      ...handoff(),
    ]);
    assert.deepEqual([english.outcome, english.handoffReason], ['handoff', 'english_speaker']);
  });

  it('a complaint that the guest agrees to take to reception is filed as a complaint', () => {
    const complaint = digestConversation('h', [
      user('у вас ужасный сервис', [{ command: 'start flow', flow: 'complaint' }]),
      started('complaint'),
      started('pattern_collect_information'),
      bot('Мне очень жаль. Соединить вас с администратором?'),
      user('да', [{ command: 'set slot', name: 'reception_transfer_confirmation', value: true, extractor: 'NLU' }], 'rest', 'affirm'),
      slot('reception_transfer_confirmation', 'true'),
      ...handoff(),
    ]);
    assert.deepEqual([complaint.outcome, complaint.handoffReason], ['handoff', 'complaint']);
  });

  it('reception after a request the assistant does not cover, or after a group request, is filed as such', () => {
    const taxi = digestConversation('k1', [
      user('вызовите мне такси к отелю', [{ command: 'start flow', flow: 'unsupported_request' }]),
      started('unsupported_request'),
      action('action_answer_unsupported'),
      bot('Такси я вызвать не могу, это сделает ресепшен. Соединить?'),
      completed('unsupported_request'),
      user('да', [{ command: 'human handoff' }], 'rest', 'affirm'),
      ...handoff(),
    ]);
    assert.deepEqual([taxi.outcome, taxi.handoffReason], ['handoff', 'not_covered']);
    const group = digestConversation('k2', [
      user('нам нужно десять номеров на конференцию', [{ command: 'start flow', flow: 'group_booking' }]),
      started('group_booking'),
      started('pattern_collect_information'),
      bot('Группы бронирует администратор. Соединить вас?'),
      user('да', [{ command: 'set slot', name: 'reception_transfer_confirmation', value: true, extractor: 'NLU' }], 'rest', 'affirm'),
      slot('reception_transfer_confirmation', 'true'),
      ...handoff(),
    ]);
    assert.deepEqual([group.outcome, group.handoffReason], ['handoff', 'group_booking']);
  });

  it('a system error that ends at reception is a system error', () => {
    const failed = digestConversation('i', [
      user('хочу номер', [{ command: 'start flow', flow: 'book_room' }]),
      started('book_room'),
      started('pattern_internal_error'),
      bot('Ошибка'),
      ...handoff(),
    ]);
    assert.equal(failed.handoffReason, 'system_error');
  });

  it('outcomes: a caller who leaves after a fallback, or is mostly not understood, was not understood', () => {
    const leftAfterFallback = digestConversation('j', [...question('есть парковка?', 'Да, бесплатная.'), ...misunderstood('а вот это как')]);
    assert.equal(leftAfterFallback.outcome, 'not_understood');
    const mostlyLost = digestConversation('k', [
      ...misunderstood('ну это'),
      ...misunderstood('как сказать'),
      ...question('есть парковка?', 'Да.'),
      user('спасибо'),
      started('you_are_welcome'),
      bot('Пожалуйста'),
      completed('you_are_welcome'),
    ]);
    assert.equal(mostlyLost.outcome, 'not_understood');
    const recovered = digestConversation('l', [
      ...misunderstood('ну это'),
      ...question('есть парковка?', 'Да.'),
      ...question('а завтрак?', 'С 7 до 10.'),
      user('спасибо'),
      started('you_are_welcome'),
      bot('Пожалуйста'),
    ]);
    assert.equal(recovered.outcome, 'answered');
    const oneQuestion = digestConversation('m', question('во сколько заезд?', 'С 14:00.'));
    assert.equal(oneQuestion.outcome, 'answered', 'one question answered from the facts');
    const hello = digestConversation('n', [user('алло'), bot('Слушаю вас')]);
    assert.equal(hello.outcome, 'abandoned');
  });

  it('the caller number comes from the call metadata; payloads are not turns', () => {
    const d = digestConversation('CA2', [
      { ...user('/session_start', [], 'twilio_media_streams'), metadata: { user_phone: '+79035551234' } },
      bot('Здравствуйте'),
    ]);
    assert.equal(d.phone, '+79035551234');
    assert.equal(d.guestTurns, 0);
    assert.equal(d.outcome, 'abandoned');
  });
});

describe('assistant statistics', () => {
  it('counts per day in the hotel zone, with the share handled without reception', () => {
    const at = (iso: string) => new Date(iso).getTime() / 1000;
    const mk = (iso: string, outcome: 'booked' | 'handoff') => ({
      ...digestConversation('x', [user('a'), bot('b')]),
      startedAt: at(iso),
      outcome,
      handoffReason: outcome === 'handoff' ? ('guest_asked' as const) : null,
      booked: outcome === 'booked' ? ['1'] : [],
    });
    // 22:30 UTC on the 23rd is 01:30 on the 24th in Moscow.
    const stats = periodStats([mk('2026-11-23T22:30:00Z', 'handoff'), mk('2026-11-24T10:00:00Z', 'booked')], {
      period: 'day',
      count: 2,
      today: '2026-11-24',
      timeZone: 'Europe/Moscow',
    });
    assert.deepEqual(
      stats.map((p) => [p.start, p.conversations, p.bookings, p.handoffs, p.handledShare]),
      [
        ['2026-11-23', 0, 0, 0, null],
        ['2026-11-24', 2, 1, 1, 0.5],
      ],
    );
    assert.equal(stats[1]?.handoffReasons.guest_asked, 1);
  });

  it('the share without reception counts only bookings and answers, over conversations where the guest spoke', () => {
    const day = '2026-11-24';
    const at = new Date(`${day}T10:00:00Z`).getTime() / 1000;
    const conversations = [
      digestConversation('booked', [
        user('хочу номер', [{ command: 'start flow', flow: 'book_room' }]),
        started('book_room'),
        slot('booking_code', '482913570'),
        completed('book_room'),
        bot('Готово'),
      ]),
      digestConversation('answered', [...question('есть парковка?', 'Да.'), ...question('а завтрак?', 'С 7 до 10.')]),
      digestConversation('lost', [...misunderstood('ну это'), ...misunderstood('как его')]),
      digestConversation('left', [...question('есть парковка?', 'Да.'), ...misunderstood('а вот это')]),
      digestConversation('asked', [user('позовите администратора', [{ command: 'human handoff' }], 'rest', 'human_handoff'), ...handoff()]),
      digestConversation('silent', [user('/session_start'), bot('Здравствуйте')]),
    ].map((d) => ({ ...d, startedAt: at }));
    const [stats] = periodStats(conversations, { period: 'day', count: 1, today: day, timeZone: 'UTC' });
    assert.deepEqual(stats?.outcomes, { booked: 1, answered: 1, handoff: 1, not_understood: 2, abandoned: 0 });
    assert.equal(stats?.conversations, 6);
    assert.equal(stats?.handledShare, 2 / 5);
    assert.equal(stats?.handoffReasons.guest_asked, 1);
  });

  it('charts each call stage from the latencies the voice channel logged at the end of the call', () => {
    const end = {
      ...user('/session_end', [], 'twilio_media_streams'),
      metadata: {
        turn_latency: [
          { transcript_ms: 300, agent_reply_ms: 500 },
          { transcript_ms: 100, agent_reply_ms: 900, outcome: 'played' },
        ],
      },
    };
    const call = digestConversation('CA3', [user('алло', [], 'twilio_media_streams'), bot('Здравствуйте'), end]);
    assert.deepEqual(call.latency, { transcript: [300, 100], agent_reply: [500, 900] });
    const day = new Date(call.startedAt * 1000).toISOString().slice(0, 10);
    const [stats] = periodStats([call], { period: 'day', count: 1, today: day, timeZone: 'UTC' });
    assert.deepEqual(stats?.latency, { transcript: { count: 2, p50: 100, p90: 300 }, agent_reply: { count: 2, p50: 500, p90: 900 } });
  });

  it('weeks start on Monday', () => {
    assert.equal(weekStart('2026-11-29'), '2026-11-23');
    assert.equal(weekStart('2026-11-23'), '2026-11-23');
  });
});
