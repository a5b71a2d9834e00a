// The console's view of every conversation: digests of the newest ones, kept while a conversation does not
// change (a tracker store is append-only, so its newest event time says whether the digest is current).
import { createHmac, randomBytes } from 'node:crypto';
import type { TrackerStore } from '../stores/tracker-store.ts';
import { type ConversationDigest, digestConversation } from './conversation-digest.ts';

/** A hotel's month is a few hundred conversations; the console lists at most this many. */
export const MAX_DIGESTS = 2000;

export class ConversationIndex {
  readonly #cache = new Map<string, { lastEventAt: number; digest: ConversationDigest }>();
  readonly #ids = new Map<string, string>();
  readonly #key = randomBytes(32);

  constructor(
    readonly trackers: TrackerStore,
    readonly flowNames: ReadonlyMap<string, string>,
  ) {}

  /** Newest first. */
  async recent(limit = MAX_DIGESTS): Promise<ConversationDigest[]> {
    const summaries = await this.trackers.recent(Math.min(limit, MAX_DIGESTS));
    const digests: ConversationDigest[] = [];
    for (const summary of summaries) {
      const cached = this.#cache.get(summary.id);
      if (cached && cached.lastEventAt === summary.lastEventAt) {
        digests.push(cached.digest);
        continue;
      }
      const digest = digestConversation(summary.id, await this.trackers.load(summary.id), this.flowNames);
      this.#cache.set(summary.id, { lastEventAt: summary.lastEventAt, digest });
      digests.push(digest);
    }
    return digests;
  }

  /**
   * The name pages and links use for a conversation: an id may be the caller's phone number, so it never goes
   * into a URL; the reference is a keyed hash, valid while this process runs.
   */
  refOf(id: string): string {
    const ref = createHmac('sha256', this.#key).update(id).digest('base64url').slice(0, 22);
    this.#ids.set(ref, id);
    return ref;
  }

  /** The conversation behind a reference from refOf (looked up among the newest when this process has not seen it). */
  async byRef(ref: string): Promise<ConversationDigest | null> {
    if (!this.#ids.has(ref)) for (const digest of await this.recent()) this.refOf(digest.id);
    const id = this.#ids.get(ref);
    return id === undefined ? null : this.one(id);
  }

  async one(id: string): Promise<ConversationDigest | null> {
    const events = await this.trackers.load(id);
    return events.length ? digestConversation(id, events, this.flowNames) : null;
  }

  /** Booking code → the conversation that made it. */
  async madeBy(): Promise<Map<string, ConversationDigest>> {
    const byCode = new Map<string, ConversationDigest>();
    for (const digest of await this.recent()) for (const code of digest.booked) if (!byCode.has(code)) byCode.set(code, digest);
    return byCode;
  }
}
