// YAML parsing that keeps source positions, so every later check can point at file:line:col. Pure: the text
// comes from the caller (src/config/ reads the files).
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { SourcePos } from './flows/types.ts';
import type { Problem } from './problems.ts';

export interface YamlFile {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  /** Plain JS value of the document (null when it is empty or broken). */
  value: unknown;
}

export function parseYaml(file: string, text: string, problems: Problem[]): YamlFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    const lp = lines.linePos(e.pos[0]);
    problems.push({ severity: 'error', pos: { file, line: lp.line, col: lp.col }, message: e.message.split('\n')[0] ?? e.message });
  }
  for (const w of doc.warnings) {
    const lp = lines.linePos(w.pos[0]);
    problems.push({ severity: 'warning', pos: { file, line: lp.line, col: lp.col }, message: w.message.split('\n')[0] ?? w.message });
  }
  const value = doc.errors.length ? null : doc.toJS({ maxAliasCount: 100 });
  return { file, doc, lines, value };
}

/** Position of the node at `path` (keys and indexes), or of the nearest ancestor that exists. */
export function posAt(y: YamlFile, path: (string | number)[]): SourcePos {
  let node: unknown = y.doc.contents;
  let best: Node | null = (y.doc.contents as Node | null) ?? null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((it) => (it.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      best = (pair.key as Node) ?? best;
      node = pair.value;
      if (node && (node as Node).range) best = node as Node;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      best = node as Node;
    } else break;
  }
  const offset = best?.range?.[0] ?? 0;
  const lp = y.lines.linePos(offset);
  return { file: y.file, line: lp.line, col: lp.col };
}
