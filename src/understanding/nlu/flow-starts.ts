// Which flow a message starts: the one its intent triggers (a yes to the offer of a booking books; a change said
// while a booking is made is part of it), or, with no intent that names one, the flow its details fit.
import type { Command, SlotValue } from '../../engine/commands.ts';
import type { Extracted } from '../lang-ru/index.ts';
import type { UnderstandingContext } from '../types.ts';
import { asksAnotherBooking, namesExistingBooking } from './booking-cues.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';
import { OUT_OF_SCOPE } from './model.ts';
import { ASKING } from './question-shapes.ts';

// Intents under which booking details with no flow running mean "I want to book this".
const IMPLICIT_START_INTENTS = new Set(['inform', 'book_room', 'affirm', 'deny', OUT_OF_SCOPE]);

/** Details of a stay said with a booking of this conversation in hand, and no other booking asked for. */
export function changesProvenBooking(project: GeneratorProject, text: string, intent: string, x: Extracted, ctx: UnderstandingContext): boolean {
  if (!project.provenBooking(ctx) || !(IMPLICIT_START_INTENTS.has(intent) || intent === 'change_booking')) return false;
  const details = !!(x.room || x.stay.check_in || x.stay.check_out || x.stay.nights || x.guests.adults !== undefined);
  return details && !asksAnotherBooking(text);
}

/**
 * The flow the intent triggers, started unless it runs already (and what it replaces cancelled); `target` is the
 * flow the message's slots go to. `accepted`: a yes to «Хотите забронировать?»; `changesBooking`: a change of the
 * booking in progress or of the one made here.
 */
export function startTriggered(
  project: GeneratorProject,
  turn: DecisionTurn,
  accepted: boolean,
  changesBooking: boolean,
): { commands: Command[]; target: string | null } {
  const { text, intent, prediction, x, ctx, active, askedType } = turn;
  const commands: Command[] = [];
  let target = active;
  // «давайте поменяем даты» while a new booking is being made changes that booking, not an existing one; and
  // «тип номера», «на люкс» while an existing booking is being changed are the change, not a new booking
  const within =
    (intent === 'change_booking' && active === project.flow.book && !namesExistingBooking(text)) || (intent === 'book_room' && active === project.flow.change);
  // «дорого вышло, давайте лучше стандарт», «а можно на двоих?» right after a booking was made (or found) here:
  // a change of that booking, not a new one — unless another booking is asked for («и ещё один номер»)
  const changesOwn = !active && !accepted && (changesBooking || changesProvenBooking(project, text, intent, x, ctx));
  const triggerIntent = accepted ? 'book_room' : within ? 'inform' : changesOwn ? 'change_booking' : intent;
  const trigger = project.flowForIntent(triggerIntent, accepted || changesOwn ? 1 : prediction.confidence);
  if (trigger && trigger !== active) {
    // «планы поменялись, отмените её» while the change runs: the cancellation replaces it (the change of a
    // booking about to be cancelled is never resumed afterwards), and likewise the other way round
    // «нет, не надо администратора, скажите, где моя бронь» to the complaint's offer: the no ends that offer
    const declinesAsked = askedType === 'bool' && x.yesNo === false && active !== project.flow.book;
    if (active && (project.replaces(trigger, active) || declinesAsked)) commands.push({ command: 'cancel flow' });
    commands.push({ command: 'start flow', flow: trigger });
    target = trigger;
  }
  return { commands, target };
}

/** With no flow running or triggered, booking details said in one breath start the flow that collects them. */
export function implicitStart(
  project: GeneratorProject,
  turn: DecisionTurn,
  target: string | null,
  slots: { name: string; value: SlotValue }[],
): string | null {
  const { text, said, intent, confident } = turn;
  // «какая погода будет в выходные?» names dates but asks about something else: no booking starts
  // «закажите такси на пятое», «купите билеты на субботу»: a request the model is sure lies outside the hotel's
  // tasks keeps its dates to itself as well
  const offTopicQuestion =
    intent === OUT_OF_SCOPE && (confident || text.includes('?') || ASKING.test(said) || /^(?:а )?(?:что|кто|куда|чем|какую|каких)(?![а-я])/.test(said));
  if (!target && slots.length > 0 && IMPLICIT_START_INTENTS.has(intent) && !offTopicQuestion) return project.flowForSlots(slots.map((s) => s.name));
  return null;
}
