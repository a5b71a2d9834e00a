// The slice of pino's API the LLM modules log through; pino loggers satisfy it, tests pass a recorder.

export type LogFields = Record<string, unknown>;

export interface LlmLogger {
  debug(fields: LogFields, message: string): void;
  info(fields: LogFields, message: string): void;
  warn(fields: LogFields, message: string): void;
  error(fields: LogFields, message: string): void;
}

const ignore = (): void => {};
export const silentLogger: LlmLogger = { debug: ignore, info: ignore, warn: ignore, error: ignore };
