// Slot-aware end of turn. When the assistant has just asked for a phone number, dates, a yes/no or a name and
// the recogniser's partial text already holds a complete answer of that kind, the caller has answered: the turn
// can end after a short silence (about 250 ms) instead of the usual one (600 ms), which waits for a caller who
// might go on. The question is read from the reply's response name (utter_ask_<slot>, as in Rasa) and the
// answer's kind from that slot's definition in the domain; completeness is judged by the same Russian readers
// the offline understanding uses.
import type { BotMessage } from '../../channels/types.ts';
import type { SlotDefinition } from '../../engine/domain/types.ts';
import { extractName, extractPhone, extractStay, extractYesNo, loadMorph, type Morph } from '../../understanding/lang-ru/index.ts';

export type AnswerKind = 'phone' | 'dates' | 'yes_no' | 'name';

/** Kind of answer each slot question expects, keyed by its response name (utter_ask_<slot>). */
export function answerKindsOf(slots: Record<string, Pick<SlotDefinition, 'type'>>): Record<string, AnswerKind> {
  const kinds: Record<string, AnswerKind> = {};
  for (const [name, slot] of Object.entries(slots)) {
    const kind: AnswerKind | undefined =
      slot.type === 'bool' ? 'yes_no' : /phone/.test(name) ? 'phone' : /date/.test(name) ? 'dates' : /(^|_)name$/.test(name) ? 'name' : undefined;
    if (kind) kinds[`utter_ask_${name}`] = kind;
  }
  return kinds;
}

let morph: Morph | undefined;
void loadMorph()
  .then((m) => {
    morph = m;
  })
  .catch(() => undefined);

/** Whether this text already answers a question of this kind completely. */
export function answersCompletely(kind: AnswerKind, text: string, askedFor = ''): boolean {
  if (!text.trim()) return false;
  if (kind === 'yes_no') return extractYesNo(text) !== null;
  if (kind === 'phone') return extractPhone(text) !== null;
  if (kind === 'dates') {
    // Only whether both ends are there matters here, not which days they are.
    const stay = extractStay(text, new Date(), 'UTC');
    // «с четырнадцатого по шестнадцатое» to a check-in question; a single date to the check-out one.
    return askedFor.includes('check_out') ? Boolean(stay.check_out || stay.nights || stay.check_in) : Boolean(stay.check_in && (stay.check_out || stay.nights));
  }
  // A first name and a surname: a first name alone is often followed by the surname.
  const name = morph ? extractName(text, morph, { asked: true, askedName: true }) : null;
  return Boolean(name?.includes(' '));
}

/** Follows what the bot just asked, and says when a partial transcript has answered it. */
export class AnswerWatch {
  #asked: { kind: AnswerKind; action: string } | undefined;

  constructor(readonly kinds: Record<string, AnswerKind>) {}

  /** The bot spoke: the last message with a known slot question sets what is expected. */
  botSaid(replies: BotMessage[]): void {
    const action = [...replies].reverse().find((r) => r.text)?.utter_action;
    const kind = action ? this.kinds[action] : undefined;
    this.#asked = kind && action ? { kind, action } : undefined;
  }

  get expected(): AnswerKind | undefined {
    return this.#asked?.kind;
  }

  answered(partial: string): boolean {
    return this.#asked ? answersCompletely(this.#asked.kind, partial, this.#asked.action) : false;
  }
}
