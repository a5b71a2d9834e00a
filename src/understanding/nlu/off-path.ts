// Callers off the happy path (issue 12, kind 10): a caller speaking English, a complaint or a rude word, a
// refusal to give a phone number, and a «да» to the assistant's own offer to put them through to reception.
// These are decided by their shape before the intent model: a classifier trained on bookings and questions
// reads them as anything else.
import type { Command } from '../../engine/commands.ts';
import type { Flow } from '../../engine/flows/types.ts';
import { extractBookingCode } from '../lang-ru/contacts.ts';
import { extractPhone, phoneFromParts, phonePart } from '../lang-ru/phones.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { UnderstandingContext } from '../types.ts';
import type { BookingVocabulary } from './booking-vocabulary.ts';
import { asksWhoAnswered, checksLine, holdsTheLine } from './control-cues.ts';
import { asksGroupBooking } from './group-request.ts';
import { asksForPerson } from './person-asked.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';
// something in the room or the service is wrong, or the caller is upset
const COMPLAINT = new RegExp(
  `${L}(?:не работа\\S*|еле (?:тепл|греет|ид[её]т|работа|дыш)\\S*|не включа\\S*|не греет|не грее\\S*|не идет вода|нет (?:горячей |холодной )?воды|сломал\\S*|сломан\\S*|грязн\\S*|не убра\\S*|не убир\\S*|воня\\S*|плесен\\S*|тарака\\S*|клоп\\S*|теч(?:ет|ь)|протека\\S*|шумн\\S*|шумят|жалоб\\S*|пожаловаться|претензи\\S*|недовол\\S*|безобраз\\S*|издева\\S*|возмутительн\\S*|отвратительн\\S*|ужасн\\S*|кошмар\\S*|хамств\\S*|нахамил\\S*|хамят|обманул\\S*|обман${R}|разочарова\\S*|жаловаться|нажалуюсь|испортил\\S*|не соответству\\S*|списал\\S* (?:\\S+ )?(?:дважды|два раза|лишн\\S*|деньги)|не вернул\\S* (?:\\S+ )?деньг\\S*|соседи (?:\\S+ )?(?:курят|шумят|орут|кричат|мешают|дерутся)|дым\\S* (?:в|из) (?:номер|комнат|коридор|окн|ванн)\\S*|(?:в )?(?:номер|комнату) (?:\\S+ )?дым\\S*|(?:воняет|пахнет|несет) (?:дымом|табаком|куревом|канализаци\\S*|сигарет\\S*))${R}`,
);
// (rude without a swear word: «слышь», «железяка», «ты тупишь», «вы издеваетесь», «ты меня достала»)
// what the staff did not do: «полотенца не меняют», «никто не пришёл», «трубку не берут», «так и не починили»
const NOT_DONE = new RegExp(
  `${L}(?:никто (?:так и )?не\\s+\\S+|(?:так и |до сих пор |опять |снова |вс[её] ещ[её] )?не (?:меняют|поменял\\S*|сменил\\S*|принесл\\S*|принес(?:ли)?|приносят|убрал\\S*|убирают|пришел|пришла|пришли|приходят|приходит|отвечает|отвечают|берут трубку|взяли трубку|починил\\S*|чинят|сделал\\S*|делают|выдал\\S*|дали|вернул\\S*|заселяют|предупредил\\S*|перезвонил\\S*|открыва\\S*|закрыва\\S*|смыва\\S*|горит|ловит|подключа\\S*))${R}`,
);
// how the room is, said of the caller's own room or with how long it has lasted: «у меня в номере холодно»,
// «третий день батареи еле тёплые» (a question about the rooms, «в номерах не холодно?», is no complaint)
const CONDITION = new RegExp(
  `${L}(?:холодно|холодина|жарко|душно|сыро|чуть тепл\\S*|ледян\\S*|пахнет|запах\\S*|вонь|мусор\\S*|пятн(?:о|а|ами)|волосы|нет (?:света|отопления|полотенец|бумаги|мыла)|свет не\\s+\\S+|громко|шум${R}|шумно|дует|сквозняк\\S*|капает)${R}`,
);
const OWN_STAY = new RegExp(
  `${L}(?:у (?:меня|нас)|в (?:моем|нашем|мо[её]м) номере|мы (?:тут |здесь )?(?:живем|заселились|остановились)|я (?:тут |здесь )?(?:живу|заселил\\S*|остановил\\S*)|(?:втор|трет|четверт|пят|котор)\\S* (?:день|час|раз|ночь|сутки|неделю)|невозможно|невыносимо|(?:уже )?(?:час|два часа|полдня|сутки)|до сих пор|всю ночь|с утра|целый день|опять|снова)${R}`,
);
// the hotel judged as a whole: «это позор, а не гостиница», «ужас», «бардак»
const VERDICT = new RegExp(
  `${L}(?:позор\\S*|ужас|жуть|отстой\\S*|бардак|беспредел|свинарник|халтур\\S*|хуже некуда|ни к черту|никуда не годится|а не (?:гостиница|отель|сервис|обслуживание)|развод (?:какой-то|какой то|сплошной)|это развод|разводите|разводилово|надувательств\\S*|обдираловк\\S*|лохотрон\\S*)${R}`,
);
const RUDE = new RegExp(
  `${L}(?:идиот\\S*|туп(?:ая|ой|ое|ые|ых|ица|ицы|орыл\\S*)|дур(?:а|ы|ак|аки|аков|ачье)|бестолков\\S*|бесполезн\\S*|задолбал\\S*|заткнись|отвали|бред${R}|чушь|фигн\\S*|хрен\\S*|дебил\\S*|кретин\\S*|слышь|железяк\\S*|тупишь|тупите|тупит|бесишь|бесите|издеваетесь|издеваешься|(?:ты|вы) (?:что )?(?:\\S+ )?(?:глух(?:ой|ая|ие)|достал\\S*|надоел\\S*)|(?:ты|вы) вообще (?:\\S+ )?(?:умеете|умеешь|соображаете|соображаешь)|(?:ты|вы) (?:там |тут )?(?:вообще |совсем )?(?:нормальн(?:ые|ый|ая)(?= *$| (?:вообще|там|люди|или))|в своем уме|с ума сошли))${R}`,
);
// a complaint about a member of staff, not about the room or the service: «ваш администратор нахамил»
const ABOUT_STAFF = new RegExp(
  `${L}(?:администратор\\S*|админ\\S*|ресепшен\\S*|ресепшн\\S*|персонал\\S*|сотрудни\\S*|менеджер\\S*|портье|горничн\\S*|девушк\\S*|женщин\\S*|мужчин\\S*|охранник\\S*)${R}`,
);
// a question about opening hours or whether something works is no complaint: «сауна не работает по понедельникам?»,
// «а в выходные не убирают?», «а если не приду»
const ASKS = new RegExp(`${L}(?:ли|когда|во сколько|до скольки|какие дни|по каким|если|разве|в выходные|по выходным|в праздники)${R}`);
// «не хочу давать телефон», «не дам», «зачем вам мой номер», «без телефона», «у меня нет мобильного»
const REFUSES_PHONE = new RegExp(
  `${L}(?:не (?:хочу|буду|стану|могу|готов\\S*|хотел\\S* бы)(?: \\S+){0,2} (?:давать|дать|называть|назвать|говорить|сказать|сообщать|оставлять|оставить|диктовать)|не дам|не скажу|не оставлю|не назову|зачем (?:\\S+ ){0,2}(?:телефон|номер)\\S*|без (?:телефон|номер)\\S*|телефон\\S* (?:\\S+ )?обязательн\\S*|обязательн\\S* (?:\\S+ )?телефон\\S*|(?:телефон|номер)\\S*(?: \\S+){0,2} (?:не дам|не скажу|не оставлю|давать не|не буду|не хочу)|(?:давать|называть|говорить|сообщать|оставлять|диктовать) не (?:буду|хочу|стану)|не хочу$|нет (?:у меня |у нас )?(?:телефона|мобильного|сотового|номера телефона)|(?:телефона|мобильного|сотового) (?:у меня |у нас )?нет|без (?:мобильного|сотового))`,
);
// to the phone question itself, the phone as «он»: «а зачем он вам?», «это обязательно?», «а можно без него»
const REFUSES_ASKED_PHONE = new RegExp(
  `${L}(?:без (?:него|нее)${R}|^(?:а |ну |да )*(?:зачем|для чего|это обязательно|обязательно)(?: (?:он|она|оно|это|его|вам|мой|вообще|нужен|нужно|надо|обязательно))*$)`,
);
// English: Latin letters only and a common English word
const ENGLISH_WORD =
  /\b(?:hello|hi|good|morning|evening|afternoon|do|does|you|speak|english|i|we|want|need|would|like|room|book|booking|please|can|could|is|are|the|a|an|have|my|help|hotel|reservation|anyone|thank|thanks|bye|goodbye|it|for|to|of|and|in|on|at|me|this|that|what|tomorrow|today|tonight|night|nights|reserve|name|will|there)\b/i;
// «да» to «Соединить вас с администратором?» (or to the English offer to connect)
const OFFERS_RECEPTION = /(?:соедин\S*(?: вас)? с (?:администратор|ресепшен|ресепшн)\S*|connect you)[^.!?]*\?/i;
// short English replies: read as English only once the assistant has answered in English
const ENGLISH_SHORT = /^(?:ok|okay|no|nope|no thanks|no,? thank you|thanks|thank you|bye|goodbye|good bye|yes|sure|fine)[.!]*$/i;
// a yes in English: «yes…», «sure…», or the whole message «ok», «please», «go ahead» («please book it» is no yes)
const ENGLISH_YES = /^(?:(?:yes|yeah|yep|sure)\b|(?:ok|okay|please|go ahead|please do|do it)[.!]?$)/i;

export function speaksEnglish(text: string): boolean {
  if (/[а-яё]/i.test(text)) return false;
  if (/@/.test(text)) return false;
  // «family room» is a room named in English, not an English speaker: two common words, or a greeting
  const common = (text.match(new RegExp(ENGLISH_WORD.source, 'gi')) ?? []).length;
  // «is breakfast included», «what time is checkout»: a sentence of three Latin words that opens as an English question
  const question =
    /^\s*(?:is|are|do|does|can|could|what|when|where|how|which|will|may|would|should|has|have)\b/i.test(text) && (text.match(/[a-z]+/gi) ?? []).length >= 3;
  return common >= 2 || question || /\b(?:hello|hi|english)\b/i.test(text);
}

/**
 * A complaint or a rude word. `rudeOnly`: only rudeness or a verdict on the hotel counts — to a question that proves
 * a booking, «смс так и не пришло» is the answer (no code), not a complaint.
 */
export function complains(text: string, rudeOnly = false): boolean {
  const t = normalizeText(text).replace(/[!?.,]/g, ' ');
  if (RUDE.test(t) || VERDICT.test(t)) return true;
  return !rudeOnly && (COMPLAINT.test(t) || NOT_DONE.test(t) || (CONDITION.test(t) && OWN_STAY.test(t))) && !ASKS.test(t);
}

/** A complaint about a member of staff («администратор нагрубил», «девушка на ресепшене хамит»). */
export function complainsAboutStaff(text: string): boolean {
  const t = normalizeText(text).replace(/[!?.,]/g, ' ');
  return complains(text) && ABOUT_STAFF.test(t);
}

/** A phone refused; `asked`: said to the phone question, where «а зачем он вам?» is about the phone too. */
export function refusesPhone(text: string, asked = false): boolean {
  const t = normalizeText(text)
    .replace(/[!?.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return REFUSES_PHONE.test(t) || (asked && REFUSES_ASKED_PHONE.test(t));
}

export function offeredReception(lastBotTurn: string): boolean {
  return OFFERS_RECEPTION.test(lastBotTurn.trim());
}

/**
 * Commands for a message off the happy path, or null. `text` is the request without its greeting, `whole` the
 * message as said; `yes` is the message read as yes/no; `lastBot` is what the assistant said since the caller
 * last spoke.
 */
export function offPathCommands(
  text: string,
  ctx: UnderstandingContext,
  flows: readonly Flow[],
  vocabulary: BookingVocabulary,
  yes: boolean | null,
  lastBot: string,
  whole = text,
): Command[] | null {
  const has = (id: string) => flows.some((f) => f.id === id);
  const { offerDeclined, englishSpeaker, complaint, holdOn, introduce, lineCheck } = vocabulary.flows;
  // an English message is read as English: the Russian yes/no reader takes «no, I just want to book» for a yes
  // («ok», «no thanks», «bye» after the assistant has spoken English are English too)
  // (a yes too: in a chat, which cannot be put through, the English answer gives the number and asks nothing, so
  // «yes please» after it is English, not a Russian message misunderstood)
  const answeredInEnglish = ctx.history.some((h) => h.role === 'bot' && /connect you|reception at|call them at/i.test(h.text));
  const short = (ENGLISH_SHORT.test(whole.trim()) || ENGLISH_YES.test(whole.trim())) && answeredInEnglish;
  const english = speaksEnglish(whole) || short || ENGLISH_YES.test(whole.trim());
  const yesSaid = english ? ENGLISH_YES.test(whole.trim()) : yes === true;
  if (offeredReception(lastBot) && yesSaid) return [{ command: 'human handoff' }];
  // «нет» to the offer of reception made outside any flow (the third fallback): taken, and other help offered
  // («а нет, нашла, вот код …»: the «нет» is to the code lost, and the code is the answer)
  if (offeredReception(lastBot) && yes === false && !ctx.activeFlow && has(offerDeclined) && !extractBookingCode(text))
    return [{ command: 'start flow', flow: offerDeclined }];
  // …and in the middle of a request (the offer is the third fallback, not the request's own question): the request
  // goes on, never called off by the «не надо» of the refusal
  const { receptionDeclined } = vocabulary.flows;
  if (
    offeredReception(lastBot) &&
    yes === false &&
    ctx.activeFlow &&
    ctx.activeFlow !== complaint &&
    receptionDeclined &&
    has(receptionDeclined) &&
    onlyRefuses(text)
  )
    return [{ command: 'start flow', flow: receptionDeclined }];
  // the whole message: «hello» alone is the greeting a Russian reader would strip
  // A request under way in Russian is called off: its next question, in Russian, would follow the English answer in
  // the same reply (the cancel stays quiet when a flow follows it, data/flows.yml pattern_cancel_flow)
  if ((speaksEnglish(whole) || short) && has(englishSpeaker)) {
    const start: Command = { command: 'start flow', flow: englishSpeaker };
    return ctx.activeFlow && ctx.activeFlow !== englishSpeaker ? [{ command: 'cancel flow' }, start] : [start];
  }
  // a refused phone number: the question's own explanation (why it is needed, and that an e-mail will do)
  // («8 921 …, почту давать не буду» gives the phone and refuses only the e-mail)
  const phoneSlot = vocabulary.slots.guestPhone;
  if (refusesPhone(text, ctx.requestedSlot === phoneSlot) && !extractPhone(text)) {
    if (ctx.requestedSlot === phoneSlot) return [{ command: 'skip question' }];
    // refused before it is asked, while a booking is made: that question's explanation, then the current question
    if (ctx.activeFlow === vocabulary.flows.book && ctx.requestedSlot && ctx.slots[phoneSlot] == null) return [{ command: 'skip question', slot: phoneSlot }];
  }
  // «восемь девятьсот шестнадцать…» and a pause: the first part of the phone is taken down and the rest awaited (the
  // next message completes it, values-in-context.ts phoneFromParts), never «не понял»
  const goOn = vocabulary.flows.phoneGoOn;
  if (goOn && has(goOn) && ctx.requestedSlot === vocabulary.slots.guestPhone && !extractPhone(text) && phonePart(text) && !completesPhone(ctx, text))
    return [{ command: 'start flow', flow: goOn }];
  // a person asked for, however rudely («ты тупишь, дай человека»): the handoff (cues.ts), never a complaint about the
  // administrator asked for nor the introduction («ты робот?» on the way)
  if (asksForPerson(text)) return null;
  // (and to the name question, «…ой нет, она паспорт ещё не поменяла, значит на …» is why the name changes: a
  // story told with the answer, where «не поменяла» is no staff who did not do their job)
  const proving =
    ctx.requestedSlot === vocabulary.slots.bookingReference ||
    ctx.requestedSlot === vocabulary.slots.bookingProof ||
    ctx.requestedSlot === vocabulary.slots.guestName;
  if (complains(text, proving) && has(complaint) && ctx.activeFlow !== complaint) {
    // who the complaint is about decides what is offered: not the administrator complained of (utter_complaint)
    const about = complainsAboutStaff(text) ? 'staff' : 'hotel';
    const slot = vocabulary.slots.complaintAbout;
    const subject: Command[] = slot ? [{ command: 'set slot', name: slot, value: about, extractor: 'NLU' }] : [];
    return [{ command: 'start flow', flow: complaint }, ...subject];
  }
  // «организуем конференцию, нужно пятнадцать номеров»: a group's rooms are agreed with reception (group-request.ts);
  // a booking under way is called off first, its next question would follow the offer
  const group = vocabulary.flows.groupBooking;
  if (group && has(group) && ctx.activeFlow !== group && asksGroupBooking(text)) {
    const start: Command = { command: 'start flow', flow: group };
    return ctx.activeFlow ? [{ command: 'cancel flow' }, start] : [start];
  }
  // «подождите минутку», «секунду, я посмотрю»; «куда я попала?», «это гостиница?» (control-cues.ts)
  if (holdsTheLine(text) && has(holdOn)) return [{ command: 'start flow', flow: holdOn }];
  // «вы меня слышите?», «всё, я готова»: «Да, я вас слышу» and, in a flow, its question again (never the first message:
  // that one is answered by the hotel's greeting)
  if (ctx.history.some((h) => h.role === 'user') && ctx.activeFlow !== lineCheck && checksLine(whole) && has(lineCheck))
    return [{ command: 'start flow', flow: lineCheck }];
  if (asksWhoAnswered(text) && has(introduce) && ctx.activeFlow !== introduce) return [{ command: 'start flow', flow: introduce }];
  return null;
}

// the words of a refusal and nothing else: «нет», «нет, не надо соединять», «не нужно, спасибо»
const REFUSAL_WORDS = new RegExp(
  `${L}(?:нет|неа|не|ни|надо|нужно|нужен|хочу|соедин\\S*|переключ\\S*|звать|спасибо|пока|сам|сама|сами|справлюсь|разберусь|никого|ни с кем|никуда|администратор\\S*|ресепшен\\S*|ресепшн\\S*|меня|нас|пожалуйста|давайте|дальше|продолжим|продолжаем|лучше|так|да)${R}`,
  'g',
);

/** Nothing but a refusal is said (an answer said with it — «нет, с пятого по седьмое» — is an answer). */
function onlyRefuses(text: string): boolean {
  return (
    normalizeText(text)
      .replace(/[!?.,;:—-]/g, ' ')
      .replace(REFUSAL_WORDS, ' ')
      .trim() === ''
  );
}

/** This message is the rest of a phone whose first parts the caller's last messages gave. */
function completesPhone(ctx: UnderstandingContext, text: string): boolean {
  const earlier = ctx.history.filter((h) => h.role === 'user').map((h) => h.text);
  return phoneFromParts(earlier, text) !== null;
}
