// The recogniser worker thread: owns the decoder engine and every call's stream, so decoding (milliseconds of
// CPU per chunk of audio) never runs on the thread that paces the calls' audio. Frames arrive batched per
// event-loop turn; partial text and endpoints go back as they change, and a turn's final text on request.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { DecoderEngineModule, DecoderEngineOptions, DecoderStream } from './decoder.ts';

export interface RecognizerWorkerData extends DecoderEngineOptions {
  /** URL of the engine module (default: sherpa-engine). */
  engineModule: string;
  niceness?: number;
}

export type ToRecognizerWorker =
  | { type: 'open'; id: number }
  | { type: 'close'; id: number }
  | { type: 'end'; id: number; seq: number }
  | { type: 'shutdown' }
  /** Frames of many calls in arrival order: samples are the frames' PCM back to back. */
  | { type: 'frames'; ids: Int32Array; lengths: Uint16Array; samples: Int16Array };

export type FromRecognizerWorker =
  | { type: 'ready'; loadMs: number }
  | { type: 'failed'; message: string }
  | { type: 'partial'; id: number; text: string }
  | { type: 'endpoint'; id: number }
  | { type: 'final'; id: number; seq: number; text: string };

function post(message: FromRecognizerWorker): void {
  parentPort?.postMessage(message);
}

/** Late words delay a reply a little; late audio frames are heard as gaps: on Linux this thread yields. */
function yieldToAudio(niceness: number): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, niceness);
  } catch {
    // not Linux, or not permitted
  }
}

interface CallStream {
  decoder: DecoderStream;
  partial: string;
  endpointSent: boolean;
}

async function serve(port: NonNullable<typeof parentPort>, options: RecognizerWorkerData): Promise<void> {
  yieldToAudio(options.niceness ?? 5);
  const started = performance.now();
  let engine: ReturnType<DecoderEngineModule['createEngine']>;
  try {
    const module = (await import(options.engineModule)) as DecoderEngineModule;
    engine = module.createEngine(options);
  } catch (err) {
    post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  post({ type: 'ready', loadMs: performance.now() - started });
  const streams = new Map<number, CallStream>();
  port.on('message', (message: ToRecognizerWorker) => {
    if (message.type === 'open') streams.set(message.id, { decoder: engine.open(), partial: '', endpointSent: false });
    else if (message.type === 'close') streams.delete(message.id);
    else if (message.type === 'shutdown') port.close();
    else if (message.type === 'end') {
      const stream = streams.get(message.id);
      const text = stream?.decoder.finish() ?? '';
      if (stream) Object.assign(stream, { partial: '', endpointSent: false });
      post({ type: 'final', id: message.id, seq: message.seq, text });
    } else {
      const { ids, lengths, samples } = message;
      const touched = new Set<number>();
      let at = 0;
      for (let i = 0; i < ids.length; i++) {
        const frame = samples.subarray(at, at + lengths[i]!);
        at += lengths[i]!;
        const stream = streams.get(ids[i]!);
        if (!stream) continue;
        stream.decoder.accept(frame);
        touched.add(ids[i]!);
      }
      engine.decode([...touched].map((id) => streams.get(id)!.decoder));
      for (const id of touched) {
        const stream = streams.get(id)!;
        const partial = stream.decoder.partial();
        if (partial !== stream.partial) {
          stream.partial = partial;
          post({ type: 'partial', id, text: partial });
        }
        if (!stream.endpointSent && partial && stream.decoder.endpoint()) {
          stream.endpointSent = true;
          post({ type: 'endpoint', id });
        }
      }
    }
  });
}

if (parentPort) void serve(parentPort, workerData as RecognizerWorkerData);
