// Leaving a request in one's own words (issue 12, tester kind 23): «ну ладно, не важно», «забудьте», «проехали»;
// and, while a room is being booked, saying it is no booking at all — «я ничего не бронирую, я про ресторан», «мне
// не номер нужен, а машина из аэропорта». The request is called off (never «без ответа продолжить не получится»),
// and whatever follows the words of leaving is a request of its own.
import { normalizeText } from '../lang-ru/text.ts';

const L = '(?<![а-я])';
const R = '(?![а-я])';
// never mind: the request is no longer wanted («не важно» alone may answer «какой номер?», so it needs «ладно»/«уже»)
const NEVER_MIND = new RegExp(
  `${L}(?:забудьте|забудь|проехали|не берите в голову|отбой|оставим это|(?:ну |да )?ладно(?: уж)?,? (?:не важно|неважно|не надо|не нужно|проехали|забудьте|оставим)|(?:не важно|неважно) уже|уже не (?:важно|надо|нужно)|да ничего(?: не надо| не нужно)?$)${R}`,
);
// no booking at all: the booking being made is not what the caller came for
const NO_BOOKING = new RegExp(
  `${L}(?:(?:я|мы) (?:же |вообще |ничего |пока )*не (?:бронирую|бронируем|заказываю|заказываем|собира\\S* (?:ничего )?бронировать|хочу (?:ничего )?бронировать)|(?:мне|нам) (?:не номер|номер не)(?: \\S+)? (?:нужен|надо|нужно)|не номер (?:мне |нам )?(?:нужен|надо|нужно)|(?:я|мы) (?:не про|не насчет|не о) (?:номер\\S*|брон\\S*|бронировани\\S*)|(?:мне|нам) не (?:нужен|надо|нужно) (?:номер|бронировать))${R}`,
);
// what is left before the other request: «а», «я», «просто», «спрашиваю»
const LEAD = /^(?:(?:а|я|мы|мне|нам|просто|вот|ну|только|нужен|нужна|нужно|надо|спрашиваю|спросить|хотела?|хотел|узнать)\s+)*/;

/**
 * The rest of a message that leaves the request in progress, or null when it does not. `booking`: a room is being
 * booked, so «я ничего не бронирую» leaves it too.
 */
export function leavesRequest(text: string, booking: boolean): { rest: string } | null {
  const t = normalizeText(text)
    .replace(/[!?.,;:—-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const m = NEVER_MIND.exec(t) ?? (booking ? NO_BOOKING.exec(t) : null);
  if (!m) return null;
  const rest = t
    .slice(m.index + m[0].length)
    .trim()
    .replace(LEAD, '')
    .trim();
  return { rest };
}
