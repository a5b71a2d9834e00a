// Rasa's condition language (pypred): `slots.x > 3 and not (context.y contains "a")`.
// Semantics follow pypred as Rasa runs it: `and`/`or` share one precedence and group to the right,
// unknown identifiers are `undefined`, `empty` equals zero-length values and undefined, ordering against
// undefined/empty is false, and a Python TypeError while evaluating (None > 3, "a" < 1) makes the whole
// predicate false. `{{ ... }}` is rendered with Jinja against {slots, context} before parsing.
import { checkJinjaSyntax, hasJinja, JinjaError, renderJinja } from '../dialogue/jinja.ts';
import { type Node, parsePredicate, PredicateSyntaxError } from './predicate-parser.ts';
import { evaluateTree, type PredicateScope, valueAt } from './predicate-eval.ts';
import type { Condition } from './types.ts';

export type { PredicateScope } from './predicate-eval.ts';
export type { Node as PredicateNode } from './predicate-parser.ts';

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
  return evaluateTree(compile(expr), scope);
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
    const v = valueAt(path, scope);
    if (v === null || v === undefined) out += '';
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
