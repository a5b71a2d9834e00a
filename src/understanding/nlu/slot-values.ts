// The slot values a message gives, read in the conversation's context (a lone date to the check-out question, a
// change of a booking, the party counted again, a room among those offered), before checking which flow takes them.
import type { SlotValue } from '../../engine/commands.ts';
import { addDays, daysBetween } from '../lang-ru/calendar.ts';
import {
  type Extracted,
  extractRoomType,
  grownOffspring,
  normalizeText,
  numberize,
  partyTotal,
  roomsCounted,
  roomsWanted,
  withoutRoomCount,
} from '../lang-ru/index.ts';
import type { RoomMention } from '../lang-ru/rooms.ts';
import { describePet } from '../knowledge/topics.ts';
import { givesUpPet } from './room-agreement.ts';
import { mergeRoomWishes, readRoomWishes } from '../lang-ru/room-wishes.ts';
import type { UnderstandingContext } from '../types.ts';
import { changeTarget, readChange } from './change-slots.ts';
import { saidLength } from './conversation-history.ts';
import { capitalisedName, correctedName, fixTarget, sameValue } from './corrections.ts';
import type { GeneratorProject } from './generator-project.ts';
import { surnameAnswer } from './name-answers.ts';
import { partyAdded } from './party-growth.ts';
import { asksRoomPreference } from './question-shapes.ts';

// «фамилия петров», «на фамилию петрова», «на имя петрова игоря»: a surname named outright beside a booking's code
const SURNAME_NAMED = /(?<![а-яё])(?:фамилия|фамилию|на имя)\s+([а-яё-]{2,}(?:\s+[а-яё-]{2,})?)\s*$/;

// «с двадцать первого», «заезд двадцать первого»: a day said as the check-in, whatever question is open
const CHECK_IN_SAID = /(?<![а-я])(?:с|со|от|заезд\S*|заселени\S*|заселимся|заедем|приедем)\s+(?:\S+\s+)?\d/;

/** «давайте подешевле» after the free rooms were listed means the cheapest of those (room_choices), not of all. */
function preferredAmongOffered(project: GeneratorProject, room: RoomMention, ctx: UnderstandingContext): string {
  const offered = ctx.slots[project.slot.roomChoices];
  if (!room.preference || !Array.isArray(offered)) return room.code;
  const codes = offered.filter((c): c is string => typeof c === 'string');
  if (room.preference === 'largest') {
    const rooms = (project.options.hotel?.room_types ?? []).filter((r) => codes.includes(r.code));
    return rooms.sort((a, b) => (b.area_m2 ?? 0) - (a.area_m2 ?? 0))[0]?.code ?? room.code;
  }
  // room_choices is ordered by the price of the stay, cheapest first
  return (room.preference === 'cheapest' ? codes[0] : codes.at(-1)) ?? room.code;
}

/** Slot values the message gives, before checking which flow may take them. */
export function slotValues(
  project: GeneratorProject,
  x: Extracted,
  ctx: UnderstandingContext,
  target: string | null,
  intent: string,
  text: string,
): { name: string; value: SlotValue }[] {
  const out: { name: string; value: SlotValue }[] = [];
  const asked = ctx.requestedSlot;
  const askedType = asked ? project.options.domain.slots[asked]?.type : undefined;
  const known = (name: string) => (typeof ctx.slots[name] === 'string' ? (ctx.slots[name] as string) : undefined);
  if (project.verifying.has(asked ?? '')) x = { ...x, stay: {}, guests: {} };
  // changing a booking: extensions, a moved stay, a day kept as booked, people added (nlu/change-slots.ts)
  const change = target && project.settable(target).has(project.slot.extraNights) ? readChange(x, ctx.slots, text, project.slot) : null;
  if (change) x = change.x;
  let { check_in, check_out } = x.stay;
  // both, so that «нет, на неделю позже» after a misheard «продлить» replaces the one said before
  if (change && change.extraNights !== null && change.shiftDays !== null) {
    const set = (slot: string) => typeof ctx.slots[slot] === 'number' && ctx.slots[slot] !== 0;
    if (change.extraNights || set(project.slot.extraNights)) out.push({ name: project.slot.extraNights, value: change.extraNights });
    if (change.shiftDays || set(project.slot.shiftDays)) out.push({ name: project.slot.shiftDays, value: change.shiftDays });
  }
  if (change?.extraAdults) out.push({ name: project.slot.extraAdults, value: change.extraAdults });
  const knownIn = known(project.slot.checkIn);
  const knownOut = known(project.slot.checkOut);
  // a lone date given when the check-out is asked is the check-out («ой нет, с двадцать первого» is the check-in corrected)
  // (one before the check-in too, which the flow then questions; the check-in itself said again is only repeated)
  if (asked === project.slot.checkOut && check_in && !check_out && knownIn && check_in !== knownIn && !CHECK_IN_SAID.test(numberize(normalizeText(text)))) {
    check_out = check_in;
    check_in = undefined;
  }
  // «заезд 15 января, выезд 10 января»: a check-out on or before the check-in is passed on as said, so the flow's date
  // check tells the caller why it cannot be (action_check_check_in)
  const backwards = x.stay.backwards;
  const startsOn = check_in ?? knownIn;
  if (!check_out && backwards && startsOn && backwards <= startsOn) check_out = backwards;
  if (check_in) {
    out.push({ name: project.slot.checkIn, value: check_in });
    // a moved check-in keeps the number of nights when it passes the old check-out, or when the caller
    // gave the stay as a length («на две ночи»); a check-out said as a date stays put otherwise
    if (!check_out && knownIn && knownOut && check_in !== knownIn && (check_in >= knownOut || saidLength(ctx.history))) {
      check_out = addDays(check_in, daysBetween(knownIn, knownOut));
    }
    // the stay's length said before its first day («на три ночи» … «с пятнадцатого») ends it that many nights later
    const nights = project.slot.stayNights ? ctx.slots[project.slot.stayNights] : undefined;
    if (!check_out && !knownOut && typeof nights === 'number' && nights > 0) check_out = addDays(check_in, nights);
  }
  // «на три ночи» with no day said or known: the length is kept for the check-in to come
  if (project.slot.stayNights && x.stay.nights && !check_in && !knownIn) out.push({ name: project.slot.stayNights, value: x.stay.nights });
  if (check_out) out.push({ name: project.slot.checkOut, value: check_out });
  // «да, давайте» to the nearest free dates offered for a full night takes those dates
  const offeredIn = known(project.slot.suggestedCheckIn);
  const offeredOut = known(project.slot.suggestedCheckOut);
  if (!check_in && !check_out && asked === project.slot.checkIn && offeredIn && offeredOut && (x.yesNo === true || intent === 'affirm')) {
    out.push({ name: project.slot.checkIn, value: offeredIn }, { name: project.slot.checkOut, value: offeredOut });
  }
  // «да» to a single room offered («Подойдёт «Семейный»?») takes that room
  const offeredRooms = ctx.slots[project.slot.roomChoices];
  if (
    !x.room &&
    asked === project.slot.roomType &&
    Array.isArray(offeredRooms) &&
    offeredRooms.length === 1 &&
    typeof offeredRooms[0] === 'string' &&
    (x.yesNo === true || intent === 'affirm')
  ) {
    out.push({ name: project.slot.roomType, value: offeredRooms[0] });
  }
  // «31 ноября»: passed on in date shape, so the flow has the hotel's date check say that no such date exists
  const impossible = x.stay.impossible;
  if (impossible) {
    const asOut = impossible.role === 'out' || (asked === project.slot.checkOut && !!knownIn && !check_in);
    if (asOut ? !check_out : !check_in) out.push({ name: asOut ? project.slot.checkOut : project.slot.checkIn, value: impossible.date });
  }
  const g = { ...x.guests };
  // «нас будет четверо» once two children are counted: four in all, so two adults
  const kidsKnown = typeof ctx.slots[project.slot.children] === 'number' ? (ctx.slots[project.slot.children] as number) : 0;
  const total = kidsKnown > 0 && g.children === undefined && g.adults !== undefined ? partyTotal(text) : null;
  if (total !== null && total === g.adults && total > kidsKnown) g.adults = total - kidsKnown;
  // «дочь с нами, ей двадцать пять» once she was counted as a child: one adult more, one child less
  const adultsKnown = typeof ctx.slots[project.slot.adults] === 'number' ? (ctx.slots[project.slot.adults] as number) : 0;
  const grown = kidsKnown > 0 && adultsKnown > 0 ? Math.min(grownOffspring(text), kidsKnown) : 0;
  if (grown > 0) {
    g.adults = adultsKnown + grown;
    g.children = kidsKnown - grown;
    delete g.children_ages;
  }
  // «с нами ещё свекровь поедет» while booking: one more than counted, not the party read from the person named
  const added = partyAdded(project, ctx, text, x);
  if (added) {
    delete g.adults;
    delete g.children;
    delete g.children_ages;
    Object.assign(g, added);
  }
  if (g.adults !== undefined && g.adults > 0) out.push({ name: project.slot.adults, value: g.adults });
  out.push(...assumedAdults(project, g, ctx, text));
  if (g.children !== undefined) out.push({ name: project.slot.children, value: g.children });
  if (g.children_ages?.length) out.push({ name: project.slot.childrenAges, value: g.children_ages });
  if (x.room && (!x.room.byPreference || ((asked === project.slot.roomType || intent === 'book_room' || intent === 'inform') && !asksRoomPreference(text))))
    out.push({ name: project.slot.roomType, value: preferredAmongOffered(project, x.room, ctx) });
  // «фамилия Соколовский» to a held «Иван Соколов» corrects the surname; the first name stays
  if (x.name) out.push({ name: project.slot.guestName, value: correctedName(ctx.slots[project.slot.guestName], x.name) });
  // the right name asked by the rename of a booking made here: one part or the whole, merged by the action
  const renamed = project.slot.renamedGuest;
  if (renamed && asked === renamed) {
    const right = x.name ?? surnameAnswer(text);
    if (right) out.push({ name: renamed, value: right });
    // in the booking being made, the name it holds is corrected at once (the summary is read again with it)
    if (right && typeof ctx.slots[project.slot.guestName] === 'string')
      out.push({ name: project.slot.guestName, value: correctedName(ctx.slots[project.slot.guestName], capitalisedName(right)) });
  }
  // «мы с собакой» while booking: the room type's pet rule is checked before the booking is made
  // (later in the booking the answer about pets names the room's rule at once, and the slot is not reopened)
  const pet = !ctx.activeFlow || project.petNotYetPassed.has(asked ?? '') ? (givesUpPet(text) ? null : (describePet(text) ?? x.earlierPet ?? null)) : null;
  if (pet) out.push({ name: project.slot.pet, value: pet });
  out.push(...roomWishes(project, ctx, text));
  // «нам два номера», «и ещё один номер для детей»: said once, remembered for the booking being made
  const hotelRooms = project.options.hotel?.room_types ?? [];
  // («и ещё один номер» once a booking is made here and none is under way: simply the next booking, of one room)
  const booked = !ctx.activeFlow && typeof ctx.slots[project.slot.provenBooking] === 'string' && ctx.slots[project.slot.provenBooking] !== '';
  const rooms = booked && !roomsCounted(text, hotelRooms) ? null : roomsWanted(text, hotelRooms);
  // «нам две комнаты» is two rooms, not the type with two rooms
  if (rooms && x.room && !x.room.byPreference && !extractRoomType(withoutRoomCount(text), hotelRooms)) {
    const i = out.findIndex((v) => v.name === project.slot.roomType);
    if (i >= 0) out.splice(i, 1);
  }
  if (rooms && !(typeof ctx.slots[project.slot.roomsWanted] === 'number' && (ctx.slots[project.slot.roomsWanted] as number) >= rooms)) {
    out.push({ name: project.slot.roomsWanted, value: rooms });
    // «два номера на четверых» is the party of all the rooms: the first room's guests are asked (one booking is one
    // room), never all of them put in one room
    for (const slot of [project.slot.adults, project.slot.children, project.slot.childrenAges]) {
      const i = out.findIndex((v) => v.name === slot);
      if (i >= 0) out.splice(i, 1);
    }
  }
  const collects = target ? project.settable(target) : new Set<string>();
  const reminder = project.slot.codeReminderPhone;
  if (x.phone) {
    // the booking-code reminder takes the phone the booking was made with, to send its code there
    if (reminder && collects.has(reminder)) out.push({ name: reminder, value: x.phone });
    // in the booking flows that prove identity a phone is the proof, given before or after the code
    else if (collects.has(project.slot.bookingProof) && !collects.has(project.slot.guestPhone)) out.push({ name: project.slot.bookingProof, value: x.phone });
    else if (collects.has(project.slot.bookingReference) && !collects.has(project.slot.guestPhone))
      out.push({ name: project.slot.bookingReference, value: x.phone });
    else out.push({ name: project.slot.guestPhone, value: x.phone });
  } else if (
    x.bookingCode &&
    collects.has(project.slot.bookingProof) &&
    !collects.has(project.slot.guestPhone) &&
    ctx.slots[project.slot.bookingProof] == null
  ) {
    // «код …, фамилия Петров»: the code and its proof in one breath, so the proof is not asked for again
    const surname = x.name ?? SURNAME_NAMED.exec(normalizeText(text))?.[1] ?? null;
    if (surname) out.push({ name: project.slot.bookingProof, value: surname });
  } else if (asked === project.slot.bookingProof) {
    // «на семейный» names a room, not the guest (tester kind 13: it was checked as a surname and counted as a miss)
    const surname = x.room && !x.room.byPreference ? null : surnameAnswer(text);
    if (surname) out.push({ name: project.slot.bookingProof, value: surname });
  }
  if (asked === project.slot.changeTarget) {
    const what = changeTarget(x, text);
    if (what) out.push({ name: project.slot.changeTarget, value: what });
  }
  // «имя неправильно» to «что исправить?» names the part; a new value itself («даты с 9 по 11») is a correction
  if (asked === project.slot.bookingFix && out.length === 0) {
    const what = fixTarget(x, text);
    if (what) out.push({ name: project.slot.bookingFix, value: what });
  }
  if (x.bookingCode) out.push({ name: project.slot.bookingReference, value: x.bookingCode });
  // «на Петрова» to «код брони или телефон?»: the lookup says it needs a code or a phone, rather than «не понял»
  else if (x.name && !x.phone && asked === project.slot.bookingReference) out.push({ name: project.slot.bookingReference, value: x.name });
  if (x.email) for (const s of project.slot.guestEmails) if (collects.has(s)) out.push({ name: s, value: x.email });
  // an e-mail given when the phone is asked (the caller would rather not give a phone) is the contact
  if (x.email && !x.phone && asked === project.slot.guestPhone) out.push({ name: project.slot.guestPhone, value: x.email });
  if (asked && askedType === 'bool') {
    let yes = x.yesNo;
    if (yes === null && (intent === 'affirm' || intent === 'deny')) yes = intent === 'affirm';
    // «нет, на 15-е» is a correction, not a refusal; a value that changes nothing is no correction
    const corrects = out.some((v) => !sameValue(ctx.slots[v.name], v.value));
    // another number given instead of the caller id answers «use this one?» with no
    if (asked === project.slot.useCallerPhone && x.phone) out.push({ name: asked, value: false });
    else if (yes !== null && !corrects) out.push({ name: asked, value: yes });
  }
  return out;
}

/**
 * «нас четверо» … «двое из них дети»: the adults were a bare count (marked by the hotel's availability check, which
 * says «взрослых»), so the children said after it were among those counted, unless they come in addition («и ещё
 * ребёнок»).
 */
function assumedAdults(project: GeneratorProject, g: Extracted['guests'], ctx: UnderstandingContext, text: string): { name: string; value: SlotValue }[] {
  const slot = project.slot.adultsAssumed;
  const known = ctx.slots[project.slot.adults];
  if (!slot || ctx.slots[slot] !== true || g.adults !== undefined || !g.children || typeof known !== 'number') return [];
  const added = /(?<![а-я])(?:ещ[её]|плюс|кроме (?:нас|того)|также|тоже)(?![а-я])/.test(normalizeText(text));
  return added || known <= g.children ? [] : [{ name: project.slot.adults, value: known - g.children }];
}

/**
 * «и чтобы кровати раздельные», «мама у нас на коляске»: wishes for the room, added to those noted (or taken back),
 * kept on the booking for staff and said back in its summary (lang-ru/room-wishes.ts).
 */
export function roomWishes(project: GeneratorProject, ctx: UnderstandingContext, text: string): { name: string; value: SlotValue }[] {
  const slot = project.slot.roomWishes;
  if (!slot) return [];
  const merged = mergeRoomWishes(ctx.slots[slot], readRoomWishes(text));
  return merged === null ? [] : [{ name: slot, value: merged }];
}
