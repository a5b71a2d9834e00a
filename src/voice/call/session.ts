// One phone call: caller audio → VAD turn-taking → recogniser → Agent → synthesis → paced audio to Twilio.
// Every decision about time counts 20 ms frames (audio time); wall time is only measured, for metrics.
import type { Logger } from 'pino';
import type { CallerIdSeal } from '../../channels/caller-id-proof.ts';
import type { Agent, BotMessage } from '../../channels/types.ts';
import { FRAME_BYTES, FRAME_MS } from '../audio/frames.ts';
import { mulawDecode } from '../audio/mulaw.ts';
import type { RecognitionStream, SpeechRecognizer } from '../asr/types.ts';
import type { CallOptions } from '../config.ts';
import { hearsNothing } from '../asr/unavailable.ts';
import type { SpeechSynthesizer } from '../tts/types.ts';
import type { VadFactory, VoiceActivityDetector } from '../vad/types.ts';
import { TurnDetector } from '../vad/turn.ts';
import { BotVoice, type Interrupted } from './bot-voice.ts';
import { type CallControl, executeCallControl } from './control.ts';
import { type AnswerKind, AnswerWatch } from './answer-ready.ts';
import { BargeIn } from './barge-in.ts';
import { DtmfCollector } from './dtmf-collector.ts';
import { type HotelCard, KeypadLine } from './keypad-line.ts';
import { splitSentences } from './ledger.ts';
import type { VoiceMetrics } from './metrics.ts';
import { PacedPlayer, type PlayerSink } from './player.ts';
import { SilenceTimer } from './silence-timer.ts';
import type { TwilioRest } from './twilio-rest.ts';
import { TurnTimeline } from './timeline.ts';
import type { CallReport } from './report.ts';
import type { CallTranscript, TranscriptEntry } from './transcript.ts';

export const CHANNEL = 'twilio_media_streams';
const LEFT_CALL_GRACE_MS = 10_000;

export interface CallInfo {
  callSid: string;
  streamSid: string;
  accountSid: string;
  from: string;
  to: string;
  direction: string;
}

/** The line back to Twilio; the socket handler encodes each call into the wire format (channels/twilio-codec.ts). */
export interface CallTransport extends PlayerSink {
  close(code: number, reason: string): void;
}

export interface CallDeps {
  agent: Agent;
  recognizer: SpeechRecognizer;
  synthesizer: SpeechSynthesizer;
  vad: VadFactory;
  rest?: TwilioRest;
  hotelPhone: string;
  /** The hotel's name, address and phone, for the key-press menu of a line without a recogniser. */
  hotel?: HotelCard;
  /** Kind of answer each slot question expects (answerKindsOf(domain.slots)): slot-aware end of turn. */
  answerKinds?: Record<string, AnswerKind>;
  /** Where the line's own phrases and the keys they answer are written into the conversation. */
  transcript?: CallTranscript;
  options: CallOptions;
  logger: Logger;
  metrics: VoiceMetrics;
  phraseHints: string[];
  /** Seals the caller's number (PORTIER_CALLER_ID_KEY of the channel's environment). */
  callerId: CallerIdSeal;
  now: () => number;
}

export class CallSession {
  readonly #voice: BotVoice;
  readonly #turn: TurnDetector;
  readonly #vad: VoiceActivityDetector;
  readonly #log: Logger;
  #asr: RecognitionStream | undefined;
  #chain: Promise<void> = Promise.resolve();
  #pendingControl: { control: CallControl; mark: string } | undefined;
  readonly #bargeIn: BargeIn;
  readonly #silence: SilenceTimer;
  readonly #dtmf: DtmfCollector;
  #vadStopAt = 0;
  /** Caller audio the VAD has decided on, from the start of the stream: the call's own clock. */
  #decidedMs = 0;
  /** Caller turns and events handed to the assistant and not yet answered: no silence is counted meanwhile. */
  #pending = 0;
  #timeline: TurnTimeline | undefined;
  /** Set when no recogniser is available: the line serves a key-press menu instead of the assistant's questions. */
  readonly #keypad: KeypadLine | undefined;
  readonly #answers: AnswerWatch;
  /** The partial transcript of this turn already answers the question asked: a short silence ends it. */
  #answered = false;
  /** What the server measured, for `portier call` (GET …/calls/{CallSid}). */
  readonly report: CallReport;
  #ended = false;
  /** Hung up or transferred through Twilio's REST API: only Twilio's `stop` is still to come. */
  #left = false;
  readonly endedPromise: Promise<string>;
  #resolveEnded!: (outcome: string) => void;

  constructor(
    readonly call: CallInfo,
    readonly deps: CallDeps,
    readonly transport: CallTransport,
  ) {
    const { options, now } = deps;
    this.#log = deps.logger.child({ call_id: call.callSid, stream_id: call.streamSid });
    this.#turn = new TurnDetector({ startSpeechMs: options.startSpeechMs, endSilenceMs: options.endSilenceMs });
    this.#vad = deps.vad.create((speech, leadFrames) => this.#onVoiceActivity(speech, leadFrames));
    this.#bargeIn = new BargeIn({
      enabled: options.interruptionsEnabled,
      minSpeechMs: options.bargeInMs,
      minWords: options.bargeInMinWords,
      countsWords: deps.recognizer.streamsPartials === true,
    });
    this.#silence = new SilenceTimer(options.silenceTimeoutMs);
    this.#dtmf = new DtmfCollector(options.dtmfIdleMs);
    const player = new PacedPlayer(transport, {
      leadMs: options.leadMs,
      timeScale: options.timeScale,
      now,
      observer: {
        onWake: (ms) => deps.metrics.frameLateness.observe(ms / 1000),
        onUnderrun: (ms) => deps.metrics.underrunSeconds.inc(ms / 1000),
        onJitter: (ms) => deps.metrics.outboundJitter.observe(ms / 1000),
      },
    });
    player.onFrameSent = () => this.#timeline?.mark('first_audio_sent', now());
    this.#voice = new BotVoice(deps.synthesizer, player, this.#log);
    if (hearsNothing(deps.recognizer)) this.#keypad = new KeypadLine(deps.hotel ?? { name: '', phone: deps.hotelPhone }, call.callSid);
    this.#answers = new AnswerWatch(deps.answerKinds ?? {});
    this.report = { call_id: call.callSid, recognizer: deps.recognizer.name, speech_ignored: 0, turns: [], barge_ins: [] };
    this.endedPromise = new Promise((resolve) => {
      this.#resolveEnded = resolve;
    });
  }

  get ended(): boolean {
    return this.#ended;
  }

  get botSpeaking(): boolean {
    return this.#voice.speaking;
  }

  /** Metadata Rasa attaches to every message of a voice call (slot session_started_metadata). */
  get metadata(): Record<string, string> {
    const c = this.call;
    // The caller's number is sealed by this server: only this path proves a caller ID (channels/caller-id-proof.ts).
    return { call_id: c.callSid, ...this.deps.callerId.voiceMetadata(c.callSid, c.from), bot_phone: c.to, direction: c.direction, stream_id: c.streamSid };
  }

  async start(): Promise<void> {
    this.deps.metrics.activeCalls.inc();
    const { recognizer } = this.deps;
    await this.#openRecognizer();
    this.#log.info({ recognizer: recognizer.name, synthesizer: this.deps.synthesizer.name, vad: this.#vad.name }, 'call started');
    // The assistant still opens the session (slots, metadata); a line that cannot hear speaks its menu instead.
    this.#ask('/session_start', {}, this.#keypad?.greeting());
  }

  async #openRecognizer(): Promise<void> {
    const { recognizer, options, phraseHints } = this.deps;
    try {
      this.#asr = await recognizer.open({
        callId: this.call.callSid,
        language: options.language,
        phraseHints,
        onPartial: (text) => {
          this.#bargeIn.heard(text);
          this.#answered = options.answeredSilenceMs > 0 && this.#answers.answered(text);
          if (this.#answered) this.#turn.endSoon(this.#answeredSilenceMs());
        },
        // The model's own endpointing (when configured) ends the turn at once if the caller is already silent.
        onEndpoint: () => this.#turn.endSoon(0),
      });
    } catch (err) {
      this.#asr = undefined;
      this.#log.error({ err: String(err), recognizer: recognizer.name }, 'speech recogniser failed to open; caller speech will not be understood');
    }
  }

  /** A recogniser that failed mid-call (connection lost) is reopened once per failure; the turn is lost. */
  async #transcriptOf(turn: Promise<string> | undefined): Promise<string> {
    if (!turn) return '';
    try {
      return await turn;
    } catch (err) {
      this.#log.error({ err: String(err) }, 'speech recognition failed for this turn; reconnecting');
      const broken = this.#asr;
      this.#asr = undefined;
      await broken?.close().catch(() => undefined);
      if (!this.#ended) await this.#openRecognizer();
      return '';
    }
  }

  /** Caller audio, μ-law 8 kHz. */
  onAudio(audio: Uint8Array): void {
    if (this.#ended || this.#left) return;
    // Twilio sends 20 ms per message; anything longer is counted frame by frame so audio time stays exact.
    for (let at = 0; at < audio.length; at += FRAME_BYTES) this.#onFrame(audio.subarray(at, Math.min(at + FRAME_BYTES, audio.length)));
  }

  #onFrame(mulaw: Uint8Array): void {
    const pcm = mulawDecode(mulaw);
    this.#asr?.pushAudio({ mulaw, pcm });
    this.#vad.push(pcm);
  }

  /** One decision per caller frame, in order: every count below is audio time. */
  #onVoiceActivity(speech: boolean, leadFrames: number): void {
    if (this.#ended || this.#left) return;
    this.#decidedMs += FRAME_MS;
    const now = this.deps.now();
    const event = this.#turn.push(speech, leadFrames);
    const o = this.deps.options;
    if (event === 'speech_start') {
      this.#silence.disarm();
      this.#bargeIn.speechStarted(now - this.#turn.speechMs / o.timeScale, this.botSpeaking);
      this.#answered = false;
    }
    if (this.#turn.speaking && this.#bargeIn.due(this.#turn.speechMs, this.botSpeaking, this.#voice.interruptible)) this.#stopForCaller(now);
    if (event === 'vad_stop') {
      this.#vadStopAt = now - this.#turn.silenceMs / o.timeScale;
      if (this.#answered) this.#turn.endSoon(this.#answeredSilenceMs());
    }
    if (event === 'turn_end') this.#onTurnEnd(now);
    if (this.#silence.frame(this.#pending === 0 && !this.#turn.speaking && !this.botSpeaking)) {
      this.#log.info({ silence_ms: o.silenceTimeoutMs }, 'caller silent');
      if (this.#keypad) this.#sayOwn(this.#keypad.onSilence());
      else this.#ask('/silence_timeout');
    }
    this.#submitDtmf(this.#dtmf.frame());
  }

  onDtmf(digit: string): void {
    if (this.#ended || this.#left) return;
    this.#silence.disarm();
    if (this.#dtmf.isReceptionKey(digit)) {
      this.#log.info('caller pressed 0: transfer to reception');
      if (this.#keypad) this.#chain = this.#chain.then(() => this.#record([{ role: 'caller', key: digit }]));
      this.#voice.stop();
      void this.#execute({ kind: 'transfer', to: this.deps.hotelPhone }).then((left) => {
        if (!left && this.#keypad) this.#sayOwn(this.#keypad.transferFailed());
      });
      return;
    }
    // A key press answers the prompt: stop an interruptible prompt like speech would.
    if (this.botSpeaking && this.#voice.interruptible) this.#voice.stop();
    if (this.#keypad) {
      this.#sayOwn(this.#keypad.onKey(digit), [{ role: 'caller', key: digit }]);
      return;
    }
    this.#submitDtmf(this.#dtmf.press(digit));
  }

  onMark(name: string): void {
    const replyId = this.#voice.echoed(name);
    if (replyId === undefined) return;
    this.#timeline?.markPlayed(replyId, this.deps.now());
    if (this.#pendingControl?.mark === name) {
      const { control } = this.#pendingControl;
      this.#pendingControl = undefined;
      void this.#execute(control);
    }
    this.#checkBotDone();
  }

  /** The caller hung up, the stream stopped or the socket closed. */
  async end(outcome: string): Promise<void> {
    if (this.#ended) return;
    this.#ended = true;
    this.#voice.close();
    this.#vad.close();
    this.deps.metrics.activeCalls.dec();
    this.deps.metrics.calls.inc({ outcome });
    this.#log.info({ outcome }, 'call ended');
    this.report.outcome = outcome;
    await this.#asr?.close().catch(() => undefined);
    await this.#chain;
    try {
      // Each turn's latency stages go into the conversation's log: the staff console charts them per day.
      await this.deps.agent.handleMessage({
        sender: this.call.callSid,
        text: '/session_end',
        channel: CHANNEL,
        metadata: { ...this.metadata, turn_latency: this.report.turns },
      });
    } catch (err) {
      this.#log.error({ err: String(err) }, 'agent failed on /session_end');
    }
    this.transport.close(1000, outcome);
    this.#resolveEnded(outcome);
  }

  /** Server shutdown: say so, hang up after the phrase has played, give up after a few seconds. */
  async endPolitely(maxWaitMs = 8000): Promise<void> {
    if (this.#ended) return;
    this.#voice.stop();
    const message: BotMessage = { recipient_id: this.call.callSid, text: this.deps.options.shutdownMessage, call_control: { kind: 'hangup' } };
    this.#chain = this.#chain.then(() => this.#speak([message]));
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs).unref());
    await Promise.race([this.endedPromise, timeout]);
    await this.end('shutdown');
  }

  /**
   * Silence that ends an answered turn. A VAD that confirms new speech late (Silero ≈ 100 ms) would otherwise
   * end the turn in the short pause after «да,» while the caller is already saying the rest.
   */
  #answeredSilenceMs(): number {
    return this.deps.options.answeredSilenceMs + (this.#vad.onsetLatencyMs ?? 0);
  }

  #onTurnEnd(now: number): void {
    const { barged, overlapped } = this.#bargeIn.turnEnded(this.botSpeaking);
    const ended: Record<string, string> = this.#answered ? { ended_by: 'answer' } : {};
    const timeline = new TurnTimeline(this.#vadStopAt, this.deps.metrics, this.#log, (ms) => this.report.turns.push({ ...ms, ...ended }));
    timeline.mark('end_of_turn', now);
    const transcript = this.#transcriptOf(this.#asr?.endTurn());
    this.#pending++;
    this.#chain = this.#chain
      .then(async () => {
        const text = (await transcript).trim();
        timeline.mark('transcript', this.deps.now());
        const interrupted = this.#bargeIn.interrupted;
        if (!text && this.#keypad) {
          this.report.speech_ignored++;
          timeline.finish('no recogniser');
          if (!overlapped) await this.#speakOwn(this.#keypad.onSpeech());
          return;
        }
        if (!text) {
          if (barged && interrupted) this.#resumeAfterFalseInterruption(interrupted);
          this.#checkBotDone();
          return;
        }
        if (overlapped) {
          this.#log.info({ text_chars: text.length }, 'speech over the bot below the barge-in threshold ignored');
          return;
        }
        this.#bargeIn.settle();
        const metadata = interrupted && barged ? { barge_in: { heard: interrupted.heard, not_heard: interrupted.resume.map((s) => s.text).join(' ') } } : {};
        this.#timeline = timeline;
        await this.#askNow(text, metadata, timeline);
      })
      .catch((err) => this.#log.error({ err: String(err) }, 'turn failed'))
      .finally(() => this.#settled());
  }

  /** `instead`: what to say rather than the assistant's replies (the key-press line's own phrases). */
  #ask(text: string, extra: Record<string, unknown> = {}, instead?: BotMessage[]): void {
    this.#pending++;
    this.#chain = this.#chain
      .then(() => this.#askNow(text, extra, undefined, instead))
      .catch((err) => this.#log.error({ err: String(err) }, 'agent turn failed'))
      .finally(() => this.#settled());
  }

  #settled(): void {
    this.#pending--;
    this.#checkBotDone();
  }

  async #askNow(text: string, extra: Record<string, unknown>, timeline?: TurnTimeline, instead?: BotMessage[]): Promise<void> {
    if (this.#ended) return;
    const replies = await this.deps.agent.handleMessage({ sender: this.call.callSid, text, channel: CHANNEL, metadata: { ...this.metadata, ...extra } });
    timeline?.mark('agent_reply', this.deps.now());
    if (this.#ended) return;
    if (instead) await this.#speakOwn(instead, [], true);
    else await this.#speak(replies, timeline);
  }

  /** Phrases of the line itself (no assistant turn), queued after whatever is being said. */
  #sayOwn(replies: BotMessage[], before: TranscriptEntry[] = []): void {
    this.#pending++;
    this.#chain = this.#chain
      .then(() => this.#speakOwn(replies, before))
      .catch((err) => this.#log.error({ err: String(err) }, 'line phrase failed'))
      .finally(() => this.#settled());
  }

  /** Speaks the line's own phrases and writes them (after `before`, the key they answer) into the conversation. */
  async #speakOwn(replies: BotMessage[], before: TranscriptEntry[] = [], insteadOfReply = false): Promise<void> {
    const said = replies.flatMap((r, i): TranscriptEntry[] =>
      r.text ? [{ role: 'bot', text: r.text, ...(insteadOfReply && i === 0 ? { insteadOfReply } : {}) }] : [],
    );
    await this.#record([...before, ...said]);
    await this.#speak(replies);
  }

  /** A transcript that cannot be written costs the call nothing: it is logged. */
  async #record(entries: TranscriptEntry[]): Promise<void> {
    if (!this.deps.transcript || entries.length === 0) return;
    try {
      await this.deps.transcript.record(this.call.callSid, entries);
    } catch (err) {
      this.#log.error({ err: String(err) }, "the line's phrases could not be written into the conversation");
    }
  }

  async #speak(replies: BotMessage[], timeline?: TurnTimeline): Promise<void> {
    this.#silence.disarm();
    const control = replies.find((r) => r.call_control)?.call_control;
    // A phrase that ends the call (goodbye, handoff) is played to the end.
    this.#answers.botSaid(replies);
    const sentences = replies.flatMap((r) =>
      splitSentences(r.text ?? '').map((text) => ({ text, interruptible: r.allow_interruptions !== false && !control })),
    );
    const { lastMark, aborted } = await this.#voice.say(sentences, (replyId) => timeline?.attach(replyId));
    if (!timeline?.has('first_audio_sent')) timeline?.finish('no audio');
    if (control && !aborted && !this.#ended) {
      if (lastMark && this.#voice.isQueued(lastMark)) this.#pendingControl = { control, mark: lastMark };
      else await this.#execute(control);
    }
    this.#checkBotDone();
  }

  /** Barge-in: the caller talks over the bot, which stops at once. */
  #stopForCaller(now: number): void {
    const cutOff = this.#voice.stop();
    this.#bargeIn.stopped(cutOff);
    this.report.barge_ins.push({ at_ms: this.#decidedMs, speech_ms: this.#turn.speechMs });
    const onsetToClearMs = Math.max(0, now - this.#bargeIn.onsetAt);
    this.deps.metrics.bargeIns.inc({ kind: 'barge_in' });
    this.deps.metrics.bargeInToClear.observe(onsetToClearMs / 1000);
    this.#log.info({ onset_to_clear_ms: Math.round(onsetToClearMs), heard_chars: cutOff.heard.length }, 'barge-in: bot stopped');
  }

  #resumeAfterFalseInterruption(interrupted: Interrupted): void {
    this.#bargeIn.settle();
    this.deps.metrics.bargeIns.inc({ kind: 'false_interruption' });
    this.#log.info({ sentences: interrupted.resume.length }, 'false interruption: resuming the bot');
    const replies: BotMessage[] = interrupted.resume.map((s) => ({ recipient_id: this.call.callSid, text: s.text, allow_interruptions: s.interruptible }));
    this.#chain = this.#chain.then(() => this.#speak(replies));
  }

  /** Collected key presses go to the assistant as one message. */
  #submitDtmf(digits: string | undefined): void {
    if (digits) this.#ask(digits, { input: 'dtmf' });
  }

  #checkBotDone(): void {
    if (this.#ended || this.#left || this.botSpeaking || this.#pendingControl || this.#turn.speaking || this.#pending > 0) return;
    this.#silence.arm();
  }

  /** Resolves whether the call has left this stream. */
  async #execute(control: CallControl): Promise<boolean> {
    const { rest, hotelPhone } = this.deps;
    const left = await executeCallControl(control, { callSid: this.call.callSid, hotelPhone, rest, log: this.#log, closeStream: () => this.end('hangup') });
    if (this.#ended) return left;
    if (!left) {
      // never silence: the assistant gives the reception's number and offers further help (the keypad line,
      // without a recogniser, says its own)
      if (control.kind === 'transfer' && !this.#keypad) this.#ask('/transfer_failed');
      return false;
    }
    // Twilio sends `stop` once the call has left; until then nothing more is said or heard on this stream,
    // and a `stop` that never comes does not keep the call open.
    this.#left = true;
    this.#silence.disarm();
    setTimeout(() => void this.end(control.kind === 'hangup' ? 'hangup' : 'transferred'), LEFT_CALL_GRACE_MS / this.deps.options.timeScale).unref();
    return true;
  }
}
