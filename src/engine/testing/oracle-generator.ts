// The "oracle" command generator of the compatibility measure: each user turn's commands are read from the
// test's own expectations, so an e2e run measures the dialogue engine apart from understanding.
//  - flow_started of a user flow → start flow (unless another flow of the turn links to or calls it); of a
//    pattern a command starts (cancel, chitchat, search, handoff, cannot handle, skip, repeat) → that command;
//  - an expected response only a flow not running says → start that flow;
//  - slot_was_set with a value → set slot; flow_cancelled → cancel flow; pattern_clarification_contains → clarify;
//  - questions the turn's expectations skip past were answered: their slots get the value a later assertion
//    gives them, else the one the message names, else the message itself (yes/no words for bool slots);
//  - pattern_correction → the filled slot the message gives a new value for.
// It never sees anything but the test files and the project.
import type { CommandGenerator, Understanding, UnderstandingContext } from '../understanding.ts';
import type { Command, SlotValue } from '../commands.ts';
import type { Domain } from '../domain/types.ts';
import type { Flow } from '../flows/types.ts';
import type { Assertion, TestStep, TestSuite } from './e2e-file.ts';
import { senderIdFor } from './e2e-runner.ts';
import { type FlowFacts, flowFacts, flowSaying } from './oracle-flows.ts';

/** A pattern started by a command rather than as a consequence of one: the command that starts it. */
const PATTERN_COMMANDS: Record<string, Command> = {
  pattern_cancel_flow: { command: 'cancel flow' },
  pattern_chitchat: { command: 'chitchat' },
  pattern_search: { command: 'knowledge' },
  pattern_human_handoff: { command: 'human handoff' },
  pattern_cannot_handle: { command: 'cannot handle' },
  pattern_skip_question: { command: 'skip question' },
  pattern_repeat_bot_messages: { command: 'repeat' },
};
const YES = /^\s*(?:yes|yeah|yep|yup|sure|correct|right|ok|okay|true|y|да|конечно|верно)\b/i;
const SLOT_TYPE_REJECTION = /^utter_(?:categorical|boolean|float)_slot_rejection$/;
const NO = /^\s*(?:no|nope|nah|false|n|нет|не)\b/i;

export interface OracleTurn {
  text: string;
  assertions: readonly Assertion[];
  /** Legacy steps after the user step (slot_was_set, utter, bot). */
  legacy: readonly TestStep[];
  /** The test's steps after this turn: later assertions name values the message gave. */
  later: readonly TestStep[];
}

/**
 * Values later assertions give a slot, up to the turn whose expectations ask for it again (what follows answers
 * that question, not this message; that turn's own values came before its question) or corrects it.
 */
function laterValues(slot: string, later: readonly TestStep[], askedSlot?: ReadonlyMap<string, string>): SlotValue[] {
  const out: SlotValue[] = [];
  for (const s of later) {
    // A later correction gives the slot a value this message did not say.
    if (s.kind === 'user' && (s.assertions ?? []).some((a) => a.type === 'flow_started' && a.flow_id === 'pattern_correction')) break;
    const checks =
      s.kind === 'user' ? (s.assertions ?? []).flatMap((a) => (a.type === 'slot_was_set' ? a.slots : [])) : s.kind === 'slot_was_set' ? s.slots : [];
    for (const c of checks) if (c.name === slot && c.hasValue && c.value !== undefined && c.value !== null) out.push(c.value);
    if (
      askedSlot &&
      s.kind === 'user' &&
      (s.assertions ?? []).some((a) => a.type === 'bot_uttered' && a.match.utter_name !== undefined && askedSlot.get(a.match.utter_name) === slot)
    )
      break;
  }
  return out;
}

function mentioned(value: SlotValue, text: string): boolean {
  return typeof value !== 'object' && text.toLowerCase().includes(String(value).toLowerCase());
}

/** A bool or number the message says for a slot of that type. */
function typedFromText(slot: string, text: string, domain: Domain): SlotValue | undefined {
  const type = domain.slots[slot]?.type;
  if (type === 'bool') return YES.test(text) ? true : NO.test(text) ? false : undefined;
  if (type === 'float') {
    const n = /-?\d+(?:[.,]\d+)?/.exec(text);
    return n ? Number(n[0].replace(',', '.')) : undefined;
  }
  return undefined;
}

/** The value a message gave a slot: named by a later assertion, else read from the text by the slot's type. */
function valueFor(slot: string, turn: OracleTurn, domain: Domain, answered: boolean, askedSlot?: ReadonlyMap<string, string>): SlotValue | undefined {
  const later = laterValues(slot, turn.later, askedSlot);
  const named = later.find((v) => mentioned(v, turn.text));
  if (named !== undefined) return named;
  if (answered && later.length) return later[0];
  const type = domain.slots[slot]?.type;
  if (type === 'bool' || type === 'float') return typedFromText(slot, turn.text, domain);
  return turn.text.trim();
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r' };
function unescapeRegex(text: string): string {
  return text.replace(/\\(.)/gs, (_, c: string) => ESCAPES[c] ?? c);
}

/**
 * Responses whose text (any variation, `{slot}` as a wildcard) is the bot line a legacy `bot:` step or a
 * `text_matches` expects.
 */
export function responsesSaying(text: string, domain: Pick<Domain, 'responses'>): string[] {
  const said = [...new Set([text.trim().toLowerCase(), unescapeRegex(text).trim().toLowerCase()])];
  const out: string[] = [];
  for (const [name, variations] of Object.entries(domain.responses)) {
    for (const v of variations) {
      if (!v.text) continue;
      const parts = v.text
        .trim()
        .toLowerCase()
        .split(/\{[^{}]*\}/);
      const pattern = new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 's');
      if (said.some((t) => pattern.test(t))) {
        out.push(name);
        break;
      }
    }
  }
  return out;
}

function expectedNames(turn: OracleTurn, domain: Domain): string[] {
  const fromAssertions = turn.assertions.flatMap((a) =>
    a.type === 'bot_uttered' && a.match.utter_name
      ? [a.match.utter_name]
      : a.type === 'bot_uttered' && a.match.text_matches
        ? responsesSaying(a.match.text_matches, domain)
        : a.type === 'action_executed'
          ? [a.name]
          : [],
  );
  const fromLegacy = turn.legacy.flatMap((s) => (s.kind === 'utter' ? [s.name] : s.kind === 'bot' ? responsesSaying(s.text, domain) : []));
  return [...fromAssertions, ...fromLegacy];
}

function clarificationGuess(text: string, facts: FlowFacts): string[] {
  const words = new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? []);
  const shares = (f: Flow) =>
    `${f.id} ${f.name ?? ''} ${f.description}`
      .toLowerCase()
      .match(/\p{L}{3,}/gu)
      ?.some((w) => words.has(w)) ?? false;
  // Not a flow the project's clarification pattern sends elsewhere by name: the test expects the options said.
  const plain = facts.userFlows.filter((f) => !facts.clarificationSpecial.has(f.name ?? f.id) && !facts.clarificationSpecial.has(f.id));
  const sharing = plain.filter(shares).map((f) => f.id);
  return [...new Set([...sharing, ...plain.map((f) => f.id)])].slice(0, Math.max(2, sharing.length));
}

/** The commands a user turn's expectations imply, given the conversation so far. */
export function impliedCommands(
  turn: OracleTurn,
  ctx: Pick<UnderstandingContext, 'activeFlow' | 'requestedSlot' | 'slots'>,
  facts: FlowFacts,
  domain: Domain,
): Command[] {
  const { assertions } = turn;
  const started = assertions.filter((a) => a.type === 'flow_started').map((a) => a.flow_id);
  const seen = new Set([...started, ...(ctx.activeFlow ? [ctx.activeFlow] : [])]);
  let cancel: Command[] = [];
  const starts: string[] = [];
  const others: Command[] = [];
  for (const flow of started) {
    const command = PATTERN_COMMANDS[flow];
    if (command?.command === 'cancel flow') cancel = [command];
    else if (command) others.push(command);
    else if (flow === 'pattern_internal_error')
      others.push({ command: 'error', errorType: turn.text.trim() === '' ? 'rasa_internal_error_user_input_empty' : 'rasa_internal_error_default' });
    else if (!flow.startsWith('pattern_') && !facts.called.has(flow) && ![...(facts.linkedFrom.get(flow) ?? [])].some((f) => seen.has(f) && f !== flow))
      starts.push(flow);
  }
  const names = expectedNames(turn, domain);
  // A response only a command-started pattern says (utter_free_chitchat_response, utter_ask_rephrase, …).
  for (const [pattern, command] of Object.entries(PATTERN_COMMANDS)) {
    const says = facts.said.get(pattern) ?? [];
    if (names.some((n) => says.includes(n)) && ![...cancel, ...others].some((c) => c.command === command.command)) {
      if (command.command === 'cancel flow') cancel = [command];
      else others.push(command);
    }
  }
  // Every flow the expected responses show (in the order they speak) was started: «show my transactions and
  // send money» starts two.
  if (starts.length === 0 && !others.length) {
    for (const n of names) {
      const shown = flowSaying(n, facts, ctx.activeFlow);
      if (shown && !starts.includes(shown) && !starts.some((f) => facts.said.get(f)?.includes(n))) starts.push(shown);
    }
  }
  // «never mind»: the running flow gives way to pattern_completed although nothing in it was answered.
  const completedSays = facts.said.get('pattern_completed') ?? [];
  const activeSays = ctx.activeFlow ? (facts.said.get(ctx.activeFlow) ?? []) : [];
  if (ctx.requestedSlot && !starts.length && !others.length && names.length > 0 && names.every((n) => completedSays.includes(n) && !activeSays.includes(n)))
    cancel = [{ command: 'cancel flow' }];
  if (assertions.some((a) => a.type === 'flow_cancelled' && !a.flow_id.startsWith('pattern_'))) cancel = [{ command: 'cancel flow' }];
  const clarification = assertions.find((a) => a.type === 'pattern_clarification_contains');
  if (clarification) others.push({ command: 'clarify', options: clarification.names });
  // A clarification whose options the test leaves open («cash»): flows whose words the message shares, else
  // the first ones; what matters is that two are offered.
  else if (started.includes('pattern_clarification')) others.push({ command: 'clarify', options: clarificationGuess(turn.text, facts) });

  const slots = new Map<string, SlotValue>();
  const checks = [
    ...assertions.flatMap((a) => (a.type === 'slot_was_set' ? a.slots : [])),
    ...turn.legacy.flatMap((s) => (s.kind === 'slot_was_set' ? s.slots : [])),
  ];
  // The first value a turn asserts is the user's; later ones (a reset when the flow ends, a cancelled flow's
  // slots) are consequences.
  // A null for a slot that holds nothing, or in a turn that ends a flow, is a reset, not the user's doing.
  const endsFlow = assertions.some((a) => a.type === 'flow_completed' && !a.flow_id.startsWith('pattern_'));
  // Nulls for several slots in one turn are a flow's end putting back what it collected.
  const endsWithResets = new Set(checks.filter((c) => c.hasValue && c.value === null).map((c) => c.name)).size > 1;
  const reset = (c: { value?: SlotValue; name: string }) =>
    c.value === null && (cancel.length > 0 || endsFlow || endsWithResets || ctx.slots[c.name] === null || ctx.slots[c.name] === undefined);
  for (const c of checks) if (c.hasValue && c.value !== undefined && !slots.has(c.name) && !reset(c)) slots.set(c.name, c.value);

  const flow = starts[0] ?? ctx.activeFlow;
  const collects = flow ? (facts.collects.get(flow) ?? []) : [];
  const set = (slot: string, answered: boolean) => {
    if (slots.has(slot) || !domain.slots[slot]) return;
    const value = valueFor(slot, turn, domain, answered, facts.askedSlot);
    if (value !== undefined) slots.set(slot, value);
  };
  // A response only the correction pattern says (a confirmation the project added) shows a correction too.
  const correcting =
    started.includes('pattern_correction') ||
    names.some((n) => (facts.said.get('pattern_correction') ?? []).includes(n) && !facts.userFlows.some((f) => facts.said.get(f.id)?.includes(n)));
  if (correcting) {
    // The filled slot of the running flow the message names a new value for, else the last one filled.
    const filled = collects.filter((s) => ctx.slots[s] !== null && ctx.slots[s] !== undefined && !slots.has(s));
    const newValue = (s: string) => laterValues(s, turn.later, facts.askedSlot).find((v) => mentioned(v, turn.text) && v !== ctx.slots[s]);
    const named = filled.filter((s) => newValue(s) !== undefined);
    const last = filled.at(-1);
    // A correction the message names no value for («I didn't mean John») empties the slot, so that its
    // question comes again; a yes/no or a number it says is the new value.
    for (const target of named.length ? named : last ? [last] : []) slots.set(target, newValue(target) ?? typedFromText(target, turn.text, domain) ?? null);
  } else if (!cancel.length && !others.length) {
    const askedNext = names.map((n) => facts.askedSlot.get(n)).find((s) => s !== undefined && collects.includes(s));
    // What the flow says first of what the turn expects: every question before it was answered.
    const said = flow ? (facts.said.get(flow) ?? []) : [];
    const reached = names.map((n) => said.indexOf(n)).find((i) => i >= 0);
    // The question of a slot already filled comes first again: the message emptied it (not a loop of the flow's own).
    const firstAsks = reached !== undefined && askedNext !== undefined && facts.askedSlot.get(said[reached]!) === askedNext;
    // Unless a rejection of that slot comes before: the flow's validation emptied it, not the message.
    const rejected = names.some(
      (n) => facts.rejectedSlot.get(n) === askedNext || domain.slots[askedNext ?? '']?.validation?.rejections.some((r) => r.utter === n),
    );
    if (
      askedNext &&
      firstAsks &&
      !rejected &&
      starts.length === 0 &&
      ctx.slots[askedNext] !== null &&
      ctx.slots[askedNext] !== undefined &&
      !slots.has(askedNext)
    )
      slots.set(askedNext, null);
    const askedAt = (slot: string) => said.findIndex((n) => facts.askedSlot.get(n) === slot);
    const answered =
      reached !== undefined ? collects.filter((c) => askedAt(c) >= 0 && askedAt(c) < reached) : ctx.requestedSlot && !starts.length ? [ctx.requestedSlot] : [];
    for (const s of answered) if (ctx.slots[s] === null || ctx.slots[s] === undefined) set(s, true);
    // Asked whether to go back to the interrupted flow, the turn goes on with it: that was a yes.
    if (ctx.requestedSlot === 'continue_interrupted_flow_confirmation' && reached !== undefined && !starts.length) slots.set(ctx.requestedSlot, true);
    // A type rejection (`utter_categorical_slot_rejection`, …) of the open question: the message answered it
    // with a value the slot does not take.
    if (ctx.requestedSlot && names.some((n) => SLOT_TYPE_REJECTION.test(n)) && !slots.has(ctx.requestedSlot)) slots.set(ctx.requestedSlot, turn.text.trim());
  }
  // A slot only NLU mappings fill (from_entity with Duckling's `time`, …) was filled by the NLU side.
  const extractor = (name: string) => {
    const mappings = domain.slots[name]?.mappings ?? [];
    return mappings.length && !mappings.some((m) => m.type === 'from_llm') && mappings.some((m) => m.type !== 'controlled') ? 'NLU' : 'LLM';
  };
  const setSlots: Command[] = [...slots].map(([name, value]) => ({ command: 'set slot', name, value, extractor: extractor(name) }));
  return [...cancel, ...starts.map((f): Command => ({ command: 'start flow', flow: f })), ...setSlots, ...others];
}

/**
 * Answers each user message of a suite's test cases with the commands its expectations imply. Conversations
 * are told apart by sender id (senderIdFor), turns by their text in order, so `/payload` steps (which never
 * reach a generator) are skipped over.
 */
export class OracleCommandGenerator implements CommandGenerator {
  readonly name = 'oracle';
  private readonly casesBySender = new Map<string, { steps: readonly TestStep[]; next: number }>();
  private readonly facts: FlowFacts;

  constructor(suite: Pick<TestSuite, 'testCases'>, project: { flows: readonly Flow[]; domain: Domain }) {
    for (const [i, tc] of suite.testCases.entries()) this.casesBySender.set(senderIdFor(tc, i), { steps: tc.steps, next: 0 });
    this.facts = flowFacts(project.flows);
    this.domain = project.domain;
  }

  private readonly domain: Domain;

  async understand(text: string, context: UnderstandingContext): Promise<Understanding> {
    const base: Understanding = { text, intent: { name: null, confidence: 0 }, entities: [], commands: [], source: this.name };
    const tc = this.casesBySender.get(context.senderId);
    if (!tc) return base;
    const at = tc.steps.findIndex((s, i) => i >= tc.next && s.kind === 'user' && s.text === text);
    if (at < 0) return base;
    tc.next = at + 1;
    const step = tc.steps[at];
    if (step?.kind !== 'user') return base;
    const end = tc.steps.findIndex((s, i) => i > at && s.kind === 'user');
    const turn: OracleTurn = {
      text,
      assertions: step.assertions ?? [],
      legacy: tc.steps.slice(at + 1, end < 0 ? undefined : end),
      later: end < 0 ? [] : tc.steps.slice(end),
    };
    return { ...base, commands: impliedCommands(turn, context, this.facts, this.domain) };
  }
}
