// A booking looked up without its code: the caller has lost the code, or points to the phone they call from.
import type { Command } from '../../engine/commands.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';
import { surnameAnswer } from './name-answers.ts';
import { namesOwnPhone } from './own-phone.ts';

// the code named: «код», «номер брони», «номер бронирования»
const CODE_NAMED = /(?<![а-я])(?:код\S*|номер\S* (?:брони|бронирования|заказа))(?![а-я])/;

// «не помню код», «код потерял», «забыла», «кода нет», «не сохранила»: the caller has no code to give
const LOST_CODE =
  /(?<![а-я])(?:не помн\S*|забыл\S*|потерял\S*|потерян\S*|не сохранил\S*|удалил\S*|не знаю|нет (?:у меня )?(?:кода|его)|кода (?:у меня )?нет|не найду|не могу найти|не нахожу)(?![а-я])/;

export function proofWithoutCode(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { said, x, asked } = turn;
  // «не помню код», «код потеряла, бронь на телефон …» to the code question: how the booking is proved without it
  // (docs/security.md: a phone alone is no proof), said once, and the lookup ends — asking for the code the caller
  // has just said they do not have would only loop (issue 12, R6)
  if (asked === project.slot.bookingReference && !x.bookingCode && LOST_CODE.test(said) && project.options.flows.some((f) => f.id === project.flow.codeLost)) {
    return [{ command: 'cancel flow' }, { command: 'start flow', flow: project.flow.codeLost }];
  }
  // «отменить бронь, а код я не помню» said with the request itself: the lookup would only ask for the code
  const lookups = [project.flow.cancel, project.flow.change, project.flow.find];
  const codeLost = project.options.flows.some((f) => f.id === project.flow.codeLost);
  const requested = !turn.active && lookups.includes(project.flowForIntent(turn.intent, 1) ?? '');
  if (requested && codeLost && !x.bookingCode && LOST_CODE.test(said) && CODE_NAMED.test(said)) return [{ command: 'start flow', flow: project.flow.codeLost }];
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
