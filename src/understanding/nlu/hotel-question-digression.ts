// A question about the hotel asked in the middle of a request is a digression: answered (the knowledge command),
// filling nothing — unless the message is in fact an answer to the step, or a change of the booking.
import type { Command } from '../../engine/commands.ts';
import { describePet, petMention, petRefusal } from '../knowledge/topics.ts';
import { roomsWanted } from '../lang-ru/index.ts';
import { answersAsked } from './answers-asked.ts';
import { sameValue } from './corrections.ts';
import type { DecisionTurn } from './decision-turn.ts';
import type { GeneratorProject } from './generator-project.ts';
import { nameIsAll } from './name-answers.ts';
import { ALLOWED_ASKED, ASKING, asksRoomPreference } from './question-shapes.ts';
import { roomWishes, slotValues } from './slot-values.ts';

// whether something is paid for, or its price: a question even with no question word («а кроватка бесплатно»)
const PAID_ASKED = /(?<![а-я])(?:бесплатн\S*|платн\S*|плати\S*|платят|доплат\S*|доплач\S*|заплат\S*|за деньги|стоит|стоить|почем|цена)(?![а-я])/;

/**
 * `asksHotel`: the message is a hotel question by its shape (question-cues.ts); `changesBooking`: it changes the
 * booking in progress or the one made here («а можно вместо стандарта комфорт?» sounds like a question).
 */
export function hotelQuestionDigression(project: GeneratorProject, turn: DecisionTurn, asksHotel: boolean, changesBooking: boolean): Command[] | null {
  const { text, said, intent, confident, x, ctx, active, asked, askedType } = turn;
  // a surname given as a booking's proof is an answer, even one that sounds like a topic («Котова», «Парковкина»)
  const givesProof = asked === project.slot.bookingProof && !text.includes('?') && !ASKING.test(said) && answersAsked(project, x, asked, askedType, text);
  // «слушайте, а вайфай в номерах бесплатный» to the name question: a name read from a question with words
  // besides it («в номерах бесплатный») is no answer
  const nameInQuestion = asked === project.slot.guestName && !!x.name && !nameIsAll(x.name, text);
  // «нас двое и кошка» to the guests question answers it (the pet is noted for the room's rule): a topic word in
  // an answer makes no question of it; «нас двое и кошка, можно?» asks, and the answer is kept all the same
  const answersStep = answersAsked(project, x, asked, askedType, text);
  const asksOutright = text.includes('?') || ASKING.test(said) || ALLOWED_ASKED.test(said);
  // «а какой подешевле?» at the room question asks before choosing: answered, and the room asked again
  if (asked === project.slot.roomType && x.room?.byPreference && asksRoomPreference(text) && !x.stay.check_in && !x.name && !x.phone)
    return [{ command: 'knowledge' }];
  // «и ещё один номер для родителей» while booking: the rooms wanted, not a question
  const roomsSaid = active === project.flow.book && !!roomsWanted(text, project.options.hotel?.room_types ?? []) && !text.includes('?');
  if (
    !(
      intent === 'ask_hotel_info' &&
      confident &&
      !changesBooking &&
      !roomsSaid &&
      !givesProof &&
      ((asksHotel && !(answersStep && !asksOutright)) || nameInQuestion || ASKING.test(said) || !answersStep)
    )
  )
    return null;
  // «а у нас собака тридцать кило» during a booking: answered now, and remembered for the room's pet rule
  // (a pet over the weight limit is refused by the answer itself: nothing left to check later)
  const mention = petMention(text);
  const checkLater = !!mention && !!project.options.hotel && !petRefusal(project.options.hotel, mention);
  const pet = checkLater && active && project.settable(active).has(project.slot.pet) && project.petNotYetPassed.has(asked ?? '') ? describePet(text) : null;
  // «администратор не нужен, а во сколько завтрак?» to an offer: the no is taken too, so it is not asked again
  if (asked && askedType === 'bool' && x.yesNo === false && active !== project.flow.book)
    return [{ command: 'set slot', name: asked, value: false, extractor: project.extractor }, { command: 'knowledge' }];
  // «а детскую кроватку можно? у нас малыш» while booking: answered, and the wish kept for the booking
  const wishes = active ? roomWishes(project, ctx, text).filter((v) => project.settable(active).has(v.name)) : [];
  // the stay's details given with a question about the pet or a wish («двое и кошка, можно?», «нас двое, кровати
  // раздельные можно?» at the guests step) are kept
  const kept =
    answersStep && (mention || wishes.length) && active && asked && project.stayAnswers.has(asked)
      ? slotValues(project, x, ctx, active, intent, text).filter(
          (v) =>
            v.name !== project.slot.pet && v.name !== project.slot.roomWishes && project.settable(active).has(v.name) && !sameValue(ctx.slots[v.name], v.value),
        )
      : [];
  const sets: Command[] = kept.map((v) => ({ command: 'set slot', name: v.name, value: v.value, extractor: project.extractor }));
  if (pet && !sameValue(ctx.slots[project.slot.pet], pet)) sets.push({ command: 'set slot', name: project.slot.pet, value: pet, extractor: project.extractor });
  for (const v of wishes) sets.push({ command: 'set slot', name: v.name, value: v.value, extractor: project.extractor });
  // a wish said politely («этаж повыше, если можно», «можно кроватку») is no question: noted, and said back (at the
  // summary, the summary is read again with it); a wish asked about outright («а есть ли номера для колясочников?»)
  // is answered too
  // («а кроватка бесплатно?», «за раскладушку доплачивать?» ask what the wish costs: answered as well as noted)
  if (wishes.length && (asked === project.slot.bookingConfirmation || (!text.includes('?') && !ASKING.test(said) && !PAID_ASKED.test(said)))) return sets;
  return [...sets, { command: 'knowledge' }];
}
