// Errors a caller of the runtime can tell apart (the server maps them to HTTP statuses).

/** The runtime is shutting down and takes no new turns (HTTP 503). */
export class RuntimeClosedError extends Error {
  constructor() {
    super('the assistant is shutting down');
    this.name = 'RuntimeClosedError';
  }
}

/** A turn failed inside the engine, an action or a store; carries the conversation for the log line. */
export class TurnError extends Error {
  constructor(
    readonly conversationId: string,
    override readonly cause: unknown,
  ) {
    super(`conversation ${conversationId}: turn failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'TurnError';
  }
}

/** Events posted through the API that the assistant could not replay (HTTP 400); nothing was stored. */
export class InvalidEventsError extends Error {
  constructor(readonly detail: string) {
    super(`the events cannot be applied to this conversation: ${detail}`);
    this.name = 'InvalidEventsError';
  }
}

/** A conversation reached its limit of stored events (HTTP 409); it takes no more turns. */
export class ConversationFullError extends Error {
  constructor(
    readonly conversationId: string,
    readonly limit: number,
  ) {
    super(`this conversation has reached its limit of ${limit} events; start a new conversation`);
    this.name = 'ConversationFullError';
  }
}
