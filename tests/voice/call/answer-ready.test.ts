// Slot-aware end of turn: which questions expect which kind of answer (from the domain), and when a partial
// transcript answers one completely.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadMorph } from '../../../src/understanding/lang-ru/index.ts';
import { AnswerWatch, answerKindsOf, answersCompletely } from '../../../src/voice/call/answer-ready.ts';
import { TurnDetector } from '../../../src/voice/vad/turn.ts';

describe('slot-aware end of turn', () => {
  it('reads the expected kind of answer from the slots of the domain', () => {
    const kinds = answerKindsOf({
      guest_phone: { type: 'text' },
      check_in_date: { type: 'text' },
      booking_confirmation: { type: 'bool' },
      guest_name: { type: 'text' },
      adults: { type: 'float' },
    });
    assert.deepEqual(kinds, {
      utter_ask_guest_phone: 'phone',
      utter_ask_check_in_date: 'dates',
      utter_ask_booking_confirmation: 'yes_no',
      utter_ask_guest_name: 'name',
    });
  });

  it('knows a complete answer from a partial one', async () => {
    await loadMorph();
    assert.ok(answersCompletely('phone', 'восемь девять один шесть один два три четыре пять шесть семь'));
    assert.ok(!answersCompletely('phone', 'восемь девять один шесть'));
    assert.ok(answersCompletely('dates', 'с четырнадцатого по шестнадцатое декабря', 'utter_ask_check_in_date'));
    assert.ok(!answersCompletely('dates', 'с четырнадцатого', 'utter_ask_check_in_date'));
    assert.ok(answersCompletely('yes_no', 'да'));
    assert.ok(!answersCompletely('yes_no', 'ну я'));
    assert.ok(answersCompletely('name', 'пётр сидоров'));
    assert.ok(!answersCompletely('name', 'пётр'), 'a first name alone may be followed by the surname');
  });

  it('follows the question the bot asked last', () => {
    const watch = new AnswerWatch({ utter_ask_booking_confirmation: 'yes_no' });
    watch.botSaid([{ recipient_id: 'c', text: 'Всё верно?', utter_action: 'utter_ask_booking_confirmation' }]);
    assert.equal(watch.expected, 'yes_no');
    assert.ok(watch.answered('да'));
    watch.botSaid([{ recipient_id: 'c', text: 'Чем ещё помочь?', utter_action: 'utter_anything_else' }]);
    assert.ok(!watch.answered('да'), 'an open question waits the usual silence');
  });

  it('a turn marked answered ends after the short silence; new speech restores the usual one', () => {
    const turn = new TurnDetector({ startSpeechMs: 100, endSilenceMs: 600 });
    const run = (speech: boolean, frames: number) => Array.from({ length: frames }, () => turn.push(speech)).filter(Boolean);
    run(true, 20);
    turn.endSoon(250);
    assert.deepEqual(run(false, 13), ['vad_stop', 'turn_end'], 'ended 260 ms into the silence');
    run(true, 20);
    turn.endSoon(250);
    run(false, 5);
    run(true, 5);
    assert.deepEqual(run(false, 14), ['vad_stop'], 'the caller went on: 600 ms again');
  });
});
