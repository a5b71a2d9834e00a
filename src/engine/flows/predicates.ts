// Rasa's condition language (pypred): `slots.x > 3 and not (context.y contains "a")`.
// Semantics follow pypred as Rasa runs it: `and`/`or` share one precedence and group to the right,
// unknown identifiers are `undefined`, `empty` equals zero-length values and undefined, ordering against
// undefined/empty is false, and a Python TypeError while evaluating (None > 3, "a" < 1) makes the whole
// predicate false. `{{ ... }}` is rendered with Jinja against {slots, context} before parsing.
import type { SlotValue } from '../commands.ts';
import { checkJinjaSyntax, hasJinja, JinjaError, renderJinja } from '../dialogue/jinja.ts';
import { type Node, parsePredicate, PredicateSyntaxError } from './predicate-parser.ts';
import type { Condition } from './types.ts';

export type { Node as PredicateNode } from './predicate-parser.ts';

export interface PredicateScope {
  slots: Record<string, SlotValue>;
  context: Record<string, unknown>;
}

/** A predicate that does not parse (or whose Jinja does not render). */
export class PredicateError extends Error {
  constructor(
    readonly expression: string,
    readonly detail: string,
  ) {
    super(`invalid condition ${JSON.stringify(expression)}: ${detail}`);
    this.name = 'PredicateError';
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

const cache = new Map<string, Node>();
const MAX_CACHED = 5000;

function compile(expr: string): Node {
  let ast = cache.get(expr);
  if (ast) return ast;
  try {
    ast = parsePredicate(expr);
  } catch (e) {
    if (e instanceof PredicateSyntaxError) throw new PredicateError(expr, e.message);
    throw e;
  }
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(expr, ast);
  return ast;
}

export function evaluatePredicate(cond: Condition, scope: PredicateScope): boolean {
  if (typeof cond === 'boolean') return cond;
  let expr = cond;
  if (hasJinja(expr)) {
    const fast = renderSimpleJinja(expr, scope);
    if (fast !== null) expr = fast;
    else {
      try {
        expr = renderJinja(expr, { slots: scope.slots, context: scope.context });
      } catch (e) {
        throw new PredicateError(cond, e instanceof JinjaError ? e.message : String(e));
      }
    }
  }
  const ast = compile(expr);
  try {
    return truthy(evaluate(ast, scope));
  } catch (e) {
    if (e instanceof PyTypeError) return false;
    throw e;
  }
}

/** Templates made only of `{{ context.x }}` / `{{ slots.x }}` (the default patterns' kind), split once. */
const simpleTemplates = new Map<string, { text: string[]; paths: string[][] } | null>();
const SIMPLE_EXPR = /\{\{\s*((?:slots|context)(?:\.[\p{L}\p{N}_-]+)+)\s*\}\}/gu;

/**
 * Renders a template of plain `{{ slots.x }}` / `{{ context.x }}` substitutions without nunjucks, exactly as
 * nunjucks would for strings, numbers and booleans (null/undefined print nothing). Null when the template or
 * a value needs the real renderer.
 */
function renderSimpleJinja(template: string, scope: PredicateScope): string | null {
  let shape = simpleTemplates.get(template);
  if (shape === undefined) {
    const text: string[] = [];
    const paths: string[][] = [];
    let last = 0;
    for (const m of template.matchAll(SIMPLE_EXPR)) {
      text.push(template.slice(last, m.index));
      paths.push(m[1]!.split('.'));
      last = m.index + m[0].length;
    }
    const rest = template.slice(last);
    shape = paths.length && !hasJinja(rest) && !text.some(hasJinja) ? { text: [...text, rest], paths } : null;
    if (simpleTemplates.size >= MAX_CACHED) simpleTemplates.clear();
    simpleTemplates.set(template, shape);
  }
  if (!shape) return null;
  let out = shape.text[0]!;
  for (let i = 0; i < shape.paths.length; i++) {
    const path = shape.paths[i]!;
    const v = resolve(path.join('.'), path, scope);
    if (v === UNDEFINED || v === null || v === undefined) out += '';
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out += String(v);
    else return null;
    out += shape.text[i + 1]!;
  }
  return out;
}

/** null when the expression is a valid predicate, otherwise why not. */
export function checkPredicateSyntax(expr: string): string | null {
  try {
    if (hasJinja(expr)) {
      const jinjaProblem = checkJinjaSyntax(expr);
      if (jinjaProblem) return jinjaProblem;
      // Each Jinja expression stands for one token once rendered.
      compile(expr.replace(/\{\{[\s\S]*?\}\}/g, 'x').replace(/\{%[\s\S]*?%\}/g, ''));
      return null;
    }
    compile(expr);
    return null;
  } catch (e) {
    return e instanceof PredicateError ? e.detail : String(e);
  }
}

/** Names of the slots an expression reads (`slots.<name>`), in order of first use. */
export function referencedSlots(expr: string): string[] {
  const found = new Set<string>();
  if (hasJinja(expr)) {
    for (const m of expr.matchAll(/slots\.([\p{L}\p{N}_-]+)/gu)) found.add(m[1]!);
    return [...found];
  }
  const visit = (n: Node): void => {
    switch (n.k) {
      case 'ident':
        if (n.path[0] === 'slots' && n.path.length > 1 && n.path[1]) found.add(n.path[1]);
        return;
      case 'and':
      case 'or':
      case 'cmp':
      case 'contains':
        visit(n.l);
        visit(n.r);
        return;
      case 'not':
        visit(n.e);
        return;
      case 'matches':
        visit(n.l);
        return;
      case 'set':
        for (const item of n.items) visit(item);
        return;
    }
  };
  visit(compile(expr));
  return [...found];
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
