// A minor who would stay without a grown-up, said with a booking or while one is made (lang-ru/minors.ts): the
// project's minorAlone flow says the hotel's rule for minors once, on top of the booking, which then goes on.
// Asked as a question outside a booking («можно ли подростку остановиться одному?»), the knowledge answer says it.
import type { Command } from '../../engine/commands.ts';
import { minorAlone } from '../lang-ru/minors.ts';
import type { UnderstandingContext } from '../types.ts';
import type { GeneratorProject } from './generator-project.ts';

export function minorsRuleBeside(project: GeneratorProject, text: string, ctx: UnderstandingContext, commands: readonly Command[]): Command | null {
  const flow = project.flow.minorAlone;
  if (!flow || !project.options.flows.some((f) => f.id === flow) || ctx.slots['minors_rule_said'] === true) return null;
  const booking = ctx.activeFlow === project.flow.book || commands.some((c) => c.command === 'start flow' && c.flow === project.flow.book);
  if (!booking || commands.some((c) => c.command === 'cancel flow')) return null;
  return minorAlone(text) !== null ? { command: 'start flow', flow } : null;
}
