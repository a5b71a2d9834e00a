// action_introduce_hotel: «куда я попала?», «это гостиница?», «вы робот?» — the hotel says who answered: its name
// and city from data/hotel.yml, and what the assistant does (utter_introduce_hotel). A hotel named by the caller is
// confirmed («это „Невский берег“?» → «Да, это …», utter_introduce_hotel_confirmed) or set right («это „Астория“?» →
// «Нет, это …», utter_introduce_hotel_other).
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { hotelChecked, hotelTitle } from '../src/understanding/knowledge/hotel-name.ts';
import { hotelServices, Reply } from './services.ts';

const RESPONSE = { ours: 'utter_introduce_hotel_confirmed', other: 'utter_introduce_hotel_other' } as const;

export function introduceHotel(call: ActionCall, services: ActionServices): ActionResult {
  const { hotel } = hotelServices('action_introduce_hotel', services);
  const title = hotelTitle(hotel);
  const checked = hotelChecked(call.tracker.latest_message?.text ?? '', hotel);
  return new Reply().utter(checked ? RESPONSE[checked] : 'utter_introduce_hotel', { hotel_title: title, hotel_name: hotel.hotel.name }).result();
}

export const introduceHotelAction: CustomAction = {
  name: 'action_introduce_hotel',
  run: async (call: ActionCall, services: ActionServices) => introduceHotel(call, services),
};
