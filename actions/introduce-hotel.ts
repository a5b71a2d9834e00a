// action_introduce_hotel: «куда я попала?», «это гостиница?», «вы робот?» — the hotel says who answered: its name
// and city from data/hotel.yml, and what the assistant does (utter_introduce_hotel).
import type { ActionCall, ActionResult, ActionServices, CustomAction } from '../src/engine/actions.ts';
import { hotelServices, Reply } from './services.ts';

export function introduceHotel(_call: ActionCall, services: ActionServices): ActionResult {
  const { hotel } = hotelServices('action_introduce_hotel', services);
  const title = hotel.hotel.city ? `${hotel.hotel.name}, ${hotel.hotel.city}` : hotel.hotel.name;
  return new Reply().utter('utter_introduce_hotel', { hotel_title: title, hotel_name: hotel.hotel.name }).result();
}

export const introduceHotelAction: CustomAction = {
  name: 'action_introduce_hotel',
  run: async (call: ActionCall, services: ActionServices) => introduceHotel(call, services),
};
