// Offline streaming recognition with sherpa-onnx (T-one Russian telephony model, or a streaming Zipformer).
// Decoding runs on a worker thread (recognizer-worker.ts), like the Silero VAD: a chunk of T-one costs
// milliseconds of CPU, which on the thread pacing every call's audio would delay all of them. Frames of all
// calls go over in one message per event-loop turn; partial text streams back while the caller speaks.
import type { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { frameDbfs } from '../vad/energy.ts';
import { startModuleWorker } from '../vad/start-worker.ts';
import type { FromRecognizerWorker, RecognizerWorkerData, ToRecognizerWorker } from './recognizer-worker.ts';
import { sherpaModelConfig } from './sherpa-model.ts';
import { type AudioFrame, type RecognitionOptions, type RecognitionStream, RecognizerError, type SpeechRecognizer } from './types.ts';

export interface SherpaOptions {
  /** The model's own endpointing: it may end a turn after this much trailing silence (seconds). */
  endpointSilenceS?: number;
  /** The decoder engine module (default: sherpa-engine); benchmarks and tests run test doubles in the same worker. */
  engineModule?: URL;
  engineOptions?: Record<string, unknown>;
  logger?: Logger;
}

const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

interface CallLink {
  options: RecognitionOptions;
  finals: Map<number, (text: string) => void>;
  /** Frames since the line last had sound. */
  quiet: number;
}

/**
 * A call's line is quiet most of the time (the caller listens to the bot), and a streaming model costs the same
 * per second of silence as of speech. Frames below the VAD's quiet gate more than this long after the last
 * sound are not decoded: the model has already seen the pause that ends an utterance, and the next sound
 * resumes it. One call then costs decoding for its speech plus a second after each utterance.
 */
const QUIET_DBFS = -55;
const HANGOVER_MS = 1000;

export class SherpaRecognizer implements SpeechRecognizer {
  readonly streamsPartials = true;
  readonly name = 'sherpa';
  #worker: Worker | undefined;
  #ready: Promise<void> | undefined;
  #failure: string | undefined;
  readonly #calls = new Map<number, CallLink>();
  #nextId = 1;
  #seq = 0;
  #ids: number[] = [];
  #frames: Int16Array[] = [];
  #flushScheduled = false;
  /** Quiet frames not decoded (see HANGOVER_MS). */
  framesSkipped = 0;

  constructor(
    readonly modelDir: string,
    readonly options: SherpaOptions = {},
  ) {}

  get endpointing(): boolean {
    return this.options.endpointSilenceS !== undefined;
  }

  /** Quiet frames decoded after the last sound: a second, or the model's endpoint silence and a margin. */
  get #hangoverFrames(): number {
    return Math.ceil(Math.max(HANGOVER_MS, (this.options.endpointSilenceS ?? 0) * 1000 + 300) / 20);
  }

  #start(): Promise<void> {
    if (this.#ready) return this.#ready;
    // A missing file is named here, on the caller's thread, before a worker is spent on it.
    if (!this.options.engineModule) sherpaModelConfig(this.modelDir);
    const workerData: RecognizerWorkerData = {
      modelDir: this.modelDir,
      endpointSilenceS: this.options.endpointSilenceS,
      extra: this.options.engineOptions,
      engineModule: (this.options.engineModule ?? new URL(`./sherpa-engine${ext}`, import.meta.url)).href,
    };
    const worker = startModuleWorker(new URL(`./recognizer-worker${ext}`, import.meta.url), { workerData });
    this.#worker = worker;
    this.#ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: FromRecognizerWorker) => {
        if (m.type === 'ready') resolve();
        else if (m.type === 'failed') {
          this.#fail(m.message);
          reject(new RecognizerError('sherpa', m.message));
        } else this.#onMessage(m);
      });
      worker.on('error', (err) => {
        this.#fail(err.message);
        reject(new RecognizerError('sherpa', err.message));
      });
      worker.on('exit', () => this.#fail(this.#failure ?? 'the recogniser worker exited'));
    });
    // Loading keeps the process alive; afterwards only open calls do (the worker ends on close()).
    void this.#ready.then(
      () => {
        if (this.#calls.size === 0) worker.unref();
      },
      () => undefined,
    );
    return this.#ready;
  }

  #fail(message: string): void {
    this.#failure ??= message;
    for (const call of this.#calls.values()) for (const resolve of call.finals.values()) resolve('');
  }

  #onMessage(m: FromRecognizerWorker): void {
    if (m.type === 'ready' || m.type === 'failed') return;
    const call = this.#calls.get(m.id);
    if (!call) return;
    if (m.type === 'partial') call.options.onPartial?.(m.text);
    else if (m.type === 'endpoint') call.options.onEndpoint?.();
    else {
      call.finals.get(m.seq)?.(m.text);
      call.finals.delete(m.seq);
    }
  }

  #send(message: ToRecognizerWorker, transfer: ArrayBuffer[] = []): void {
    if (!this.#failure) this.#worker?.postMessage(message, transfer);
  }

  #flush(): void {
    this.#flushScheduled = false;
    if (this.#ids.length === 0) return;
    const lengths = Uint16Array.from(this.#frames, (f) => f.length);
    const samples = new Int16Array(lengths.reduce((a, b) => a + b, 0));
    let at = 0;
    for (const f of this.#frames) {
      samples.set(f, at);
      at += f.length;
    }
    const ids = Int32Array.from(this.#ids);
    this.#ids = [];
    this.#frames = [];
    this.#send({ type: 'frames', ids, lengths, samples }, [ids.buffer, lengths.buffer, samples.buffer]);
  }

  async check(): Promise<void> {
    await this.#start();
  }

  async open(options: RecognitionOptions): Promise<RecognitionStream> {
    await this.#start();
    if (this.#failure) throw new RecognizerError('sherpa', this.#failure);
    const id = this.#nextId++;
    const call: CallLink = { options, finals: new Map(), quiet: 0 };
    this.#calls.set(id, call);
    this.#worker?.ref();
    this.#send({ type: 'open', id });
    return {
      pushAudio: (frame: AudioFrame) => {
        call.quiet = frameDbfs(frame.pcm) >= QUIET_DBFS ? 0 : call.quiet + 1;
        if (call.quiet > this.#hangoverFrames) {
          this.framesSkipped++;
          return;
        }
        this.#ids.push(id);
        this.#frames.push(frame.pcm);
        if (!this.#flushScheduled) {
          this.#flushScheduled = true;
          setImmediate(() => this.#flush());
        }
      },
      endTurn: () => {
        if (this.#failure) return Promise.reject(new RecognizerError('sherpa', this.#failure));
        this.#flush();
        const seq = ++this.#seq;
        const final = new Promise<string>((resolve) => call.finals.set(seq, resolve));
        this.#send({ type: 'end', id, seq });
        return final;
      },
      close: async () => {
        this.#flush();
        this.#send({ type: 'close', id });
        this.#calls.delete(id);
        if (this.#calls.size === 0) this.#worker?.unref();
      },
    };
  }

  /** Ends the worker (server shutdown). It is asked to exit: stopped from outside inside native code, it aborts. */
  async close(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    this.#worker = undefined;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.ref();
    worker.postMessage({ type: 'shutdown' } satisfies ToRecognizerWorker);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, 2000)))]);
    clearTimeout(timer);
  }
}
