// A parsed predicate evaluated as pypred evaluates it in Rasa, with Python's values and operators: `undefined` and
// `empty`, truthiness, `==` between JSON-like values (True == 1, deep lists and dicts, sets), ordering, `contains`.
// An operation Python refuses (None > 3, "a" < 1) raises PyTypeError, which makes the whole predicate false.
// The tree walk and the values share one module, and its constants stay unexported: V8 folds a module's own
// constants, not exported ones, and this is the engine's hottest path.
import type { SlotValue } from '../commands.ts';
import type { Node } from './predicate-parser.ts';

export interface PredicateScope {
  slots: Record<string, SlotValue>;
  context: Record<string, unknown>;
}

/** The value at a `slots.x` / `context.y` path, or undefined when there is none (for rendering `{{ slots.x }}`). */
export function valueAt(path: string[], scope: PredicateScope): unknown {
  const v = resolve(path.join('.'), path, scope);
  return v === UNDEFINED ? undefined : v;
}

/** Whether the parsed predicate holds in `scope`; a Python TypeError while evaluating makes it false. */
export function evaluateTree(ast: Node, scope: PredicateScope): boolean {
  try {
    return truthy(evaluate(ast, scope));
  } catch (e) {
    if (e instanceof PyTypeError) return false;
    throw e;
  }
}

/** pypred's `undefined` and `empty` values. */
const UNDEFINED: unique symbol = Symbol('undefined');
const EMPTY: unique symbol = Symbol('empty');

class PySet {
  constructor(readonly items: unknown[]) {}
}

type Value = unknown;

/** Python raised TypeError: the whole predicate is false, as Rasa catches it. */
class PyTypeError extends Error {}

function truthy(v: Value): boolean {
  if (v === UNDEFINED || v === EMPTY || v === null || v === undefined) return false;
  if (typeof v === 'string') return v.length > 0;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof PySet) return v.items.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return Boolean(v);
}

function pyLength(v: Value): number | null {
  if (typeof v === 'string' || Array.isArray(v)) return v.length;
  if (v instanceof PySet) return v.items.length;
  if (v !== null && typeof v === 'object') return Object.keys(v).length;
  return null;
}

/** Python `==` between JSON-like values (True == 1, 1.0 == 1, deep lists and dicts). */
export function pyEquals(a: Value, b: Value): boolean {
  if (a === UNDEFINED) return b === UNDEFINED || b === EMPTY;
  if (b === UNDEFINED) return a === EMPTY;
  if (a === EMPTY) return b === EMPTY || pyLength(b) === 0;
  if (b === EMPTY) return pyLength(a) === 0;
  if (a instanceof PySet || b instanceof PySet) return setEquals(a, b);
  if ((typeof a === 'number' || typeof a === 'boolean') && (typeof b === 'number' || typeof b === 'boolean')) {
    return Number(a) === Number(b);
  }
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => pyEquals(x, b[i]));
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as object);
    const rb = b as Record<string, unknown>;
    if (ka.length !== Object.keys(rb).length) return false;
    return ka.every((k) => Object.hasOwn(rb, k) && pyEquals((a as Record<string, unknown>)[k], rb[k]));
  }
  return a === b;
}

function setEquals(a: Value, b: Value): boolean {
  const items = (v: Value): unknown[] | null => (v instanceof PySet ? v.items : Array.isArray(v) ? v : null);
  const ia = items(a);
  const ib = items(b);
  if (!ia || !ib) return false;
  return ia.every((x) => ib.some((y) => pyEquals(x, y))) && ib.every((y) => ia.some((x) => pyEquals(x, y)));
}

function compare(op: string, l: Value, r: Value): boolean {
  if (op === '=') return pyEquals(l, r);
  if (op === '!=') return l === UNDEFINED ? r !== UNDEFINED : !pyEquals(l, r);
  if (l === UNDEFINED || l === EMPTY || r === UNDEFINED || r === EMPTY) return false;
  let a: number | string;
  let b: number | string;
  if (numeric(l) && numeric(r)) {
    a = Number(l);
    b = Number(r);
  } else if (typeof l === 'string' && typeof r === 'string') {
    a = l;
    b = r;
  } else {
    throw new PyTypeError(`'${op}' not supported between ${typeName(l)} and ${typeName(r)}`);
  }
  switch (op) {
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '<':
      return a < b;
    default:
      return a <= b;
  }
}

function numeric(v: Value): boolean {
  return typeof v === 'number' || typeof v === 'boolean';
}

function contains(container: Value, item: Value): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw new PyTypeError("'in <string>' requires string as left operand");
    return container.includes(item);
  }
  if (Array.isArray(container)) return container.some((x) => pyEquals(x, item));
  if (container instanceof PySet) return container.items.some((x) => pyEquals(x, item));
  if (container !== null && typeof container === 'object') {
    return typeof item === 'string' ? Object.hasOwn(container, item) : false;
  }
  return false;
}

function typeName(v: Value): string {
  if (v === null) return 'NoneType';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'string') return 'str';
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

function evaluate(n: Node, scope: PredicateScope): Value {
  switch (n.k) {
    case 'and':
      return truthy(evaluate(n.l, scope)) && truthy(evaluate(n.r, scope));
    case 'or':
      return truthy(evaluate(n.l, scope)) || truthy(evaluate(n.r, scope));
    case 'not':
      return !truthy(evaluate(n.e, scope));
    case 'cmp':
      return compare(n.op, evaluate(n.l, scope), evaluate(n.r, scope));
    case 'contains':
      return contains(evaluate(n.l, scope), evaluate(n.r, scope));
    case 'matches': {
      const left = evaluate(n.l, scope);
      return typeof left === 'string' && n.re.test(left);
    }
    case 'str':
    case 'num':
    case 'const':
      return n.v;
    case 'undef':
      return UNDEFINED;
    case 'empty':
      return EMPTY;
    case 'set':
      return new PySet(n.items.map((i) => evaluate(i, scope)));
    case 'ident':
      return resolve(n.name, n.path, scope);
  }
}

function resolve(name: string, path: string[], scope: PredicateScope): Value {
  if (name === 'slots') return scope.slots;
  if (name === 'context') return scope.context;
  let node: unknown = path[0] === 'slots' ? scope.slots : path[0] === 'context' ? scope.context : undefined;
  if (node === undefined) return UNDEFINED;
  for (let i = 1; i < path.length; i++) {
    const part = path[i]!;
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, part)) return UNDEFINED;
    node = (node as Record<string, unknown>)[part];
  }
  return node === undefined ? UNDEFINED : node;
}
