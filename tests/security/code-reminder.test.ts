// The booking-code reminder through the whole assistant (docs/security.md, docs/notifications.md): a guest without
// the code is offered to have it sent to the booking's own contact; the codes are queued only to the phone named
// and the e-mail of each booking on it, never said; the answer is the same whether or not a booking exists; three a
// day per phone; each request counts against the caller; with no channel on nothing is promised and reception is
// the way, and a phone said after that is answered, never «не совсем понятно».
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { voiceCallerMetadata } from '../../src/channels/caller-id-proof.ts';
import type { Booking } from '../../src/hotel/types.ts';
import { hasOutbox, type OutboxMessage } from '../../src/notify/types.ts';
import { hotelAssistant } from './hotel-assistant.ts';

const CHANNELS = {
  TWILIO_ACCOUNT_SID: 'ACreminder',
  TWILIO_AUTH_TOKEN: 'reminder-token',
  TWILIO_SMS_FROM: '+78120000001',
  SMTP_URL: 'smtp://127.0.0.1:9',
  SMTP_FROM: 'hotel@example.org',
};

let hotel: Awaited<ReturnType<typeof hotelAssistant>>;
let quiet: Awaited<ReturnType<typeof hotelAssistant>>;
let guest: Booking;
let neighbour: Booking;
let ips = 0;

before(async () => {
  hotel = await hotelAssistant(CHANNELS);
  quiet = await hotelAssistant();
  guest = await hotel.book({ phone: '+79265550101', email: 'guest@example.org', guest_name: 'Марина Лебедева' });
  neighbour = await hotel.book({ phone: '+79265550202', email: 'neighbour@example.org', guest_name: 'Олег Гусев' });
});

after(async () => {
  await hotel.close();
  await quiet.close();
});

/** A new conversation from its own address, so the attempts of one test never lock another's. */
function conversation(assistant = hotel) {
  ips++;
  const sender = `remind-${ips}`;
  const ip = `203.0.113.${ips}`;
  return (text: string) => assistant.say(sender, text, { ip });
}

async function reminders(...bookings: Booking[]): Promise<OutboxMessage[]> {
  const pms = hotel.pms;
  assert.ok(hasOutbox(pms));
  const all = await Promise.all(bookings.map((b) => pms.outbox.listNotifications(b.code)));
  return all.flat().filter((m) => m.event === 'reminder');
}

const OFFER = /Могу отправить код брони SMS на номер, на который она оформлена\. Если бронь на этот номер есть, код придёт в сообщении\. Отправить\?$/;

describe('the booking-code reminder', { timeout: 180_000 }, () => {
  it('is offered to a caller without the code, and the code goes only to the booking’s own phone and e-mail', async () => {
    for (const [request, lost] of [
      ['добрый вечер, надо отменить бронирование', 'код не помню, если честно'],
      ['хочу перенести даты брони', 'у меня нет кода'],
      ['подскажите по моей брони', 'кода у меня нет, я его потеряла'],
    ] as const) {
      const say = conversation();
      await say(request);
      const offer = await say(lost);
      assert.match(offer, /^Без кода найти бронь не получится\./, lost);
      assert.match(offer, OFFER, lost);
    }
    const say = conversation();
    await say('мне нужно отменить бронь');
    await say('а код я забыла');
    assert.match(await say('да, отправьте'), /номер телефона, на который оформлена бронь/);
    const sent = await say('восемь девятьсот двадцать шесть пятьсот пятьдесят пять ноль один ноль один');
    assert.match(sent, /^Готово\. Если на номер \+7 926 555-01-01 оформлена бронь, код придёт в SMS/);
    assert.ok(!sent.includes(guest.code) && !sent.includes(guest.code.slice(0, 3)), sent);
    assert.deepEqual((await reminders(guest, neighbour)).map((m) => `${m.booking_code}:${m.channel}:${m.recipient}`).sort(), [
      `${guest.code}:email:guest@example.org`,
      `${guest.code}:sms:+79265550101`,
    ]);
  });

  it('answers the same whether or not the phone has a booking, and queues nothing for a phone without one', async () => {
    const before = (await reminders(guest, neighbour)).length;
    const replies: string[] = [];
    for (const phone of ['89265550202', '89265550909']) {
      const say = conversation();
      await say('хочу поменять бронь');
      await say('нет кода');
      await say('да');
      replies.push((await say(phone)).replace(/\+7 926 555-0\d-0\d/, 'НОМЕР'));
    }
    assert.equal(replies[0], replies[1]);
    const now = await reminders(guest, neighbour);
    assert.equal(now.length, before + 2, 'the neighbour’s booking got its SMS and e-mail; the unknown number nothing');
    assert.deepEqual(
      now.slice(before).map((m) => m.recipient),
      ['+79265550202', 'neighbour@example.org'],
    );
  });

  it('takes a phone said instead of «да» to the offer as the yes', async () => {
    for (const phone of ['на номер восемь девятьсот шестнадцать семьсот семьдесят семь двенадцать тридцать четыре', '+7 916 777-12-35']) {
      const say = conversation();
      await say('отмените мою бронь пожалуйста');
      assert.match(await say('не помню я никакого кода'), OFFER);
      const reply = await say(phone);
      assert.match(reply, /^Готово\. Если на номер \+7 916 777-12-3[45] оформлена бронь/, phone);
      assert.doesNotMatch(reply, /не совсем понятно/);
    }
  });

  it('takes the verb of sending said back as the yes, and a surname as no phone: the phone is asked, nothing sent', async () => {
    for (const agreed of ['высылайте', 'ну пришлите, да']) {
      const say = conversation();
      await say('хочу изменить бронирование');
      await say('кода нет');
      assert.match(await say(agreed), /^Назовите, пожалуйста, номер телефона, на который оформлена бронь\.$/, agreed);
    }
    const before = (await reminders(guest, neighbour)).length;
    for (const surname of ['бронировали на Лебедеву', 'фамилия Гусев']) {
      const say = conversation();
      await say('хочу изменить бронирование');
      await say('кода нет');
      const reply = await say(surname);
      assert.match(reply, /Код могу отправить только на телефон, на который оформлена бронь\.\nНазовите, пожалуйста, номер телефона/, surname);
    }
    assert.equal((await reminders(guest, neighbour)).length, before);
  });

  it('finds the booking by the code from the message, the phone it went to being its proof', async () => {
    const say = conversation();
    await say('хочу узнать детали брони');
    await say('код не сохранила');
    await say('да');
    await say('8 926 555 01 01');
    assert.match(await say(`пришло, вот код ${guest.code}`), /Нашла бронь/);
  });

  it('sends at most three a day to one phone, whoever asks', async () => {
    const phone = '+79035550707';
    const answers: string[] = [];
    for (let i = 0; i < 4; i++) {
      const say = conversation();
      await say('отменить бронь');
      await say('код потерял');
      await say('да');
      answers.push(await say(phone));
    }
    assert.ok(answers.slice(0, 3).every((a) => /^Готово/.test(a)));
    assert.match(answers[3]!, /уже отправляли несколько раз, больше отправить не могу\. Администратор поможет по телефону \+7 812 555-01-48/);
  });

  it('counts each request against the caller, so one sending to number after number is locked like a guesser', async () => {
    ips++;
    const ip = `203.0.113.${ips}`;
    for (let i = 0; i < 5; i++) {
      const sender = `spray-${i}`;
      await hotel.say(sender, 'хочу отменить бронь', { ip });
      await hotel.say(sender, 'кода нет', { ip });
      await hotel.say(sender, 'да', { ip });
      await hotel.say(sender, `+7916444000${i}`, { ip });
    }
    // the guest's own code and phone, from that address: refused while it is locked
    const lookup = [await hotel.say('spray-last', 'хочу найти бронь', { ip })];
    if (!/Слишком много/.test(lookup[0]!)) lookup.push(await hotel.say('spray-last', `${guest.code}, телефон +79265550101`, { ip }));
    assert.match(lookup.join('\n'), /Слишком много неудачных попыток/);
    assert.doesNotMatch(lookup.join('\n'), /Нашла/);
  });

  it('on a call takes «на этот номер» as the caller ID the network gave', async () => {
    const from = '+79265550303';
    const own = await hotel.book({ phone: from, guest_name: 'Вера Белова' });
    const sender = 'CA-reminder-call';
    const say = async (text: string) =>
      (await hotel.runtime.handleMessage({ sender, text, channel: 'twilio_media_streams', metadata: voiceCallerMetadata(sender, from) }))
        .map((m) => m.text ?? '')
        .join('\n');
    assert.match(await say('алло, вышлите, пожалуйста, ещё раз смс с подтверждением брони'), OFFER);
    assert.match(await say('да'), /или скажите «на этот номер», если звоните с него/);
    const reply = await say('на этот номер');
    assert.match(reply, /^Готово/);
    assert.ok(!reply.includes(own.code));
    assert.deepEqual(
      (await reminders(own)).map((m) => `${m.channel}:${m.recipient}`),
      [`sms:${from}`],
    );
  });

  it('answers «пришлите подтверждение ещё раз» with the same offer', async () => {
    for (const request of ['можете продублировать подтверждение брони?', 'пришлите ещё раз смс с бронью']) {
      const say = conversation();
      assert.match(await say(request), OFFER, request);
    }
  });
});

describe('with no SMS or e-mail configured', { timeout: 120_000 }, () => {
  it('promises no message: reception is the way, and a phone said next is answered', async () => {
    for (const phone of ['восемь девятьсот двадцать шесть пятьсот пятьдесят пять ноль один ноль один', 'телефон брони 89265550101']) {
      const say = conversation(quiet);
      await say('нужно отменить бронь');
      const refused = await say('код не помню');
      assert.match(refused, /Без кода найти бронь не получится.*администратор/);
      assert.doesNotMatch(refused, /отправ|SMS на номер|придёт/);
      const next = await say(phone);
      assert.doesNotMatch(next, /не совсем понятно|Повторите/, phone);
      assert.match(next, /Без кода бронь, к сожалению, не найду\. Администратор поможет по телефону \+7 812 555-01-48/, phone);
    }
  });

  it('answers «пришлите подтверждение ещё раз» as before', async () => {
    const say = conversation(quiet);
    const reply = await say('можете продублировать подтверждение брони?');
    assert.match(reply, /Отправить подтверждение ещё раз я не могу/);
    assert.doesNotMatch(reply, /Могу отправить/);
  });
});
