// Agreeing to the room the assistant has just suggested (tester kind 5): «ну давайте», «ладно, пусть будет он»,
// «хорошо, его и берём» after «Дешевле всего … — «Стандарт»» take that room; «ладно, тогда без собаки» after the
// room's pet rule keeps the room the caller wanted and leaves the pet at home. The room comes from what was said in
// the conversation (the assistant's last answer, the caller's own earlier words), never from a guess.
import type { Command } from '../../engine/commands.ts';
import type { RoomType } from '../../hotel/types.ts';
import { extractRoomType } from '../lang-ru/rooms.ts';
import { normalizeText } from '../lang-ru/text.ts';
import type { UnderstandingContext } from '../types.ts';
import { offeredBooking } from './conversation-history.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';
import { ASKING } from './question-shapes.ts';

const L = '(?<![а-яё])';
const R = '(?![а-яё])';
// a word of agreeing to what was offered; «не» anywhere makes it no agreement («давайте не его»)
const AGREES = new RegExp(
  `${L}(?:давайте|давай|да|ага|угу|хорошо|ладно|ок|окей|согласен|согласна|годится|подходит|подойд[её]т|устраивает|пойд[её]т|пусть будет|беру|берем|берём|возьм[её]м|возьму)${R}`,
);
const NEGATED = new RegExp(`${L}(?:не|нет|ни)${R}`);
// only glue besides the agreement: «ну давайте его», «да, давайте этот», «хорошо, пусть будет он»
const GLUE = new Set(
  'ну ну-ка вот тогда так да давайте давай ага угу хорошо ладно ок окей согласен согласна годится подходит подойдет подойдёт устраивает пойдет пойдёт пусть будет беру берем берём возьмем возьмём возьму его он этот этого такой тот него ее её эту она и уж уже значит пожалуйста можно'.split(
    ' ',
  ),
);

/** «ну давайте», «хорошо, пусть будет он»: an agreement and nothing else (no room, no other request named). */
export function agreesOnly(text: string): boolean {
  const t = normalizeText(text).replace(/[!?.,;:—-]/g, ' ');
  const words = t.split(/\s+/).filter(Boolean);
  return AGREES.test(t) && !NEGATED.test(t) && !text.includes('?') && words.length > 0 && words.every((w) => GLUE.has(w));
}

/** The assistant's lines since the caller last spoke. */
function botLinesSinceCaller(history: UnderstandingContext['history']): string[] {
  const lines: string[] = [];
  for (let i = history.length - 1; i >= 0 && history[i]!.role === 'bot'; i--) lines.unshift(history[i]!.text);
  return lines;
}

/** Room types named in quotes («Стандарт») in a line of the assistant, in order, once each. */
function roomsQuoted(line: string, rooms: readonly RoomType[]): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/«([^»]+)»/g)) {
    const room = rooms.find((r) => r.name.toLowerCase() === m[1]!.toLowerCase());
    if (room && !out.includes(room.code)) out.push(room.code);
  }
  return out;
}

/**
 * The one room the assistant's last answer suggested: its lines since the caller spoke, leaving out a question that
 * lists the rooms on offer again («На ваши даты свободны: … Какой номер выберете?»), name exactly one room type.
 */
export function roomJustSuggested(history: UnderstandingContext['history'], rooms: readonly RoomType[]): string | null {
  const lines = botLinesSinceCaller(history);
  // «…свободен «Люкс» — 34 000 рублей. Бронируем его?» after a sentence naming other rooms (where separate beds are):
  // the question's one room is the one suggested
  const asking = lines.at(-1) ?? '';
  const askedAbout = roomsQuoted(asking, rooms);
  if (askedAbout.length === 1 && /(?:бронируем|оформляем) (?:его|этот)\S*\?\s*$/i.test(asking)) return askedAbout[0]!;
  const answer = lines.length > 1 && roomsQuoted(lines.at(-1)!, rooms).length > 1 ? lines.slice(0, -1) : lines;
  const named = [...new Set(answer.flatMap((l) => roomsQuoted(l, rooms)))];
  return named.length === 1 ? named[0]! : null;
}

/**
 * Any yes («всё верно», «подтверждаю», «ок, бронируйте») to the assistant's own yes/no question about one room
 * («…свободен «Комфорт» — 17 800 рублей. Бронируем его?»), with nothing asked back: read against that question.
 */
function yesToRoomAsked(turn: DecisionTurn): boolean {
  const last = turn.ctx.history.at(-1);
  const yesNoAsked = last?.role === 'bot' && /(?:бронируем|оформляем|берём|берем|подойд[её]т|устроит)[^?]*\?\s*$/i.test(last.text);
  return yesNoAsked && turn.x.yesNo === true && !turn.text.includes('?') && !ASKING.test(turn.said) && !NEGATED.test(turn.said);
}

/** The one room the assistant's last answer offered instead («… подойдёт «Семейный» — можно поменять номер»), or null. */
function roomOfferedInstead(history: UnderstandingContext['history'], rooms: readonly RoomType[]): string | null {
  const offers = botLinesSinceCaller(history).flatMap((line) => [...line.matchAll(/подойд[её]т\s+((?:«[^»]+»(?:,\s*|\s+и\s+)?)+)/g)].map((m) => m[1]!));
  const named = [...new Set(offers.flatMap((o) => roomsQuoted(o, rooms)))];
  return named.length === 1 ? named[0]! : null;
}

// the pet left behind: «без собаки», «кошку оставим дома», «собаку не возьмём», «откажемся от питомца»
const PET = '(?:собак\\S*|собачк\\S*|пс[аом]\\S*|пес|щен\\S*|кош\\S*|кот\\S*|питом\\S*|животн\\S*)';
const WITHOUT_PET = new RegExp(
  `${L}(?:без ${PET}|${PET}(?: \\S+){0,2} (?:остав\\S*|не (?:возьм\\S*|бер\\S*|повез\\S*|поедет|будет))|(?:остав\\S*|не (?:возьм\\S*|бер\\S*|повез\\S*))(?: \\S+){0,2} ${PET}|откаж\\S*(?: \\S+){0,2} (?:от )?${PET})${R}`,
);

/** «ладно, тогда без собаки», «собаку оставим у мамы»: the caller gives up bringing the pet. */
export function givesUpPet(text: string): boolean {
  return WITHOUT_PET.test(normalizeText(text));
}

/** The room type the caller named last in the conversation (a name or alias, not a wish like «подешевле»). */
export function roomCallerNamed(history: UnderstandingContext['history'], rooms: readonly RoomType[]): string | null {
  for (let i = history.length - 1; i >= 0; i--) {
    if (history[i]!.role !== 'user') continue;
    const room = extractRoomType(history[i]!.text, rooms);
    if (room && !room.byPreference) return room.code;
  }
  return null;
}

// a word of taking what was recommended, outside a booking («да» alone there only invites the request)
const TAKES_RECOMMENDED = new RegExp(
  `${L}(?:давайте|давай|беру|берем|берём|возьм[её]м|возьму|пусть будет|подходит|подойд[её]т|устраивает|годится|согласен|согласна)${R}`,
);

/**
 * The room agreed to, as commands: at the room question, an agreement to the one room the last answer suggested,
 * or the pet given up for the room the caller wanted (the room's pet rule was said, the pet slot is already «нет»);
 * outside a booking, an agreement right after one room was recommended books that room. Null otherwise.
 */
export function agreedRoom(project: GeneratorProject, turn: DecisionTurn): Command[] | null {
  const { text, x, ctx, active, asked } = turn;
  const rooms = project.options.hotel?.room_types ?? [];
  if (x.room || x.stay.check_in || x.name || x.phone || rooms.length === 0) return null;
  const setRoom = (code: string): Command => ({ command: 'set slot', name: project.slot.roomType, value: code, extractor: project.extractor });
  if (active && asked === project.slot.roomType) {
    const offered = ctx.slots[project.slot.roomChoices];
    const onOffer = (code: string) => !Array.isArray(offered) || offered.includes(code);
    if (givesUpPet(text)) {
      const wanted = roomCallerNamed(ctx.history, rooms);
      if (!wanted) return null;
      const pet = ctx.slots[project.slot.pet];
      const noPet: Command[] =
        typeof pet === 'string' && pet !== NO_PET ? [{ command: 'set slot', name: project.slot.pet, value: NO_PET, extractor: project.extractor }] : [];
      return [...noPet, setRoom(wanted)];
    }
    const suggested = agreesOnly(text) || yesToRoomAsked(turn) ? roomJustSuggested(ctx.history, rooms) : null;
    if (suggested && onOffer(suggested)) return [setRoom(suggested)];
    // «ну давайте» to the whole list: the cheapest of the rooms offered, which the assistant then offers alone with
    // its price to be agreed to (action_check_availability), rather than «не понятно» (kinds-book item 10)
    const cheapest = Array.isArray(offered) && offered.length > 1 && typeof offered[0] === 'string' ? offered[0] : null;
    return agreesOnly(text) && !suggested && cheapest ? [setRoom(cheapest)] : null;
  }
  // «да» after «…так не получится… подойдёт «Семейный» — можно поменять номер. Что вы хотите изменить?»: the yes is
  // read against the assistant's own offer, the room it named (tester kind B3)
  if (active && asked === project.slot.changeTarget && (agreesOnly(text) || (x.yesNo === true && !text.includes('?') && !NEGATED.test(turn.said)))) {
    const offered = roomOfferedInstead(ctx.history, rooms);
    // the question asked is answered too (what changes: the room), so the change is quoted at once
    const target: Command = { command: 'set slot', name: asked, value: 'room_type', extractor: project.extractor };
    return offered ? [target, setRoom(offered)] : null;
  }
  if (active || offeredBooking(ctx.history) || !project.flow.book) return null;
  const last = ctx.history.at(-1);
  if (last?.role !== 'bot' || last.text.trim().endsWith('?') || !agreesOnly(text) || !TAKES_RECOMMENDED.test(normalizeText(text))) return null;
  const suggested = roomJustSuggested(ctx.history, rooms);
  return suggested ? [{ command: 'start flow', flow: project.flow.book }, setRoom(suggested)] : null;
}

/**
 * The caller goes on past the one room just suggested («…свободен «Комфорт» — 17 800 рублей. Бронируем его?» →
 * «записывайте на петрова ивана», a phone): the booking's later answers given at the room question agree to that
 * room (tester kind B3: a valid answer out of order is taken, not «не понятно»). A «не»/«нет» in the message, or
 * a room named, is no agreement; dates or the party changed are not either (the rooms are offered again for them).
 */
export function roomAgreedByGoingOn(project: GeneratorProject, turn: DecisionTurn, commands: readonly Command[]): Command | null {
  const { said, ctx, active, asked, x } = turn;
  const rooms = project.options.hotel?.room_types ?? [];
  if (!active || asked !== project.slot.roomType || x.room || NEGATED.test(said) || rooms.length === 0) return null;
  const later = new Set([project.slot.guestName, project.slot.guestPhone]);
  if (!commands.some((c) => c.command === 'set slot' && later.has(c.name))) return null;
  if (commands.some((c) => c.command === 'start flow' || (c.command === 'set slot' && c.name === project.slot.roomType))) return null;
  const suggested = roomJustSuggested(ctx.history, rooms);
  const offered = ctx.slots[project.slot.roomChoices];
  if (!suggested || (Array.isArray(offered) && !offered.includes(suggested))) return null;
  return { command: 'set slot', name: project.slot.roomType, value: suggested, extractor: project.extractor };
}

// the pet slot's value when no pet comes (its initial value in domain.yml)
const NO_PET = 'нет';
