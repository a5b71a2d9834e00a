// A caller who interrupts the bot heard only part of what it said. The phone channel reports that part on
// the interrupting message (metadata.barge_in = {heard, not_heard}); the conversation as understanding sees
// it then keeps only what was played, so the LLM and "repeat" never assume the caller heard the rest.

export interface BargeIn {
  heard: string;
  not_heard: string;
}

export function bargeInOf(metadata: Record<string, unknown> | undefined): BargeIn | null {
  const b = metadata?.['barge_in'];
  if (!b || typeof b !== 'object') return null;
  const { heard, not_heard } = b as Record<string, unknown>;
  if (typeof heard !== 'string') return null;
  return { heard: heard.trim(), not_heard: typeof not_heard === 'string' ? not_heard : '' };
}

/** The history with the bot's last turn (since the last user line) replaced by what the caller heard. */
export function keepHeard(history: readonly { role: 'user' | 'bot'; text: string }[], heard: string): { role: 'user' | 'bot'; text: string }[] {
  let cut = history.length;
  while (cut > 0 && history[cut - 1]!.role === 'bot') cut--;
  const kept = history.slice(0, cut);
  if (heard) kept.push({ role: 'bot', text: heard });
  return kept;
}
