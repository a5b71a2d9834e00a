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
  /**
   * The caller will not answer a question (Rasa's SkipQuestion). `slot` names a later question of the active flow the
   * caller refuses before it is asked («а без телефона никак?» while the dates are asked); the explanation is that
   * question's, and the current question is asked again. Rasa's command has no such field.
   */
  | { command: 'skip question'; slot?: string }
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
