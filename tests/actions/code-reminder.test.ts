// The reminder's actions alone (actions/code-reminder.ts): which way the codes would go by the channels that are on,
// nothing offered without a channel or a store that queues, the phone said with «не помню код» kept, the same answer
// whether or not the phone has a booking, and «на этот номер» in a chat (no caller ID) never sends anything.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCodeReminder, sendCodeReminder } from '../../actions/code-reminder.ts';
import type { Pms } from '../../src/hotel/types.ts';
import { hasOutbox, type NotifyChannels } from '../../src/notify/types.ts';
import { SqliteHotelStore } from '../../src/stores/hotel-sqlite.ts';
import { call, hotel, now, slotsOf, textOf, userEvent } from './helpers.ts';

const sms: NotifyChannels = { sms: true, email: false };

function withChannels(notify: NotifyChannels | null, pms: Pms = new SqliteHotelStore(':memory:', { hotel, now, notify: notify ?? undefined })) {
  return { now, hotel, pms, notify };
}

function said(text: string, slots: Record<string, string | null> = {}) {
  return call('action_send_code_reminder', slots, { latest_message: { text }, events: [userEvent(text, 1000)], latest_input_channel: 'rest' });
}

describe('the booking-code reminder actions', () => {
  it('offer it only with a channel on and a store that queues it', () => {
    const via = (notify: NotifyChannels | null, pms?: Pms) => slotsOf(checkCodeReminder(said('не помню код'), withChannels(notify, pms)))['code_reminder_via'];
    assert.equal(via(sms), 'sms');
    assert.equal(via({ sms: false, email: true }), 'email');
    assert.equal(via({ sms: true, email: true }), 'sms_email');
    assert.equal(via({ sms: false, email: false }), null);
    assert.equal(via(null), null);
    // a PMS adapter without the reminder (no outbox): reception, never a promise
    const store = new SqliteHotelStore(':memory:', { hotel, now, notify: sms });
    const adapter = Object.create(store) as Pms;
    Object.defineProperty(adapter, 'remindBookingCodes', { value: undefined });
    assert.equal(via(sms, adapter), null);
  });

  it('keeps a phone said with «не помню код» for the reminder', () => {
    const result = checkCodeReminder(said('код не помню, бронь на восемь девятьсот пять сто двадцать три сорок пять шестьдесят семь'), withChannels(sms));
    assert.equal(slotsOf(result)['code_reminder_phone'], '+79051234567');
  });

  it('answers the same with or without a booking on the phone, and never with a code', async () => {
    const services = withChannels(sms);
    const booking = await services.pms.createBooking({
      room_type: 'standard',
      check_in: '2026-12-03',
      check_out: '2026-12-05',
      adults: 1,
      children: 0,
      guest_name: 'Денис Фролов',
      phone: '+79057770011',
    });
    const answers = [];
    for (const phone of ['+7 905 777-00-11', '+7 905 777-00-12']) {
      const result = await sendCodeReminder(said(phone, { code_reminder_phone: phone }), services);
      assert.ok(!JSON.stringify(result).includes(booking.code));
      answers.push(result.responses.map((r) => r.response));
    }
    assert.deepEqual(answers[0], ['utter_code_reminder_sent']);
    assert.deepEqual(answers[0], answers[1]);
    assert.ok(hasOutbox(services.pms));
    assert.equal((await services.pms.outbox.listNotifications(booking.code)).filter((m) => m.event === 'reminder').length, 1);
  });

  it('sends nothing for «на этот номер» in a chat, and asks for the number', async () => {
    const services = withChannels(sms);
    const result = await sendCodeReminder(said('на этот номер', { code_reminder_phone: 'на этот номер' }), services);
    assert.match(textOf(result), /не виден/);
    assert.equal(slotsOf(result)['code_reminder_status'], 'need_phone');
    assert.equal(slotsOf(result)['code_reminder_phone'], null);
  });
});
