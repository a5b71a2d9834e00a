// One user message → one turn: session start when needed, understanding (or a `/` payload), command
// processing, then the flow policy until the assistant waits for the user again.
import { bargeInOf, keepHeard } from './dialogue/barge-in.ts';
import type { BotMessage, IncomingMessage } from './messages.ts';
import type { CommandGenerator, Understanding, UnderstandingContext } from './understanding.ts';
import type { Command } from './commands.ts';
import { processCommands } from './dialogue/command-processor.ts';
import { parsePayload, payloadCommands } from './dialogue/payloads.ts';
import { requestedSlot } from './dialogue/collectable.ts';
import { callingUserIndex } from './dialogue/stack.ts';
import { DialogueTracker } from './dialogue/tracker.ts';
import type { TrackerEvent } from './events.ts';
import { CONTINUE_PREFIX, END, START } from './flows/compile.ts';
import { pushPatternFrame, runFlows } from './executor/flow-executor.ts';
import { type Prediction, predictNextAction } from './executor/predict.ts';
import { runAction } from './executor/run-action.ts';
import { type EngineOptions, type ResolvedOptions, resolveOptions, Turn } from './executor/turn.ts';
import type { EngineProject } from './project.ts';

export interface TurnOutput {
  events: TrackerEvent[];
  messages: BotMessage[];
  understanding: Understanding;
}

export class MessageProcessor {
  readonly options: ResolvedOptions;

  constructor(
    readonly project: EngineProject,
    options: EngineOptions,
  ) {
    this.options = resolveOptions(options);
  }

  /** A tracker for a conversation, rebuilt once from stored events. */
  tracker(senderId: string, events: readonly TrackerEvent[] = []): DialogueTracker {
    return DialogueTracker.fromEvents(senderId, events, this.project.domain);
  }

  /** Runs one turn. Appends its events to `tracker` and returns them with the messages to send. */
  async handleMessage(tracker: DialogueTracker, message: IncomingMessage, generator: CommandGenerator): Promise<TurnOutput> {
    const start = tracker.events.length;
    const turn = new Turn(this.project, tracker, this.options, message.channel);
    const payload = parsePayload(message.text);
    const isSessionStart = payload?.kind === 'intent' && payload.intent === 'session_start';
    let understanding: Understanding | undefined;
    // The message that opens a session is read first, with nothing of an earlier session, so that the session's
    // greeting can fit it: the full one for «здравствуйте» alone, a brief one before the answer to a request.
    let greeted = false;
    if (!isSessionStart && this.needsNewSession(tracker)) {
      if (tracker.stack.length) turn.setStack([]);
      understanding = await this.understand(tracker, message, generator, true);
      const opening = understanding.opening;
      turn.sessionMetadata = opening ? { ...message.metadata, opening } : message.metadata;
      greeted = opening === 'greeting';
      pushPatternFrame(turn, 'pattern_session_start');
      await runFlows(turn);
    }
    if (isSessionStart) turn.sessionMetadata = message.metadata;

    understanding ??= await this.understand(tracker, message, generator);
    tracker.append({
      event: 'user',
      text: message.text,
      parse_data: {
        text: message.text,
        intent: understanding.intent,
        entities: understanding.entities,
        ...(understanding.intentRanking ? { intent_ranking: understanding.intentRanking } : {}),
        commands: understanding.commands,
      },
      input_channel: message.channel,
      timestamp: turn.ts(),
      ...(message.metadata ? { metadata: message.metadata } : {}),
    });
    const silence = understanding.commands.some((c) => c.command === 'user silence');
    if (!silence && typeof tracker.slots.consecutive_silence_timeouts === 'number' && tracker.slots.consecutive_silence_timeouts !== 0) {
      turn.setSlot('consecutive_silence_timeouts', 0);
    }
    countFallbacks(turn, tracker, understanding.commands);
    // a greeting that opened the session has had its answer: the session's greeting
    if (!turn.stopped && !greeted) {
      await this.checkCodeChange(turn);
      processCommands(turn, understanding.commands, { forced: understanding.source === 'payload' });
      await runFlows(turn);
    }
    turn.emit({ event: 'action', name: 'action_listen', policy: 'FlowPolicy', confidence: 1 });
    return { events: tracker.events.slice(start), messages: turn.messages, understanding };
  }

  /** Runs one action by name outside a user turn (Rasa's POST /conversations/{id}/execute). */
  async executeAction(tracker: DialogueTracker, name: string, channel: string): Promise<{ events: TrackerEvent[]; messages: BotMessage[] }> {
    const start = tracker.events.length;
    const turn = new Turn(this.project, tracker, this.options, channel);
    await runAction(turn, name);
    return { events: tracker.events.slice(start), messages: turn.messages };
  }

  /** The action the flow policy would run next (Rasa's POST /conversations/{id}/predict); changes nothing. */
  predictNext(tracker: DialogueTracker, channel: string): Promise<Prediction> {
    return predictNextAction(this.project, this.options, tracker, channel);
  }

  /** What a command generator may know of the conversation before it reads the next message. */
  understandingContext(tracker: DialogueTracker, channel: string): UnderstandingContext {
    const stack = tracker.stack;
    const root = callingUserIndex(stack);
    return {
      senderId: tracker.senderId,
      now: this.options.now(),
      timezone: this.options.timezone,
      activeFlow: root >= 0 ? stack[root]!.flow_id : null,
      requestedSlot: requestedSlot(stack),
      slots: tracker.slots,
      history: tracker.history.slice(-20),
      channel,
    };
  }

  private needsNewSession(tracker: DialogueTracker): boolean {
    if (!tracker.sessionStarted) return true;
    const minutes = this.project.domain.session_config.session_expiration_time;
    if (minutes <= 0 || tracker.latestUserTime === null) return false;
    return this.options.now().getTime() / 1000 - tracker.latestUserTime > minutes * 60;
  }

  /** What a text means in this conversation, without running a turn (POST /model/parse, /messages). */
  parse(tracker: DialogueTracker, text: string, channel: string, generator: CommandGenerator): Promise<Understanding> {
    return this.understand(tracker, { sender: tracker.senderId, text, channel }, generator);
  }

  private async understand(tracker: DialogueTracker, message: IncomingMessage, generator: CommandGenerator, newSession = false): Promise<Understanding> {
    const text = message.text;
    const payload = parsePayload(text);
    if (payload) {
      const root = callingUserIndex(tracker.stack);
      const commands = payloadCommands(payload, {
        flows: this.project.flows,
        domain: this.project.domain,
        activeFlow: root >= 0 ? tracker.stack[root]!.flow_id : null,
      });
      if (payload.kind === 'invalid') this.options.logger.warn({ text }, payload.reason);
      const intent = payload.kind === 'intent' ? payload.intent : payload.kind === 'set_slots' ? 'SetSlots' : null;
      return { text, intent: { name: intent, confidence: 1 }, entities: payload.kind === 'intent' ? payload.entities : [], commands, source: 'payload' };
    }
    const fail = (command: Command): Understanding => ({ text, intent: { name: null, confidence: 0 }, entities: [], commands: [command], source: 'engine' });
    if (text.trim() === '') return fail({ command: 'error', errorType: 'rasa_internal_error_user_input_empty' });
    if (text.length > this.options.maxInputChars) {
      return fail({ command: 'error', errorType: 'rasa_internal_error_user_input_too_long', info: { max_characters: this.options.maxInputChars } });
    }
    try {
      const context = this.understandingContext(tracker, message.channel);
      if (newSession) context.history = [];
      const bargeIn = bargeInOf(message.metadata);
      if (bargeIn) context.history = keepHeard(context.history, bargeIn.heard);
      return await generator.understand(text, context);
    } catch (e) {
      this.options.logger.warn({ generator: generator.name, err: e instanceof Error ? e.message : String(e) }, 'understanding failed');
      return fail({ command: 'error', errorType: 'rasa_internal_error_default' });
    }
  }

  /** Frames that point at flows or steps which no longer exist (the project changed): clean up. */
  private async checkCodeChange(turn: Turn): Promise<void> {
    const broken = turn.stack.some((f) => {
      const cf = turn.flow(f.flow_id);
      if (!cf) return true;
      const id = f.step_id.startsWith(CONTINUE_PREFIX) ? f.step_id.slice(CONTINUE_PREFIX.length) : f.step_id;
      return id !== START && id !== END && !cf.steps.has(id);
    });
    if (!broken) return;
    pushPatternFrame(turn, 'pattern_code_change');
    await runFlows(turn);
  }
}

// Commands that leave the caller where they were: not understood, small talk, a question that cannot be skipped.
const FALLBACKS = new Set<Command['command']>(['cannot handle', 'chitchat', 'skip question']);

/** Counts messages in a row that ended in a fallback (slot consecutive_fallbacks, when the domain has it). */
function countFallbacks(turn: Turn, tracker: DialogueTracker, commands: readonly Command[]): void {
  if (!turn.project.domain.slots['consecutive_fallbacks'] || commands.some((c) => c.command === 'user silence' || c.command === 'error')) return;
  const before = typeof tracker.slots.consecutive_fallbacks === 'number' ? tracker.slots.consecutive_fallbacks : 0;
  const after = commands.length > 0 && commands.every((c) => FALLBACKS.has(c.command)) ? before + 1 : 0;
  if (after !== before) turn.setSlot('consecutive_fallbacks', after);
  // …and in the whole conversation (conversation_fallbacks): a second one, not in a row, is not answered in the same
  // words as the first (default-flows.yml pattern_cannot_handle)
  if (after > before && turn.project.domain.slots['conversation_fallbacks']) {
    const all = typeof tracker.slots.conversation_fallbacks === 'number' ? tracker.slots.conversation_fallbacks : 0;
    turn.setSlot('conversation_fallbacks', all + 1);
  }
}
