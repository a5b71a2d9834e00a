// One call's Silero detector on the main thread: quiet frames are decided here without the network, the rest
// go to the worker, and every decision is delivered in frame order, dated by the energy detector's runs.
import { EnergyVad, frameDbfs } from './energy.ts';
import type { FrameClassifier, VadListener, VadStats, VoiceActivityDetector } from './types.ts';

const GATE_HANGOVER_FRAMES = 15; // 300 ms: the network sees the tail of speech and the pause after it
/**
 * Silero confirms speech ≈ 100–160 ms after it begins and its end ≈ 180 ms after it ends (its windows, minimum
 * runs and smoothing). The energy detector's run of loud (or quiet) frames just before tells when the change
 * really happened, up to this many frames back, so barge-in and end of turn count from the caller's audio.
 * On a noisy line the energy runs are short and Silero's own timing stands.
 */
const MAX_LEAD_FRAMES = 12;

/** One frame's decision, with the runs of loud and quiet frames (energy detector) that ended at it. */
interface Slot {
  /** undefined while the network has not answered. */
  speech: boolean | undefined;
  /** The energy detector's verdict, used when no network was free for the call yet. */
  loud: boolean;
  loudRun: number;
  quietRun: number;
}

/** What a call's detector needs from the worker's main-thread side. */
export interface SileroLink {
  readonly gateDbfs: number;
  readonly stats: VadStats;
  /** The worker is too far behind: frames are decided by energy until it catches up. */
  behind(): boolean;
  send(id: number, frame: Int16Array): void;
  /** The call no longer needs its network's state (quiet line, or frames decided elsewhere). */
  rest(id: number): void;
  release(id: number): void;
}

export class SileroDetector implements VoiceActivityDetector {
  readonly name = 'silero';
  // Measured with espeak-ng speech: a 180 ms pause after «да,» otherwise read as the end of an answered turn.
  readonly onsetLatencyMs = 200;
  /** Decisions not yet delivered, in frame order: the head is always waiting for the network. */
  readonly #queue: Slot[] = [];
  #sinceLoud = Number.POSITIVE_INFINITY;
  readonly #energy = new EnergyVad();
  #loudRun = 0;
  #quietRun = 0;
  #lastSpeech = false;
  /** Frames went to the network since its last rest: its state is this call's. */
  #holding = false;
  #fallback: FrameClassifier | undefined;

  constructor(
    readonly id: number,
    readonly host: SileroLink,
    readonly onDecision: VadListener,
  ) {}

  push(frame: Int16Array): void {
    if (this.#fallback) {
      const speech = this.#fallback.isSpeech(frame);
      this.#decide({ speech, loud: speech, loudRun: 0, quietRun: 0 });
      return;
    }
    const db = frameDbfs(frame);
    const loud = this.#energy.isSpeechAt(db);
    this.#loudRun = loud ? this.#loudRun + 1 : 0;
    this.#quietRun = loud ? 0 : this.#quietRun + 1;
    const slot: Slot = { speech: undefined, loud, loudRun: this.#loudRun, quietRun: this.#quietRun };
    this.#sinceLoud = db >= this.host.gateDbfs ? 0 : this.#sinceLoud + 1;
    const gated = this.#sinceLoud > GATE_HANGOVER_FRAMES;
    // A quiet line needs no network; an overloaded worker must not delay turns, so energy decides meanwhile.
    if (gated || this.host.behind()) {
      if (this.#holding) this.host.rest(this.id);
      this.#holding = false;
      slot.speech = gated ? false : loud;
      if (gated) this.host.stats.quiet++;
      else this.host.stats.energy++;
      this.#decide(slot);
      return;
    }
    this.host.stats.model++;
    this.#holding = true;
    this.#queue.push(slot);
    this.host.send(this.id, frame);
  }

  /** The network's verdict on the oldest frame it was sent; undefined: no network was free, energy decides. */
  answered(speech: boolean | undefined): void {
    const head = this.#queue.find((slot) => slot.speech === undefined);
    if (!head) return;
    head.speech = speech ?? head.loud;
    if (speech === undefined) {
      this.host.stats.model--;
      this.host.stats.energy++;
    }
    this.#drain();
  }

  /** The worker is gone: frames it held count as silence, and the energy detector (with the line's noise floor it has learnt) takes over. */
  degrade(): void {
    this.#fallback = this.#energy;
    for (const slot of this.#queue) slot.speech ??= false;
    this.#drain();
  }

  close(): void {
    this.host.release(this.id);
  }

  #decide(slot: Slot): void {
    this.#queue.push(slot);
    this.#drain();
  }

  #drain(): void {
    while (this.#queue.length > 0 && this.#queue[0]!.speech !== undefined) {
      const slot = this.#queue.shift()!;
      const speech = slot.speech!;
      let lead = 0;
      if (speech !== this.#lastSpeech) lead = Math.min(MAX_LEAD_FRAMES, (speech ? slot.loudRun : slot.quietRun) - 1);
      this.#lastSpeech = speech;
      this.onDecision(speech, Math.max(0, lead));
    }
  }
}
