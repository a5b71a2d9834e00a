// What a call's line says on its own (the key-press menu of a line without a recogniser, and its answers to
// keys) never passes through the assistant, so the conversation's log would not have it: the staff console
// would show a call with an unspoken greeting and no keys. The session hands those lines to a CallTranscript,
// which the server writes into the conversation as user and bot events (cli/commands/run-voice.ts).
import type { Logger } from 'pino';
import type { BotMessage } from '../../channels/types.ts';

export type TranscriptEntry =
  /** A key the caller pressed. */
  | { role: 'caller'; key: string }
  /** The caller spoke on a line that cannot recognise speech: the turn the line's notice answers. */
  | { role: 'caller'; unheard: true }
  /** A phrase the line spoke; `insteadOfReply`: played in place of the assistant's reply just before it. */
  | { role: 'bot'; text: string; insteadOfReply?: boolean };

export interface CallTranscript {
  record(conversationId: string, entries: TranscriptEntry[]): Promise<void>;
}

/** One call's writer of the line's own words. A transcript that cannot be written costs the call nothing: it is logged. */
export class LineTranscript {
  constructor(
    readonly port: CallTranscript | undefined,
    readonly conversationId: string,
    readonly log: Logger,
  ) {}

  /** The phrases the line speaks (after `before`, the key they answer); `insteadOfReply`: the first replaces the assistant's reply. */
  async said(replies: BotMessage[], before: TranscriptEntry[] = [], insteadOfReply = false): Promise<void> {
    const said = replies.flatMap((r, i): TranscriptEntry[] =>
      r.text ? [{ role: 'bot', text: r.text, ...(insteadOfReply && i === 0 ? { insteadOfReply } : {}) }] : [],
    );
    await this.record([...before, ...said]);
  }

  async record(entries: TranscriptEntry[]): Promise<void> {
    if (!this.port || entries.length === 0) return;
    try {
      await this.port.record(this.conversationId, entries);
    } catch (err) {
      this.log.error({ err: String(err) }, "the line's phrases could not be written into the conversation");
    }
  }
}
