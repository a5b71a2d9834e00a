// The spoken form a caller hears: figures in words, in the case the preposition asks for.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { BotVoice } from '../../../src/voice/call/bot-voice.ts';
import { PacedPlayer } from '../../../src/voice/call/player.ts';
import { cardinal, dayOrdinal, spokenRussian } from '../../../src/voice/tts/spoken-ru.ts';
import type { SpeechSynthesizer } from '../../../src/voice/tts/types.ts';

describe('spoken Russian', () => {
  it('says a stay with ordinal days: genitive after «с», accusative after «по» and «на»', () => {
    assert.equal(spokenRussian('с 27 по 29 ноября'), 'с двадцать седьмого по двадцать девятое ноября');
    assert.equal(spokenRussian('с 30 декабря по 2 января'), 'с тридцатого декабря по второе января');
    assert.equal(spokenRussian('на 5 декабря'), 'на пятое декабря');
    assert.equal(spokenRussian('Хорошо, заезд 11 декабря.'), 'Хорошо, заезд одиннадцатого декабря.');
    assert.equal(spokenRussian('с 3 по 6 января 2027 года'), 'с третьего по шестое января две тысячи двадцать седьмого года');
    // one night, as people say it
    assert.equal(spokenRussian('«Люкс» с 18 на 19 декабря'), 'Люкс с восемнадцатого на девятнадцатое декабря');
    assert.equal(spokenRussian('с 31 декабря на 1 января'), 'с тридцать первого декабря на первое января');
  });

  it('says times of day the way a receptionist does', () => {
    assert.equal(spokenRussian('Заезд с 14:00.'), 'Заезд с двух часов дня.');
    assert.equal(spokenRussian('Выезд до 12:00.'), 'Выезд до двенадцати часов дня.');
    assert.equal(spokenRussian('по будням с 7:00 до 11:00'), 'по будням с семи до одиннадцати утра');
    assert.equal(spokenRussian('с 12:00 до 23:00'), 'с двенадцати дня до одиннадцати вечера');
    assert.equal(spokenRussian('в 14:30'), 'в четырнадцать тридцать');
  });

  it('says prices, counts and units agreeing with the noun and the preposition', () => {
    assert.equal(spokenRussian('36 000 рублей'), 'тридцать шесть тысяч рублей');
    assert.equal(spokenRussian('2 ночи, 2 взрослых'), 'две ночи, двое взрослых');
    assert.equal(spokenRussian('ранний заезд за 50% стоимости ночи'), 'ранний заезд за половину стоимости ночи');
    assert.equal(spokenRussian('до 2 гостей, 45 м²'), 'до двух гостей, сорок пять квадратных метров');
    assert.equal(spokenRussian('за 50% стоимости'), 'за половину стоимости');
    assert.equal(spokenRussian('около 40 минут'), 'около сорока минут');
    assert.equal(spokenRussian('21 ночь'), 'двадцать одна ночь');
  });

  it('agrees a figure in case and gender with the preposition before it and the noun after it', () => {
    // accusative after «за», «на», «через»; a living being as in the genitive
    assert.equal(spokenRussian('Стандарт — 6 500 рублей за 1 ночь.'), 'Стандарт — шесть тысяч пятьсот рублей за одну ночь.');
    assert.equal(spokenRussian('номер на 1 человека'), 'номер на одного человека');
    assert.equal(spokenRussian('на 21 ночь'), 'на двадцать одну ночь');
    assert.equal(spokenRussian('через 1 час'), 'через один час');
    // genitive after «до», «для», «от»; feminine and masculine nouns
    assert.equal(spokenRussian('трансфер до 3 пассажиров'), 'трансфер до трёх пассажиров');
    assert.equal(spokenRussian('номер до 4 гостей'), 'номер до четырёх гостей');
    assert.equal(spokenRussian('для 1 гостьи'), 'для одной гостьи');
    // the noun's own ending: instrumental, prepositional, dative
    assert.equal(spokenRussian('с 2 взрослыми и 1 ребёнком'), 'с двумя взрослыми и одним ребёнком');
    assert.equal(spokenRussian('с 1 собакой'), 'с одной собакой');
    assert.equal(spokenRussian('в 1 номере'), 'в одном номере');
    assert.equal(spokenRussian('в 3 номерах'), 'в трёх номерах');
    assert.equal(spokenRussian('к 2 часам'), 'к двум часам');
    // «с» with a genitive noun stays genitive; a thousand is said without «одна»
    assert.equal(spokenRussian('с 3 лет'), 'с трёх лет');
    assert.equal(spokenRussian('от 1 000 рублей'), 'от тысячи рублей');
    assert.equal(spokenRussian('1 200 рублей'), 'тысяча двести рублей');
    assert.equal(spokenRussian('по 1 000 рублей с гостя'), 'по тысяче рублей с гостя');
    assert.equal(spokenRussian('1 место'), 'одно место');
  });

  it('reads a phone number in groups and names Latin brands in Russian', () => {
    assert.equal(spokenRussian('+7 812 555-01-48'), 'плюс семь, восемьсот двенадцать, пятьсот пятьдесят пять, ноль один, сорок восемь');
    assert.equal(spokenRussian('+79001234567'), 'плюс семь, девятьсот, сто двадцать три, сорок пять, шестьдесят семь');
    assert.equal(spokenRussian('карты «Мир», Visa, СБП; Wi-Fi'), 'карты Мир, виза, эс-бэ-пэ; вай-фай');
  });

  it('leaves text without figures as it is, and numbers in words for any size', () => {
    assert.equal(spokenRussian('Какой номер вам подойдёт?'), 'Какой номер вам подойдёт?');
    assert.equal(cardinal(2, 'genitive'), 'двух');
    assert.equal(cardinal(21, 'nominative', 1), 'двадцать одна');
    assert.equal(dayOrdinal(23, 'genitive'), 'двадцать третьего');
  });
});

describe('bot voice', () => {
  it('synthesises the spoken form and keeps the written text in the ledger', async () => {
    const asked: string[] = [];
    const synthesizer: SpeechSynthesizer = {
      name: 'recording',
      async *synthesize({ text }) {
        asked.push(text);
        yield new Uint8Array(160);
      },
    };
    const player = new PacedPlayer({ media: () => undefined, mark: () => undefined, clear: () => undefined }, { leadMs: 300, timeScale: 1, now: () => 0 });
    const voice = new BotVoice(synthesizer, player, pino({ level: 'silent' }));
    await voice.say([{ text: 'Заезд с 14:00.', interruptible: true }]);
    assert.deepEqual(asked, ['Заезд с двух часов дня.']);
    assert.deepEqual(
      voice.stop().resume.map((s) => s.text),
      ['Заезд с 14:00.'],
    );
    voice.close();
  });
});

describe('a sentence begun with figures', () => {
  it('begins with a capital as words', () => {
    assert.equal(spokenRussian('1500 рублей за вечер.'), 'Тысяча пятьсот рублей за вечер.');
    assert.equal(spokenRussian('Да, есть. 300 рублей в день.'), 'Да, есть. Триста рублей в день.');
    // a fragment is left as it is
    assert.equal(spokenRussian('300 рублей'), 'триста рублей');
  });
});
