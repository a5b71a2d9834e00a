// Actions the engine implements itself (Rasa's default actions). A custom action of the same name overrides
// most of them (never action_listen).
export const DEFAULT_ACTIONS = [
  'action_listen',
  'action_session_start',
  'action_restart',
  'action_hangup',
  'action_cancel_flow',
  'action_clarify_flows',
  'action_correct_flow_slot',
  'action_run_slot_rejections',
  'action_continue_interrupted_flow',
  'action_cancel_interrupted_flows',
  'action_clean_stack',
  'action_repeat_bot_messages',
  'action_trigger_search',
  'action_trigger_chitchat',
  'action_human_handoff',
  'action_reset_routing',
  'action_default_fallback',
  'action_deactivate_loop',
  'action_back',
  'action_extract_slots',
] as const;

export type DefaultActionName = (typeof DEFAULT_ACTIONS)[number];

// Asked several times per step: a set, not a scan of the list.
const DEFAULT_ACTION_SET: ReadonlySet<string> = new Set(DEFAULT_ACTIONS);

export function isDefaultAction(name: string): name is DefaultActionName {
  return DEFAULT_ACTION_SET.has(name);
}
