// The hotel assistant's custom actions, for in-process use and for `portier run actions`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CustomAction } from '../src/engine/actions.ts';
import { answerInEnglishAction } from './answer-in-english.ts';
import { cancelBookingAction } from './cancel-booking.ts';
import { changeBookingAction, quoteChangeAction } from './change-booking.ts';
import { checkAvailabilityAction } from './check-availability.ts';
import { checkCheckInAction } from './check-check-in.ts';
import { checkPartyAction } from './check-party.ts';
import { checkCodeReminderAction, sendCodeReminderAction } from './code-reminder.ts';
import { createBookingAction } from './create-booking.ts';
import { findBookingAction } from './find-booking.ts';
import { ownPhoneProofAction } from './own-phone.ts';
import { quotePriceAction } from './quote-price.ts';
import { renameBookingAction } from './rename-booking.ts';
import { introduceHotelAction } from './introduce-hotel.ts';
import { checkCallTransferAction, receptionPhoneAction } from './reception-phone.ts';
import { sessionStartAction } from './session-start.ts';
import { startBookingAction } from './start-booking.ts';
import { tellMinorsRuleAction } from './minors-rule.ts';
import { useCallerPhoneAction } from './use-caller-phone.ts';
import { answerUnsupportedAction } from './unsupported-request.ts';

export const bookingActions: CustomAction[] = [
  sessionStartAction,
  checkAvailabilityAction,
  checkCheckInAction,
  checkPartyAction,
  startBookingAction,
  tellMinorsRuleAction,
  quotePriceAction,
  createBookingAction,
  findBookingAction,
  ownPhoneProofAction,
  cancelBookingAction,
  quoteChangeAction,
  changeBookingAction,
  renameBookingAction,
  useCallerPhoneAction,
  answerInEnglishAction,
  receptionPhoneAction,
  checkCallTransferAction,
  introduceHotelAction,
  answerUnsupportedAction,
  checkCodeReminderAction,
  sendCodeReminderAction,
];

// The knowledge action (actions/knowledge.ts) is written separately; it joins when present.
const knowledgeFile = fileURLToPath(new URL('./knowledge.ts', import.meta.url));
const knowledge: CustomAction[] = [];
if (existsSync(knowledgeFile)) {
  const mod = (await import(new URL('./knowledge.ts', import.meta.url).href)) as { knowledgeAction?: CustomAction };
  if (mod.knowledgeAction) knowledge.push(mod.knowledgeAction);
}

/** Every custom action of the hotel assistant. */
export function hotelActions(): CustomAction[] {
  return [...bookingActions, ...knowledge];
}
