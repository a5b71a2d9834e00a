// A booking's summary read again after a correction on a call (issue 13, round 5): the new version, with the
// question in the same sentence, not «Давайте проверим … Всё верно?» word for word once more.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AssembledRuntime } from '../../src/runtime/create-runtime.ts';
import { type HotelRuntime, hotelRuntime } from '../helpers/hotel-runtime.ts';

let assistant: HotelRuntime;
let runtime: AssembledRuntime;

before(async () => {
  assistant = await hotelRuntime('summary-again');
  runtime = assistant.runtime;
});

after(() => assistant.close());

describe('the summary read again', { timeout: 120_000 }, () => {
  it('after a correction is the new version in one sentence with its question, and a «да» books', async () => {
    const say = async (text: string) =>
      (await runtime.handleMessage({ sender: 'summary-1', text, channel: 'twilio_media_streams', metadata: {} })).map((m) => m.text ?? '').join(' ');
    await say('мне номер стандарт с седьмого по девятое января');
    await say('будем вдвоём с мужем');
    await say('записывайте оксана лаврова');
    const first = await say('восемь девятьсот двенадцать триста сорок пять шестьдесят семь восемьдесят девять');
    assert.match(first, /^Давайте проверим: .*на имя Оксаны Лавровой.*\. Всё верно\?$/);
    const again = await say('фамилию не так записали, правильно оксана лаврентьева');
    assert.match(again, /^Хорошо, исправила\. Теперь так: «Стандарт», .*на имя Оксаны Лаврентьевой, телефон .*, стоимость .* — верно\?$/);
    assert.doesNotMatch(again, /Давайте проверим|Всё верно/);
    assert.match(await say('да теперь верно'), /^Готово, номер забронирован/);
  });
});
