// Python `re` patterns (as written in Rasa predicates: `matches "(?i)^да$"`) compiled to JavaScript RegExps.
// Python 3 str patterns are Unicode-aware (\w, \d, \b match Cyrillic); JavaScript's are ASCII-only, so the
// shorthand classes are rewritten. Leading inline flags (?imsx) become RegExp flags.

const WORD = '\\p{L}\\p{N}\\p{M}_';
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/']);

export class PythonRegexError extends Error {
  constructor(
    readonly pattern: string,
    detail: string,
  ) {
    super(`invalid regex ${JSON.stringify(pattern)}: ${detail}`);
    this.name = 'PythonRegexError';
  }
}

export function compilePythonRegex(pattern: string): RegExp {
  let src = pattern;
  const flags = new Set<string>();
  let ascii = false;
  for (;;) {
    const m = /^\(\?([aiLmsux]+)\)/.exec(src);
    if (!m) break;
    for (const f of m[1]!) {
      if (f === 'a') ascii = true;
      else if (f === 'i' || f === 'm' || f === 's') flags.add(f);
      else if (f === 'x') flags.add('x');
    }
    src = src.slice(m[0].length);
  }
  const verbose = flags.delete('x');
  const body = translate(src, verbose, ascii);
  try {
    return new RegExp(body, [...flags, 'u'].join(''));
  } catch (e) {
    throw new PythonRegexError(pattern, e instanceof Error ? e.message : String(e));
  }
}

function translate(src: string, verbose: boolean, ascii: boolean): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1];
      i++;
      if (n === undefined) throw new PythonRegexError(src, 'pattern ends with a backslash');
      out += translateEscape(n, inClass, ascii);
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (src[i + 1] === '^') out += src[++i];
      if (src[i + 1] === ']') out += '\\' + src[++i]; // Python allows a literal ] first in a class
      continue;
    }
    if (verbose && /\s/.test(c)) continue;
    if (verbose && c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '(' && src.startsWith('(?P<', i)) {
      out += '(?<';
      i += 3;
      continue;
    }
    if (c === '(' && src.startsWith('(?P=', i)) {
      const end = src.indexOf(')', i);
      out += `\\k<${src.slice(i + 4, end)}>`;
      i = end;
      continue;
    }
    // Python reads `{` as a quantifier only in `{n}`, `{n,}`, `{,m}`, `{n,m}`, and a lone `}` or `]` as itself
    // (a bot line with JSON in a `text_matches`); JavaScript's Unicode mode rejects them.
    if (c === '{' && !/^\{(?:\d+,?\d*|,\d+)\}/.test(src.slice(i))) {
      out += '\\{';
      continue;
    }
    if (c === '{') {
      const end = src.indexOf('}', i);
      out += src.slice(i, end + 1).replace(/^\{,/, '{0,');
      i = end;
      continue;
    }
    if (c === '}' || c === ']') {
      out += `\\${c}`;
      continue;
    }
    out += c;
  }
  return out;
}

function translateEscape(n: string, inClass: boolean, ascii: boolean): string {
  if (!ascii) {
    switch (n) {
      case 'w':
        return inClass ? WORD : `[${WORD}]`;
      case 'W':
        return inClass ? '\\W' : `[^${WORD}]`;
      case 'd':
        return inClass ? '\\p{Nd}' : '\\p{Nd}';
      case 'D':
        return inClass ? '\\D' : '\\P{Nd}';
      case 'b':
        return inClass ? '\\x08' : `(?:(?<=[${WORD}])(?![${WORD}])|(?<![${WORD}])(?=[${WORD}]))`;
      case 'B':
        return `(?:(?<=[${WORD}])(?=[${WORD}])|(?<![${WORD}])(?![${WORD}]))`;
    }
  }
  switch (n) {
    case 'A':
      return '^';
    case 'Z':
    case 'z':
      return '$';
  }
  if (/[0-9A-Za-z]/.test(n)) return '\\' + n;
  if (SYNTAX.has(n) || (inClass && n === '-')) return '\\' + n;
  return n;
}
