// What a channel (REST, shell, phone) needs from the assistant, and what it gets back: the core's message
// contract (src/engine/messages.ts), named here for the edges.
export type { Agent, BotMessage, IncomingMessage } from '../engine/messages.ts';
