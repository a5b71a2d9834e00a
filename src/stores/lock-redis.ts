// A conversation lock shared by every instance through Redis (`lock_store: {type: redis}`). Within one process
// turns first queue in order locally; the queue head then takes the Redis lock (SET NX with a lifetime that is
// renewed while the turn runs, so a killed holder frees it after `lifetimeMs`).
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { InProcessLockStore } from './lock-memory.ts';
import { type LockStore, LockTimeoutError } from './lock-store.ts';
import { StoreUnavailableError } from './tracker-store.ts';

export interface RedisLockStoreOptions {
  url?: string;
  client?: Redis;
  keyPrefix?: string;
  /** How long a lock lives without renewal; a crashed holder blocks the conversation at most this long. */
  lifetimeMs?: number;
  /** How long a turn waits for the lock before giving up. */
  waitMs?: number;
}

/**
 * A held lock is renewed every third of this, so it only expires when its holder is gone: a crashed instance
 * blocks its conversations for at most these few seconds.
 */
export const DEFAULT_LOCK_LIFETIME_MS = 5000;

const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;

export class RedisLockStore implements LockStore {
  readonly kind = 'redis';
  readonly #redis: Redis;
  readonly #ownsClient: boolean;
  /** The connection's latest failure, for a message that says why rather than "max retries reached". */
  #lastError: string | null = null;
  readonly #local = new InProcessLockStore();
  readonly #prefix: string;
  readonly #lifetimeMs: number;
  readonly #waitMs: number;

  constructor(options: RedisLockStoreOptions = {}) {
    this.#ownsClient = !options.client;
    this.#redis = options.client ?? new Redis(options.url ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 2 });
    this.#redis.on('error', (error: Error) => {
      this.#lastError = error.message;
    });
    this.#prefix = options.keyPrefix ?? '';
    this.#lifetimeMs = options.lifetimeMs ?? DEFAULT_LOCK_LIFETIME_MS;
    this.#waitMs = options.waitMs ?? 60_000;
  }

  withLock<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    return this.#local.withLock(conversationId, () => this.#withSharedLock(conversationId, work));
  }

  async #withSharedLock<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    const key = `${this.#prefix}lock:${conversationId}`;
    const token = randomUUID();
    const started = Date.now();
    let pause = 2;
    while ((await this.#redis.set(key, token, 'PX', this.#lifetimeMs, 'NX')) !== 'OK') {
      if (Date.now() - started > this.#waitMs) throw new LockTimeoutError(conversationId, Date.now() - started);
      await sleep(pause);
      pause = Math.min(pause * 2, 50);
    }
    const renew = setInterval(
      () => {
        this.#redis.eval(RENEW, 1, key, token, String(this.#lifetimeMs)).catch(() => {});
      },
      Math.max(100, Math.floor(this.#lifetimeMs / 3)),
    );
    renew.unref();
    try {
      return await work();
    } finally {
      clearInterval(renew);
      await this.#redis.eval(RELEASE, 1, key, token).catch(() => {});
    }
  }

  async ping(): Promise<void> {
    try {
      await this.#redis.ping();
    } catch (error) {
      const { host, port } = this.#redis.options;
      throw new StoreUnavailableError('redis lock', `${host}:${port}: ${this.#lastError ?? (error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    await this.#local.close();
    if (this.#ownsClient) await this.#redis.quit().catch(() => this.#redis.disconnect());
  }
}
