// Domain responses rendered as Rasa's TemplatedNaturalLanguageGenerator does: pick an eligible variation
// (conditional+channel → default+channel → conditional → default, random among equals), then fill
// `{slot}` placeholders (Python str.format style) or render Jinja when `metadata.template: jinja`.
import type { SlotValue } from '../commands.ts';
import type { Domain, ResponseButton, ResponseCondition, ResponseVariation } from '../domain/types.ts';
import { evaluatePredicate } from '../flows/predicates.ts';
import { renderJinja } from './jinja.ts';
import { pick } from './random.ts';

export interface RenderOptions {
  slots: Record<string, SlotValue>;
  /** Properties of the top stack frame (pattern context: corrected_slots, names, reason, ...). */
  context?: Record<string, unknown>;
  /** Output channel name (rest, twilio_media_streams, ...); variations with another `channel` are skipped. */
  channel: string | null;
  rng: () => number;
  /** Extra template variables, e.g. from an action's `{"response": "utter_x", "name": "..."}`. */
  variables?: Record<string, unknown>;
  /**
   * Whether the caller has already heard this text in the conversation. Given, a question asked again does not
   * repeat itself word for word: an eligible variation not heard yet is chosen, and variations marked
   * `metadata: {said_again: true}` («Так какой номер выберете?») are used once the others have been heard.
   */
  heard?: (text: string) => boolean;
}

export interface RenderedResponse {
  text?: string;
  buttons?: ResponseButton[];
  custom?: unknown;
  image?: string;
  attachment?: unknown;
  quick_replies?: unknown;
  /** The variation's metadata (rephrase flags etc.). */
  metadata?: Record<string, unknown>;
  /** The variation's `id`, when it has one. */
  id?: string;
  utter_action: string;
  allow_interruptions: boolean;
}

/** Variations of `name` usable now, in Rasa's preference order (first non-empty group wins). */
export function eligibleVariations(
  variations: readonly ResponseVariation[],
  scope: { slots: Record<string, SlotValue>; context: Record<string, unknown> },
  channel: string | null,
): ResponseVariation[] {
  const conditionalChannel: ResponseVariation[] = [];
  const defaultChannel: ResponseVariation[] = [];
  const conditional: ResponseVariation[] = [];
  const defaults: ResponseVariation[] = [];
  for (const v of variations) {
    const hasCondition = v.condition !== undefined && v.condition !== null;
    if (hasCondition && !conditionHolds(v.condition!, scope)) continue;
    if (v.channel) {
      if (v.channel !== channel) continue;
      (hasCondition ? conditionalChannel : defaultChannel).push(v);
    } else {
      (hasCondition ? conditional : defaults).push(v);
    }
  }
  for (const group of [conditionalChannel, defaultChannel, conditional, defaults]) if (group.length) return group;
  return [];
}

function conditionHolds(cond: ResponseCondition, scope: { slots: Record<string, SlotValue>; context: Record<string, unknown> }): boolean {
  if (Array.isArray(cond)) {
    // Legacy form: every {type: slot, name, value} must hold with strict (type-sensitive) equality.
    return cond.every((c) => c.type === 'slot' && strictEquals(scope.slots[c.name] ?? null, c.value ?? null));
  }
  return evaluatePredicate(cond, scope);
}

function strictEquals(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function renderResponse(name: string, domain: Pick<Domain, 'responses'>, options: RenderOptions): RenderedResponse | null {
  const variations = domain.responses[name];
  if (!variations || variations.length === 0) return null;
  const context = options.context ?? {};
  const eligible = eligibleVariations(variations, { slots: options.slots, context }, options.channel);
  const fillerOf = (v: ResponseVariation): Filler => ({ jinja: v.metadata?.template === 'jinja', options, context });
  const chosen = pick(options.heard ? unheard(eligible, options.heard, fillerOf) : firstTime(eligible), options.rng);
  if (!chosen) return null;

  const filler = fillerOf(chosen);
  const fill = (text: string): string => fillText(text, filler);
  const out: RenderedResponse = { utter_action: name, allow_interruptions: chosen.allow_interruptions ?? true };
  if (chosen.text !== undefined && chosen.text !== null) out.text = fill(String(chosen.text));
  if (chosen.buttons) out.buttons = chosen.buttons.map((b) => ({ ...b, title: fill(String(b.title)), payload: fill(String(b.payload)) }));
  if (chosen.image !== undefined) out.image = fill(String(chosen.image));
  if (chosen.custom !== undefined) out.custom = fillDeep(chosen.custom, fill);
  if (chosen.attachment !== undefined) out.attachment = fillDeep(chosen.attachment, fill);
  if (chosen.quick_replies !== undefined) out.quick_replies = fillDeep(chosen.quick_replies, fill);
  if (chosen.metadata) out.metadata = chosen.metadata;
  if (chosen.id !== undefined) out.id = chosen.id;
  return out;
}

const saidAgain = (v: ResponseVariation): boolean => v.metadata?.['said_again'] === true;

/** The variations for a first time: those not kept for saying something again (all, if there are only those). */
function firstTime(eligible: ResponseVariation[]): ResponseVariation[] {
  const fresh = eligible.filter((v) => !saidAgain(v));
  return fresh.length ? fresh : eligible;
}

/**
 * The variations to choose from when the caller may have heard some: as for a first time while none of them was
 * heard (so the random choice is the same); asked again, the `said_again` ones not heard yet, else any not heard
 * yet, else the first-time ones.
 */
function unheard(eligible: ResponseVariation[], heard: (text: string) => boolean, fillerOf: (v: ResponseVariation) => Filler): ResponseVariation[] {
  const first = firstTime(eligible);
  if (eligible.length < 2) return first;
  const wasHeard = (v: ResponseVariation) => v.text !== undefined && v.text !== null && heard(fillText(String(v.text), fillerOf(v)));
  if (!first.some(wasHeard)) return first;
  const fresh = eligible.filter((v) => !wasHeard(v));
  const again = fresh.filter(saidAgain);
  return again.length ? again : fresh.length ? fresh : first;
}

interface Filler {
  jinja: boolean;
  options: RenderOptions;
  context: Record<string, unknown>;
}

function fillText(text: string, f: Filler): string {
  const { slots, variables } = f.options;
  if (f.jinja) return renderJinja(text, { ...slots, ...variables, slots, context: f.context });
  if (!text.includes('{') && !text.includes('}')) return text;
  return interpolateWith(text, variables, slots);
}

function fillDeep(v: unknown, fill: (s: string) => string): unknown {
  if (typeof v === 'string') return fill(v);
  if (Array.isArray(v)) return v.map((x) => fillDeep(x, fill));
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fillDeep(x, fill)]));
  }
  return v;
}

/**
 * Python `str.format` over `{name}` placeholders as Rasa's interpolator uses it: `{{`/`}}` are literal
 * braces, a value prints as Python's str() would, and an unknown name leaves the whole text unchanged.
 */
export function interpolateFormat(text: string, values: Record<string, unknown>): string {
  return interpolateWith(text, undefined, values);
}

/** `{name}` from `first` (action variables) when it has the name, else from `second` (slots). */
function interpolateWith(text: string, first: Record<string, unknown> | undefined, second: Record<string, unknown>): string {
  if (!text.includes('{') && !text.includes('}')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((c === '{' || c === '}') && text[i + 1] === c) {
      out += c;
      i++;
      continue;
    }
    if (c === '{') {
      const end = text.indexOf('}', i);
      const key = end > i ? text.slice(i + 1, end) : '';
      if (!key || /[\n{]/.test(key)) {
        out += c;
        continue;
      }
      if (first && Object.hasOwn(first, key)) out += pythonStr(first[key]);
      else if (Object.hasOwn(second, key)) out += pythonStr(second[key]);
      else return text;
      i = end;
      continue;
    }
    out += c;
  }
  return out;
}

/** Python str() of a JSON value. Whole floats print without `.0`: slot 2.0 reads "2" to a guest, not "2.0". */
export function pythonStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return pythonRepr(v);
}

function pythonRepr(v: unknown): string {
  if (typeof v === 'string') return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  if (Array.isArray(v)) return `[${v.map(pythonRepr).join(', ')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.entries(v)
      .map(([k, x]) => `${pythonRepr(k)}: ${pythonRepr(x)}`)
      .join(', ')}}`;
  }
  return pythonStr(v);
}
