// Moved to src/logging/logger.ts (a neutral module every layer may use); kept while branches in flight still import it.
export * from '../logging/logger.ts';
