// The commands of a turn cleaned before they are applied, as Rasa's command processor cleans them: repeats
// dropped, one value per slot (NLU or the LLM, by the slot's allow_nlu_correction), and flow guards evaluated.
import type { Command } from '../commands.ts';
import type { CompiledFlow } from '../flows/compile.ts';
import { evaluatePredicate, PredicateError } from '../flows/predicates.ts';
import type { Turn } from '../executor/turn.ts';
import { toJson } from './json-patch.ts';

export type SetSlot = Extract<Command, { command: 'set slot' }>;

/**
 * Drops repeated commands and keeps one SetSlot per slot. When NLU and the LLM both fill a slot, NLU wins
 * unless the slot's from_llm mapping allows the LLM to correct it (Rasa's allow_nlu_correction).
 */
export function dedupe(turn: Turn, commands: readonly Command[]): Command[] {
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

/** The flow's `if` guard over the current slots; a guard that cannot be evaluated is false (and logged). */
export function guardHolds(turn: Turn, cf: CompiledFlow): boolean {
  try {
    return evaluatePredicate(cf.flow.if ?? true, { slots: turn.slots, context: {} });
  } catch (e) {
    if (!(e instanceof PredicateError)) throw e;
    turn.log.warn({ flow: cf.flow.id, err: e.message }, 'flow guard cannot be evaluated');
    return false;
  }
}
