// The domain as loaded from domain.yml or a domain/ folder (merged as Rasa merges them).
import type { SlotValue } from '../commands.ts';
import type { Condition, Rejection, SourcePos } from '../flows/types.ts';

export type SlotType = 'text' | 'bool' | 'float' | 'categorical' | 'any' | 'list';

export type SlotMapping =
  | { type: 'from_llm'; allow_nlu_correction?: boolean; conditions?: MappingCondition[] }
  | { type: 'controlled'; run_action_every_turn?: string; coexistence_system?: string }
  | {
      type: 'from_entity';
      entity: string;
      intent?: string | string[];
      not_intent?: string | string[];
      role?: string;
      group?: string;
      conditions?: MappingCondition[];
    }
  | { type: 'from_intent'; intent?: string | string[]; not_intent?: string | string[]; value: SlotValue; conditions?: MappingCondition[] }
  | { type: 'from_text'; intent?: string | string[]; not_intent?: string | string[]; conditions?: MappingCondition[] };

export interface MappingCondition {
  active_flow?: string;
  active_loop?: string;
  requested_slot?: string;
}

export interface SlotDefinition {
  name: string;
  type: SlotType;
  initial_value?: SlotValue;
  values?: string[]; // categorical
  min_value?: number;
  max_value?: number;
  mappings: SlotMapping[];
  influence_conversation?: boolean;
  description?: string;
  validation?: { rejections: Rejection[]; refill_utter?: string };
  shared_for_coexistence?: boolean;
  pos?: SourcePos;
}

export interface ResponseButton {
  title: string;
  payload: string;
}

export type ResponseCondition = Condition | { type: 'slot'; name: string; value: SlotValue }[];

export interface ResponseVariation {
  text?: string;
  buttons?: ResponseButton[];
  image?: string;
  custom?: unknown;
  attachment?: unknown;
  channel?: string;
  condition?: ResponseCondition;
  id?: string;
  metadata?: { template?: 'jinja' | string; rephrase?: boolean; [key: string]: unknown };
  allow_interruptions?: boolean;
  button_type?: string;
  quick_replies?: unknown;
}

export interface SessionConfig {
  session_expiration_time: number; // minutes; 0 = never
  carry_over_slots_to_new_session: boolean;
}

export interface Domain {
  intents: string[];
  entities: string[];
  actions: string[];
  slots: Record<string, SlotDefinition>;
  responses: Record<string, ResponseVariation[]>;
  session_config: SessionConfig;
}
