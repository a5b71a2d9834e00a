// A booking looked up without its code: the caller has lost the code (or cannot give the proof asked with it), says
// a bare yes or no to the code question, goes on after hearing that without it the booking cannot be found, or
// points to the phone they call from. A yes or no is read against the question the assistant asked (issue 12, C1).
import type { Command } from '../../engine/commands.ts';
import { splitOpening, usualForms } from '../lang-ru/spoken.ts';
import { bookingManagementCue } from './booking-cues.ts';
import { lastBotTurn } from './conversation-history.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';
import { surnameAnswer } from './name-answers.ts';
import { offeredReception } from './off-path.ts';
import { namesOwnPhone } from './own-phone.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';
// «не помню код», «код потерял», «забыла», «кода у меня на руках нет», «не присылали», «откуда мне его знать»: the
// caller has no code (or, to the proof question, no phone nor surname) to give
const LOST = new RegExp(
  `${L}(?:не помн\\S*|забыл\\S*|потерял\\S*|потерян\\S*|не сохранил\\S*|удалил\\S*|не знаю|не в курсе|понятия не имею|нет (?:\\S+ ){0,2}(?:кода|его|номера|телефона)|(?:кода|его) (?:\\S+ ){0,3}нет|нету|не найду|не могу найти|не нахожу|не присыла\\S*|не прислал\\S*|не приходил\\S*|не пришл\\S*|не пришел|не получал\\S*|не получил\\S*|откуда (?:\\S+ ){0,2}(?:знать|взять|знаю))${R}`,
);
// the code named: «код», «номер брони», «номер бронирования»
const CODE_NAMED = /(?<![а-я])(?:код\S*|номер\S* (?:брони|бронирования|заказа))(?![а-я])/;
// nothing but a no: «нет», «неа», «нет у меня его», «да нет никакого кода»
const NO_WORDS = new RegExp(`${L}(?:нет|неа|нету|не|да|ну|у|меня|нас|его|кода|код|никакого|никакой|такого|на|руках|с|собой|сейчас|к сожалению)${R}`, 'g');
// nothing but a yes, the code to follow: «да», «ага, сейчас», «да есть, минутку»
const YES_WORDS = new RegExp(
  `${L}(?:да|ага|угу|есть|конечно|хорошо|ладно|ок|окей|сейчас|щас|секунд\\S*|минутк\\S*|минуточк\\S*|момент|найду|посмотрю|гляну|так|ну|вот|он|код)${R}`,
  'g',
);
// a lookup asked for again in so many words: «ну просто отмените», «найдите по фамилии», «перенесите как-нибудь»
const LOOKUP_VERB = new RegExp(
  `${L}(?:отмен\\S*|аннулир\\S*|сним(?:ите|айте)|найд(?:ите|и)|найти|поищите|посмотрите|перенес\\S*|перенос\\S*|измен\\S*|поменя\\S*)${R}`,
);
// the assistant's last words were about the missing code: the rule (utter_booking_code_lost), the reminder's answer
// or the way to reception after it (domain.yml)
const CODE_LOST_SAID = /(?:без кода|без телефона, на который|код придёт|код придет|код сегодня уже отправляли|с номера, на который оформлена бронь)/i;
const LOOKUPS = (project: GeneratorProject) => [project.flow.cancel, project.flow.change, project.flow.find].filter((f): f is string => !!f);

/** Only these words are said, and one of `core` among them. */
function only(said: string, words: RegExp, core: RegExp): boolean {
  const t = said.replace(/[!?.,;:—-]/g, ' ');
  return core.test(t) && t.replace(words, ' ').trim() === '';
}

/**
 * Before the rules that end a request: to the code or proof question, no code in any words is the way without it
 * (not a «stop»: «не знаю я никакого кода»), a bare yes the caller about to say it; after the assistant said the
 * booking cannot be found without it, a code found is the lookup again and details said instead hear that again.
 */
export function answersWithoutCode(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { said, x, asked, intent, confident, ctx } = turn;
  const has = (id: string | undefined): id is string => !!id && project.options.flows.some((f) => f.id === id);
  if (!has(project.flow.codeLost) || (intent === 'human_handoff' && confident)) return null;
  const proving = asked === project.slot.bookingReference || asked === project.slot.bookingProof;
  if (proving && !x.bookingCode) {
    // (a phone said with it is no proof: «не помню код, бронь на телефон …», docs/security.md)
    const noCode = LOST.test(said) || (!x.phone && only(said, NO_WORDS, new RegExp(`${L}(?:нет|неа|нету|не)${R}`)));
    // «не помню код», «код потеряла, бронь на телефон …»: said once, and the lookup ends — asking for the code the
    // caller has just said they do not have would only loop (issue 12, R6)
    if (noCode && (asked === project.slot.bookingReference || !x.name))
      return [{ command: 'cancel flow' }, { command: 'start flow', flow: project.flow.codeLost }];
    // «да», «ага, сейчас»: the caller goes to find it; the assistant waits, the question stays open
    if (
      asked === project.slot.bookingReference &&
      !x.phone &&
      has(project.flow.holdOn) &&
      only(said, YES_WORDS, new RegExp(`${L}(?:да|ага|угу|есть|конечно|хорошо|ладно|ок|окей)${R}`))
    )
      return [{ command: 'start flow', flow: project.flow.holdOn }];
  }
  // the rule said (booking_code_lost, lookup_status = code_lost) and nothing else asked since
  const status = project.slot.lookupStatus;
  if (ctx.activeFlow || !status || ctx.slots[status] !== 'code_lost') return null;
  if (x.bookingCode) {
    const lookup = lookupAskedBefore(project, ctx.history);
    return [
      { command: 'start flow', flow: lookup },
      { command: 'set slot', name: project.slot.bookingReference, value: x.bookingCode, extractor: project.extractor },
    ];
  }
  // «её телефон …», «фамилия такая-то», «ну просто отмените»: the same refusal, said again
  const insists = !!x.phone || !!x.name || LOOKUPS(project).includes(intent) || LOOKUP_VERB.test(said);
  // (said right after the rule, its offer of reception or the reminder, never «не совсем понятно»)
  const lastBot = lastBotTurn(ctx.history);
  if (insists && (offeredReception(lastBot) || CODE_LOST_SAID.test(lastBot))) return [{ command: 'start flow', flow: project.flow.codeLost }];
  return null;
}

/**
 * To the reminder's questions («Отправить?», «на какой номер?»): a phone dictated, or on a call «на этот номер», «с
 * которого звоню» (the action takes it only as the network's sealed caller ID), is where the code goes — and, to
 * «Отправить?», the yes. Read before the intents, which take «на этот номер» for a room.
 */
export function answersReminder(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { asked, x, said } = turn;
  const phoneSlot = project.slot.codeReminderPhone;
  const yesSlot = project.slot.codeReminderConfirmation;
  if (!phoneSlot || !yesSlot || (asked !== phoneSlot && asked !== yesSlot) || x.bookingCode) return null;
  // a surname or a name instead («бронь на Иванову»): taken as the answer, and the action says the code goes only to
  // the booking's phone and asks for it, rather than a lookup that would ask for the code again
  const named = !!x.name || (SURNAME_SAID.test(said) && !said.includes('?'));
  const phone = x.phone ?? (namesOwnPhone(said) || named ? turn.text : null);
  // «отправляйте», «да, пришлите» to «Отправить?»: the question's verb said back is the yes
  if (!phone && asked === yesSlot && x.yesNo !== false && SEND_SAID.test(said) && !/(?<![а-я])не(?![а-я])/.test(said))
    return [{ command: 'set slot', name: yesSlot, value: true, extractor: project.extractor }];
  if (!phone || (asked === yesSlot && x.yesNo === false)) return null;
  const where: Command = { command: 'set slot', name: phoneSlot, value: phone, extractor: project.extractor };
  return asked === yesSlot ? [{ command: 'set slot', name: yesSlot, value: true, extractor: project.extractor }, where] : [where];
}

const SEND_SAID = new RegExp(`${L}(?:отправ\\S*|пришл\\S*|присыла\\S*|вышл\\S*|высыла\\S*|скин\\S*|шлите)${R}`);
// «на Иванову», «фамилия Кравцов», «на Белых»: a surname named by its usual endings after «на» or «фамилия»
const SURNAME_SAID = new RegExp(
  `${L}(?:на фамилию|фамилия|на имя|на) [а-яё-]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ову|еву|ину|ыну|ой|ий|ая|ую|их|ых|ко|юк|ук|ян|швили|дзе)${R}`,
);

/** The lookup (cancel, change, find) the caller last asked for, by the words of their earlier messages. */
function lookupAskedBefore(project: GeneratorProject, history: DecisionTurn['ctx']['history']): string {
  const lookups = LOOKUPS(project);
  for (let i = history.length - 1; i >= 0; i--) {
    const h = history[i]!;
    if (h.role !== 'user') continue;
    const request = usualForms(splitOpening(h.text).rest);
    const cue = bookingManagementCue(request);
    if (cue && lookups.includes(cue)) return cue;
    const p = project.options.model.predict(request);
    if (p.confidence >= 0.5 && lookups.includes(p.intent)) return p.intent;
  }
  return project.flow.find ?? project.flow.cancel;
}

export function proofWithoutCode(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { said, x, asked } = turn;
  // «отменить бронь, а код я не помню» said with the request itself: the lookup would only ask for the code
  const lookups = [project.flow.cancel, project.flow.change, project.flow.find];
  const codeLost = project.options.flows.some((f) => f.id === project.flow.codeLost);
  const requested = !turn.active && lookups.includes(project.flowForIntent(turn.intent, 1) ?? '');
  if (requested && codeLost && !x.bookingCode && LOST.test(said) && CODE_NAMED.test(said)) return [{ command: 'start flow', flow: project.flow.codeLost }];
  // the code asked again after a phone or surname was kept as the proof, and again a detail instead of the code:
  // the caller has none, so how else to prove the booking is said rather than a third «назовите код» (tester kind 10)
  const kept = typeof turn.ctx.slots[project.slot.bookingProof] === 'string';
  if (asked === project.slot.bookingReference && kept && codeLost && !x.bookingCode && (x.phone || x.name || surnameAnswer(turn.text)))
    return [{ command: 'cancel flow' }, { command: 'start flow', flow: project.flow.codeLost }];
  // «по этому номеру», «с которого звоню» while a booking is looked up or once it is found, and a phone dictated
  // after the booking was found by the caller's number: what that phone proves is said (own-phone.ts)
  if (speaksOfOwnPhone(project, turn)) return [{ command: 'start flow', flow: project.flow.ownPhone! }];
  return null;
}

function speaksOfOwnPhone(project: GeneratorProject, turn: DecisionTurn): boolean {
  const { said, x, ctx } = turn;
  const flow = project.flow.ownPhone;
  if (!flow || !project.options.flows.some((f) => f.id === flow) || x.bookingCode) return false;
  const looking = !!ctx.activeFlow && [project.flow.cancel, project.flow.change, project.flow.find].includes(ctx.activeFlow);
  const found = !!project.slot.foundCode && typeof ctx.slots[project.slot.foundCode] === 'string';
  if (namesOwnPhone(said) && !x.phone) return looking || found;
  // a number dictated when none is asked for, with the booking already found and open
  const asked = ctx.requestedSlot;
  return !!x.phone && looking && found && asked !== project.slot.bookingReference && asked !== project.slot.bookingProof;
}
