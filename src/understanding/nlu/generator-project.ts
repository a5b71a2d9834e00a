// What the offline generator's decisions know of the project: its flows and domain, the booking flows and slots by the
// part they play (BookingVocabulary), and the hotel's facts, searched by several decisions and indexed once.
import type { SlotExtractor } from '../../engine/commands.ts';
import type { Domain } from '../../engine/domain/types.ts';
import type { Flow } from '../../engine/flows/types.ts';
import type { Hotel } from '../../hotel/types.ts';
import { hotelFacts } from '../knowledge/facts.ts';
import { FactIndex } from '../knowledge/search.ts';
import type { UnderstandingContext } from '../types.ts';
import type { BookingVocabulary } from './booking-vocabulary.ts';
import { flowSlots } from './flow-slots.ts';
import type { NluModel } from './model.ts';

export interface OfflineGeneratorOptions {
  model: NluModel;
  /** The hotel's rooms and facts; null for a project without a hotel description. */
  hotel: Hotel | null;
  flows: Flow[];
  domain: Domain;
  /** The project's booking flows and slots, by the part they play. */
  vocabulary: BookingVocabulary;
  /**
   * Extractor named on slot commands. This generator stands in for the LLM command generator, so by default
   * its slots fill `from_llm` slots the way the LLM's would.
   */
  extractor?: SlotExtractor;
  /** Longest message understood; longer ones get the "too long" error command. */
  maxLength?: number;
}

export class GeneratorProject {
  readonly extractor: SlotExtractor;
  readonly flow: BookingVocabulary['flows'];
  readonly slot: BookingVocabulary['slots'];
  // Slots that belong with a stay even though the booking flow does not ask for them.
  readonly stayExtras: string[];
  // Slots a change of a booking takes besides those it asks for: «продлить ещё на ночь».
  readonly changeExtras: string[];
  // The questions that prove a booking is the caller's: what answers them is a code, a phone or a surname, never a
  // new stay («…, 8 916 …» must not become dates).
  readonly verifying: Set<string>;
  // Questions of the booking asked before its (never asked) pet step: a pet mentioned then is an early answer, after
  // it a correction that would send the booking back.
  readonly petNotYetPassed: Set<string>;
  // Questions whose answer is a detail of the stay, kept when a question comes with it.
  readonly stayAnswers: Set<string>;
  private factIndex: FactIndex | null = null;
  private readonly settableCache = new Map<string, Set<string>>();

  constructor(readonly options: OfflineGeneratorOptions) {
    this.extractor = options.extractor ?? 'LLM';
    this.flow = options.vocabulary.flows;
    const slot = options.vocabulary.slots;
    this.slot = slot;
    this.stayExtras = [slot.children, slot.childrenAges, slot.pet, slot.roomsWanted];
    this.changeExtras = [slot.extraNights, slot.shiftDays, slot.extraAdults];
    this.verifying = new Set([slot.bookingReference, slot.bookingProof]);
    this.petNotYetPassed = new Set([slot.checkIn, slot.checkOut, slot.adults, slot.children]);
    this.stayAnswers = new Set([slot.checkIn, slot.checkOut, slot.adults, slot.children, slot.roomType]);
  }

  /** The hotel's facts, indexed on first use; null for a project without a hotel description. */
  facts(): FactIndex | null {
    if (!this.options.hotel) return null;
    this.factIndex ??= new FactIndex(hotelFacts(this.options.hotel));
    return this.factIndex;
  }

  flowForIntent(intent: string, confidence: number): string | null {
    for (const flow of this.options.flows) {
      for (const t of flow.nlu_trigger ?? []) {
        if (t.intent === intent && confidence >= (t.confidence_threshold ?? 0.5)) return flow.id;
      }
    }
    return null;
  }

  /** The user flow that collects the most of these slots (a booking said in one breath starts book_room). */
  flowForSlots(names: string[]): string | null {
    let best: { id: string; n: number } | null = null;
    for (const flow of this.options.flows) {
      if (flow.isPattern || flow.id.startsWith('pattern_') || !flow.nlu_trigger?.length) continue;
      const collects = flowSlots(flow);
      const n = names.filter((s) => collects.has(s) && ![this.slot.bookingReference, this.slot.guestPhone, this.slot.guestName].includes(s)).length;
      if (n > 0 && (!best || n > best.n)) best = { id: flow.id, n };
    }
    return best?.id ?? null;
  }

  /** Requests about one existing booking take each other's place instead of stacking. */
  replaces(started: string, active: string): boolean {
    const managing = [this.flow.change, this.flow.cancel, 'find_booking'];
    return managing.includes(started) && managing.includes(active);
  }

  /** Slots of a flow this generator may set: its collect steps (not controlled) and the stay extras. */
  settable(flowId: string): Set<string> {
    let hit = this.settableCache.get(flowId);
    if (hit) return hit;
    const flow = this.options.flows.find((f) => f.id === flowId);
    const slots = this.options.domain.slots;
    hit = new Set<string>();
    if (flow) {
      const collects = flowSlots(flow);
      for (const s of collects) hit.add(s);
      if (collects.has(this.slot.adults)) for (const s of this.stayExtras) if (slots[s]) hit.add(s);
      if (collects.has(this.slot.changeTarget)) for (const s of this.changeExtras) if (slots[s]) hit.add(s);
    }
    for (const s of [...hit]) {
      const def = slots[s];
      if (def?.mappings.some((m) => m.type === 'controlled')) hit.delete(s);
    }
    this.settableCache.set(flowId, hit);
    return hit;
  }

  /** A booking made or proven in this conversation. */
  provenBooking(ctx: UnderstandingContext): boolean {
    return typeof ctx.slots[this.slot.provenBooking] === 'string';
  }

  /** The stay of the booking in progress, or of the booking made or found in this conversation. */
  stayAtHand(ctx: UnderstandingContext): { check_in: string; check_out: string } | null {
    const pick = (a: string, b: string) => {
      const i = ctx.slots[a];
      const o = ctx.slots[b];
      return typeof i === 'string' && typeof o === 'string' ? { check_in: i, check_out: o } : null;
    };
    return pick(this.slot.checkIn, this.slot.checkOut) ?? pick(this.slot.foundCheckIn, this.slot.foundCheckOut);
  }
}
