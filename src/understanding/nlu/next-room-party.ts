// Several rooms are booked one after another (one booking is one room). A bare count said while this room's offer
// is open, once this room's guests are known («два номера на шестерых» → «четверо» → the offer → «двое»), is the next
// room's party, not a correction of this one: the caller hears that the next room follows as its own booking, and
// the offer stands. A correction said as one («нет, нас трое», «ой, вернее трое») is still a correction.
import type { Command } from '../../engine/commands.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';

// a correction marker: «нет», «ой», «вернее», «точнее», «то есть», «лучше», «поменяйте», «исправьте»
const CORRECTS = /(?<![а-я])(?:не|нет|ой|вернее|точнее|то есть|лучше|поменя\S*|исправ\S*|измен\S*|ошиб\S*|перепутал\S*)(?![а-я])/;

export function nextRoomParty(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { x, ctx, active, asked, said } = turn;
  const flow = project.flow.nextRoomParty;
  if (!flow || active !== project.flow.book || asked !== project.slot.roomType) return null;
  const rooms = ctx.slots[project.slot.roomsWanted];
  const adults = ctx.slots[project.slot.adults];
  if (typeof rooms !== 'number' || rooms < 2 || typeof adults !== 'number') return null;
  const party = x.guests.adults;
  if (party === undefined || party === adults || x.guests.children) return null;
  if (x.room || x.stay.check_in || x.stay.check_out || x.name || x.phone || CORRECTS.test(normalizeText(said))) return null;
  return [{ command: 'start flow', flow }];
}
