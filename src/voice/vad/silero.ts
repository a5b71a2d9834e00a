// Silero VAD for calls. The networks live on a worker thread (silero-worker.ts): loading one costs ≈ 0.1 s of
// CPU and a speech frame ≈ 0.2 ms, which on the thread pacing a hundred calls' audio would stall them all.
// Quiet frames are decided here without the network, and every call's decisions come back in frame order.
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { Logger } from 'pino';
import type { Worker } from 'node:worker_threads';
import { SileroDetector, type SileroLink } from './silero-detector.ts';
import { VERDICT } from './silero-network.ts';
import type { FromSileroWorker, SileroWorkerData, ToSileroWorker } from './silero-worker.ts';
import { startModuleWorker } from './start-worker.ts';
import type { VadFactory, VadListener, VadStats } from './types.ts';

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
  /** Networks kept loaded beyond those in use (≈ 10 MB each), so a new call does not wait for a load. */
  spare?: number;
  logger?: Logger;
  /** After the worker failed, the next call starting this much later gets a new worker (default 30 s). */
  respawnAfterMs?: number;
  /** Starts the worker thread; tests give a stand-in. */
  startWorker?: (workerData: SileroWorkerData) => Worker;
  /**
   * How long the oldest batch may wait before frames are decided by energy (default SHED_AFTER_MS). Tests of what
   * Silero hears set it high, so that a machine busy with other work cannot hand their frames to the energy detector.
   */
  shedAfterMs?: number;
}

function startSileroWorker(workerData: SileroWorkerData): Worker {
  return startModuleWorker(new URL(`./silero-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url), { workerData });
}

/**
 * When the oldest batch has waited this long, frames are decided by energy until the worker has caught up
 * (below RESUME_BELOW_MS): a VAD that cannot keep up must not hold back turn-taking. Silero costs ≈ 1.2 % of a
 * core per caller speaking, so on 2 cores this happens only with about 70 or more callers speaking at once.
 */
const SHED_AFTER_MS = 100;
const RESUME_BELOW_MS = 20;
const SHED_LOG_EVERY_MS = 60_000;

/** The main-thread side of the worker: batches frames per event-loop turn and routes the verdicts back. */
class SileroHost implements SileroLink {
  readonly #worker: Worker;
  readonly #detectors = new Map<number, SileroDetector>();
  #nextId = 1;
  #ids: number[] = [];
  #frames: Int16Array[] = [];
  #failed = false;
  #closing = false;
  readonly #exited: Promise<void>;
  /** When the worker failed (performance.now()); undefined while it works or after a deliberate close. */
  failedAt: number | undefined;
  /** Send times of the batches the worker has not answered yet, oldest first. */
  readonly #inFlight: number[] = [];
  #shedding = false;
  #shedSince = 0;
  #lastShedLog = Number.NEGATIVE_INFINITY;

  constructor(
    readonly options: SileroOptions & { spare: number },
    readonly gateDbfs: number,
    /** Shared by the factory's successive workers. */
    readonly stats: VadStats,
  ) {
    const workerData: SileroWorkerData = { modelPath: options.modelPath, threshold: options.threshold, spare: options.spare };
    this.#worker = (options.startWorker ?? startSileroWorker)(workerData);
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

  behind(): boolean {
    const waited = this.#inFlight.length > 0 ? performance.now() - this.#inFlight[0]! : 0;
    if (!this.#shedding && waited > (this.options.shedAfterMs ?? SHED_AFTER_MS)) {
      this.#shedding = true;
      this.#shedSince = performance.now();
    } else if (this.#shedding && waited < RESUME_BELOW_MS) {
      this.#shedding = false;
      const now = performance.now();
      if (now - this.#lastShedLog >= SHED_LOG_EVERY_MS) {
        this.#lastShedLog = now;
        this.options.logger?.warn({ shed_ms: Math.round(now - this.#shedSince) }, 'Silero VAD fell behind: frames were decided by energy until it caught up');
      }
    }
    return this.#shedding;
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
    if (this.#failed) return;
    this.#inFlight.push(performance.now());
    this.#post({ type: 'frames', ids, lengths, samples }, [samples.buffer]);
  }

  #onMessage(message: FromSileroWorker): void {
    if (message.type === 'decisions') {
      this.#inFlight.shift();
      const { ids, speech } = message;
      for (let i = 0; i < ids.length; i++) {
        const verdict = speech[i];
        this.#detectors.get(ids[i]!)?.answered(verdict === VERDICT.NO_NETWORK ? undefined : verdict === VERDICT.SPEECH);
      }
    } else if (message.type === 'loading') {
      // A thread stopped while loading a network aborts the process, so the process waits for the load.
      if (message.busy) this.stats.networksLoaded = (this.stats.networksLoaded ?? 0) + 1;
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
    this.failedAt = performance.now();
    this.options.logger?.error(`${reason}; calls use the energy detector`);
    for (const detector of this.#detectors.values()) detector.degrade();
  }

  #post(message: ToSileroWorker, transfer: ArrayBuffer[] = []): void {
    this.#worker.postMessage(message, transfer);
  }
}

export function sileroVadFactory(options: SileroOptions): VadFactory {
  checkModelFile(options.modelPath);
  const stats: VadStats = { quiet: 0, model: 0, energy: 0, networksLoaded: 0 };
  const respawnAfterMs = options.respawnAfterMs ?? 30_000;
  let host: SileroHost | undefined;
  const retired: SileroHost[] = [];
  return {
    name: 'silero',
    // The worker starts with the first call, so a server without calls spends nothing on it.
    create: (onDecision) => {
      // Calls on a failed worker stay on the energy detector; a later call gets a new worker.
      if (host?.failedAt !== undefined && performance.now() - host.failedAt >= respawnAfterMs) {
        options.logger?.warn('starting a new Silero VAD worker');
        retired.push(host);
        host = undefined;
      }
      host ??= new SileroHost({ ...options, spare: options.spare ?? 4 }, options.gateDbfs ?? -55, stats);
      return host.open(onDecision);
    },
    stats: () => ({ ...stats }),
    close: async () => {
      await Promise.all([host, ...retired].map((h) => h?.close()));
      host = undefined;
      retired.length = 0;
    },
  };
}
