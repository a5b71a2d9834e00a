// endpoints.yml: action server, LLM model groups (their schema is understanding/llm/schema.ts), tracker/lock stores, NLG and voice interaction settings.
import { z } from 'zod';
import { LlmBlockSchema, type LlmModelGroup, LlmModelGroupSchema } from '../understanding/llm/schema.ts';
import { bool, emptyAsObject, num, numWith } from './zod-helpers.ts';

export const ActionEndpointSchema = z.strictObject({
  url: z.string().url(),
  token: z.string().optional(),
  cafile: z.string().optional(),
});

/** As written in endpoints.yml: Rasa 3.10+ may name a Python module (`actions_module`) instead of a url. */
export const ActionEndpointFileSchema = ActionEndpointSchema.extend({
  url: z.string().url().optional(),
  actions_module: z.string().optional(),
});

/** Rasa's store `type` spellings, mapped to what Portier implements. */
const STORE_TYPES: Record<string, 'sql' | 'redis' | 'in_memory'> = {
  sql: 'sql',
  sqltrackerstore: 'sql',
  redis: 'redis',
  redistrackerstore: 'redis',
  redislockstore: 'redis',
  in_memory: 'in_memory',
  inmemory: 'in_memory',
  inmemorytrackerstore: 'in_memory',
  inmemorylockstore: 'in_memory',
};

const storeType = z.string().transform((t, ctx) => {
  const mapped = STORE_TYPES[t.toLowerCase()];
  if (!mapped) {
    ctx.addIssue({ code: 'custom', message: `store type "${t}" is not supported (use sql, redis or in_memory)` });
    return z.NEVER;
  }
  return mapped;
});

export const TrackerStoreSchema = z
  .strictObject({
    type: storeType.default('in_memory'),
    dialect: z.enum(['sqlite', 'postgresql', 'postgres']).optional(),
    /** SQL: host name (Rasa calls it url); Redis: host or a full redis:// URL. */
    url: z.string().optional(),
    host: z.string().optional(),
    port: num.optional(),
    db: z.union([z.string(), num]).optional(),
    username: z.string().optional(),
    password: z.string().optional(),
    login_db: z.string().optional(),
    /** SQL table and (PostgreSQL) schema for the events; Portier's additions. */
    table: z.string().optional(),
    schema: z.string().optional(),
    query: z.record(z.string(), z.string()).optional(),
    key_prefix: z.string().optional(),
    record_exp: num.optional(),
    use_ssl: bool.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.type === 'sql' && !s.dialect) ctx.addIssue({ code: 'custom', path: ['dialect'], message: 'sql stores need dialect: sqlite or postgresql' });
  });

export const LockStoreSchema = z.strictObject({
  type: storeType.default('in_memory'),
  url: z.string().optional(),
  host: z.string().optional(),
  port: num.optional(),
  db: num.optional(),
  password: z.string().optional(),
  key_prefix: z.string().optional(),
  use_ssl: bool.optional(),
});

export const NlgSchema = z.strictObject({
  /** response: the domain's templates (Rasa's default); rephrase: LLM rephrasing; callback: an NLG server. */
  type: z.enum(['response', 'template', 'rephrase', 'callback']).default('response'),
  url: z.string().optional(),
  llm: LlmBlockSchema.optional(),
  prompt: z.string().optional(),
  rephrase_all: bool.optional(),
  // Rasa's rephraser options Portier accepts: the prompt always sees the recent turns.
  summarize_history: bool.optional(),
  max_historical_turns: num.optional(),
});

export const EndpointsFileSchema = z.strictObject({
  action_endpoint: ActionEndpointFileSchema.nullable().optional(),
  model_groups: z.array(LlmModelGroupSchema).nullable().optional(),
  tracker_store: emptyAsObject(TrackerStoreSchema).optional(),
  lock_store: emptyAsObject(LockStoreSchema).optional(),
  // A custom NLG class (`module.Class`) is accepted here; the loader warns and uses the responses as written.
  nlg: z.union([emptyAsObject(NlgSchema), z.looseObject({ type: z.string().regex(/\./, 'a module path') })]).optional(),
  interaction_handling: z
    .strictObject({ global_silence_timeout: numWith(z.number().positive()).default(7) })
    .nullable()
    .optional(),
  // Rasa keys Portier accepts but does not act on; the loader warns about each one that is set.
  event_broker: z.unknown().optional(),
  vector_store: z.unknown().optional(),
  tracing: z.unknown().optional(),
  metrics: z.unknown().optional(),
  models: z.unknown().optional(),
  contextual_response_rephraser: z.unknown().optional(),
});

export const UNUSED_ENDPOINT_KEYS = ['event_broker', 'vector_store', 'tracing', 'metrics', 'models', 'contextual_response_rephraser'] as const;

export type TrackerStoreConfig = z.output<typeof TrackerStoreSchema>;
export type LockStoreConfig = z.output<typeof LockStoreSchema>;
export type NlgConfig = z.output<typeof NlgSchema>;

export interface EndpointsConfig {
  /** null: custom actions run in-process (actions/*.ts). */
  action_endpoint: z.output<typeof ActionEndpointSchema> | null;
  model_groups: LlmModelGroup[];
  tracker_store: TrackerStoreConfig;
  lock_store: LockStoreConfig;
  nlg: NlgConfig;
  interaction_handling: { global_silence_timeout: number };
}
