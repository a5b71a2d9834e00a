// «фамилию не так записали, правильно Соколовский» once the booking is made (or found and proven) here: the name
// written in that booking is corrected, not the call ended. The booking made in this conversation is its own proof.
import type { Command } from '../../engine/commands.ts';
import { fixTarget } from './corrections.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';

// words that say the name was written wrong or is to be written otherwise
const WRITTEN_WRONG =
  /(?<![а-я])(?:не так|неправильно|не правильно|неверно|ошиб\S*|опечат\S*|перепута\S*|исправ\S*|поправ\S*|правильно|на самом деле|измени\S*|поменя\S*|не (?:та|то|те|того|ту)|через)(?![а-я])/;
// «…, правильно соколовский», «а надо — фамилия соколовская»: the right name at the end, after the word that introduces it
const RIGHT_NAME_AT_END = /(?<![а-я])(?:правильно|верно|надо|нужно|на самом деле)\s+(?:(?:будет|так|вот|фамилия|имя)\s+)*([а-яё-]{2,}(?:\s+[а-яё-]{2,})?)$/;
const NOT_A_NAME = /^(?:не|нет|так|это|вот|будет|через|пожалуйста|записать|написать|исправить)(?![а-я])/;
const NAME_WORD = /(?<![а-я])(?:им(?:я|ени|енем)|фамили\S*|отчеств\S*)(?![а-я])/;

/** The commands that start the rename of the booking proven here, with the right name when it was said; or null. */
export function renamesOwnBooking(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { said, text, x, ctx, active } = turn;
  const flow = project.flow.rename;
  const slot = project.slot.renamedGuest;
  if (active || !flow || !slot || !project.provenBooking(ctx)) return null;
  if (!NAME_WORD.test(said) || !WRITTEN_WRONG.test(said) || fixTarget(x, text) !== 'guest_name') return null;
  const start: Command = { command: 'start flow', flow };
  const atEnd = RIGHT_NAME_AT_END.exec(said.replace(/[.!?,]+$/, ''))?.[1];
  const right = x.name ?? (atEnd && !NOT_A_NAME.test(atEnd) ? atEnd : null);
  return right ? [start, { command: 'set slot', name: slot, value: right, extractor: project.extractor }] : [start];
}
