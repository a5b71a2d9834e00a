// Names said as answers: to the name question («бронь на сына гусев денис») and as a booking's proof (a surname).
import type { Command } from '../../engine/commands.ts';
import { normalizeText } from '../lang-ru/index.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';
import { correctedName, sameValue } from './corrections.ts';

// words around a name that still make it an answer: «меня зовут …», «записывайте на …», «ну», «это»
const NAME_FRAME = new Set(
  'а ну вот это я меня мое моё мой моя мою моего наш наша нашу нашего имя зовут фамилия на для запишите записывайте пишите бронь оформите оформляйте пожалуйста да слушайте кстати сын сына дочь дочери дочку мама мамы маму папа папы папу муж мужа жена жены жену отец отца мать матери брат брата сестра сестры сестру бабушка бабушки бабушку дедушка дедушки сотрудник сотрудника сотрудницу сотрудница коллега коллеги коллегу гость гостя гостью будет него нее неё его ее её начальник начальника начальница начальницу шеф шефа директор директора гендиректор гендиректора руководитель руководителя босс босса клиент клиента'.split(
    ' ',
  ),
);

/** Every word of the message belongs to the name read from it (or frames it: «меня зовут»). */
export function nameIsAll(name: string, text: string): boolean {
  const parts = normalizeText(name)
    .split(/\s+/)
    .map((w) => w.slice(0, 4));
  return normalizeText(text)
    .split(/[^а-яa-z-]+/)
    .filter((w) => w && !NAME_FRAME.has(w))
    .every((w) => parts.includes(w.slice(0, 4)));
}

/** A surname said as proof of a booking: one to three words of letters, no digits, no question. */
export function surnameAnswer(text: string): string | null {
  const words = normalizeText(text)
    .replace(/[!?.,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  if (words.some((w) => /^(не|нет|да|ага|угу|помню|знаю)$/.test(w))) return null;
  return words.length >= 1 && words.length <= 4 && words.every((w) => /^[а-яa-z-]+$/.test(w)) && !text.includes('?') ? text.trim() : null;
}

/**
 * «бронь на сына гусев денис», «сотрудник миронов глеб» to the name question: the name, whatever else the words
 * would start (context first: a lookup, a handoff); a phone said with it too, where the flow takes one.
 */
export function nameAtNameStep(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { text, x, ctx, active, asked } = turn;
  if (!(active && asked === project.slot.guestName && x.name && nameIsAll(x.name, text) && !text.includes('?') && !sameValue(ctx.slots[asked], x.name)))
    return null;
  const name: Command = { command: 'set slot', name: asked, value: correctedName(ctx.slots[asked], x.name), extractor: project.extractor };
  return x.phone && project.settable(active).has(project.slot.guestPhone)
    ? [name, { command: 'set slot', name: project.slot.guestPhone, value: x.phone, extractor: project.extractor }]
    : [name];
}
