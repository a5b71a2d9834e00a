// Silero VAD for calls. The networks live on a worker thread (silero-worker.ts): loading one costs ≈ 0.1 s of
// CPU and a speech frame ≈ 0.2 ms, which on the thread pacing a hundred calls' audio would stall them all.
// Quiet frames are decided here without the network, and every call's decisions come back in frame order.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Worker } from 'node:worker_threads';
import { EnergyVad, frameDbfs } from './energy.ts';
import type { FromSileroWorker, SileroWorkerData, ToSileroWorker } from './silero-worker.ts';
import { startModuleWorker } from './start-worker.ts';
import type { FrameClassifier, VadFactory, VadListener, VoiceActivityDetector } from './types.ts';

export class SileroModelMissingError extends Error {
  constructor(
    readonly modelPath: string,
    problem = 'not found',
  ) {
    super(`Silero VAD model ${problem} at ${modelPath} (set vad.model_path to a silero_vad.onnx v5 file)`);
    this.name = 'SileroModelMissingError';
  }
}

/**
 * A file that is not an ONNX model aborts the process inside the native loader, even on a worker thread, so
 * the path is checked first: an ONNX model is a protobuf whose first field is ir_version (tag 0x08).
 */
function checkModelFile(modelPath: string): void {
  if (!existsSync(modelPath)) throw new SileroModelMissingError(modelPath);
  const head = Buffer.alloc(1);
  const fd = openSync(modelPath, 'r');
  try {
    readSync(fd, head, 0, 1, 0);
  } finally {
    closeSync(fd);
  }
  if (head[0] !== 0x08) throw new SileroModelMissingError(modelPath, 'is not an ONNX model');
}

export interface SileroOptions {
  modelPath: string;
  threshold?: number;
  /**
   * Frames quieter than this (dBFS), and not within GATE_HANGOVER_FRAMES of a louder one, are silence without
   * running the network: a line is quiet most of the time.
   */
  gateDbfs?: number;
  /** Networks kept loaded beyond those in use (≈ 8 MB each), so a new call does not wait for a load. */
  spare?: number;
  logger?: Logger;
}

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
  loudRun: number;
  quietRun: number;
}

class SileroDetector implements VoiceActivityDetector {
  readonly name = 'silero';
  /** Decisions not yet delivered, in frame order: the head is always waiting for the network. */
  readonly #queue: Slot[] = [];
  #sinceLoud = Number.POSITIVE_INFINITY;
  readonly #energy = new EnergyVad();
  #loudRun = 0;
  #quietRun = 0;
  #lastSpeech = false;
  #fallback: FrameClassifier | undefined;

  constructor(
    readonly id: number,
    readonly host: SileroHost,
    readonly onDecision: VadListener,
  ) {}

  push(frame: Int16Array): void {
    if (this.#fallback) {
      this.#decide({ speech: this.#fallback.isSpeech(frame), loudRun: 0, quietRun: 0 });
      return;
    }
    const loud = this.#energy.isSpeech(frame);
    this.#loudRun = loud ? this.#loudRun + 1 : 0;
    this.#quietRun = loud ? 0 : this.#quietRun + 1;
    const slot: Slot = { speech: undefined, loudRun: this.#loudRun, quietRun: this.#quietRun };
    this.#sinceLoud = frameDbfs(frame) >= this.host.gateDbfs ? 0 : this.#sinceLoud + 1;
    if (this.#sinceLoud > GATE_HANGOVER_FRAMES) {
      if (this.#sinceLoud === GATE_HANGOVER_FRAMES + 1) this.host.rest(this.id);
      slot.speech = false;
      this.#decide(slot);
      return;
    }
    this.#queue.push(slot);
    this.host.send(this.id, frame);
  }

  /** The network's verdict on the oldest frame it was sent. */
  answered(speech: boolean): void {
    const head = this.#queue.find((slot) => slot.speech === undefined);
    if (!head) return;
    head.speech = speech;
    this.#drain();
  }

  /** The worker is gone: frames it held count as silence, and the energy detector takes over. */
  degrade(): void {
    this.#fallback = new EnergyVad();
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

/** The main-thread side of the worker: batches frames per event-loop turn and routes the verdicts back. */
class SileroHost {
  readonly #worker: Worker;
  readonly #detectors = new Map<number, SileroDetector>();
  #nextId = 1;
  #ids: number[] = [];
  #frames: Int16Array[] = [];
  #failed = false;
  #closing = false;
  readonly #exited: Promise<void>;

  constructor(
    readonly options: SileroOptions & { spare: number },
    readonly gateDbfs: number,
  ) {
    const workerData: SileroWorkerData = { modelPath: options.modelPath, threshold: options.threshold, spare: options.spare };
    this.#worker = startModuleWorker(new URL(`./silero-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url), { workerData });
    // Kept referenced until its first networks are loaded: see the 'loading' message.
    this.#worker.on('message', (message: FromSileroWorker) => this.#onMessage(message));
    this.#worker.on('error', (err) => this.#fail(`Silero VAD worker failed: ${err.message}`));
    this.#exited = new Promise((resolve) => this.#worker.once('exit', () => resolve()));
    this.#worker.once('exit', () => this.#fail('Silero VAD worker exited'));
  }

  open(onDecision: VadListener): SileroDetector {
    const detector = new SileroDetector(this.#nextId++, this, onDecision);
    this.#detectors.set(detector.id, detector);
    if (this.#failed) detector.degrade();
    else this.#post({ type: 'open', id: detector.id });
    return detector;
  }

  send(id: number, frame: Int16Array): void {
    if (this.#ids.length === 0) setImmediate(() => this.#flush());
    this.#ids.push(id);
    this.#frames.push(frame);
  }

  rest(id: number): void {
    this.#flush(); // frames already batched come before the rest
    if (!this.#failed) this.#post({ type: 'rest', id });
  }

  release(id: number): void {
    if (!this.#detectors.delete(id) || this.#failed) return;
    this.#post({ type: 'close', id });
  }

  /** Lets the worker finish what it is doing and exit: a thread stopped inside the native code aborts. */
  async close(): Promise<void> {
    this.#closing = true;
    this.#worker.ref(); // wait for it to exit
    if (!this.#failed) this.#post({ type: 'shutdown' });
    this.#failed = true;
    await this.#exited;
  }

  #flush(): void {
    if (this.#ids.length === 0) return;
    const ids = Int32Array.from(this.#ids);
    const lengths = Uint16Array.from(this.#frames, (f) => f.length);
    const samples = new Int16Array(lengths.reduce((sum, n) => sum + n, 0));
    let at = 0;
    for (const frame of this.#frames) {
      samples.set(frame, at);
      at += frame.length;
    }
    this.#ids = [];
    this.#frames = [];
    if (!this.#failed) this.#post({ type: 'frames', ids, lengths, samples }, [samples.buffer]);
  }

  #onMessage(message: FromSileroWorker): void {
    if (message.type === 'decisions') {
      const { ids, speech } = message;
      for (let i = 0; i < ids.length; i++) this.#detectors.get(ids[i]!)?.answered(speech[i] === 1);
    } else if (message.type === 'loading') {
      // A thread stopped while loading a network aborts the process, so the process waits for the load.
      if (message.busy || this.#closing) this.#worker.ref();
      else this.#worker.unref();
    } else if (message.type === 'ready') {
      if (!this.#closing) this.#worker.unref();
      this.options.logger?.debug({ load_ms: Math.round(message.loadMs) }, 'Silero VAD worker ready');
    } else {
      this.#fail(`Silero VAD could not load ${this.options.modelPath}: ${message.message}`);
    }
  }

  #fail(reason: string): void {
    if (this.#failed) return;
    this.#failed = true;
    this.options.logger?.error(`${reason}; calls use the energy detector`);
    for (const detector of this.#detectors.values()) detector.degrade();
  }

  #post(message: ToSileroWorker, transfer: ArrayBuffer[] = []): void {
    this.#worker.postMessage(message, transfer);
  }
}

export function sileroVadFactory(options: SileroOptions): VadFactory {
  checkModelFile(options.modelPath);
  let host: SileroHost | undefined;
  return {
    name: 'silero',
    // The worker starts with the first call, so a server without calls spends nothing on it.
    create: (onDecision) => {
      host ??= new SileroHost({ ...options, spare: options.spare ?? 4 }, options.gateDbfs ?? -55);
      return host.open(onDecision);
    },
    close: async () => {
      await host?.close();
      host = undefined;
    },
  };
}
