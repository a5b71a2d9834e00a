// What the bot says on one call, in order: messages handed to the assistant and its replies spoken, the line's own
// phrases (the key-press menu, written into the conversation too), an answer resumed after a false interruption,
// and a hang-up or transfer made once the phrase before it has been heard. The session decides when; this says it.
import type { Logger } from 'pino';
import type { Agent, BotMessage } from '../../channels/types.ts';
import type { AnswerWatch } from './answer-ready.ts';
import type { BotVoice, Interrupted } from './bot-voice.ts';
import { CHANNEL } from './call-info.ts';
import { CallQueue } from './call-queue.ts';
import type { CallLeaving } from './control.ts';
import { splitSentences } from './ledger.ts';
import type { TurnTimeline } from './timeline.ts';
import type { LineTranscript, TranscriptEntry } from './transcript.ts';

export interface RepliesContext {
  callSid: string;
  agent: Agent;
  voice: BotVoice;
  /** Reads each question the bot asks, for the slot-aware end of turn. */
  answers: AnswerWatch;
  leaving: CallLeaving;
  line: LineTranscript;
  log: Logger;
  /** Metadata of every message of the call (the session's). */
  metadata: () => Record<string, string>;
  ended: () => boolean;
  now: () => number;
  /** The bot is about to speak: the caller's silence is not timed. */
  onSpeaking: () => void;
  /** A reply has been said or a piece of work has finished: the session checks whether the line is now quiet. */
  onDone: () => void;
}

export class CallReplies {
  /** Caller turns, messages to the assistant and the line's phrases, in order; no silence is counted while any waits. */
  readonly queue: CallQueue;

  constructor(readonly ctx: RepliesContext) {
    this.queue = new CallQueue(ctx.log, ctx.onDone);
  }

  /** `instead`: what to say rather than the assistant's replies (the key-press line's own phrases). */
  ask(text: string, extra: Record<string, unknown> = {}, instead?: BotMessage[]): void {
    this.queue.answer(() => this.askNow(text, extra, undefined, instead), 'agent turn failed');
  }

  /** Hands a message to the assistant and speaks its replies (or `instead`); within work already queued. */
  async askNow(text: string, extra: Record<string, unknown>, timeline?: TurnTimeline, instead?: BotMessage[]): Promise<void> {
    const { ctx } = this;
    if (ctx.ended()) return;
    const replies = await ctx.agent.handleMessage({ sender: ctx.callSid, text, channel: CHANNEL, metadata: { ...ctx.metadata(), ...extra } });
    timeline?.mark('agent_reply', ctx.now());
    if (ctx.ended()) return;
    if (instead) await this.speakOwn(instead, [], true);
    else await this.speak(replies, timeline);
  }

  /** Phrases of the line itself (no assistant turn), queued after whatever is being said. */
  sayOwn(replies: BotMessage[], before: TranscriptEntry[] = []): void {
    this.queue.answer(() => this.speakOwn(replies, before), 'line phrase failed');
  }

  /** Speaks the line's own phrases and writes them (after `before`, the key they answer) into the conversation. */
  async speakOwn(replies: BotMessage[], before: TranscriptEntry[] = [], insteadOfReply = false): Promise<void> {
    await this.ctx.line.said(replies, before, insteadOfReply);
    await this.speak(replies);
  }

  /** A key the caller pressed, written into the conversation after whatever is in hand (the reception key). */
  noteKey(key: string): void {
    this.queue.after(() => this.ctx.line.record([{ role: 'caller', key }]));
  }

  /** Queued after whatever is in hand, not counted as an answer (the shutdown phrase). */
  sayAfter(replies: BotMessage[]): void {
    this.queue.after(() => this.speak(replies));
  }

  /** A false interruption (a sound with no words): the bot goes on from the sentence it was cut off in. */
  resume(interrupted: Interrupted): void {
    const replies: BotMessage[] = interrupted.resume.map((s) => ({ recipient_id: this.ctx.callSid, text: s.text, allow_interruptions: s.interruptible }));
    this.sayAfter(replies);
  }

  async speak(replies: BotMessage[], timeline?: TurnTimeline): Promise<void> {
    const { ctx } = this;
    ctx.onSpeaking();
    const control = replies.find((r) => r.call_control)?.call_control;
    // A phrase that ends the call (goodbye, handoff) is played to the end.
    ctx.answers.botSaid(replies);
    const sentences = replies.flatMap((r) =>
      splitSentences(r.text ?? '').map((text) => ({ text, interruptible: r.allow_interruptions !== false && !control })),
    );
    const { lastMark, aborted } = await ctx.voice.say(sentences, (replyId) => timeline?.attach(replyId));
    if (!timeline?.has('first_audio_sent')) timeline?.finish('no audio');
    if (control && !aborted && !ctx.ended()) {
      if (lastMark && ctx.voice.isQueued(lastMark)) ctx.leaving.after(lastMark, control);
      else await ctx.leaving.make(control);
    }
    ctx.onDone();
  }
}
