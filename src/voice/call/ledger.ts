// What the bot said, sentence by sentence, and which sentences the caller actually heard (their mark echoed).
export interface Segment {
  mark: string;
  text: string;
  replyId: number;
  interruptible: boolean;
  state: 'queued' | 'played' | 'cleared';
}

export class PlaybackLedger {
  readonly #segments = new Map<string, Segment>();
  #seq = 0;
  /** Segments in state `queued`: asked about on every caller frame, so counted rather than searched. */
  #queued = 0;

  add(text: string, replyId: number, interruptible: boolean): Segment {
    const segment: Segment = { mark: `r${replyId}s${++this.#seq}`, text, replyId, interruptible, state: 'queued' };
    this.#segments.set(segment.mark, segment);
    this.#queued++;
    return segment;
  }

  /** A mark came back. Marks of cleared audio are echoed too; they do not mean the caller heard it. */
  echoed(mark: string): Segment | undefined {
    const segment = this.#segments.get(mark);
    if (segment?.state !== 'queued') return undefined;
    segment.state = 'played';
    this.#queued--;
    return segment;
  }

  get hasOutstanding(): boolean {
    return this.#queued > 0;
  }

  get outstanding(): Segment[] {
    return [...this.#segments.values()].filter((s) => s.state === 'queued');
  }

  /** Everything still queued is dropped; returns it so it can be resumed after a false interruption. */
  clearOutstanding(): Segment[] {
    const dropped = this.outstanding;
    for (const s of dropped) s.state = 'cleared';
    this.#queued = 0;
    return dropped;
  }

  played(replyId: number): string {
    return [...this.#segments.values()]
      .filter((s) => s.replyId === replyId && s.state === 'played')
      .map((s) => s.text)
      .join(' ');
  }

  /** Forget finished replies so a long call does not grow memory. */
  prune(keepFromReply: number): void {
    for (const [mark, s] of this.#segments) if (s.replyId < keepFromReply && s.state !== 'queued') this.#segments.delete(mark);
  }
}

/** What a voice can say: emojis and markdown emphasis are dropped (Rasa removes emojis before TTS too). */
export function speakable(text: string): string {
  return text
    .replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu, '')
    .replace(/[*_`#>]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Splits a reply into sentences so each gets its own mark (what the caller heard, to the sentence). */
export function splitSentences(text: string): string[] {
  return speakable(text)
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
