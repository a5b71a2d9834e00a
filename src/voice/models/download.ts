// A resumable download: the bytes go to <file>.part; a later call asks only for the rest (HTTP Range) and
// appends, or starts over when the server ignores the range. The SHA-256 is computed over the finished file.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

export interface DownloadProgress {
  /** Called once the total is known (undefined when the server does not say), then as bytes arrive. */
  start(total: number | undefined, resumedFrom: number): void;
  advance(bytes: number): void;
  stop(): void;
}

export class DownloadError extends Error {
  constructor(
    message: string,
    /** Bytes kept in the .part file: the next attempt resumes from there. */
    readonly kept: number,
    /** The host could not be reached at all (no network, no DNS): another way to the archive is needed. */
    readonly unreachable = false,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

export interface Downloaded {
  file: string;
  bytes: number;
  resumedFrom: number;
  sha256: string;
}

/** Downloads url to file (via file.part), resuming a previous partial download. */
export async function download(url: string, file: string, progress?: DownloadProgress): Promise<Downloaded> {
  const part = `${file}.part`;
  const have = existsSync(part) ? statSync(part).size : 0;
  const res = await fetch(url, { headers: have > 0 ? { range: `bytes=${have}-` } : {} }).catch((err: Error) => {
    throw new DownloadError(`cannot reach ${url}: ${err.cause instanceof Error ? err.cause.message : err.message}`, have, true);
  });
  if (res.status === 416 && have > 0) {
    // The server has nothing past what we hold: the part file is complete.
    await res.body?.cancel();
  } else if (!res.ok || !res.body) {
    throw new DownloadError(`${url} answered ${res.status} ${res.statusText}`, have);
  }
  let resumedFrom = 0;
  if (res.status !== 416 && res.body) {
    resumedFrom = res.status === 206 ? have : 0;
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    progress?.start(Number.isFinite(length) ? length + resumedFrom : undefined, resumedFrom);
    const counted = Readable.fromWeb(res.body as WebReadableStream<Uint8Array>);
    counted.on('data', (chunk: Buffer) => progress?.advance(chunk.length));
    try {
      await pipeline(counted, createWriteStream(part, { flags: resumedFrom > 0 ? 'a' : 'w' }));
    } catch (err) {
      const kept = existsSync(part) ? statSync(part).size : 0;
      throw new DownloadError(`download of ${url} was interrupted at ${kept} bytes (${(err as Error).message}); run the same command again to resume`, kept);
    } finally {
      progress?.stop();
    }
    const got = statSync(part).size;
    if (Number.isFinite(length) && got !== length + resumedFrom) {
      throw new DownloadError(`download of ${url} ended at ${got} of ${length + resumedFrom} bytes; run the same command again to resume`, got);
    }
  }
  const sha256 = await sha256Of(part);
  await rename(part, file);
  return { file, bytes: statSync(file).size, resumedFrom, sha256 };
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

export async function discard(file: string): Promise<void> {
  await rm(file, { force: true });
  await rm(`${file}.part`, { force: true });
}
