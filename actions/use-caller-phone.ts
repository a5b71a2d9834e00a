// action_use_caller_phone: takes the number the caller is calling from as the booking's contact phone.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { toE164 } from '../src/hotel/phone.ts';
import { Reply, slotText } from './services.ts';

export async function useCallerPhone(call: ActionCall): Promise<ActionResult> {
  const phone = toE164(slotText(call, 'caller_phone') ?? '');
  // Without a usable caller number the flow simply asks for one.
  return new Reply().set('guest_phone', phone).result();
}

export const useCallerPhoneAction: CustomAction = {
  name: 'action_use_caller_phone',
  run: (call: ActionCall, _services: ActionServices) => useCallerPhone(call),
};
