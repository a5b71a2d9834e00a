// What a call's line says on its own (the key-press menu of a line without a recogniser, and its answers to
// keys) never passes through the assistant, so the conversation's log would not have it: the staff console
// would show a call with an unspoken greeting and no keys. The session hands those lines to a CallTranscript,
// which the server writes into the conversation as user and bot events (cli/commands/run-voice.ts).

export type TranscriptEntry =
  /** A key the caller pressed. */
  | { role: 'caller'; key: string }
  /** A phrase the line spoke; `insteadOfReply`: played in place of the assistant's reply just before it. */
  | { role: 'bot'; text: string; insteadOfReply?: boolean };

export interface CallTranscript {
  record(conversationId: string, entries: TranscriptEntry[]): Promise<void>;
}
