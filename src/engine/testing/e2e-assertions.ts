// Checks of one e2e turn: Rasa Pro assertions (evaluated on the events produced since the user message)
// and the legacy `bot:` / `utter:` / `slot_was_set:` steps.
import type { TrackerEvent } from '../events.ts';
import { pyEquals } from '../flows/predicate-eval.ts';
import { compilePythonRegex } from '../flows/python-regex.ts';
import type { Assertion, BotMatcher, SlotCheck, TestStep } from './e2e-file.ts';

export interface StepFailure {
  /** The assertion or legacy step that failed, in the result-file shape ({type, ...fields}). */
  assertion: Record<string, unknown>;
  error_message: string;
  /** The expected lines and what the turn actually produced, for the diff. */
  expected: string[];
  actual: string[];
}

type BotEvent = Extract<TrackerEvent, { event: 'bot' }>;

export function describeEvent(e: TrackerEvent): string | null {
  switch (e.event) {
    case 'bot': {
      const utter = typeof e.metadata?.utter_action === 'string' ? `${e.metadata.utter_action} ` : '';
      const buttons = e.data?.buttons?.length ? ` [${e.data.buttons.map((b) => `${b.title} → ${b.payload}`).join(' | ')}]` : '';
      return `bot: ${utter}${JSON.stringify(e.text ?? '')}${buttons}`;
    }
    case 'slot':
      return `slot_was_set: ${e.name} = ${JSON.stringify(e.value)}`;
    case 'action':
      return e.name === 'action_listen' ? null : `action_executed: ${e.name}`;
    case 'flow_started':
      return `flow_started: ${e.flow_id}`;
    case 'flow_completed':
    case 'flow_cancelled':
    case 'flow_interrupted':
    case 'flow_resumed':
      return `${e.event}: ${e.flow_id} (step ${e.step_id})`;
    case 'user':
      return `user: ${JSON.stringify(e.text)}`;
    default:
      return null;
  }
}

export function describeTurn(events: readonly TrackerEvent[]): string[] {
  return events.map(describeEvent).filter((l): l is string => l !== null);
}

function textMatches(pattern: string, text: string): boolean {
  if (pattern === text) return true;
  try {
    return compilePythonRegex(pattern).test(text);
  } catch {
    return false;
  }
}

export function botMatches(e: BotEvent, m: BotMatcher): boolean {
  if (m.utter_name !== undefined && e.metadata?.utter_action !== m.utter_name) return false;
  if (m.text_matches !== undefined && !textMatches(m.text_matches, e.text ?? '')) return false;
  // Rasa pairs the expected buttons with the first ones said (zip): a message with buttons matches when
  // each expected button is the one in its place.
  if (m.buttons !== undefined && m.buttons.length > 0) {
    const actual = e.data?.buttons ?? [];
    if (actual.length === 0) return false;
    if (!m.buttons.every((b, i) => i >= actual.length || (actual[i]!.title === b.title && (actual[i]!.payload ?? null) === (b.payload ?? null)))) return false;
  }
  return true;
}

function slotMatches(e: TrackerEvent, check: SlotCheck): boolean {
  return e.event === 'slot' && e.name === check.name && (!check.hasValue || pyEquals(e.value, check.value ?? null));
}

function slotLine(c: SlotCheck): string {
  return c.hasValue ? `${c.name} = ${JSON.stringify(c.value)}` : c.name;
}

/** Names offered by pattern_clarification in this turn: from stack updates, else from clarify commands. */
function clarificationNames(events: readonly TrackerEvent[]): string[] | null {
  for (const e of events) {
    if (e.event !== 'stack') continue;
    let ops: unknown;
    try {
      ops = JSON.parse(e.update);
    } catch {
      continue;
    }
    for (const op of Array.isArray(ops) ? ops : []) {
      const value = (op as { value?: unknown; path?: string }).value;
      const frame = value as { flow_id?: unknown; names?: unknown } | null;
      if (frame && typeof frame === 'object' && frame.flow_id === 'pattern_clarification' && Array.isArray(frame.names)) return frame.names.map(String);
      if (String((op as { path?: unknown }).path ?? '').endsWith('/names') && Array.isArray(value)) return value.map(String);
    }
  }
  for (const e of events) {
    if (e.event !== 'user') continue;
    const clarify = e.parse_data?.commands?.find((c) => c.command === 'clarify');
    if (clarify && clarify.command === 'clarify') return clarify.options;
  }
  return null;
}

function assertionRecord(a: Assertion): Record<string, unknown> {
  switch (a.type) {
    case 'bot_uttered':
    case 'bot_did_not_utter':
      return { type: a.type, ...a.match };
    case 'slot_was_set':
    case 'slot_was_not_set':
      return { type: a.type, slots: a.slots.map((s) => (s.hasValue ? { name: s.name, value: s.value } : { name: s.name })) };
    case 'generative_response_is_relevant':
    case 'generative_response_is_grounded':
      return { type: a.type, spec: a.spec };
    default:
      return { ...a };
  }
}

/**
 * Evaluates one user step's assertions against its turn. Returns the first failure or null.
 * With `ordered`, each assertion must match an event after the one the previous assertion matched.
 */
export function checkAssertions(assertions: readonly Assertion[], events: readonly TrackerEvent[], ordered: boolean): StepFailure | null {
  let from = 0;
  for (const a of assertions) {
    const start = ordered ? from : 0;
    const res = evaluate(a, events, start);
    if (typeof res === 'string') {
      return { assertion: assertionRecord(a), error_message: res, expected: [expectedLine(a)], actual: describeTurn(events) };
    }
    if (res >= 0) from = res + 1;
  }
  return null;
}

function expectedLine(a: Assertion): string {
  switch (a.type) {
    case 'flow_started':
      return `flow_started: ${a.flow_id}`;
    case 'flow_completed':
    case 'flow_cancelled':
      return `${a.type}: ${a.flow_id}${a.flow_step_id ? ` (step ${a.flow_step_id})` : ''}`;
    case 'action_executed':
      return `action_executed: ${a.name}`;
    case 'bot_uttered':
    case 'bot_did_not_utter':
      return `${a.type}: ${JSON.stringify(a.match)}`;
    case 'slot_was_set':
    case 'slot_was_not_set':
      return `${a.type}: ${a.slots.map(slotLine).join(', ')}`;
    case 'pattern_clarification_contains':
      return `pattern_clarification_contains: ${a.names.join(', ')}`;
    default:
      return a.type;
  }
}

/** Index of the matching event, -1 for checks of absence, or the reason it failed. */
function evaluate(a: Assertion, events: readonly TrackerEvent[], start: number): number | string {
  const find = (pred: (e: TrackerEvent) => boolean): number => {
    for (let i = start; i < events.length; i++) if (pred(events[i]!)) return i;
    return -1;
  };
  const need = (i: number, why: string): number | string => (i >= 0 ? i : why);
  switch (a.type) {
    case 'flow_started':
      return need(
        find((e) => e.event === 'flow_started' && e.flow_id === a.flow_id),
        `flow ${a.flow_id} was not started`,
      );
    case 'flow_completed':
    case 'flow_cancelled':
      return need(
        find((e) => e.event === a.type && e.flow_id === a.flow_id && (!a.flow_step_id || e.step_id === a.flow_step_id)),
        `flow ${a.flow_id} was not ${a.type === 'flow_completed' ? 'completed' : 'cancelled'}${a.flow_step_id ? ` at step ${a.flow_step_id}` : ''}`,
      );
    case 'action_executed':
      return need(
        find((e) => e.event === 'action' && e.name === a.name),
        `action ${a.name} was not executed`,
      );
    case 'bot_uttered':
      return need(
        find((e) => e.event === 'bot' && botMatches(e, a.match)),
        `no bot message matched ${JSON.stringify(a.match)}`,
      );
    case 'bot_did_not_utter':
      return find((e) => e.event === 'bot' && botMatches(e, a.match)) >= 0 ? `the bot uttered a message matching ${JSON.stringify(a.match)}` : -1;
    case 'slot_was_set': {
      let last = -1;
      for (const c of a.slots) {
        const i = find((e) => slotMatches(e, c));
        if (i < 0) return `slot ${slotLine(c)} was not set`;
        last = Math.max(last, i);
      }
      return last;
    }
    case 'slot_was_not_set':
      // As Rasa judges it: the turn's last value of the slot counts, and without a value only a non-null one
      // fails (an invalid answer set and then rejected back to null was "not set").
      for (const c of a.slots) {
        const last = events.findLast((e) => e.event === 'slot' && e.name === c.name);
        if (last?.event !== 'slot') continue;
        if (c.hasValue ? pyEquals(last.value, c.value ?? null) : last.value !== null) return `slot ${slotLine(c)} was set`;
      }
      return -1;
    case 'pattern_clarification_contains': {
      const names = clarificationNames(events);
      if (!names) return 'pattern_clarification did not run';
      const same = names.length === a.names.length && a.names.every((n) => names.includes(n));
      return same ? -1 : `clarification offered ${JSON.stringify(names)}`;
    }
    default:
      return `${a.type} needs an LLM judge, which this runner does not have`;
  }
}

/**
 * Legacy steps after one user message: the `bot:`/`utter:` steps must be said in this order (other messages may
 * come between);
 * `slot_was_set` must appear and `slot_was_not_set` must not.
 */
export function checkLegacySteps(steps: readonly TestStep[], events: readonly TrackerEvent[]): StepFailure | null {
  const bots = events.filter((e): e is BotEvent => e.event === 'bot');
  const expectedBots = steps.filter((s) => s.kind === 'bot' || s.kind === 'utter');
  const expected: string[] = [];
  const problems: string[] = [];
  // Expected bot messages must appear in this order; other messages in between (a greeting) are allowed.
  let next = 0;
  for (const s of expectedBots) {
    const matches = (b: BotEvent) => (s.kind === 'utter' ? b.metadata?.utter_action === s.name : (b.text ?? '') === s.text);
    while (next < bots.length && !matches(bots[next]!)) next++;
    if (next >= bots.length) {
      problems.push(`bot did not say ${s.kind === 'utter' ? s.name : JSON.stringify(s.text)}${expectedBots.length > 1 ? ' (in this order)' : ''}`);
      break;
    }
    next++;
  }
  for (const s of steps) {
    if (s.kind === 'bot') expected.push(`bot: ${JSON.stringify(s.text)}`);
    else if (s.kind === 'utter') expected.push(`bot: ${s.name}`);
    else if (s.kind === 'slot_was_set') {
      for (const c of s.slots) {
        expected.push(`slot_was_set: ${slotLine(c)}`);
        if (!events.some((e) => slotMatches(e, c))) problems.push(`slot ${slotLine(c)} was not set`);
      }
    } else if (s.kind === 'slot_was_not_set') {
      for (const c of s.slots) {
        expected.push(`slot_was_not_set: ${slotLine(c)}`);
        if (events.some((e) => slotMatches(e, c))) problems.push(`slot ${slotLine(c)} was set`);
      }
    }
  }
  if (problems.length === 0) return null;
  return { assertion: { type: 'legacy_steps' }, error_message: problems.join('; '), expected, actual: describeTurn(events) };
}
