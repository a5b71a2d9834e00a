// A contact dictated to the phone question (tester kind 12): «можно на почту oleg собака mail точка ru» is the
// e-mail, though «собака» (the spoken «@») and «можно» would make it a question about pets.
import type { Command } from '../../engine/commands.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';

/** An e-mail (and no phone) said to the phone question: the contact, whatever words come with it. */
export function emailAtPhoneStep(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { x, asked, active } = turn;
  if (!active || asked !== project.slot.guestPhone || !x.email || x.phone) return null;
  return [{ command: 'set slot', name: project.slot.guestPhone, value: x.email, extractor: project.extractor }];
}
