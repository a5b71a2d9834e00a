// The repair patterns a turn's commands push, as Rasa's command processor maps them: cancel, clarification,
// knowledge search, chitchat, handoff, skip question, repeat, cannot handle and internal error.
import type { Command, SlotValue } from '../commands.ts';
import type { Turn } from '../executor/turn.ts';
import { callingUserIndex, type StackFrame } from './stack.ts';

/** A pattern to push and its context. */
export type PatternPush = [string, Record<string, SlotValue>];

export interface PatternScope {
  /** The stack as the turn began. */
  original: readonly StackFrame[];
  /** The slot asked for as the turn began. */
  requested: string | null;
  /** The clarification options of the turn's `clarify` commands with more than one flow, in order (taken one by one). */
  clarify: string[][];
  /** The flows the turn starts. */
  starts: readonly string[];
}

/** The pattern `c` pushes, or null; `drop` is told of a command that cannot apply (a cancel with no flow). */
export function patternFor(turn: Turn, c: Command, scope: PatternScope, drop: (c: Command, reason: string) => void): PatternPush | null {
  const { original, requested } = scope;
  switch (c.command) {
    case 'cancel flow': {
      const root = callingUserIndex(original);
      if (root < 0) {
        drop(c, 'no flow to cancel');
        return null;
      }
      const frames = original.slice(root);
      // followed_by: the flow started in the same turn, which speaks right after («ничего не надо, до свидания»
      // is answered by the goodbye), so a project's pattern_cancel_flow may leave its own words out
      return [
        'pattern_cancel_flow',
        { canceled_name: turn.flowName(original[root]!.flow_id), canceled_frames: frames.map((f) => f.frame_id), followed_by: scope.starts[0] ?? null },
      ];
    }
    case 'clarify': {
      const options = scope.clarify.shift();
      return options ? ['pattern_clarification', { names: options.map((o) => turn.flowName(o)), clarification_options: '' }] : null;
    }
    case 'knowledge':
      return ['pattern_search', {}];
    case 'chitchat':
      return ['pattern_chitchat', { collect: requested }];
    case 'human handoff':
      return ['pattern_human_handoff', {}];
    case 'skip question':
      if (!requested) return ['pattern_cannot_handle', { reason: 'cannot_handle_not_supported' }];
      return ['pattern_skip_question', { collect: c.slot ?? requested }];
    case 'repeat':
      return ['pattern_repeat_bot_messages', {}];
    case 'cannot handle':
      return ['pattern_cannot_handle', { reason: c.reason ?? 'cannot_handle_default', collect: requested }];
    case 'error':
      return ['pattern_internal_error', { error_type: c.errorType ?? 'rasa_internal_error_default', info: c.info ?? {} }];
    default:
      return null;
  }
}
