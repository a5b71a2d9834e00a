// The small part of JSON Patch (RFC 6902) the dialogue stack needs: add / remove / replace on arrays of
// frames and on frame properties. `diffStack` writes the patch Rasa stores in `stack` events.
import type { StackFrame } from './stack.ts';

export type PatchOp = { op: 'add' | 'replace'; path: string; value: unknown } | { op: 'remove'; path: string };

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

export function diffStack(before: readonly StackFrame[], after: readonly StackFrame[]): PatchOp[] {
  const ops: PatchOp[] = [];
  const common = Math.min(before.length, after.length);
  for (let i = 0; i < common; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a === b) continue;
    if (a.frame_id !== b.frame_id) {
      ops.push({ op: 'replace', path: `/${i}`, value: b });
      continue;
    }
    // Runs on every stack change of every turn: for-in over plain frames (own keys only; a missing key reads
    // as undefined), no key arrays or entry pairs.
    for (const key in a) if (b[key] === undefined) ops.push({ op: 'remove', path: `/${i}/${escapeKey(key)}` });
    for (const key in b) {
      const value = b[key];
      if (value === undefined) continue;
      const old = a[key];
      if (old === undefined) ops.push({ op: 'add', path: `/${i}/${escapeKey(key)}`, value });
      else if (old !== value && !same(old, value)) ops.push({ op: 'replace', path: `/${i}/${escapeKey(key)}`, value });
    }
  }
  for (let i = before.length - 1; i >= common; i--) ops.push({ op: 'remove', path: `/${i}` });
  for (let i = common; i < after.length; i++) ops.push({ op: 'add', path: `/${i}`, value: after[i] });
  return ops;
}

const NEEDS_ESCAPE = /[~/]/;

function escapeKey(key: string): string {
  if (!NEEDS_ESCAPE.test(key)) return key;
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapeKey(key: string): string {
  return key.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Applies a patch to a stack, returning a new array (frames that change are copied). Takes ownership of the op values. */
export function applyStackPatch(stack: readonly StackFrame[], ops: readonly PatchOp[]): StackFrame[] {
  const out = [...stack];
  for (const op of ops) {
    const parts = op.path.split('/').slice(1).map(unescapeKey);
    if (parts.length === 0 || parts[0] === '') {
      if (op.op === 'remove') out.length = 0;
      else {
        out.length = 0;
        out.push(...((op.value as StackFrame[]) ?? []));
      }
      continue;
    }
    const index = parts[0] === '-' ? out.length : Number(parts[0]);
    if (!Number.isInteger(index) || index < 0) throw new Error(`bad stack patch path ${op.path}`);
    if (parts.length === 1) {
      if (op.op === 'remove') out.splice(index, 1);
      else if (op.op === 'add') out.splice(index, 0, op.value as StackFrame);
      else out[index] = op.value as StackFrame;
      continue;
    }
    const frame = out[index];
    if (!frame) throw new Error(`stack patch ${op.path} points past the stack`);
    const copy: StackFrame = { ...frame };
    setIn(copy, parts.slice(1), op);
    out[index] = copy;
  }
  return out;
}

function setIn(target: Record<string, unknown>, path: string[], op: PatchOp): void {
  let obj: Record<string, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const next = obj[path[i]!];
    const copy = Array.isArray(next) ? [...next] : { ...(next as Record<string, unknown>) };
    obj[path[i]!] = copy;
    obj = copy as Record<string, unknown>;
  }
  const key = path[path.length - 1]!;
  if (op.op === 'remove') {
    if (Array.isArray(obj)) obj.splice(Number(key), 1);
    else delete obj[key];
  } else obj[key] = op.value;
}

// JSON.stringify costs ~0.6 µs for even a one-op patch on Node 20 and a turn writes ~10 of them; this writer
// gives the same text for the values frames hold (plain objects, arrays, strings, numbers, booleans, null) and
// hands anything else (toJSON, class instances, odd strings) to JSON.stringify.
const PLAIN_STRING = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;

export function toJson(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return PLAIN_STRING.test(v) ? `"${v}"` : JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object': {
      if (v === null) return 'null';
      if (Array.isArray(v)) {
        let out = '[';
        for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + (toJson(v[i]) ?? 'null');
        return `${out}]`;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype || 'toJSON' in v) return JSON.stringify(v);
      let out = '{';
      for (const key in v) {
        const text = toJson((v as Record<string, unknown>)[key]);
        if (text === undefined) continue;
        out += `${out.length > 1 ? ',' : ''}${keyJson(key)}:${text}`;
      }
      return `${out}}`;
    }
    default:
      return JSON.stringify(v);
  }
}

/** Frames and events use a few dozen property names: their JSON text is kept. */
const keyTexts = new Map<string, string>();

function keyJson(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = toJson(key)!;
    if (keyTexts.size < 10_000) keyTexts.set(key, text);
  }
  return text;
}

/** The `update` text of a stack event: toJson(ops) for the op shapes diffStack makes, without walking them. */
export function patchJson(ops: readonly PatchOp[]): string {
  let out = '[';
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    // diffStack builds every op as { op, path[, value] } in that order, with a defined value.
    out += `${i ? ',' : ''}{"op":"${op.op}","path":${toJson(op.path)}`;
    const value = op.op === 'remove' ? undefined : toJson(op.value);
    out += value === undefined ? '}' : `,"value":${value}}`;
  }
  return `${out}]`;
}
