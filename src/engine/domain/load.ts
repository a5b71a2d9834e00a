// Reads domain.yml, or every YAML file of a domain/ folder (parsed by src/config/), and merges them as Rasa does.
import { z } from 'zod';
import type { SlotValue } from '../commands.ts';
import type { Problem } from '../problems.ts';
import { posAt, type YamlFile } from '../yaml-source.ts';
import { checkShape, isRecord, warnUnknownKeys } from '../flows/yaml-shape.ts';
import type { Domain, ResponseVariation, SlotDefinition, SlotMapping } from './types.ts';

const DOMAIN_KEYS = ['version', 'intents', 'entities', 'slots', 'responses', 'actions', 'forms', 'session_config', 'config', 'e2e_actions'];
const SLOT_KEYS = [
  'type',
  'initial_value',
  'values',
  'min_value',
  'max_value',
  'mappings',
  'influence_conversation',
  'description',
  'validation',
  'shared_for_coexistence',
  'auto_fill',
];
const VARIATION_KEYS = [
  'text',
  'buttons',
  'image',
  'custom',
  'attachment',
  'channel',
  'condition',
  'id',
  'metadata',
  'allow_interruptions',
  'button_type',
  'quick_replies',
  'elements',
];
const MAPPING_KEYS = [
  'type',
  'allow_nlu_correction',
  'conditions',
  'run_action_every_turn',
  'coexistence_system',
  'entity',
  'intent',
  'not_intent',
  'role',
  'group',
  'value',
  'action',
];

const slotValue: z.ZodType<SlotValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(slotValue), z.record(z.string(), slotValue)]),
);
const condition = z.union([z.string(), z.boolean()]);
/** YAML reads `text: 100` as a number; Rasa treats it as the text "100". */
const text = z.preprocess((v) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v), z.string());
const intentList = z.union([z.string(), z.array(z.string())]);
const mappingCondition = z.object({ active_flow: z.string().optional(), active_loop: z.string().nullable().optional(), requested_slot: z.string().optional() });
const mapping = z.discriminatedUnion('type', [
  z.object({ type: z.literal('from_llm'), allow_nlu_correction: z.boolean().optional(), conditions: z.array(mappingCondition).optional() }),
  z.object({ type: z.literal('controlled'), run_action_every_turn: z.string().optional(), coexistence_system: z.string().optional() }),
  z.object({
    type: z.literal('from_entity'),
    entity: z.string(),
    intent: intentList.optional(),
    not_intent: intentList.optional(),
    role: z.string().optional(),
    group: z.string().optional(),
    conditions: z.array(mappingCondition).optional(),
  }),
  z.object({
    type: z.literal('from_intent'),
    intent: intentList.optional(),
    not_intent: intentList.optional(),
    value: slotValue,
    conditions: z.array(mappingCondition).optional(),
  }),
  z.object({
    type: z.literal('from_text'),
    intent: intentList.optional(),
    not_intent: intentList.optional(),
    conditions: z.array(mappingCondition).optional(),
  }),
  // Older Rasa mapping types, read as their CALM equivalents.
  z
    .object({ type: z.literal('custom'), action: z.string().optional() })
    .transform((m) => ({ type: 'controlled' as const, ...(m.action ? { run_action_every_turn: m.action } : {}) })),
  z
    .object({ type: z.literal('from_trigger_intent'), intent: intentList.optional(), not_intent: intentList.optional(), value: slotValue })
    .transform((m) => ({ ...m, type: 'from_intent' as const })),
]);
const slotSchema = z.object({
  type: z.enum(['text', 'bool', 'float', 'categorical', 'any', 'list']),
  initial_value: slotValue.optional(),
  values: z.array(z.union([z.string(), z.number(), z.boolean()]).transform(String)).optional(),
  min_value: z.number().optional(),
  max_value: z.number().optional(),
  mappings: z.array(mapping).optional(),
  influence_conversation: z.boolean().optional(),
  description: z.string().optional(),
  validation: z.object({ rejections: z.array(z.object({ if: condition, utter: z.string() })).default([]), refill_utter: z.string().optional() }).optional(),
  shared_for_coexistence: z.boolean().optional(),
});
const button = z.object({ title: text, payload: z.string() });
const variation = z.object({
  text: text.optional(),
  buttons: z.array(button).optional(),
  image: z.string().optional(),
  custom: z.unknown().optional(),
  attachment: z.unknown().optional(),
  channel: z.string().optional(),
  condition: z.union([condition, z.array(z.object({ type: z.literal('slot'), name: z.string(), value: slotValue }))]).optional(),
  id: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  allow_interruptions: z.boolean().optional(),
  button_type: z.string().optional(),
  quick_replies: z.unknown().optional(),
});
const nameList = z.array(z.union([z.string(), z.record(z.string(), z.unknown())])).nullable();
const sessionConfig = z.object({
  session_expiration_time: z.number().min(0).optional(),
  carry_over_slots_to_new_session: z.boolean().optional(),
});

export function emptyDomain(): Domain {
  return {
    intents: [],
    entities: [],
    actions: [],
    slots: {},
    responses: {},
    session_config: { session_expiration_time: 60, carry_over_slots_to_new_session: true },
  };
}

/** Merges parsed domain files (src/config/ reads them) into one domain. */
export function domainOfFiles(files: Iterable<YamlFile>, problems: Problem[]): Domain {
  const domain = emptyDomain();
  let sessionSeen = false;
  for (const y of files) {
    sessionSeen = mergeDomainFile(domain, y, problems, sessionSeen);
  }
  return domain;
}

/** Merges one parsed domain document into `domain`. Returns whether a session_config has been seen. */
export function mergeDomainFile(domain: Domain, y: YamlFile, problems: Problem[], sessionSeen = false): boolean {
  const v = y.value;
  if (v === null || v === undefined) return sessionSeen;
  if (!isRecord(v)) {
    problems.push({ severity: 'error', pos: posAt(y, []), message: 'a domain file must be a mapping' });
    return sessionSeen;
  }
  warnUnknownKeys(v, DOMAIN_KEYS, y, [], problems, 'domain');
  for (const key of ['intents', 'entities', 'actions'] as const) {
    const list = checkShape(nameList, v[key] ?? [], y, [key], problems, `domain ${key}`);
    for (const item of list ?? []) {
      const names = typeof item === 'string' ? [item] : Object.keys(item);
      for (const name of names) if (!domain[key].includes(name)) domain[key].push(name);
    }
  }
  mergeSlots(domain, v.slots, y, problems);
  mergeResponses(domain, v.responses, y, problems);
  if (v.session_config !== undefined && v.session_config !== null) {
    const sc = checkShape(sessionConfig, v.session_config, y, ['session_config'], problems, 'session_config');
    warnUnknownKeys(v.session_config, ['session_expiration_time', 'carry_over_slots_to_new_session'], y, ['session_config'], problems, 'session_config');
    if (sc) {
      if (sessionSeen)
        problems.push({
          severity: 'warning',
          pos: posAt(y, ['session_config']),
          message: 'session_config is defined in several domain files; the last one wins',
        });
      if (sc.session_expiration_time !== undefined) domain.session_config.session_expiration_time = sc.session_expiration_time;
      if (sc.carry_over_slots_to_new_session !== undefined) domain.session_config.carry_over_slots_to_new_session = sc.carry_over_slots_to_new_session;
      return true;
    }
  }
  return sessionSeen;
}

function mergeSlots(domain: Domain, raw: unknown, y: YamlFile, problems: Problem[]): void {
  if (raw === undefined || raw === null) return;
  if (!isRecord(raw)) {
    problems.push({ severity: 'error', pos: posAt(y, ['slots']), message: '`slots` must be a mapping of slot name to definition' });
    return;
  }
  for (const [name, body] of Object.entries(raw)) {
    const path = ['slots', name];
    const s = checkShape(slotSchema, body, y, path, problems, `slot "${name}"`);
    warnUnknownKeys(body, SLOT_KEYS, y, path, problems, `slot "${name}"`);
    if (!s) continue;
    (s.mappings ?? []).forEach((_, i) => {
      warnUnknownKeys((body as { mappings: unknown[] }).mappings[i], MAPPING_KEYS, y, [...path, 'mappings', i], problems, `slot "${name}" mapping`);
    });
    if (s.type === 'categorical' && !s.values?.length) {
      problems.push({ severity: 'error', pos: posAt(y, path), message: `slot "${name}": a categorical slot needs values` });
    }
    if (domain.slots[name])
      problems.push({ severity: 'warning', pos: posAt(y, path), message: `slot "${name}" is defined in several domain files; the last one wins` });
    const def: SlotDefinition = { name, type: s.type, mappings: (s.mappings as SlotMapping[] | undefined) ?? [{ type: 'from_llm' }], pos: posAt(y, path) };
    if (s.initial_value !== undefined) def.initial_value = s.initial_value;
    if (s.values) def.values = s.values;
    if (s.min_value !== undefined) def.min_value = s.min_value;
    if (s.max_value !== undefined) def.max_value = s.max_value;
    if (s.influence_conversation !== undefined) def.influence_conversation = s.influence_conversation;
    if (s.description !== undefined) def.description = s.description;
    if (s.validation)
      def.validation = { rejections: s.validation.rejections, ...(s.validation.refill_utter ? { refill_utter: s.validation.refill_utter } : {}) };
    if (s.shared_for_coexistence !== undefined) def.shared_for_coexistence = s.shared_for_coexistence;
    domain.slots[name] = def;
  }
}

function mergeResponses(domain: Domain, raw: unknown, y: YamlFile, problems: Problem[]): void {
  if (raw === undefined || raw === null) return;
  if (!isRecord(raw)) {
    problems.push({ severity: 'error', pos: posAt(y, ['responses']), message: '`responses` must be a mapping of response name to variations' });
    return;
  }
  for (const [name, body] of Object.entries(raw)) {
    const path = ['responses', name];
    const list = checkShape(z.array(variation).min(1, 'a response needs at least one variation'), body, y, path, problems, `response "${name}"`);
    if (!list) continue;
    for (let i = 0; i < list.length; i++) warnUnknownKeys((body as unknown[])[i], VARIATION_KEYS, y, [...path, i], problems, `response "${name}"`);
    if (domain.responses[name])
      problems.push({ severity: 'warning', pos: posAt(y, path), message: `response "${name}" is defined in several domain files; the last one wins` });
    domain.responses[name] = list as ResponseVariation[];
  }
}
