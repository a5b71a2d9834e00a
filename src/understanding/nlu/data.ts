// Rasa NLU training data (`nlu:` with `intent` + `examples: |` lists), entity annotations [text](entity)
// and [text]{"entity": "x", "value": "y"} stripped into offsets.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';

export interface AnnotatedEntity {
  entity: string;
  value: string;
  start: number;
  end: number;
}

export interface NluExample {
  text: string;
  intent: string;
  entities: AnnotatedEntity[];
}

export class NluDataError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'NluDataError';
  }
}

const fileSchema = z.object({
  version: z.union([z.string(), z.number()]).optional(),
  nlu: z
    .array(
      z.union([
        z.object({ intent: z.string().min(1), examples: z.string(), metadata: z.unknown().optional() }),
        z.object({ synonym: z.string() }).passthrough(),
        z.object({ regex: z.string() }).passthrough(),
        z.object({ lookup: z.string() }).passthrough(),
      ]),
    )
    .default([]),
});

/** One example line, annotations removed: "на [5 декабря](date)" → text "на 5 декабря" + entity at 3..12. */
export function parseExample(line: string, intent: string): NluExample {
  const entities: AnnotatedEntity[] = [];
  let text = '';
  let last = 0;
  const re = /\[([^\]]+)\](?:\(([^)]+)\)|\{([^}]+)\})/g;
  for (const m of line.matchAll(re)) {
    text += line.slice(last, m.index);
    const start = text.length;
    const said = m[1] ?? '';
    text += said;
    let entity = m[2] ?? '';
    let value = said;
    if (m[3]) {
      const spec = JSON.parse(`{${m[3]}}`) as { entity?: string; value?: string };
      entity = spec.entity ?? '';
      value = spec.value ?? said;
    }
    const [name, explicit] = entity.split(':');
    entities.push({ entity: name ?? entity, value: explicit ?? value, start, end: start + said.length });
    last = m.index + m[0].length;
  }
  text += line.slice(last);
  return { text, intent, entities };
}

export function parseNluYaml(source: string, file = 'nlu.yml'): NluExample[] {
  const parsed = fileSchema.safeParse(parse(source));
  if (!parsed.success) throw new NluDataError(file, `not Rasa NLU data: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const out: NluExample[] = [];
  for (const block of parsed.data.nlu) {
    if (!('intent' in block) || typeof block.intent !== 'string' || typeof block.examples !== 'string') continue;
    for (const raw of block.examples.split('\n')) {
      const line = raw.trim().replace(/^-\s*/, '').trim();
      if (line) out.push(parseExample(line, block.intent));
    }
  }
  return out;
}

export async function readNluFiles(paths: string[]): Promise<NluExample[]> {
  const all: NluExample[] = [];
  for (const p of paths) all.push(...parseNluYaml(await readFile(p, 'utf8'), p));
  return all;
}
