// Messages starting with `/` bypass understanding (Rasa's RegexInterpreter / command payload reader):
//   /intent   /intent{"entity": "value"}   /SetSlots(a=1, b=x)
//   /session_start  /restart  /silence_timeout  /session_end
import type { Command, SlotValue } from '../commands.ts';
import type { Domain } from '../domain/types.ts';
import type { Entity } from '../events.ts';
import type { Flow } from '../flows/types.ts';

export type Payload =
  | { kind: 'intent'; intent: string; entities: Entity[] }
  | { kind: 'set_slots'; slots: { name: string; value: SlotValue }[] }
  | { kind: 'invalid'; reason: string };

const INTENT = /^\/([\p{L}\p{N}_.-]+)\s*(\{[\s\S]*\})?\s*$/u;
const SET_SLOTS = /^\/SetSlots\s*\(([\s\S]*)\)\s*$/;

export function isPayload(text: string): boolean {
  return text.trimStart().startsWith('/');
}

export function parsePayload(text: string): Payload | null {
  const t = text.trim();
  if (!t.startsWith('/')) return null;
  const set = SET_SLOTS.exec(t);
  if (set) return parseSetSlots(set[1] ?? '');
  const m = INTENT.exec(t);
  if (!m) return { kind: 'invalid', reason: `cannot read payload ${JSON.stringify(t)}` };
  const intent = m[1]!;
  const entities: Entity[] = [];
  if (m[2]) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(m[2]);
    } catch {
      return { kind: 'invalid', reason: `entities of /${intent} are not JSON` };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { kind: 'invalid', reason: `entities of /${intent} must be an object` };
    for (const [entity, value] of Object.entries(parsed as Record<string, SlotValue>)) {
      for (const v of Array.isArray(value) ? value : [value]) entities.push({ entity, value: v, extractor: 'RegexMessageHandler' });
    }
  }
  return { kind: 'intent', intent, entities };
}

const NULLS = new Set(['', 'None', 'null', 'undefined', '[missing information]', '[missing]']);

function parseSetSlots(body: string): Payload {
  const slots: { name: string; value: SlotValue }[] = [];
  for (const part of splitArgs(body)) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return { kind: 'invalid', reason: `SetSlots argument "${part.trim()}" is not name=value` };
    const name = part.slice(0, eq).trim();
    let raw = part.slice(eq + 1).trim();
    if ((raw.startsWith('"') && raw.endsWith('"')) || (raw.startsWith("'") && raw.endsWith("'"))) raw = raw.slice(1, -1);
    let value: SlotValue = NULLS.has(raw) ? null : raw;
    if (raw.startsWith('[') || raw.startsWith('{')) {
      try {
        value = JSON.parse(raw) as SlotValue;
      } catch {
        value = raw;
      }
    }
    slots.push({ name, value });
  }
  return { kind: 'set_slots', slots };
}

/** Splits on commas outside quotes and brackets. */
function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let cur = '';
  for (const ch of s) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

const CONTROL: Record<string, Command> = {
  session_start: { command: 'session start' },
  restart: { command: 'restart' },
  silence_timeout: { command: 'user silence' },
  session_end: { command: 'session end' },
};

export interface PayloadScope {
  flows: readonly Flow[];
  domain: Domain;
  activeFlow: string | null;
}

/** Commands for a payload: control intents, nlu_trigger flows, slot mappings; as Rasa's NLUCommandAdapter. */
export function payloadCommands(p: Payload, scope: PayloadScope): Command[] {
  if (p.kind === 'invalid') return [];
  if (p.kind === 'set_slots') return p.slots.map((s) => ({ command: 'set slot', name: s.name, value: s.value, extractor: 'COMMAND_PAYLOAD_READER' }));
  const control = CONTROL[p.intent];
  if (control) return [control];
  const commands: Command[] = [];
  for (const flow of scope.flows) {
    if (flow.nlu_trigger?.some((t) => t.intent === p.intent)) commands.push({ command: 'start flow', flow: flow.id });
  }
  const started = commands.map((c) => (c.command === 'start flow' ? c.flow : ''));
  for (const slot of Object.values(scope.domain.slots)) {
    for (const m of slot.mappings) {
      if (m.type !== 'from_entity' && m.type !== 'from_intent') continue;
      if (!intentMatches(p.intent, m.intent, m.not_intent)) continue;
      if (m.conditions?.length && !m.conditions.some((c) => !c.active_flow || c.active_flow === scope.activeFlow || started.includes(c.active_flow))) continue;
      if (m.type === 'from_intent') {
        commands.push({ command: 'set slot', name: slot.name, value: m.value, extractor: 'NLU' });
        break;
      }
      const e = p.entities.find((x) => x.entity === m.entity);
      if (e) {
        commands.push({ command: 'set slot', name: slot.name, value: e.value, extractor: 'NLU' });
        break;
      }
    }
  }
  return commands;
}

function intentMatches(intent: string, want?: string | string[], not?: string | string[]): boolean {
  const list = (v?: string | string[]) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  if (list(not).includes(intent)) return false;
  const w = list(want);
  return w.length === 0 || w.includes(intent);
}
