// One message as the generator's decisions (decide.ts and the modules it asks) read it.
import type { Extracted } from '../lang-ru/index.ts';
import type { UnderstandingContext } from '../types.ts';
import type { IntentPrediction } from './model.ts';

export interface DecisionTurn {
  /** The request as the caller meant it (openers set aside, usual spellings). */
  text: string;
  /** `text` normalised (lower case, ё as е). */
  said: string;
  prediction: IntentPrediction;
  intent: string;
  /** The model is fairly sure of the intent (≥ 0.5). */
  confident: boolean;
  x: Extracted;
  ctx: UnderstandingContext;
  active: string | null;
  asked: string | null;
  askedType: string | undefined;
  /** The message gives a value of the stay, the room, the name or the phone: «я передумал, давайте люкс». */
  changes: boolean;
  /** A yes or no to the yes/no question asked. */
  answersYesNo: boolean;
}
