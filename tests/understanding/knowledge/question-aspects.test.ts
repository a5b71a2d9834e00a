// Issue 12, kinds F–I on the question side: a fact found by its object or a synonym, the aspect asked (hours for
// a given day, a condition, a yes/no on the price), rooms ranked by the dimension asked, and English questions
// about what the price includes. Sentences written for these tests (recogniser style), figures from data/hotel.yml.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import { englishClosing, englishFact } from '../../../src/understanding/knowledge/english.ts';
import { answerQuestion } from '../../../src/understanding/knowledge/index.ts';
import { speaksEnglish } from '../../../src/understanding/nlu/off-path.ts';
import { PricesOnlyPms } from '../../helpers/prices-only-pms.ts';

const hotel = loadHotel('data/hotel.yml');
// these questions name no dates: the hotel system is never asked
class NoDatesPms extends PricesOnlyPms {
  quote(): never {
    throw new Error('no quote expected');
  }
  availability(): never {
    throw new Error('no availability expected');
  }
}
const ask = (q: string) => answerQuestion(q, { now: () => new Date('2026-11-24T12:00:00+03:00'), hotel, pms: new NoDatesPms() });
const fact = async (q: string) => (await ask(q)).sources;
const text = async (q: string) => (await ask(q)).text;

test('F: keys handed back are leaving, keys received are arriving; «на ресепшен» is a place, not the phone', async () => {
  assert.deepEqual(await fact('ну а ключики во сколько сдавать'), ['check_out_time']);
  assert.deepEqual(await fact('в котором часу вернуть ключ на стойку'), ['check_out_time']);
  assert.deepEqual(await fact('а ключ от номера во сколько выдадут'), ['check_in_time']);
  assert.deepEqual(await fact('как дозвониться на ресепшен'), ['phone']);
});

test('F: a fact by a synonym or a spoken spelling of its object', async () => {
  assert.deepEqual(await fact('продиктуйте имейл'), ['email']);
  assert.deepEqual(await fact('мейл для брони какой'), ['email']);
  assert.deepEqual(await fact('если откажусь от номера за день деньги вернут'), ['cancellation']);
  assert.deepEqual(await fact('люлька для младенца найдётся'), ['baby_cot']);
  assert.deepEqual(await fact('а можно ещё одно спальное место добавить'), ['extra_bed']);
  assert.deepEqual(await fact('где можно покачаться утром'), ['gym']);
  assert.deepEqual(await fact('со скольки можно занять номер'), ['check_in_time']);
});

test('the hours asked meet facts that state hours, not a word they share («в час» of the sauna price)', async () => {
  assert.deepEqual(await fact('с какого часа пускают в номер'), ['check_in_time']);
  assert.match(await text('а ужин до скольки подают'), /23:00/);
  // «во сколько» at the end asks the hours, not the price
  assert.match(await text('ресторан открывается во сколько'), /12:00/);
  assert.match(await text('завтраки во сколько'), /7:00/);
});

test('G: the hours of the day named, the condition asked, the price asked as a yes/no', async () => {
  const saturday = await text('в субботу утром завтрак до которого часа');
  assert.match(saturday, /8:00 до 12:00/);
  assert.doesNotMatch(saturday, /7:00/);
  const weekday = await text('в среду завтрак со скольки');
  assert.match(weekday, /7:00 до 11:00/);
  assert.doesNotMatch(weekday, /8:00/);
  assert.match(await text('в баню записываться надо'), /^Да,.*по записи/);
  assert.match(await text('машину ставить заранее бронировать нужно'), /^Да,.*заранее/);
  assert.match(await text('интернет у вас платный'), /^Нет,.*бесплатн/);
  assert.match(await text('спортзал бесплатный'), /^Да,/);
  // «за отдельные деньги или включён?» is about breakfast, not a room's «отдельной комнате»
  assert.deepEqual(await fact('а завтрак оплачивается отдельно или входит в цену'), ['breakfast']);
});

test('G: the usual time and the extension asked together get both', async () => {
  const out = await text('до скольки освободить номер и можно ли задержаться до вечера');
  assert.match(out, /12:00/);
  assert.match(out, /18:00/);
  const arrive = await text('со скольки заселяют и пораньше можно');
  assert.match(arrive, /14:00/);
  assert.match(arrive, /10:00/);
});

test('H: a superlative of size is capacity when people are asked, area when metres are', async () => {
  const most = hotel.room_types.reduce((a, b) => (b.max_guests > a.max_guests ? b : a));
  const widest = hotel.room_types.reduce((a, b) => ((b.area_m2 ?? 0) > (a.area_m2 ?? 0) ? b : a));
  assert.deepEqual(await fact('самый большой номер у вас сколько человек вмещает'), [`room_${most.code}`]);
  assert.deepEqual(await fact('где больше всего мест для гостей'), [`room_${most.code}`]);
  assert.deepEqual(await fact('какой номер самый вместительный у вас'), [`room_${most.code}`]);
  assert.deepEqual(await fact('максимум сколько гостей влезет в номер'), [`room_${most.code}`]);
  assert.deepEqual(await fact('какой номер самый большой по площади'), [`room_${widest.code}`]);
  assert.match(await text('самый большой номер сколько квадратных метров'), new RegExp(`${widest.area_m2} м²`));
});

test('I: an English question on inclusion is answered by what the fact says of the price', () => {
  for (const q of ['is the breakfast included in the price', 'do you charge extra for breakfast', 'is internet free', 'do i pay for parking'])
    assert.ok(speaksEnglish(q), q);
  assert.match(englishFact('is the breakfast included in the price', hotel) ?? '', /included/);
  assert.match(englishFact('do you charge extra for breakfast', hotel) ?? '', /included/);
  assert.match(englishFact('is internet free', hotel) ?? '', /free/);
  assert.match(englishFact('do i pay for parking', hotel) ?? '', /not included.*900 RUB/);
  // the thing asked about, not the time it is wanted at
  assert.match(englishFact('where can we keep the suitcases after check-out', hotel) ?? '', /luggage/i);
});

test('«не» of a modal verb negates what it governs; «вещи» are luggage only when left or kept', async () => {
  assert.deepEqual(await fact('а вдруг мы не сможем заехать, деньги пропадут'), ['cancellation']);
  assert.equal((await fact('если не успеем приехать что с оплатой'))[0], 'cancellation');
  assert.deepEqual(await fact('погладить вещи можно у вас'), ['laundry']);
  assert.deepEqual(await fact('куда сдать вещи до поезда'), ['luggage']);
});

test('kind 12: no false «да» — an alternative question, a way of paying the hotel lacks, a fact met only by its wording', async () => {
  assert.doesNotMatch(await text('завтрак входит или платить отдельно'), /^(Да|Нет),/);
  assert.match(await text('в евро оплатить можно'), /^Нет,.*наличн/);
  assert.match(await text('картой визой можно'), /^Да,/);
  assert.doesNotMatch(await text('оплатить можно на ресепшене'), /^Да,/);
  // «ещё один номер» shares only words with the accessible room's description
  assert.deepEqual(await fact('а можно взять ещё один номер рядом'), ['none']);
});

test('kind 13: a follow-up that changes the day, the room or the party keeps the topic asked before', async () => {
  const withHistory = (q: string, before: string) =>
    answerQuestion(q, { now: () => new Date('2026-11-24T12:00:00+03:00'), hotel, pms: new NoDatesPms() }, { history: [before] });
  assert.match((await withHistory('а по воскресеньям', 'завтрак со скольки')).text, /8:00 до 12:00/);
  assert.match((await withHistory('а в люкс', 'с котом пустите')).text, /«Люкс».*нельзя/);
  assert.deepEqual((await withHistory('а комфорт', 'почём семейный номер')).sources, ['room_comfort']);
  // «тоже» ties the follow-up to the question before, and numbers may be said as words
  assert.match((await withHistory('в субботу тоже с восьми', 'завтрак во сколько начинается')).text, /8:00 до 12:00/);
  // «номер» beside the room's name is part of the name, not a new question about the room
  assert.match((await withHistory('а в номер люкс', 'с котом пустите')).text, /«Люкс».*нельзя/);
  // a topic of its own is a new question
  assert.deepEqual((await withHistory('а парковка', 'завтрак со скольки')).sources, ['parking']);
});

test('round 1 Q1: a fact by the situation — what is needed, a guest from abroad, the city, a feature of a room', async () => {
  assert.deepEqual(await fact('а что с собой брать на заселение'), ['documents']);
  assert.deepEqual(await fact('мы граждане узбекистана что нужно'), ['documents']);
  assert.match(await text('гостиница ведь в казани'), /^Нет, мы в Санкт-Петербурге\. Наш адрес/);
  assert.match(await text('вы в спб находитесь'), /^Да, мы в Санкт-Петербурге/);
  assert.match(await text('а в комфорте диван есть'), /^Да, номер «Комфорт»/);
  assert.match(await text('в семейном бывает вид на фонтанку'), /^Нет, номер «Семейный».*Такое есть в номерах «Комфорт» и «Люкс»/);
});

test('round 1 Q2/Q4/Q5: «далеко?» answered first, two rooms compared alone, one fact asked twice said once', async () => {
  assert.match(await text('метро поблизости есть'), /^Да, рядом: до нас 7 минут пешком/);
  const two = await text('стандарт и люкс чем отличаются');
  assert.match(two, /«Стандарт».*«Люкс»/);
  assert.doesNotMatch(two, /«Комфорт»|«Семейный»|питом/);
  const once = await text('поздний выезд бывает и сколько он стоит');
  assert.equal(once.match(/18:00/g)?.length, 1, once);
});

test('kind 15: «он», «этот номер» is the room named a moment ago; «по будням» prices those nights', async () => {
  const after = (q: string, before: string) =>
    answerQuestion(q, { now: () => new Date('2026-11-24T12:00:00+03:00'), hotel, pms: new NoDatesPms() }, { history: [before] });
  const family = hotel.room_types.find((r) => r.code === 'family')!;
  assert.match(
    (await after('а сколько он стоит в будни', 'а какой у вас семейный номер')).text,
    new RegExp(`«Семейный» в будни — ${family.price_weekday.toLocaleString('ru-RU').replace(/\s/g, '.')}`),
  );
  assert.deepEqual((await after('в этом номере вид есть', 'люкс какой площади')).sources, ['room_suite']);
});

test('words whose topic comes from a neighbour or a part of the day', async () => {
  // the room handed back is leaving; «вечером» is read as the evening against the late check-out rule
  assert.match(await text('номер освободить можно ближе к вечеру'), /18:00/);
  assert.deepEqual(await fact('во сколько сдавать номер'), ['check_out_time']);
  // a car ordered is the transfer, a car parked the parking; a taxi driver told the address is the address
  assert.deepEqual(await fact('можно ли заказать машину до пулково'), ['transfer']);
  assert.deepEqual(await fact('куда машину поставить'), ['parking']);
  assert.deepEqual(await fact('какой адрес назвать таксисту'), ['address']);
  assert.deepEqual(await fact('письмо вам куда отправить'), ['email']);
  assert.deepEqual(await fact('брюки почистить сможете'), ['laundry']);
  assert.deepEqual(await fact('депозит при заселении берёте'), ['prepayment']);
});

test('kind 28: rooms asked by a feature are every room that has it; an English caller saying goodbye hears one', async () => {
  const viewed = hotel.room_types.filter((r) => r.view).map((r) => r.name);
  const view = await text('какой номер с окнами на фонтанку лучше взять');
  for (const name of viewed) assert.match(view, new RegExp(`«${name}»`));
  assert.deepEqual(await fact('а диван где есть'), ['room_comfort']);
  assert.equal(englishClosing('thanks a lot, bye'), 'Thank you for calling. Goodbye!');
  assert.equal(englishClosing('thanks, is breakfast included'), null);
  assert.ok(speaksEnglish('thank you, goodbye'));
});
