// Hotel flows and domain in the team's slot contract, plus a context builder and a tiny offline generator.
import type { Command } from '../../../src/engine/commands.ts';
import type { Domain, SlotDefinition } from '../../../src/engine/domain/types.ts';
import type { Flow } from '../../../src/engine/flows/types.ts';
import type { CommandGenerator, Understanding, UnderstandingContext } from '../../../src/understanding/types.ts';

const fromLlm = [{ type: 'from_llm' as const }];

function slot(name: string, type: SlotDefinition['type'], extra: Partial<SlotDefinition> = {}): SlotDefinition {
  return { name, type, mappings: fromLlm, ...extra };
}

export const domain: Domain = {
  intents: ['book_room', 'cancel_booking'],
  entities: [],
  actions: ['action_create_booking', 'action_cancel_booking'],
  responses: {},
  session_config: { session_expiration_time: 60, carry_over_slots_to_new_session: true },
  slots: {
    check_in_date: slot('check_in_date', 'text'),
    check_out_date: slot('check_out_date', 'text'),
    adults: slot('adults', 'float', { description: 'сколько взрослых гостей' }),
    children: slot('children', 'float', { initial_value: 0 }),
    children_ages: slot('children_ages', 'any'),
    room_type: slot('room_type', 'categorical', { values: ['standard', 'comfort', 'family', 'suite'] }),
    guest_name: slot('guest_name', 'text'),
    guest_phone: slot('guest_phone', 'text'),
    booking_confirmation: slot('booking_confirmation', 'bool'),
    booking_code: slot('booking_code', 'text', { mappings: [{ type: 'controlled' }] }),
    booking_reference: slot('booking_reference', 'text'),
    cancel_confirmation: slot('cancel_confirmation', 'bool'),
  },
};

export const flows: Flow[] = [
  {
    id: 'book_room',
    description: 'Забронировать номер в гостинице на даты',
    steps: [
      { kind: 'collect', collect: 'check_in_date', description: 'дата заезда, ГГГГ-ММ-ДД' },
      { kind: 'collect', collect: 'check_out_date', description: 'дата выезда, ГГГГ-ММ-ДД' },
      { kind: 'collect', collect: 'adults' },
      {
        kind: 'collect',
        collect: 'children',
        next: [
          // biome-ignore lint/suspicious/noThenProperty: `then` is the Rasa flow branch key (Branch in flows/types.ts)
          { if: 'slots.children > 0', then: [{ kind: 'collect', collect: 'children_ages', description: 'возраст каждого ребёнка' }] },
          // biome-ignore lint/suspicious/noThenProperty: `then` is the Rasa flow branch key (Branch in flows/types.ts)
          { then: 'room' },
        ],
      },
      { id: 'room', kind: 'collect', collect: 'room_type', description: 'тип номера' },
      { kind: 'call', call: 'collect_contact' },
      { kind: 'collect', collect: 'booking_confirmation', ask_before_filling: true },
      { kind: 'action', action: 'action_create_booking' },
    ],
  },
  {
    id: 'collect_contact',
    description: 'Узнать имя и телефон гостя',
    if: 'False',
    steps: [
      { kind: 'collect', collect: 'guest_name', description: 'имя и фамилия гостя в именительном падеже' },
      { kind: 'collect', collect: 'guest_phone', description: 'телефон гостя' },
    ],
  },
  {
    id: 'cancel_booking',
    description: 'Отменить существующую бронь',
    steps: [
      { kind: 'collect', collect: 'booking_reference', description: 'код брони или телефон' },
      { kind: 'collect', collect: 'cancel_confirmation', ask_before_filling: true },
      { kind: 'action', action: 'action_cancel_booking' },
    ],
  },
  { id: 'find_booking', description: 'Найти бронь и напомнить её детали', steps: [{ kind: 'collect', collect: 'booking_reference' }] },
  { id: 'pattern_search', description: 'Ответ на вопрос из базы знаний', isPattern: true, steps: [{ kind: 'action', action: 'action_trigger_search' }] },
];

export const NOW = new Date(process.env.PORTIER_NOW ?? '2026-11-24T12:00:00+03:00');

export function context(overrides: Partial<UnderstandingContext> = {}): UnderstandingContext {
  return {
    senderId: 'test-caller',
    now: NOW,
    timezone: 'Europe/Moscow',
    activeFlow: null,
    requestedSlot: null,
    slots: {},
    history: [],
    channel: 'rest',
    ...overrides,
  };
}

/** A real (if tiny) offline generator: knows "забронировать" and "отменить", nothing else. */
export class KeywordGenerator implements CommandGenerator {
  readonly name = 'keywords';
  calls = 0;
  async understand(text: string): Promise<Understanding> {
    this.calls++;
    const commands: Command[] = /заброн/i.test(text)
      ? [{ command: 'start flow', flow: 'book_room' }]
      : /отмен/i.test(text)
        ? [{ command: 'start flow', flow: 'cancel_booking' }]
        : [{ command: 'cannot handle' }];
    return { text, intent: { name: null, confidence: 0 }, entities: [], commands, source: 'nlu' };
  }
}
