// Errors from running custom actions, whether in-process or on an action server. The engine treats a
// rejection (Rasa's ActionExecutionRejection) differently from a failure (pattern_internal_error).
import { ActionExecutionRejection } from '../actions.ts';

/** The action refused to run (HTTP 400 {error, action_name} from an action server). */
export class ActionRejectedError extends ActionExecutionRejection {
  constructor(
    actionName: string,
    message: string,
    readonly conversationId: string,
  ) {
    super(actionName, message);
    this.name = 'ActionRejectedError';
  }
}

export type ActionFailureKind = 'timeout' | 'unreachable' | 'http' | 'invalid-response' | 'unknown-action' | 'exception';

/** The action could not be run or answered nonsense. */
export class ActionServerError extends Error {
  constructor(
    readonly kind: ActionFailureKind,
    readonly actionName: string,
    readonly conversationId: string,
    detail: string,
    readonly status?: number,
  ) {
    super(`action ${actionName} failed for conversation ${conversationId}: ${detail}`);
    this.name = 'ActionServerError';
  }
}
