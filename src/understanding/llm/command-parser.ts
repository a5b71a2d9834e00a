// Parses the LLM's action list (compact DSL v2/v3, and v1 function syntax) into engine commands.
// Tolerant per line, strict about what it lets through: unknown flows/slots are dropped with a reason.
import type { Command, SlotValue } from '../../engine/commands.ts';
import type { Domain } from '../../engine/domain/types.ts';
import type { Flow } from '../../engine/flows/types.ts';
import type { UnderstandingContext } from '../types.ts';
import { isLlmSettable, isPatternFlow } from './prompt-data.ts';

/** Turns the text the LLM wrote for a slot into the slot's value; undefined = the value is unusable (drop it). */
export type SlotValueNormaliser = (slotName: string, value: string, domain: Domain, context: UnderstandingContext) => SlotValue | undefined;

export interface ParseOptions {
  flows: readonly Flow[];
  domain: Domain;
  context: UnderstandingContext;
  normalise: SlotValueNormaliser;
}

export interface DroppedCommand {
  line: string;
  reason: string;
}

export interface ParseResult {
  commands: Command[];
  /** Lines that matched a command pattern, before filtering. 0 means the answer was not in the DSL at all. */
  recognised: number;
  dropped: DroppedCommand[];
}

// Python's `[\s\W\d]*` is "anything but a letter or underscore"; JS \W is ASCII-only, hence the Unicode classes.
const LEAD = String.raw`^[^\p{L}_]*`;
const TAIL = String.raw`[^\p{L}\p{N}_]*$`;
const Q = '[\'"`]';
const SLOT_NAME = '[a-zA-Z_][a-zA-Z0-9_-]*';

const V2 = {
  startFlow: new RegExp(`${LEAD}start flow ${Q}?([a-zA-Z0-9_-]+)${Q}*`, 'iu'),
  // Rasa's `set slot name value`, also tolerating `name: value` and `name = value`.
  setSlot: new RegExp(`${LEAD}set slot ${Q}?(${SLOT_NAME})${Q}?\\s*[:=]?\\s+(.+)$`, 'iu'),
  clarify: new RegExp(`${LEAD}disambiguate flows (["'a-zA-Z0-9_, -]*?)${TAIL}`, 'iu'),
  cancel: new RegExp(`${LEAD}cancel flow${TAIL}`, 'iu'),
  chitchat: new RegExp(`${LEAD}offtopic reply${TAIL}`, 'iu'),
  knowledge: new RegExp(`${LEAD}(?:provide info|search and reply)${TAIL}`, 'iu'),
  handoff: new RegExp(`${LEAD}hand over${TAIL}`, 'iu'),
  skip: new RegExp(`${LEAD}skip question${TAIL}`, 'iu'),
  repeat: new RegExp(`${LEAD}repeat message${TAIL}`, 'iu'),
  cannotHandle: new RegExp(`${LEAD}cannot handle${TAIL}`, 'iu'),
};

const V1 = {
  startFlow: new RegExp(`${LEAD}StartFlow\\(\\s*${Q}?([a-zA-Z0-9_-]+)${Q}?\\s*\\)`, 'u'),
  setSlot: new RegExp(`${LEAD}SetSlot\\(\\s*${Q}?(${SLOT_NAME})${Q}?\\s*,\\s*(.*)\\)${TAIL}`, 'u'),
  clarify: new RegExp(`${LEAD}Clarify\\(([^)]*)\\)`, 'u'),
  simple: new RegExp(`${LEAD}(CancelFlow|ChitChat|SearchAndReply|HumanHandoff|SkipQuestion|RepeatLastBotMessages|CannotHandle)\\(\\s*\\)`, 'u'),
};

const SIMPLE_V1: Record<string, Command> = {
  CancelFlow: { command: 'cancel flow' },
  ChitChat: { command: 'chitchat' },
  SearchAndReply: { command: 'knowledge' },
  HumanHandoff: { command: 'human handoff' },
  SkipQuestion: { command: 'skip question' },
  RepeatLastBotMessages: { command: 'repeat' },
  CannotHandle: { command: 'cannot handle' },
};

const NULL_VALUES = new Set(['', '[missing information]', '[missing]', 'none', 'undefined', 'null']);

/** A parsed but not yet validated command. */
type Raw =
  | { kind: 'start'; flow: string }
  | { kind: 'set'; slot: string; value: string }
  | { kind: 'clarify'; options: string[] }
  | { kind: 'simple'; command: Command };

const SIMPLE_V2: [RegExp, Command][] = [
  [V2.cancel, { command: 'cancel flow' }],
  [V2.chitchat, { command: 'chitchat' }],
  [V2.knowledge, { command: 'knowledge' }],
  [V2.handoff, { command: 'human handoff' }],
  [V2.skip, { command: 'skip question' }],
  [V2.repeat, { command: 'repeat' }],
  [V2.cannotHandle, { command: 'cannot handle' }],
];

function matchLine(line: string): Raw | null {
  const set = line.match(V2.setSlot) ?? line.match(V1.setSlot);
  if (set) return { kind: 'set', slot: set[1]!, value: set[2]! };
  const start = line.match(V2.startFlow) ?? line.match(V1.startFlow);
  if (start) return { kind: 'start', flow: start[1]! };
  const clarify = line.match(V2.clarify) ?? line.match(V1.clarify);
  if (clarify) return { kind: 'clarify', options: splitOptions(clarify[1]!) };
  const simpleV1 = line.match(V1.simple);
  if (simpleV1) return { kind: 'simple', command: SIMPLE_V1[simpleV1[1]!]! };
  const simple = SIMPLE_V2.find(([re]) => re.test(line));
  return simple ? { kind: 'simple', command: simple[1] } : null;
}

function splitOptions(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((o) => o.replace(/^['"`]+|['"`]+$/g, ''))
    .filter(Boolean);
}

/** Strips quotes and trailing punctuation as Rasa does, but keeps list literals whole. */
export function cleanValue(raw: string): string {
  let value = raw
    .trim()
    .replace(/^['"`]+|['"`]+$/g, '')
    .trim();
  if (/^\[.*\]$/s.test(value)) return value;
  value = value.replace(new RegExp(`${TAIL.slice(0, -1)}$`, 'u'), '');
  return value.replace(/^['"`]+|['"`]+$/g, '').trim();
}

const COMMAND_START =
  /[,;]\s*(?=(?:start flow|set slot|cancel flow|disambiguate flows|provide info|search and reply|offtopic reply|hand over|skip question|repeat message|cannot handle)\b)/i;

/** Lines of the answer, with code fences removed and `a, start flow b` split into two commands. */
function answerLines(answer: string): string[] {
  return answer
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('```'))
    .flatMap((l) => l.split(COMMAND_START).map((part) => part.trim()));
}

export function parseCommands(answer: string, options: ParseOptions): ParseResult {
  const userFlows = new Set(options.flows.filter((f) => !isPatternFlow(f)).map((f) => f.id));
  const commands: Command[] = [];
  const dropped: DroppedCommand[] = [];
  let recognised = 0;

  const startFlow = (flow: string, line: string): void => {
    if (userFlows.has(flow)) commands.push({ command: 'start flow', flow });
    else dropped.push({ line, reason: `unknown flow "${flow}"` });
  };

  for (const line of answerLines(answer)) {
    const raw = matchLine(line);
    if (!raw) continue;
    recognised++;
    if (raw.kind === 'simple') commands.push(raw.command);
    else if (raw.kind === 'start') startFlow(raw.flow, line);
    else if (raw.kind === 'clarify') {
      const valid = [...new Set(raw.options.filter((o) => userFlows.has(o)))];
      if (valid.length === 1) commands.push({ command: 'start flow', flow: valid[0]! });
      else if (valid.length > 1) commands.push({ command: 'clarify', options: valid });
      else dropped.push({ line, reason: 'no known flow among the options' });
    } else {
      const value = cleanValue(raw.value);
      if (raw.slot === 'flow_name') {
        startFlow(value, line);
        continue;
      }
      const slot = options.domain.slots[raw.slot];
      if (!slot) {
        dropped.push({ line, reason: `unknown slot "${raw.slot}"` });
        continue;
      }
      if (!isLlmSettable(slot)) {
        dropped.push({ line, reason: `slot "${raw.slot}" is not filled by the LLM (its mappings exclude from_llm)` });
        continue;
      }
      if (NULL_VALUES.has(value.toLowerCase())) {
        commands.push({ command: 'set slot', name: raw.slot, value: null, extractor: 'LLM' });
        continue;
      }
      const normalised = options.normalise(raw.slot, value, options.domain, options.context);
      if (normalised === undefined) dropped.push({ line, reason: `value "${value}" does not fit slot "${raw.slot}" (${slot.type})` });
      else commands.push({ command: 'set slot', name: raw.slot, value: normalised, extractor: 'LLM' });
    }
  }

  return { commands: dedupe(commands), recognised, dropped };
}

/** The same command twice in one answer is noise; for a slot set twice the last value wins. */
function dedupe(commands: Command[]): Command[] {
  const out: Command[] = [];
  for (const c of commands) {
    if (c.command === 'set slot') {
      const i = out.findIndex((o) => o.command === 'set slot' && o.name === c.name);
      if (i >= 0) out.splice(i, 1);
      out.push(c);
    } else if (!out.some((o) => JSON.stringify(o) === JSON.stringify(c))) out.push(c);
  }
  return out;
}

/** Rasa's rule: an answer with no usable command means the assistant cannot handle the message. */
export function commandsOrCannotHandle(result: ParseResult): Command[] {
  return result.commands.length ? result.commands : [{ command: 'cannot handle' }];
}
