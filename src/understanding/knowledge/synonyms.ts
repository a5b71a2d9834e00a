// Words that mean the same thing to a hotel question, grouped by what they are about. A caller asks «с какого
// времени можно въезжать», the facts say «заезд», «заселение»: both carry the group term `g:arrive`, so the search
// meets them without a sentence of either side being listed anywhere. A group is a set of word roots matched
// anywhere in a word, so verb aspects and prefixes («въехать»/«въезжать», «завтракать»/«позавтракать») and nouns
// («въезд») fall in the same group. Facts take group terms from their topic words (what the fact is about,
// facts.ts) and never from their text: «оплата при заселении» is about payment, not about arriving.
import { PRICE_WORD } from '../lang-ru/price-words.ts';

const GROUPS: Record<string, RegExp> = {
  // arriving and moving in
  // «занять номер» is moving in as well
  arrive:
    /(заезд|заезж|заех|въезд|въезж|въех|засел|засе[лл]ят|вселя|всел|поселя|посел|прибыт|приезд|приезж|приех|пуска|пуст[ия]т|чекин|check-?in|^занима|^занять|^займ[уеё])/,
  // leaving and giving the room back
  leave: /(выпис|выезд|выезж|выех|высел|освобо[дж]|съезж|съех|съезд|уезж|уех|^уед|отъезд|расчетн|чекаут|check-?out|покида|покину)/,
  // «покормят утром?»: in a hotel, feeding guests is the breakfast
  breakfast: /(завтрак|^корм|^покорм|накорм)/,
  food: /(ресторан|поесть|покуша|перекус|ужин|обед|кафе|^ед[аыуе]$|^едой$|кухн)/,
  smoking: /(^кур[ияеюа]|^курю|закур|покур|курен|курит|курящ|дым|сигар|вейп|кальян)/,
  // the service («погладить», «постирать», «глажка»), never a thing to borrow: an iron or an ironing board the data
  // does not list is no yes from the laundry («утюг дадите?» is not known, reception says)
  laundry: /(стир|^(?:по|от|вы)?глаж|^(?:по|от|вы)?глад(?!ильн)|чист|прачеч)/,
  // «вещи» alone are anything («постирать вещи»); left or kept they are luggage (contextGroups)
  luggage: /(багаж|чемодан|сумк|хранени|рюкзак|пакет)/,
  parking: /(парков|паркинг|стоянк|машин|автомоб|^авто$|тачк)/,
  internet: /(вайфай|wi-?fi|интернет)/,
  gym: /(тренаж|спортзал|фитнес|качалк|^покача|^кача[тюле])/,
  // a car sent for the guest; «машина» alone is parking, a car ordered is a transfer (contextGroups)
  transfer: /(трансфер|^такси$)/,
  // «позвонить», «дозвониться», «созвониться», «телефончик»
  phone: /(телефон|звон)/,
  // the e-mail as a recogniser spells it: «емейл», «имейл», «мейл», «электронка»
  email: /(почт|^e-?mail|[еиэ]-?мейл|^мейл|^мыл[оуа]$|электронк|электронн|^пис[ьеа]м|^письм)/,
  // calling a booking off, said any way: «отказаться от брони», «аннулировать», «без потерь»
  cancel: /(отмен|отказ|аннул|неустойк|штраф|незаезд|потер)/,
  baby: /(кроватк|манеж|люльк|колыбел|младен|грудн|малыш|годовал)/,
  // a guest who needs a step-free way in
  access: /(инвалид|коляск|колясоч|маломобил|^лифт|пандус|костыл|ходунк)/,
  // one bed more: «раскладушка», «дополнительное место» (and «ещё одна кровать», see contextGroups)
  extra: /(раскладушк|раскладн|^дополнительн|^доп$)/,
  pay: /(оплат|оплач|расплат|расплач|плат[иея]|налич|карт[аоуы]|безнал|^виз[аоуы]|мастеркард|^visa$|^mastercard$)/,
  pets: /(собак|собач|кошк|кошеч|^кот(?!ор)|питом|животн|^пес$|песик|щен)/,
  // papers, and who needs more of them: a guest from abroad («я из казахстана», «гражданин беларуси»)
  documents:
    /(документ|паспорт|регистрац|миграцион|иностран|граждан|зарубеж|нерезидент|казахстан|беларус|белорус|узбекистан|таджикистан|киргиз|армени|азербайджан|грузи[ияю]|украин|молдов|туркмен)/,
  // «со скольки», «до какого часа», «в котором часу», «время»: the question asks for a time
  time: /^(время|времени|час|часа|часу|часов|скольки)$/,
};

/** The group terms of the words of a text (already normalised: lower case, «ё» as «е»). */
export function groupTerms(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) for (const [name, re] of Object.entries(GROUPS)) if (re.test(w)) out.add(`g:${name}`);
  return [...out];
}

// Words whose topic depends on the verb beside them. Keys handed back are leaving («когда сдавать ключи»), keys
// received are arriving («во сколько дадут ключи»); «ещё одна кровать» is an extra bed.
const KEYS = /^ключ/;
// the room handed back («номер сдать», «освободить номер»), never «сдаёте номера?» (renting one out)
const ROOM = /^номер/;
const ROOM_BACK = /^(сдать|сдавать|сдам|сдадим|сда[её]м|освобод|освобожд)/;
const GIVE_BACK = /^(сда[тюеёвй]|сдад|сдам|отда[тюеёвй]|отдад|отдам|верн[уёе]|возвра|оставл|остав[иь])/;
const RECEIVE = /^(получ|дад[уиё]|дадут|дать|выда|забра|забер|возьм|вруч)/;
const ONE_MORE = /^(еще|ещ[её])$/;
// «машину заказать в аэропорт», «вызвать такси»: a car sent, not parked
const CAR = /^(машин|автомоб)/;
const ORDER = /^(заказ|вызв|вызыв|отвез|отвоз|довез|подад|подать|подач)/;
// «машина из аэропорта», «встретить на вокзале»: a car or a meeting at the station is the transfer; «на машине» (how
// one travels, the directions) is not the car as a thing
const CAR_THING = /^(машин[аую]|машинк[аиу]|автомобил[ья]?)$/;
const MEET = /^(встрет|встреч|забер|забра|подвез|подвоз|довез|довоз|отвез|отвоз)/;
const STATION = /^(аэропорт|вокзал|пулков)/;
const THINGS = /^вещ[иейамх]*$/;
// «расчётный час» is the check-out time by itself, but «расчётный час заезда» asks the hour of arriving: beside a word
// of arriving or leaving it only says that an hour is asked
const SETTLING = /^расчетн/;
// «зарядка для телефона», «телефон разрядился»: the guest's own phone, a device, never the hotel's number to call
const PHONE = /^телефон/;
const FOR_DEVICE = /^(для|от)$/;
const CHARGE = /^(заряд|разряд|подзаряд|сел$|села$|садится$)/;
const KEEP = /^(остав|хран|сдат|сда[тм]|полож|брос|закин|кину|деть|дева)/;
// «поздно выехать», «выезд попозже», «задержаться в день отъезда»: lateness beside leaving is the late check-out, not
// the usual hour of leaving; earliness beside arriving («рано заселиться») is the early check-in
const LATE = /^(поздн|позже|попозже|позднее|подольше|задерж)/;
const EARLY = /^(рано|ранн|раньше|пораньше|ранее)/;

/** Group terms that a word takes from its neighbours, by the word's position in `words`; `g:own` marks a thing of
 * the guest's own that says nothing about the hotel's facts. */
export function contextGroups(words: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (i: number, g: string) => out.set(i, [...(out.get(i) ?? []), g]);
  words.forEach((w, i) => {
    if (KEYS.test(w)) {
      if (words.some((v) => GIVE_BACK.test(v))) add(i, 'g:leave');
      else if (words.some((v) => RECEIVE.test(v))) add(i, 'g:arrive');
    }
    if (THINGS.test(w) && words.some((v) => KEEP.test(v))) add(i, 'g:luggage');
    // «нас четверо с багажом, трансфер увезёт?»: the bags one travels with are the party's, not the storage asked about
    if (/^(?:с|со)$/.test(words[i - 1] ?? '') && GROUPS['luggage']!.test(w) && words.some((v) => GROUPS['transfer']!.test(v))) add(i, 'g:own');
    if (PHONE.test(w) && (FOR_DEVICE.test(words[i - 1] ?? '') || words.some((v) => CHARGE.test(v)))) add(i, 'g:own');
    if (SETTLING.test(w) && words.some((v, j) => j !== i && (GROUPS['arrive']!.test(v) || GROUPS['leave']!.test(v)))) add(i, 'g:time');
    if (ROOM.test(w) && words.some((v) => ROOM_BACK.test(v))) add(i, 'g:leave');
    if (LATE.test(w) && words.some((v, j) => j !== i && GROUPS['leave']!.test(v))) add(i, 'g:late');
    if (EARLY.test(w) && words.some((v, j) => j !== i && GROUPS['arrive']!.test(v))) add(i, 'g:early');
    if (CAR.test(w) && words.some((v) => ORDER.test(v))) add(i, 'g:transfer');
    if (STATION.test(w) && words.some((v) => CAR_THING.test(v) || MEET.test(v))) add(i, 'g:transfer');
    if (CAR_THING.test(w) && words.some((v) => STATION.test(v))) add(i, 'g:transfer');
    // «ещё одну кровать», «ещё одно место»: the bed or place is an extra one
    if (ONE_MORE.test(words[i - 2] ?? '') && /^одн/.test(words[i - 1] ?? '') && /^(кроват|мест|спальн|раскла)/.test(w)) add(i, 'g:extra');
  });
  return out;
}

// The aspect a question asks for (its hours) rather than its topic: such words meet facts that state a time, not
// facts that happen to contain the word («с которого часа заезд» is no question about the sauna's price «в час»).
const TIME_ASPECT_WORD = /^(время|времени|час|часа|часу|часов|скольки|когда|момент)$/;
// the price asked («в цене», «сколько стоит», «за отдельные деньги»), met by facts that state a price or what it
// includes; «оплата», «платить» are topics of their own (how to pay, prepayment)
// (the price words of lang-ru/price-words.ts, and the money a fact says is paid: «деньги», «плата», «платный»)
const MONEY_ASPECT_WORD = /^(деньги|денег|деньгах|плата|плату|платн\S*)$/;
const isPriceAspectWord = (word: string): boolean => PRICE_WORD.test(word) || MONEY_ASPECT_WORD.test(word);

// what is needed («что нужно для заселения», «что взять с собой»), met by facts that state a requirement
// «что спросят при заселении», «что попросят показать»: what the hotel will ask for is what is needed
const NEED_ASPECT_WORD = /^(нужно|нужен|нужна|нужны|надо|требуется|требуются|необходимо|собой|спросят|попросят|потребуют|требуют|предъявить|предъявлять)$/;

/** The aspect term a word asks for (`g:time`, `g:price`, `g:need`), or null for a word about a topic. */
export function aspectTerm(word: string): string | null {
  return TIME_ASPECT_WORD.test(word) ? 'g:time' : isPriceAspectWord(word) ? 'g:price' : NEED_ASPECT_WORD.test(word) ? 'g:need' : null;
}

const MOMENT = /(?<![а-яё])(?:при (?:заселении|заезде|выезде|регистрации)|заранее|в день (?:заезда|выезда)|сразу)(?![а-яё])/i;

/** The aspect terms a fact answers: hours stated, a price (or what the price includes), a requirement. */
export function factAspects(text: string): string[] {
  return [
    // hours, or the moment something is done («оплата при заселении», «бронировать заранее»): «когда платить?» is
    // answered by when, not by how
    ...(/\d{1,2}:\d{2}/.test(text) || MOMENT.test(text) ? ['g:time'] : []),
    ...(/\d\s*(?:рубл|₽|%)|стоимост|бесплатн|платн/i.test(text) ? ['g:price'] : []),
    ...(/(?<![а-яё])(?:нужн\S*|нужен|требу\S*|необходим\S*)/i.test(text) && !/не требу/i.test(text) ? ['g:need'] : []),
  ];
}
