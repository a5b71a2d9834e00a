// Cleans the commands of a turn as Rasa's command processor does and applies them to the dialogue:
// slot values, flows started (interrupting the active one), corrections, cancellations and repair patterns.
// Invalid commands are dropped with a log line, never a crash.
import type { Command, SlotValue } from '../commands.ts';
import { type CompiledFlow, CONTINUE_PREFIX } from '../flows/compile.ts';
import { evaluatePredicate, PredicateError } from '../flows/predicates.ts';
import { pushPatternFrame } from '../executor/flow-executor.ts';
import type { Turn } from '../executor/turn.ts';
import { toJson } from './json-patch.ts';
import { coerceSlotValue, sameValue } from './slot-values.ts';
import { extractableSlots, requestedSlot } from './collectable.ts';
import { activeCollectFrame, callingUserIndex, isUserFrame, type StackFrame, topUserIndex } from './stack.ts';

type SetSlot = Extract<Command, { command: 'set slot' }>;

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
      if ((current !== null || this.confirming()) && c.name !== this.requested && this.passedCollects().has(c.name)) corrections[c.name] = value;
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
    if (Object.keys(corrections).length) this.pushCorrection(corrections);

    const patterns: [string, Record<string, SlotValue>][] = [];
    for (const c of commands) {
      const pattern = this.patternFor(c, clarify, starts);
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

  /** The question open is a confirmation: a collect step asked afresh each time (`ask_before_filling`). */
  private confirming(): boolean {
    for (const f of this.activeFrames) {
      const step = this.turn.flow(f.flow_id)?.steps.get(f.step_id)?.step;
      if (step?.kind === 'collect' && step.collect === this.requested && step.ask_before_filling) return true;
    }
    return false;
  }

  private passed: Map<string, { flow: string; step: string; index: number }> | null = null;

  /** Collect steps the active flows have already gone past, by slot (the earliest step of each slot). */
  private passedCollects(): Map<string, { flow: string; step: string; index: number }> {
    if (this.passed) return this.passed;
    const passed = new Map<string, { flow: string; step: string; index: number }>();
    for (const frame of this.activeFrames) {
      const cf = this.turn.flow(frame.flow_id);
      if (!cf) continue;
      const at = frame.step_id.startsWith(CONTINUE_PREFIX) ? frame.step_id.slice(CONTINUE_PREFIX.length) : frame.step_id;
      const here = cf.steps.get(at)?.index ?? -1;
      for (const c of cf.order) {
        if (c.index >= here) break;
        if (c.step.kind === 'collect' && !passed.has(c.step.collect)) passed.set(c.step.collect, { flow: cf.flow.id, step: c.id, index: c.index });
      }
    }
    this.passed = passed;
    return passed;
  }

  private pushCorrection(corrected: Record<string, SlotValue>): void {
    const { turn } = this;
    let reset: { flow: string; step: string; index: number } | null = null;
    for (const slot of Object.keys(corrected)) {
      const p = this.passedCollects().get(slot);
      if (!p) continue;
      // The outermost flow wins (its frame is lower on the stack), then the earliest step.
      const rank = (x: { flow: string }) => this.activeFrames.findIndex((f) => f.flow_id === x.flow);
      if (!reset || rank(p) < rank(reset) || (p.flow === reset.flow && p.index < reset.index)) reset = p;
    }
    pushPatternFrame(turn, 'pattern_correction', {
      is_reset_only: isResetOnly(turn, corrected),
      corrected_slots: corrected,
      new_slot_values: Object.values(corrected),
      reset_flow_id: reset?.flow ?? null,
      reset_step_id: reset?.step ?? null,
    });
  }

  private patternFor(c: Command, clarify: string[][], starts: string[]): [string, Record<string, SlotValue>] | null {
    const { turn } = this;
    switch (c.command) {
      case 'cancel flow': {
        const root = callingUserIndex(this.original);
        if (root < 0) {
          this.drop(c, 'no flow to cancel');
          return null;
        }
        const frames = this.original.slice(root);
        // followed_by: the flow started in the same turn, which speaks right after («ничего не надо, до свидания»
        // is answered by the goodbye), so a project's pattern_cancel_flow may leave its own words out
        return [
          'pattern_cancel_flow',
          { canceled_name: turn.flowName(this.original[root]!.flow_id), canceled_frames: frames.map((f) => f.frame_id), followed_by: starts[0] ?? null },
        ];
      }
      case 'clarify': {
        const options = clarify.shift();
        return options ? ['pattern_clarification', { names: options.map((o) => turn.flowName(o)), clarification_options: '' }] : null;
      }
      case 'knowledge':
        return ['pattern_search', {}];
      case 'chitchat':
        return ['pattern_chitchat', { collect: this.requested }];
      case 'human handoff':
        return ['pattern_human_handoff', {}];
      case 'skip question':
        if (!this.requested) return ['pattern_cannot_handle', { reason: 'cannot_handle_not_supported' }];
        return ['pattern_skip_question', { collect: c.slot ?? this.requested }];
      case 'repeat':
        return ['pattern_repeat_bot_messages', {}];
      case 'cannot handle':
        return ['pattern_cannot_handle', { reason: c.reason ?? 'cannot_handle_default', collect: this.requested }];
      case 'error':
        return ['pattern_internal_error', { error_type: c.errorType ?? 'rasa_internal_error_default', info: c.info ?? {} }];
      default:
        return null;
    }
  }
}

/**
 * Drops repeated commands and keeps one SetSlot per slot. When NLU and the LLM both fill a slot, NLU wins
 * unless the slot's from_llm mapping allows the LLM to correct it (Rasa's allow_nlu_correction).
 */
function dedupe(turn: Turn, commands: readonly Command[]): Command[] {
  const seen = new Set<string>();
  const out: Command[] = [];
  const slotAt = new Map<string, number>();
  for (const c of commands) {
    // A single command cannot repeat; otherwise compare by JSON text (toJson: same text, cheaper).
    if (commands.length > 1) {
      const key = toJson(c)!;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    if (c.command === 'set slot') {
      const at = slotAt.get(c.name);
      if (at !== undefined) {
        const prior = out[at] as SetSlot;
        if (prior.extractor === 'LLM' && c.extractor === 'NLU' && !llmMayCorrectNlu(turn, c.name)) out[at] = c;
        else if (prior.extractor === 'NLU' && c.extractor === 'LLM' && llmMayCorrectNlu(turn, c.name)) out[at] = c;
        turn.log.debug({ slot: c.name }, 'several values for one slot; keeping one');
        continue;
      }
      slotAt.set(c.name, out.length);
    }
    out.push(c);
  }
  return out;
}

function llmMayCorrectNlu(turn: Turn, slot: string): boolean {
  return turn.project.domain.slots[slot]?.mappings.some((m) => m.type === 'from_llm' && m.allow_nlu_correction === true) ?? false;
}

function guardHolds(turn: Turn, cf: CompiledFlow): boolean {
  try {
    return evaluatePredicate(cf.flow.if ?? true, { slots: turn.slots, context: {} });
  } catch (e) {
    if (!(e instanceof PredicateError)) throw e;
    turn.log.warn({ flow: cf.flow.id, err: e.message }, 'flow guard cannot be evaluated');
    return false;
  }
}

/**
 * Rasa's `are_all_slots_reset_only`: a correction only sends the flow back to the question when every
 * collect step (of any flow) of every corrected slot has `ask_before_filling`; such a slot is asked, never
 * set in passing. Otherwise the correction is confirmed (`utter_corrected_previous_input`), even to null.
 */
function isResetOnly(turn: Turn, corrected: Record<string, SlotValue>): boolean {
  for (const cf of turn.project.flowById.values()) {
    for (const c of cf.order) if (c.step.kind === 'collect' && c.step.collect in corrected && !c.step.ask_before_filling) return false;
  }
  return true;
}
