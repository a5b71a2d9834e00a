// action_rename_booking: writes the guest's name right in the booking made or found and proven in this conversation
// («фамилию не так записали, правильно Соколовский»). A part said alone corrects that part; the stay and its price
// stay as booked, and the guest is told of the change in writing as of any other.
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { BookingNotFoundError, HotelValidationError } from '../src/hotel/errors.ts';
import { declineName } from '../src/hotel/names-ru.ts';
import { capitalisedName, correctedName } from '../src/understanding/nlu/corrections.ts';
import { type HotelServices, hotelServices, Reply, slotText } from './services.ts';

const RENAMED = 'renamed_guest_name';

export async function renameBooking(call: ActionCall, services: HotelServices): Promise<ActionResult> {
  const reply = new Reply().set(RENAMED, null);
  // only the booking proven here: made in this conversation (action_create_booking) or found with its proof
  const code = slotText(call, 'verified_booking_code');
  const said = slotText(call, RENAMED);
  if (!code || !said) return reply.say('Исправить имя в брони может администратор на ресепшене.').result();
  try {
    const [booking] = await services.pms.findBookings({ code });
    if (!booking) throw new BookingNotFoundError(code);
    const name = correctedName(booking.guest_name, capitalisedName(said));
    if (name === booking.guest_name) return reply.say(`Бронь и так на имя ${declineName(name)}.`).result();
    await services.pms.changeBooking(code, { guest_name: name });
    return reply
      .say(`Хорошо, исправила: бронь на имя ${declineName(name)}.`)
      .set('guest_name', name)
      .result();
  } catch (e) {
    if (e instanceof HotelValidationError) return reply.say('Не разобрала имя. Повторите, пожалуйста, как правильно.').result();
    if (e instanceof BookingNotFoundError) return reply.say('Эта бронь уже не действует, исправлять в ней нечего.').result();
    throw e;
  }
}

export const renameBookingAction: CustomAction = {
  name: 'action_rename_booking',
  run: (call: ActionCall, services: ActionServices) => renameBooking(call, hotelServices('action_rename_booking', services)),
};
