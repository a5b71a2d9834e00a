// Lexer and parser for pypred predicates (the grammar Rasa's conditions use), producing a small AST.
// Bare words (`slots.x`, `success`) are identifiers resolved at evaluation; quoted text is a string.
import { compilePythonRegex, PythonRegexError } from './python-regex.ts';

export type CompareOp = '=' | '!=' | '>' | '>=' | '<' | '<=';

export type Node =
  | { k: 'and' | 'or'; l: Node; r: Node }
  | { k: 'not'; e: Node }
  | { k: 'cmp'; op: CompareOp; l: Node; r: Node }
  | { k: 'contains'; l: Node; r: Node }
  | { k: 'matches'; l: Node; re: RegExp; source: string }
  | { k: 'str'; v: string }
  | { k: 'num'; v: number }
  | { k: 'const'; v: boolean | null }
  | { k: 'undef' }
  | { k: 'empty' }
  | { k: 'set'; items: Node[] }
  | { k: 'ident'; name: string; path: string[] };

export class PredicateSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'PredicateSyntaxError';
  }
}

type TokenType = 'op' | 'lparen' | 'rparen' | 'lbrace' | 'rbrace' | 'number' | 'quoted' | 'word' | 'keyword';
interface Token {
  t: TokenType;
  v: string;
  at: number;
}

const KEYWORDS = new Set(['is', 'and', 'or', 'not', 'contains', 'matches', 'true', 'false', 'undefined', 'null', 'empty']);
const NUMBER = /-?\d+(\.\d+)?/y;
const WORD = /[\p{L}\p{N}\p{M}_\-.:;]+/uy;
const QUOTED = /"[^"]*"|'[^']*'/y;
const OPERATOR = /==|!=|>=|<=|=|>|</y;

function lex(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const at = (re: RegExp): string | null => {
    re.lastIndex = i;
    const m = re.exec(src);
    return m ? m[0] : null;
  };
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const single: Record<string, TokenType> = { '(': 'lparen', ')': 'rparen', '{': 'lbrace', '}': 'rbrace' };
    const s = single[c];
    if (s) {
      out.push({ t: s, v: c, at: i++ });
      continue;
    }
    const m = at(NUMBER) ?? at(WORD) ?? at(QUOTED) ?? at(OPERATOR);
    if (m === null) throw new PredicateSyntaxError(`unexpected character ${JSON.stringify(c)} at column ${i + 1}`, i);
    out.push(token(m, i));
    i += m.length;
  }
  return out;
}

function token(m: string, at: number): Token {
  if (/^-?\d/.test(m) && /^-?\d+(\.\d+)?$/.test(m)) return { t: 'number', v: m, at };
  if (m[0] === '"' || m[0] === "'") return { t: 'quoted', v: m.slice(1, -1), at };
  if (/^[=!<>]/.test(m)) return { t: 'op', v: m, at };
  const lower = m.toLowerCase();
  return KEYWORDS.has(lower) ? { t: 'keyword', v: lower, at } : { t: 'word', v: m, at };
}

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Token[],
    private readonly src: string,
  ) {}

  parse(): Node {
    if (this.toks.length === 0) throw new PredicateSyntaxError('empty condition', 0);
    const n = this.expression();
    const rest = this.peek();
    if (rest) this.fail(rest);
    return n;
  }

  private peek(offset = 0): Token | undefined {
    return this.toks[this.i + offset];
  }

  private next(): Token {
    const t = this.toks[this.i++];
    if (!t) throw new PredicateSyntaxError('unexpected end of condition', this.src.length);
    return t;
  }

  private isKeyword(t: Token | undefined, v: string): boolean {
    return t?.t === 'keyword' && t.v === v;
  }

  private fail(t: Token): never {
    throw new PredicateSyntaxError(`unexpected ${JSON.stringify(t.v)} at column ${t.at + 1}`, t.at);
  }

  // and/or: one precedence level, right-associative (pypred's `('right', 'AND', 'OR')`).
  private expression(): Node {
    const left = this.unary();
    const t = this.peek();
    if (this.isKeyword(t, 'and') || this.isKeyword(t, 'or')) {
      this.i++;
      return { k: t!.v as 'and' | 'or', l: left, r: this.expression() };
    }
    return left;
  }

  private unary(): Node {
    if (this.isKeyword(this.peek(), 'not')) {
      this.i++;
      return { k: 'not', e: this.unary() };
    }
    return this.term();
  }

  private term(): Node {
    const left = this.factor();
    const t = this.peek();
    if (!t) return left;
    if (t.t === 'op') {
      this.i++;
      const op = (t.v === '==' ? '=' : t.v) as CompareOp;
      return { k: 'cmp', op, l: left, r: this.factor() };
    }
    if (this.isKeyword(t, 'is')) {
      this.i++;
      if (this.isKeyword(this.peek(), 'not')) {
        this.i++;
        return { k: 'cmp', op: '!=', l: left, r: this.factor() };
      }
      return { k: 'cmp', op: '=', l: left, r: this.factor() };
    }
    if (this.isKeyword(t, 'contains')) {
      this.i++;
      const right = this.factor();
      if (!['str', 'ident', 'num', 'const'].includes(right.k)) {
        throw new PredicateSyntaxError('contains must be followed by a string, number, slot or constant', t.at);
      }
      return { k: 'contains', l: left, r: right };
    }
    if (this.isKeyword(t, 'matches')) {
      this.i++;
      const r = this.next();
      if (r.t !== 'quoted' && r.t !== 'word') throw new PredicateSyntaxError(`matches must be followed by a regex, got ${JSON.stringify(r.v)}`, r.at);
      try {
        return { k: 'matches', l: left, re: compilePythonRegex(r.v), source: r.v };
      } catch (e) {
        if (e instanceof PythonRegexError) throw new PredicateSyntaxError(e.message, r.at);
        throw e;
      }
    }
    return left;
  }

  private factor(): Node {
    const t = this.next();
    switch (t.t) {
      case 'quoted':
        return { k: 'str', v: t.v };
      case 'number':
        return { k: 'num', v: Number(t.v) };
      case 'word':
        return { k: 'ident', name: t.v, path: t.v.split('.') };
      case 'lparen': {
        const inner = this.expression();
        const close = this.next();
        if (close.t !== 'rparen') this.fail(close);
        return inner;
      }
      case 'lbrace': {
        const items: Node[] = [];
        while (this.peek() && this.peek()!.t !== 'rbrace') items.push(this.factor());
        this.next();
        return { k: 'set', items };
      }
      case 'keyword':
        switch (t.v) {
          case 'true':
            return { k: 'const', v: true };
          case 'false':
            return { k: 'const', v: false };
          case 'null':
            return { k: 'const', v: null };
          case 'undefined':
            return { k: 'undef' };
          case 'empty':
            return { k: 'empty' };
        }
        return this.fail(t);
      default:
        return this.fail(t);
    }
  }
}

export function parsePredicate(src: string): Node {
  return new Parser(lex(src), src).parse();
}
