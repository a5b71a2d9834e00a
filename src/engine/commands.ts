// The commands every command generator (offline NLU, LLM, `/` payloads) produces and the engine consumes.
// JSON names follow Rasa Pro's `parse_data.commands` ("start flow", "set slot", ...).

export type SlotValue = string | number | boolean | null | SlotValue[] | { [key: string]: SlotValue };

/** Who produced a SetSlot: decides which slots it may touch (Rasa's extractor field). */
export type SlotExtractor = 'LLM' | 'NLU' | 'COMMAND_PAYLOAD_READER' | 'CUSTOM';

export type Command =
  | { command: 'start flow'; flow: string }
  | { command: 'set slot'; name: string; value: SlotValue; extractor: SlotExtractor }
  | { command: 'cancel flow' }
  | { command: 'clarify'; options: string[] }
  | { command: 'knowledge' }
  | { command: 'chitchat' }
  | { command: 'human handoff' }
  | { command: 'skip question' }
  | { command: 'repeat' }
  | { command: 'cannot handle'; reason?: CannotHandleReason }
  | { command: 'error'; errorType?: InternalErrorType; info?: Record<string, SlotValue> }
  | { command: 'session start' }
  | { command: 'session end' }
  | { command: 'restart' }
  | { command: 'user silence' };

export type CannotHandleReason = 'cannot_handle_chitchat' | 'cannot_handle_not_supported' | 'cannot_handle_no_relevant_answer' | 'cannot_handle_default';

export type InternalErrorType = 'rasa_internal_error_user_input_too_long' | 'rasa_internal_error_user_input_empty' | 'rasa_internal_error_default';

export type CommandName = Command['command'];
