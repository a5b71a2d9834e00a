// Cleans the commands of a turn as Rasa's command processor does and applies them to the dialogue:
// slot values, flows started (interrupting the active one), corrections, cancellations and repair patterns.
// Invalid commands are dropped with a log line, never a crash.
import type { Command, SlotValue } from '../commands.ts';
import { pushPatternFrame } from '../executor/flow-executor.ts';
import type { Turn } from '../executor/turn.ts';
import { dedupe, guardHolds, type SetSlot } from './command-cleaning.ts';
import { type PatternPush, patternFor } from './command-patterns.ts';
import { extractableSlots, requestedSlot } from './collectable.ts';
import { confirming, type PassedCollect, passedCollects, pushCorrection } from './corrections.ts';
import { coerceSlotValue, sameValue } from './slot-values.ts';
import { activeCollectFrame, callingUserIndex, isUserFrame, type StackFrame, topUserIndex } from './stack.ts';

export interface CommandOptions {
  /** `/` payloads force-start flows (guards are skipped), as Rasa does for intent triggers. */
  forced: boolean;
}

export function processCommands(turn: Turn, commands: readonly Command[], opts: CommandOptions): void {
  const p = new CommandRun(turn, opts);
  p.run(commands);
}

class CommandRun {
  private readonly original: readonly StackFrame[];
  private readonly requested: string | null;
  private readonly activeFrames: StackFrame[];
  private dropped = 0;
  private effective = 0;

  constructor(
    readonly turn: Turn,
    readonly opts: CommandOptions,
  ) {
    this.original = turn.stack;
    this.requested = requestedSlot(turn.stack);
    const root = callingUserIndex(turn.stack);
    this.activeFrames = root < 0 ? [] : turn.stack.slice(root).filter(isUserFrame);
  }

  private drop(command: Command, reason: string): undefined {
    this.dropped++;
    this.turn.log.debug({ command: command.command, reason }, 'command dropped');
    return undefined;
  }

  run(input: readonly Command[]): void {
    const { turn } = this;
    if (input.length === 0) {
      pushPatternFrame(turn, 'pattern_cannot_handle', { reason: 'cannot_handle_default' });
      return;
    }
    let commands = dedupe(turn, input);
    const control = commands.find((c) => ['session start', 'session end', 'restart', 'user silence'].includes(c.command));
    if (control) {
      this.control(control);
      return;
    }
    const collect = activeCollectFrame(turn.stack);
    if (collect?.force_slot_filling) {
      commands = commands.filter((c) => (c.command === 'set slot' && c.name === this.requested) || c.command === 'error');
    }

    const starts: string[] = [];
    const clarify: string[][] = [];
    for (const c of commands) {
      if (c.command === 'start flow') this.acceptStart(c, c.flow, starts);
      else if (c.command === 'clarify') {
        const options = [...new Set(c.options)].filter((o) => turn.project.userFlowIds.includes(o));
        if (options.length === 0) this.drop(c, 'no valid options');
        else if (options.length === 1) this.acceptStart(c, options[0]!, starts);
        else clarify.push(options);
      }
    }
    const startedSlots = new Set(starts.flatMap((id) => extractableSlots(turn, id, null)));
    const activeSlots = new Set(this.activeFrames.flatMap((f) => extractableSlots(turn, f.flow_id, this.requested)));
    if (this.requested) activeSlots.add(this.requested);

    const corrections: Record<string, SlotValue> = {};
    const noted: Record<string, SlotValue> = {};
    const validated: string[] = [];
    for (const c of commands) {
      if (c.command !== 'set slot') continue;
      const value = this.acceptSlot(c, activeSlots, startedSlots);
      if (value === undefined) continue;
      // Only a slot whose question was already passed is a correction; an early answer is just an answer. To a
      // confirmation (a yes/no asked afresh), a passed question whose branch was not taken counts too, as in Rasa:
      // new dates said to «Подтверждаете изменение?» after a shift send the flow back through them, so the new terms
      // are said again before the yes is asked for.
      const current = turn.slots[c.name] ?? null;
      if ((current !== null || confirming(turn, this.activeFrames, this.requested)) && c.name !== this.requested && this.passedCollects().has(c.name))
        corrections[c.name] = value;
      else {
        turn.setSlot(c.name, value, c.extractor);
        if (turn.project.domain.slots[c.name]?.validation && c.name !== this.requested && value !== null) validated.push(c.name);
        if (this.requested && c.name !== this.requested && value !== null) noted[c.name] = value;
      }
      this.effective++;
    }

    // An answer to another question while the one asked stays open: said back before it is asked again (unless a
    // correction in the same message is said back already: «Хорошо, двое взрослых и один ребёнок.» covers the ages)
    if (this.requested && (turn.slots[this.requested] ?? null) === null && Object.keys(noted).length && !Object.keys(corrections).length)
      turn.notedInput = noted;
    this.startFlows(starts);
    for (const slot of validated) this.pushValidation(slot);
    if (Object.keys(corrections).length) pushCorrection(turn, this.activeFrames, this.passedCollects(), corrections);

    const patterns: PatternPush[] = [];
    const scope = { original: this.original, requested: this.requested, clarify, starts };
    for (const c of commands) {
      const pattern = patternFor(turn, c, scope, (dropped, reason) => this.drop(dropped, reason));
      if (pattern) patterns.push(pattern);
    }
    for (const [id, ctx] of patterns.reverse()) pushPatternFrame(turn, id, ctx);
    this.effective += patterns.length + starts.length;

    if (this.effective === 0 && this.dropped > 0) pushPatternFrame(turn, 'pattern_cannot_handle', { reason: 'cannot_handle_default' });
  }

  private control(c: Command): void {
    const { turn } = this;
    if (c.command === 'session end') {
      // The caller is gone: record it and say nothing more.
      turn.emit({ event: 'session_ended' });
      turn.stopped = true;
    } else if (c.command === 'session start') {
      if (turn.stack.length) turn.setStack([]);
      pushPatternFrame(turn, 'pattern_session_start');
    } else if (c.command === 'restart') pushPatternFrame(turn, 'pattern_restart');
    else if (c.command === 'user silence') pushPatternFrame(turn, 'pattern_user_silence');
  }

  private acceptStart(c: Command, flowId: string, starts: string[]): void {
    const { turn } = this;
    const cf = turn.flow(flowId);
    if (!cf || flowId.startsWith('pattern_')) {
      this.drop(c, `unknown flow ${flowId}`);
      return;
    }
    if (starts.includes(flowId)) return;
    if (this.original.some((f) => isUserFrame(f) && f.flow_id === flowId)) {
      turn.log.debug({ flow: flowId }, 'flow is already running');
      this.effective++;
      return;
    }
    if (!this.opts.forced && cf.flow.if !== undefined && !guardHolds(turn, cf)) {
      this.drop(c, `guard of ${flowId} is false`);
      return;
    }
    starts.push(flowId);
  }

  /** The coerced value to set, or undefined when the command must be dropped or changes nothing. */
  private acceptSlot(c: SetSlot, activeSlots: Set<string>, startedSlots: Set<string>): SlotValue | undefined {
    const { turn } = this;
    const def = turn.project.domain.slots[c.name];
    if (!def) return this.drop(c, `unknown slot ${c.name}`);
    // A `/SetSlots(...)` payload is typed by the user as much as any text (a chat client can send one by hand), so
    // it passes the same checks as an NLU reading: never a controlled slot, only a slot the dialogue asks for.
    const fromUser = c.extractor === 'LLM' || c.extractor === 'NLU' || c.extractor === 'COMMAND_PAYLOAD_READER';
    if (fromUser) {
      const settable = def.mappings.some((m) => (c.extractor === 'LLM' ? m.type === 'from_llm' : m.type !== 'controlled'));
      if (!settable) return this.drop(c, `slot ${c.name} cannot be filled by ${c.extractor}`);
      if (!activeSlots.has(c.name) && !startedSlots.has(c.name) && c.name !== 'route_session_to_calm') {
        return this.drop(c, `slot ${c.name} was not asked for`);
      }
    }
    const coerced = coerceSlotValue(def, c.value);
    if (!coerced.ok && c.name !== this.requested) return this.drop(c, `value does not fit slot ${c.name}`);
    if (sameValue(turn.slots[c.name] ?? null, coerced.value)) {
      this.effective++;
      return undefined;
    }
    return coerced.value;
  }

  private startFlows(starts: string[]): void {
    const { turn } = this;
    if (starts.length === 0) return;
    const active = this.original[topUserIndex(this.original)];
    if (active) turn.emit({ event: 'flow_interrupted', flow_id: active.flow_id, step_id: active.step_id });
    for (const id of [...starts].reverse()) {
      const frameType = turn.stack.some(isUserFrame) ? 'interrupt' : 'regular';
      turn.push({ type: 'flow', flow_id: id, frame_type: frameType });
    }
  }

  private pushValidation(slot: string): void {
    const def = this.turn.project.domain.slots[slot]!;
    pushPatternFrame(this.turn, 'pattern_validate_slot', {
      validate: slot,
      refill_utter: def.validation?.refill_utter ?? `utter_ask_${slot}`,
      refill_action: `action_ask_${slot}`,
      rejections: (def.validation?.rejections ?? []).map((r) => ({ if: r.if, utter: r.utter })),
    });
  }

  private passed: Map<string, PassedCollect> | null = null;

  /** Collect steps the active flows have already gone past, by slot (worked out once a turn, when first needed). */
  private passedCollects(): Map<string, PassedCollect> {
    this.passed ??= passedCollects(this.turn, this.activeFrames);
    return this.passed;
  }
}
