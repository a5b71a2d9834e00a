// Does the message carry a value for the slot being asked, so that an answer shaped like a question still counts?
import type { Extracted } from '../lang-ru/index.ts';
import { changeTarget } from './change-slots.ts';
import { fixTarget } from './corrections.ts';
import type { GeneratorProject } from './generator-project.ts';
import { surnameAnswer } from './name-answers.ts';
import { namesOwnPhone } from './own-phone.ts';
import { asksRoomPreference } from './question-shapes.ts';

export function answersAsked(project: GeneratorProject, x: Extracted, asked: string | null, type: string | undefined, text = ''): boolean {
  if (!asked) return false;
  if (type === 'bool') return x.yesNo !== null;
  switch (asked) {
    case project.slot.checkIn:
    case project.slot.checkOut:
      return !!(x.stay.check_in || x.stay.check_out || x.stay.nights);
    case project.slot.adults:
    case project.slot.children:
      return x.guests.adults !== undefined || x.guests.children !== undefined;
    // «какой-нибудь попроще», «самый простой» answer «какой номер?» as well as a room's name does
    case project.slot.roomType:
      return !!x.room && (!x.room.byPreference || !asksRoomPreference(text));
    case project.slot.guestName:
      return !!x.name;
    case project.slot.guestPhone:
      return !!x.phone || !!x.email;
    case project.slot.bookingReference:
      return !!(x.phone || x.bookingCode || x.name);
    // the booking's phone, or a surname the name reader may not know: a short answer of words counts
    case project.slot.bookingProof:
      return !!(x.phone || x.name) || (surnameAnswer(text) !== null && !(x.room && !x.room.byPreference));
    // the phone of the booking whose code is to be sent, or «на этот номер» on a call
    case project.slot.codeReminderPhone:
      return !!x.phone || namesOwnPhone(text);
    case project.slot.bookingFix:
      return fixTarget(x, text) !== null;
    case project.slot.changeTarget:
      return changeTarget(x, text) !== null;
    default:
      return false;
  }
}
