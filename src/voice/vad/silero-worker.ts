// The Silero VAD worker thread: owns every call's network, so loading (≈ 0.1 s of CPU) and inference (≈ 0.2 ms per
// speech frame) never block the thread that paces calls' audio.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { SileroPool, SileroStream, sileroLoader, type SileroNetworkOptions, VERDICT } from './silero-network.ts';

export interface SileroWorkerData extends SileroNetworkOptions {
  /** Networks kept loaded beyond those in use, so a new call rarely waits for a load. */
  spare: number;
  /** Priority of the worker thread relative to the process (Linux nice, 0–19). */
  niceness?: number;
}

export type ToSileroWorker =
  | { type: 'open'; id: number }
  | { type: 'close'; id: number }
  /** The call's line went quiet: its network can serve another call until it has sound again. */
  | { type: 'rest'; id: number }
  /** Finish and exit: the thread must never be stopped from outside inside the native code (it aborts). */
  | { type: 'shutdown' }
  /** Frames of many calls in arrival order: samples are the frames' PCM back to back. */
  | { type: 'frames'; ids: Int32Array; lengths: Uint16Array; samples: Int16Array };

export type FromSileroWorker =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; message: string }
  /** Sent around each network load, so the main thread keeps the process alive until the load ends. */
  | { type: 'loading'; busy: boolean }
  /** One verdict per frame received, in the same order (VERDICT). */
  | { type: 'decisions'; ids: Int32Array; speech: Uint8Array };

function post(message: FromSileroWorker, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

/**
 * Late VAD decisions only delay turn-taking a little; late audio frames are heard as gaps. So on Linux this
 * thread lowers its own priority (a thread id is a valid target of setpriority there) and, when the cores are
 * busy, the thread pacing the calls' audio runs first.
 */
function yieldToAudio(niceness: number): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, niceness);
  } catch {
    // not Linux, or not permitted: the thread keeps the process's priority
  }
}

function serve(port: NonNullable<typeof parentPort>, options: SileroWorkerData): void {
  yieldToAudio(options.niceness ?? 10);
  const started = performance.now();
  let pool: SileroPool;
  try {
    const load = sileroLoader(options);
    pool = new SileroPool(() => {
      post({ type: 'loading', busy: true });
      try {
        return load();
      } finally {
        post({ type: 'loading', busy: false });
      }
    });
    for (let i = 0; i < Math.max(1, options.spare); i++) pool.warm();
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  post({ type: 'ready', loadMs: performance.now() - started });
  const streams = new Map<number, SileroStream>();
  let warming = false;
  let stopping = false;

  // Networks are loaded between batches, so frames already queued are answered first: the spare ones, plus one
  // for each call that had sound and found none free (those calls' frames are decided by energy meanwhile).
  const wanted = (): number => {
    let waiting = 0;
    for (const stream of streams.values()) if (stream.waiting) waiting++;
    return options.spare + waiting;
  };
  const keepSpare = (): void => {
    if (warming || stopping || pool.idle >= wanted()) return;
    warming = true;
    setImmediate(() => {
      warming = false;
      if (!stopping) pool.warm();
      keepSpare();
    });
  };

  port.on('message', (message: ToSileroWorker) => {
    if (message.type === 'open') {
      // No network yet: the call takes one at its first sound (callers first listen to the greeting).
      streams.set(message.id, new SileroStream(pool));
      keepSpare();
    } else if (message.type === 'close' || message.type === 'rest') {
      streams.get(message.id)?.rest();
      if (message.type === 'close') streams.delete(message.id);
    } else if (message.type === 'shutdown') {
      stopping = true;
      port.close();
    } else {
      const { ids, lengths, samples } = message;
      const speech = new Uint8Array(ids.length);
      let at = 0;
      for (let i = 0; i < ids.length; i++) {
        const frame = samples.subarray(at, at + lengths[i]!);
        at += lengths[i]!;
        const verdict = streams.get(ids[i]!)?.isSpeech(frame);
        speech[i] = verdict === undefined ? VERDICT.NO_NETWORK : verdict ? VERDICT.SPEECH : VERDICT.SILENCE;
      }
      keepSpare();
      post({ type: 'decisions', ids, speech }, [speech.buffer as ArrayBuffer]);
    }
  });
}

if (parentPort) serve(parentPort, workerData as SileroWorkerData);
