// A caller who insists after a refusal («ну так можно на эти числа или нет?», «а почему нельзя?», «ну поселите нас
// всех в одном номере») asks for the same thing again. The values refused are taken again from the message before,
// so the booking's own check refuses them again in the rule's words (today's date, the furthest date possible, the
// largest room) and the question is asked once more — never «не понятно».
import type { ExtractContext, Extracted } from '../lang-ru/index.ts';
import { splitOpening, usualForms } from '../lang-ru/spoken.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { UnderstandingContext } from '../types.ts';
import type { GeneratorProject } from './generator-project.ts';
import { valuesInContext } from './values-in-context.ts';

const L = '(?<![а-яё])';
const INSISTS = new RegExp(
  [
    // «так можно или нет», «ну можно же на эти числа или как»
    `(?:можно|нельзя|получится|выйдет|(?:с)?может[её]|(?:с)?можем|оформите|запишете|забронируете)(?: \\S+){0,5} или (?:нет|как|что)`,
    // «ну что, можно на эти даты записать?» at the start of the message
    `^(?:ну )?(?:так )?что(?: же)? (?:можно|нельзя|получится)`,
    // «ну так можно?», «так можно же»
    `(?:ну )?так (?:можно|нельзя|что)`,
    // «а почему нельзя», «почему нет», «точно нельзя?»
    `почему (?:нельзя|нет|не)`,
    `точно нельзя`,
    `(?:а )?если (?:очень )?(?:надо|нужно)`,
    // «всё равно», «ну пожалуйста», «я же прошу»
    `вс[её] равно`,
    `(?:^|ну )пожалуйста$`,
    `я же прошу`,
    // «ну поселите нас всех», «запишите всех шестерых»
    `(?:посели|засели|размести|запиши|заброниру|оформи)\\S*(?: \\S+){0,3} (?:всех|вместе)`,
  ]
    .map((p) => `${L}${p}(?![а-яё])`)
    .join('|'),
);

/** The caller insists on what was just refused, at the question the refusal asks again (the stay or the party). */
export function insistsAfterRefusal(project: GeneratorProject, text: string, context: UnderstandingContext): boolean {
  const { slot } = project;
  if (context.activeFlow !== project.flow.book) return false;
  if (![slot.checkIn, slot.checkOut, slot.adults].includes(context.requestedSlot ?? '')) return false;
  if (context.slots[context.requestedSlot ?? ''] != null) return false;
  return INSISTS.test(
    normalizeText(text)
      .replace(/[!?.,;:—-]/g, ' ')
      .replace(/\s+/g, ' '),
  );
}

/**
 * The values refused, read again into `x` where this message says none: from the latest of the caller's last three
 * messages that said a stay or a party (the caller may insist twice).
 */
export function refusedAgain(project: GeneratorProject, x: Extracted, context: UnderstandingContext, options: ExtractContext): void {
  const refused = context.history
    .filter((h) => h.role === 'user')
    .slice(-3)
    .reverse()
    .map((h) => valuesInContext(project, usualForms(splitOpening(h.text).rest), context, options))
    .find((v) => v.stay.check_in || v.stay.check_out || v.guests.adults !== undefined);
  if (!refused) return;
  if (!x.stay.check_in && !x.stay.check_out) x.stay = refused.stay;
  if (x.guests.adults === undefined) x.guests = refused.guests;
}
