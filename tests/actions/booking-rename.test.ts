// The guest's name written wrong in the booking just made: the caller's correction changes that booking (the booking
// made in this conversation is its own proof), a part said alone corrects only that part. Sentences written for this test.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hotelActions } from '../../actions/index.ts';
import { InProcessActions } from '../../src/engine/executor/action-registry.ts';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';
import { call, services, slotsOf, textOf } from './helpers.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('rename');
  runtime = assistant.runtime;
});

after(() => assistant.close());

async function say(sender: string, text: string): Promise<string> {
  const messages = await runtime.handleMessage({ sender, text, channel: 'rest' });
  return messages.map((m) => m.text ?? '').join('\n');
}

// the stay asked for; the room offered with its price is agreed to when it is offered
async function start(sender: string): Promise<void> {
  const offer = await say(sender, 'добрый день нужен стандарт с седьмого по девятое декабря для одного человека');
  if (/Бронируем его\?$/.test(offer)) await say(sender, 'да давайте');
}

async function bookAs(sender: string, name: string): Promise<string> {
  await start(sender);
  await say(sender, name);
  await say(sender, 'плюс семь девятьсот двадцать пять четыреста один двадцать два тридцать три');
  const done = await say(sender, 'да всё так');
  const code = /Код вашей брони: (\S+?)\./.exec(done)?.[1];
  assert.ok(code, done);
  return code;
}

const nameOf = async (code: string) => (await runtime.pms!.findBookings({ code }))[0]?.guest_name;

describe('the name in the booking just made', { timeout: 120_000 }, () => {
  it('is corrected in one breath: the surname said, the first name kept', async () => {
    const code = await bookAs('rn-1', 'тимофей граненков');
    const reply = await say('rn-1', 'слушайте а фамилию неправильно записали правильно гранников');
    assert.match(reply, /^Хорошо, исправила: бронь на имя Тимофея Гранникова\./);
    assert.equal(await nameOf(code), 'Тимофей Гранников');
  });

  it('is asked for when the caller says only that it is wrong', async () => {
    const code = await bookAs('rn-2', 'тимофей граненков');
    assert.match(await say('rn-2', 'ой девушка вы имя не то записали'), /^Как правильно записать имя и фамилию\?/);
    assert.match(await say('rn-2', 'трофим'), /Трофима Граненкова/);
    assert.equal(await nameOf(code), 'Трофим Граненков');
  });
});

describe('the name at the summary of the booking being made', { timeout: 120_000 }, () => {
  it('asked again after «имя»: a surname said alone keeps the first name', async () => {
    const sender = 'rn-3';
    await start(sender);
    await say(sender, 'вероника стрельникова');
    await say(sender, 'плюс семь девятьсот двадцать пять четыреста один двадцать два тридцать четыре');
    await say(sender, 'нет не всё');
    assert.match(await say(sender, 'имя'), /Как правильно записать имя и фамилию\?/);
    assert.match(await say(sender, 'стрельченко'), /на имя Вероники Стрельченко/);
    // asked again a second time, the whole name said replaces the whole
    await say(sender, 'нет');
    await say(sender, 'фамилию');
    assert.match(await say(sender, 'алла стрельченко'), /на имя Аллы Стрельченко/);
  });
});

describe('action_rename_booking', () => {
  it('touches only the booking proven here, and leaves the stay and its price as booked', async () => {
    const s = services();
    const actions = new InProcessActions(hotelActions(), s);
    const b = await s.pms.createBooking({
      room_type: 'comfort',
      check_in: '2026-12-14',
      check_out: '2026-12-16',
      adults: 2,
      children: 0,
      guest_name: 'Зоя Мальцева',
      phone: '+79000000071',
    });
    const unproven = await actions.run('action_rename_booking', call('action_rename_booking', { renamed_guest_name: 'Мальцевская' }));
    assert.match(textOf(unproven), /администратор/);
    const renamed = await actions.run(
      'action_rename_booking',
      call('action_rename_booking', { verified_booking_code: b.code, renamed_guest_name: 'мальцевская' }),
    );
    assert.equal(slotsOf(renamed)['guest_name'], 'Зоя Мальцевская');
    const [now] = await s.pms.findBookings({ code: b.code });
    assert.deepEqual([now?.guest_name, now?.total_price, now?.check_in], ['Зоя Мальцевская', b.total_price, b.check_in]);
  });
});
