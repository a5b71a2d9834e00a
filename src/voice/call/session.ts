// One phone call: caller audio → VAD turn-taking → recogniser → Agent → synthesis → paced audio to Twilio.
// Every decision about time counts 20 ms frames (audio time); wall time is only measured, for metrics.
import type { Logger } from 'pino';
import type { BotMessage } from '../../channels/types.ts';
import { FRAME_BYTES, FRAME_MS } from '../audio/frames.ts';
import { mulawDecode } from '../audio/mulaw.ts';
import { hearsNothing } from '../asr/unavailable.ts';
import type { VoiceActivityDetector } from '../vad/types.ts';
import { TurnDetector } from '../vad/turn.ts';
import { AnswerWatch } from './answer-ready.ts';
import { BargeIn } from './barge-in.ts';
import { BotVoice, type Interrupted } from './bot-voice.ts';
import { CHANNEL, type CallDeps, type CallInfo, type CallTransport } from './call-info.ts';
import { CallRecognition } from './call-recognition.ts';
import { CallLeaving } from './control.ts';
import { DtmfCollector } from './dtmf-collector.ts';
import { KeypadLine } from './keypad-line.ts';
import { pacingObserver } from './metrics.ts';
import { PacedPlayer } from './player.ts';
import { CallReplies } from './replies.ts';
import type { CallReport } from './report.ts';
import { SilenceTimer } from './silence-timer.ts';
import { TurnTimeline } from './timeline.ts';
import { LineTranscript } from './transcript.ts';

export class CallSession {
  readonly #voice: BotVoice;
  readonly #turn: TurnDetector;
  readonly #vad: VoiceActivityDetector;
  readonly #log: Logger;
  readonly #recognition: CallRecognition;
  /** What the bot says, in order (caller turns answered, the line's own phrases). */
  readonly #replies: CallReplies;
  readonly #leaving: CallLeaving;
  readonly #bargeIn: BargeIn;
  readonly #silence: SilenceTimer;
  readonly #dtmf: DtmfCollector;
  #vadStopAt = 0;
  /** Caller audio the VAD has decided on, from the start of the stream: the call's own clock. */
  #decidedMs = 0;
  #timeline: TurnTimeline | undefined;
  /** Set when no recogniser is available: the line serves a key-press menu instead of the assistant's questions. */
  readonly #keypad: KeypadLine | undefined;
  readonly #answers: AnswerWatch;
  /** The partial transcript of this turn already answers the question asked: a short silence ends it. */
  #answered = false;
  /** What the server measured, for `portier call` (GET …/calls/{CallSid}). */
  readonly report: CallReport;
  #ended = false;
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
    const player = new PacedPlayer(transport, { leadMs: options.leadMs, timeScale: options.timeScale, now, observer: pacingObserver(deps.metrics) });
    player.onFrameSent = () => this.#timeline?.mark('first_audio_sent', now());
    this.#voice = new BotVoice(deps.synthesizer, player, this.#log);
    if (hearsNothing(deps.recognizer)) this.#keypad = new KeypadLine(deps.hotel ?? { name: '', phone: deps.hotelPhone }, call.callSid);
    this.#answers = new AnswerWatch(deps.answerKinds ?? {});
    this.#leaving = new CallLeaving({
      callSid: call.callSid,
      hotelPhone: deps.hotelPhone,
      rest: deps.rest,
      log: this.#log,
      timeScale: options.timeScale,
      ended: () => this.#ended,
      end: (outcome) => this.end(outcome),
      // never silence: the assistant gives the reception's number and offers further help (the keypad line,
      // without a recogniser, says its own)
      onFailed: (control) => {
        if (control.kind === 'transfer' && !this.#keypad) this.#replies.ask('/transfer_failed');
      },
      onLeft: () => this.#silence.disarm(),
    });
    this.#replies = new CallReplies({
      callSid: call.callSid,
      agent: deps.agent,
      voice: this.#voice,
      answers: this.#answers,
      leaving: this.#leaving,
      line: new LineTranscript(deps.transcript, call.callSid, this.#log),
      log: this.#log,
      metadata: () => this.metadata,
      ended: () => this.#ended,
      now,
      onSpeaking: () => this.#silence.disarm(),
      onDone: () => this.#checkBotDone(),
    });
    this.#recognition = new CallRecognition(
      deps.recognizer,
      { callId: call.callSid, language: options.language, phraseHints: deps.phraseHints },
      {
        onPartial: (text) => {
          this.#bargeIn.heard(text);
          this.#answered = options.answeredSilenceMs > 0 && this.#answers.answered(text);
          if (this.#answered) this.#turn.endSoon(this.#answeredSilenceMs());
        },
        // The model's own endpointing (when configured) ends the turn at once if the caller is already silent.
        onEndpoint: () => this.#turn.endSoon(0),
      },
      this.#log,
    );
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
    await this.#recognition.open();
    this.#log.info({ recognizer: recognizer.name, synthesizer: this.deps.synthesizer.name, vad: this.#vad.name }, 'call started');
    // The assistant still opens the session (slots, metadata); a line that cannot hear speaks its menu instead.
    this.#replies.ask('/session_start', {}, this.#keypad?.greeting());
  }

  /** Caller audio, μ-law 8 kHz. */
  onAudio(audio: Uint8Array): void {
    if (this.#ended || this.#leaving.left) return;
    // Twilio sends 20 ms per message; anything longer is counted frame by frame so audio time stays exact.
    for (let at = 0; at < audio.length; at += FRAME_BYTES) this.#onFrame(audio.subarray(at, Math.min(at + FRAME_BYTES, audio.length)));
  }

  #onFrame(mulaw: Uint8Array): void {
    const pcm = mulawDecode(mulaw);
    this.#recognition.push({ mulaw, pcm });
    this.#vad.push(pcm);
  }

  /** One decision per caller frame, in order: every count below is audio time. */
  #onVoiceActivity(speech: boolean, leadFrames: number): void {
    if (this.#ended || this.#leaving.left) return;
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
    if (this.#silence.frame(this.#replies.queue.pending === 0 && !this.#turn.speaking && !this.botSpeaking)) {
      this.#log.info({ silence_ms: o.silenceTimeoutMs }, 'caller silent');
      if (this.#keypad) this.#replies.sayOwn(this.#keypad.onSilence());
      else this.#replies.ask('/silence_timeout');
    }
    this.#submitDtmf(this.#dtmf.frame());
  }

  onDtmf(digit: string): void {
    if (this.#ended || this.#leaving.left) return;
    this.#silence.disarm();
    if (this.#dtmf.isReceptionKey(digit)) {
      this.#log.info('caller pressed 0: transfer to reception');
      if (this.#keypad) this.#replies.noteKey(digit);
      this.#voice.stop();
      void this.#leaving.make({ kind: 'transfer', to: this.deps.hotelPhone }).then((left) => {
        if (!left && this.#keypad) this.#replies.sayOwn(this.#keypad.transferFailed());
      });
      return;
    }
    // A key press answers the prompt: stop an interruptible prompt like speech would.
    if (this.botSpeaking && this.#voice.interruptible) this.#voice.stop();
    if (this.#keypad) {
      this.#replies.sayOwn(this.#keypad.onKey(digit), [{ role: 'caller', key: digit }]);
      return;
    }
    this.#submitDtmf(this.#dtmf.press(digit));
  }

  onMark(name: string): void {
    const replyId = this.#voice.echoed(name);
    if (replyId === undefined) return;
    this.#timeline?.markPlayed(replyId, this.deps.now());
    this.#leaving.heard(name);
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
    await this.#recognition.close();
    await this.#replies.queue.drained();
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
    this.#replies.sayAfter([message]);
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
    const transcript = this.#recognition.endTurn();
    this.#replies.queue.answer(async () => {
      const text = (await transcript).trim();
      timeline.mark('transcript', this.deps.now());
      const interrupted = this.#bargeIn.interrupted;
      if (!text && this.#keypad) {
        this.report.speech_ignored++;
        timeline.finish('no recogniser');
        if (!overlapped) await this.#replies.speakOwn(this.#keypad.onSpeech(), [{ role: 'caller', unheard: true }]);
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
      await this.#replies.askNow(text, metadata, timeline);
    }, 'turn failed');
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
    this.#replies.resume(interrupted);
  }

  /** Collected key presses go to the assistant as one message. */
  #submitDtmf(digits: string | undefined): void {
    if (digits) this.#replies.ask(digits, { input: 'dtmf' });
  }

  #checkBotDone(): void {
    if (this.#ended || this.#leaving.left || this.botSpeaking || this.#leaving.waiting || this.#turn.speaking || this.#replies.queue.pending > 0) return;
    this.#silence.arm();
  }
}
