// Shared by the NLU tests: the project's own flows, domain, hotel and a model trained once per process.
import { loadDomain, loadFlows } from '../../../src/config/engine-files.ts';
import type { Problem } from '../../../src/config/errors.ts';
import { loadHotel } from '../../../src/config/hotel-file.ts';
import type { UnderstandingContext } from '../../../src/understanding/types.ts';
import { OfflineCommandGenerator } from '../../../src/understanding/nlu/generator.ts';
import { HOTEL_BOOKING_VOCABULARY } from '../../../src/hotel/booking-vocabulary.ts';
import { trainNluModel } from '../../../src/understanding/nlu/train.ts';
import type { Command, SlotValue } from '../../../src/engine/commands.ts';

let generator: Promise<OfflineCommandGenerator> | null = null;

export function projectGenerator(): Promise<OfflineCommandGenerator> {
  generator ??= (async () => {
    const problems: Problem[] = [];
    const flows = loadFlows(['data/flows.yml'], problems);
    const domain = loadDomain(['domain.yml'], problems);
    const hotel = loadHotel('data/hotel.yml');
    const model = await trainNluModel(['data/nlu.yml']);
    return new OfflineCommandGenerator({ model, hotel, flows, domain, vocabulary: HOTEL_BOOKING_VOCABULARY });
  })();
  return generator;
}

export function context(over: Partial<UnderstandingContext> = {}, slots: Record<string, SlotValue> = {}): UnderstandingContext {
  return {
    senderId: 'test',
    now: new Date('2026-11-24T12:00:00+03:00'),
    timezone: 'Europe/Moscow',
    activeFlow: null,
    requestedSlot: null,
    slots,
    history: [],
    channel: 'rest',
    ...over,
  };
}

/** The commands the project's generator gives for a message in a context. */
export async function commands(text: string, ...ctx: Parameters<typeof context>): Promise<Command[]> {
  const g = await projectGenerator();
  return (await g.understand(text, context(...ctx))).commands;
}

/** The slots those commands set. */
export function slots(cs: Command[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of cs) if (c.command === 'set slot') out[c.name] = c.value;
  return out;
}

/** A booking in progress, asking for this slot. */
export const booking = (requestedSlot: string | null) => ({ activeFlow: 'book_room', requestedSlot });
