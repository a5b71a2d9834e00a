// «можно ли бесплатно отменить бронь?», «бронь отменить можно?»: the cancellation rule asked about, which the model
// may take for a request to cancel a booking now.
import { normalizeText } from '../lang-ru/index.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';

const CANCELLATION_POLICY_QUESTION =
  /(?<![а-я])(можно ли|если|до како\S+|до скольки|за сколько|как(?:ие|ое|ая) услови\S*|услови\S*|бесплатн\S*|штраф\S*|верн(?:ут|ёте|ете|ется)|удерж\S*|платн\S*)(?![а-я])/;
// «бронь отменить можно?», «отменить потом можно будет?», «а отказаться вообще реально?»: the rule asked in a
// question's shape (a «можно» after the verb, a future, «потом», «вообще») — a request puts «можно» first («можно
// отменить мою бронь») or names its booking («мою», «нашу»), and a booking of this conversation makes it one too
const CANCELLATION_RULE_SHAPE =
  /(?:отмен\S*|отказ\S*|аннулир\S*)(?:\s+\S+){0,2}\s+(?:можно|реально|получится)(?:\s+будет)?\s*$|можно будет|(?<![а-я])(?:потом|в случае чего|вообще|заранее)(?![а-я])/;
const OWN_BOOKING = /(?<![а-я])(?:мо[юейя]|мой|наш[уае]?|нашей)(?![а-я])/;

/** A cancellation the model heard, outside a flow, that asks about the policy: answered from the facts. */
export function asksCancellationRule(project: GeneratorProject, turn: DecisionTurn): boolean {
  const { text, intent, x, ctx, active } = turn;
  if (active || intent !== 'cancel_booking' || x.bookingCode || x.phone) return false;
  // «можно ли бесплатно отменить бронь?», «если я отменю, деньги вернут?»: a question about the cancellation
  // policy, not a request to cancel a booking now
  if (CANCELLATION_POLICY_QUESTION.test(normalizeText(text))) return true;
  const plain = normalizeText(text)
    .replace(/[?!.]+/g, ' ')
    .trim();
  return !project.provenBooking(ctx) && CANCELLATION_RULE_SHAPE.test(plain) && !OWN_BOOKING.test(plain);
}
