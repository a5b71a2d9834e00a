// The bot's side of the line: sentences synthesised one after another into the paced player, a mark after
// each, and the ledger of what the caller actually heard. Stopping it (barge-in, DTMF) drops everything queued.
// The synthesiser gets each sentence's spoken form (numbers, dates, times, phone numbers in words); the ledger
// keeps the text as written.
import type { Logger } from 'pino';
import { FrameChunker } from '../audio/frames.ts';
import { spokenRussian } from '../tts/spoken-ru.ts';
import type { SpeechSynthesizer } from '../tts/types.ts';
import { PlaybackLedger } from './ledger.ts';
import type { PacedPlayer } from './player.ts';

export interface Sentence {
  text: string;
  interruptible: boolean;
}

export interface Interrupted {
  replyId: number;
  /** What the caller heard of the interrupted reply (sentences whose mark came back). */
  heard: string;
  /** What was not heard, from the interrupted sentence on. */
  resume: Sentence[];
}

export class BotVoice {
  readonly #ledger = new PlaybackLedger();
  #replyId = 0;
  #synthesizing = 0;
  #abort: AbortController | undefined;
  #unsent: Sentence[] = [];

  constructor(
    readonly synthesizer: SpeechSynthesizer,
    readonly player: PacedPlayer,
    readonly log: Logger,
  ) {}

  get speaking(): boolean {
    return this.#synthesizing > 0 || this.#ledger.hasOutstanding;
  }

  get interruptible(): boolean {
    return this.#ledger.outstanding.every((s) => s.interruptible) && this.#unsent.every((s) => s.interruptible);
  }

  /** Speaks the sentences as one reply; resolves when the last one is queued (not played). */
  async say(sentences: Sentence[], onReply?: (replyId: number) => void): Promise<{ lastMark?: string; aborted: boolean }> {
    const replyId = ++this.#replyId;
    onReply?.(replyId);
    this.#ledger.prune(replyId - 2);
    this.#unsent = [...sentences];
    const abort = new AbortController();
    this.#abort = abort;
    this.#synthesizing++;
    let lastMark: string | undefined;
    try {
      while (this.#unsent.length > 0 && !abort.signal.aborted) {
        const sentence = this.#unsent[0]!;
        const chunker = new FrameChunker();
        try {
          for await (const chunk of this.synthesizer.synthesize({ text: spokenRussian(sentence.text), signal: abort.signal })) {
            if (abort.signal.aborted) break;
            this.player.enqueueFrames(chunker.push(chunk));
          }
        } catch (err) {
          this.log.error({ err: String(err), synthesizer: this.synthesizer.name }, 'synthesis failed; sentence skipped');
        }
        if (abort.signal.aborted) break;
        this.player.enqueueFrames(chunker.flush());
        this.#unsent.shift();
        const segment = this.#ledger.add(sentence.text, replyId, sentence.interruptible);
        this.player.enqueueMark(segment.mark);
        lastMark = segment.mark;
      }
    } finally {
      this.#synthesizing--;
      if (this.#abort === abort) this.#abort = undefined;
    }
    return { lastMark, aborted: abort.signal.aborted };
  }

  /** A mark came back; returns the reply it belongs to when it means the caller heard that sentence. */
  echoed(mark: string): number | undefined {
    return this.#ledger.echoed(mark)?.replyId;
  }

  isQueued(mark: string): boolean {
    return this.#ledger.outstanding.some((s) => s.mark === mark);
  }

  /** Stops at once: synthesis aborted, queued audio dropped, Twilio told to clear its buffer. */
  stop(): Interrupted {
    const playing = this.#ledger.outstanding;
    const replyId = playing[0]?.replyId ?? this.#replyId;
    const resume = [...playing.map((s) => ({ text: s.text, interruptible: s.interruptible })), ...this.#unsent];
    this.#abort?.abort();
    this.#unsent = [];
    this.player.clear();
    this.#ledger.clearOutstanding();
    return { replyId, heard: this.#ledger.played(replyId), resume };
  }

  close(): void {
    this.#abort?.abort();
    this.#unsent = [];
    this.player.close();
  }
}
