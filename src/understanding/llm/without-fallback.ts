// Understanding for a project with no NLU data (how most CALM projects are written): the LLM alone, as Rasa
// runs it. A failed LLM call becomes Rasa's ErrorCommand (→ pattern_internal_error); an answer with no usable
// command is already CannotHandle (commandsOrCannotHandle). With the LLM off, every free-text message is an error.
import type { CommandGenerator, Understanding, UnderstandingContext } from '../types.ts';
import { LlmError } from './errors.ts';
import { type LlmLogger, silentLogger } from './logger.ts';

const failed = (text: string, source: string): Understanding => ({
  text,
  intent: { name: null, confidence: 0 },
  entities: [],
  commands: [{ command: 'error', errorType: 'rasa_internal_error_default' }],
  source,
});

export class LlmWithoutFallback implements CommandGenerator {
  readonly name: string;

  constructor(
    private readonly llm: CommandGenerator,
    private readonly logger: LlmLogger = silentLogger,
  ) {
    this.name = llm.name;
  }

  async understand(text: string, context: UnderstandingContext): Promise<Understanding> {
    try {
      return await this.llm.understand(text, context);
    } catch (error) {
      const reason = error instanceof LlmError ? error.category : 'error';
      this.logger.warn({ senderId: context.senderId, reason, error: error instanceof Error ? error.message : String(error) }, 'understanding.llm_failed');
      return failed(text, this.llm.name);
    }
  }
}

/** No NLU data and no usable LLM: `/intent` and `/SetSlots(...)` payloads still work (they bypass generators). */
export class NoUnderstanding implements CommandGenerator {
  readonly name = 'none';

  constructor(readonly reason: string) {}

  async understand(text: string): Promise<Understanding> {
    return failed(text, this.name);
  }
}
