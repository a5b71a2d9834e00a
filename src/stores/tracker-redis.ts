// Conversations in Redis: one list of JSON events per conversation. Appends run as one Lua script that checks
// the list length first, so a stale writer is refused atomically.
import { Redis } from 'ioredis';
import type { TrackerEvent } from '../engine/events.ts';
import { byNewest, ConcurrentAppendError, type ConversationSummary, StoreUnavailableError, summarizeConversation, type TrackerStore } from './tracker-store.ts';

export interface RedisTrackerStoreOptions {
  url?: string;
  client?: Redis;
  /** Key prefix (Rasa's `key_prefix`); keys are `<prefix>tracker:<conversation id>`. */
  keyPrefix?: string;
  /** Seconds a conversation is kept after its last write (Rasa's `record_exp`); none by default. */
  recordExpiration?: number;
}

const APPEND = `
local n = redis.call('LLEN', KEYS[1])
if n ~= tonumber(ARGV[1]) then return -1 - n end
for i = 3, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
if tonumber(ARGV[2]) > 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return n + #ARGV - 2`;

export class RedisTrackerStore implements TrackerStore {
  readonly kind = 'redis';
  readonly #redis: Redis;
  readonly #prefix: string;
  readonly #expiration: number;
  readonly #ownsClient: boolean;
  /** The connection's latest failure, for a message that says why rather than "max retries reached". */
  #lastError: string | null = null;

  constructor(options: RedisTrackerStoreOptions) {
    this.#ownsClient = !options.client;
    this.#redis = options.client ?? new Redis(options.url ?? 'redis://127.0.0.1:6379', { lazyConnect: false, maxRetriesPerRequest: 2 });
    this.#redis.on('error', (error: Error) => {
      this.#lastError = error.message;
    }); // reported through ping()/operations instead of an unhandled 'error'
    this.#prefix = options.keyPrefix ?? '';
    this.#expiration = options.recordExpiration ?? 0;
  }

  #key(conversationId: string): string {
    return `${this.#prefix}tracker:${conversationId}`;
  }

  async load(conversationId: string): Promise<TrackerEvent[]> {
    const items = await this.#redis.lrange(this.#key(conversationId), 0, -1);
    return items.map((item) => JSON.parse(item) as TrackerEvent);
  }

  async loadFrom(conversationId: string, from: number): Promise<TrackerEvent[] | null> {
    const items = await this.#redis.lrange(this.#key(conversationId), Math.max(0, from - 1), -1);
    if (from > 0 && items.length === 0) return null;
    return items.slice(from > 0 ? 1 : 0).map((item) => JSON.parse(item) as TrackerEvent);
  }

  async append(conversationId: string, events: TrackerEvent[], expectedLength: number): Promise<void> {
    const args = [String(expectedLength), String(this.#expiration), ...events.map((e) => JSON.stringify(e))];
    const result = Number(await this.#redis.eval(APPEND, 1, this.#key(conversationId), ...args));
    if (result < 0) throw new ConcurrentAppendError(conversationId, expectedLength, -1 - result);
  }

  async replace(conversationId: string, events: TrackerEvent[]): Promise<void> {
    const key = this.#key(conversationId);
    const multi = this.#redis.multi().del(key);
    if (events.length) multi.rpush(key, ...events.map((e) => JSON.stringify(e)));
    if (this.#expiration > 0) multi.expire(key, this.#expiration);
    await multi.exec();
  }

  async list(): Promise<string[]> {
    const ids: string[] = [];
    const marker = `${this.#prefix}tracker:`;
    let cursor = '0';
    do {
      const [next, keys] = await this.#redis.scan(cursor, 'MATCH', `${marker}*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) ids.push(key.slice(marker.length));
    } while (cursor !== '0');
    return ids;
  }

  /**
   * Redis has no index by time: the last event of every conversation is read (one pipelined LINDEX each),
   * then only the newest `limit` logs are read whole. Fine for a hotel's volume; keys expire with record_exp.
   */
  async recent(limit: number): Promise<ConversationSummary[]> {
    const ids = await this.list();
    if (ids.length === 0) return [];
    const lasts = await this.#pipelined<string | null>(ids.map((id) => ['lindex', this.#key(id), '-1']));
    const newest = ids
      .map((id, i) => ({ id, last: lasts[i] ? (JSON.parse(lasts[i]) as TrackerEvent).timestamp : 0 }))
      .sort((a, b) => b.last - a.last || a.id.localeCompare(b.id))
      .slice(0, limit);
    const logs = await this.#pipelined<string[]>(newest.map(({ id }) => ['lrange', this.#key(id), '0', '-1']));
    return newest
      .map(({ id }, i) =>
        summarizeConversation(
          id,
          (logs[i] ?? []).map((item) => JSON.parse(item) as TrackerEvent),
        ),
      )
      .filter((summary) => summary.lastEventAt > 0)
      .sort(byNewest);
  }

  async prune(before: number): Promise<number> {
    const ids = await this.list();
    if (ids.length === 0) return 0;
    const lasts = await this.#pipelined<string | null>(ids.map((id) => ['lindex', this.#key(id), '-1']));
    const old = ids.filter((_, i) => !lasts[i] || (JSON.parse(lasts[i]) as TrackerEvent).timestamp < before);
    if (old.length) await this.#pipelined(old.map((id) => ['del', this.#key(id)]));
    return old.length;
  }

  async #pipelined<T>(commands: string[][]): Promise<T[]> {
    const results = (await this.#redis.pipeline(commands).exec()) ?? [];
    return results.map(([error, value]) => {
      if (error) throw error;
      return value as T;
    });
  }

  async ping(): Promise<void> {
    try {
      await this.#redis.ping();
    } catch (error) {
      const { host, port } = this.#redis.options;
      throw new StoreUnavailableError('redis', `${host}:${port}: ${this.#lastError ?? (error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    if (this.#ownsClient) await this.#redis.quit().catch(() => this.#redis.disconnect());
  }
}
