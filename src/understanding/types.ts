// The CommandGenerator port is the engine's (src/engine/understanding.ts): every generator here implements it.
export type { CommandGenerator, Understanding, UnderstandingContext, UnderstandingUsage } from '../engine/understanding.ts';
