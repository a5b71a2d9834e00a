// The pet left behind while booking («ну тогда без собаки», «кошку оставим дома»): the booking holds no pet any more,
// and a party the pet had split into rooms (no room that takes pets held everyone: action_check_availability kept it
// in the project's petPartyGuests slot) is one room again, so that the whole party is offered a room without asking
// how many they are once more. At the room question the room the caller wanted is taken too (room-agreement.ts).
import type { Command } from '../../engine/commands.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';
import { givesUpPet } from './room-agreement.ts';

// the pet slot's value when no pet comes (its initial value in domain.yml)
const NO_PET = 'нет';

export function petGivenUp(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { text, x, ctx, active, asked } = turn;
  if (active !== project.flow.book || asked === project.slot.roomType || !givesUpPet(text)) return null;
  const pet = ctx.slots[project.slot.pet];
  if (typeof pet !== 'string' || pet === NO_PET) return null;
  const set = (name: string, value: number | string): Command => ({ command: 'set slot', name, value, extractor: project.extractor });
  const out = [set(project.slot.pet, NO_PET)];
  const split = project.slot.petPartyGuests ? ctx.slots[project.slot.petPartyGuests] : null;
  if (typeof split === 'number') {
    out.push(set(project.slot.roomsWanted, 1));
    if (x.guests.adults === undefined) out.push(set(project.slot.adults, split));
  }
  if (x.guests.adults !== undefined) out.push(set(project.slot.adults, x.guests.adults));
  if (x.guests.children !== undefined) out.push(set(project.slot.children, x.guests.children));
  return out;
}
