// Figures of issue 13 over a set of replies: words per reply, yes/no answers that start with «да»/«нет», and
// replies that repeat an earlier one word for word. Pure: the runner plays the conversations, this counts.
import type { TurnKind } from './conversations.ts';

export interface PlayedTurn {
  say: string;
  kind: TurnKind;
  yesno: boolean;
  reply: string;
}

export interface PlayedConversation {
  id: string;
  greeting: string;
  turns: PlayedTurn[];
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function words(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Lowercase words only: «Хорошо!» and «хорошо.» are the same words. */
function wordsOf(text: string): string {
  return (text.toLowerCase().replace(/ё/g, 'е').match(WORD) ?? []).join(' ');
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  // nearest-rank
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export interface Figures {
  replies: Record<TurnKind, { count: number; median: number; p90: number; max: number }>;
  yesno: { asked: number; answeredFirst: number; share: number };
  repeatedReplies: number;
  repeatedSentences: number;
  /**
   * Sentences of four words or more whose words (a leading «да»/«нет» aside) were nearly all (80 %) said in one
   * earlier sentence of the call: the same fact read out again with another opening («Да, ресторан …» after
   * «Ресторан …»), which the word-for-word count misses.
   */
  nearRepeatedSentences: number;
  /** Replies of more than two sentences or 25 words (the phone budget of issue 13). */
  overBudget: number;
}

export function measure(conversations: PlayedConversation[]): Figures {
  const byKind: Record<TurnKind, number[]> = { question: [], booking: [], cancellation: [], other: [] };
  let asked = 0;
  let answeredFirst = 0;
  let repeatedReplies = 0;
  let repeatedSentences = 0;
  let nearRepeatedSentences = 0;
  let overBudget = 0;
  for (const c of conversations) {
    const seenReplies = new Set<string>([wordsOf(c.greeting)]);
    const seenSentences = new Set<string>(sentences(c.greeting).map(wordsOf));
    const earlier: Set<string>[] = sentences(c.greeting).map((s) => new Set(wordsOf(s).split(' ')));
    for (const t of c.turns) {
      const n = words(t.reply);
      byKind[t.kind].push(n);
      if (n > 25 || sentences(t.reply).length > 2) overBudget++;
      if (t.yesno) {
        asked++;
        if (/^(да|нет)(?![\p{L}])/u.test(t.reply.trim().toLowerCase())) answeredFirst++;
      }
      const key = wordsOf(t.reply);
      if (key && seenReplies.has(key)) repeatedReplies++;
      seenReplies.add(key);
      for (const s of sentences(t.reply).map(wordsOf)) {
        if (s && seenSentences.has(s)) repeatedSentences++;
        seenSentences.add(s);
      }
      const these = sentences(t.reply).map((s) =>
        wordsOf(s)
          .replace(/^(?:да|нет) /, '')
          .split(' '),
      );
      for (const w of these) if (w.length >= 4 && earlier.some((e) => w.filter((x) => e.has(x)).length >= 0.8 * w.length)) nearRepeatedSentences++;
      earlier.push(...these.map((w) => new Set(w)));
    }
  }
  const stats = (v: number[]) => ({ count: v.length, median: percentile(v, 50), p90: percentile(v, 90), max: v.length ? Math.max(...v) : 0 });
  return {
    replies: { question: stats(byKind.question), booking: stats(byKind.booking), cancellation: stats(byKind.cancellation), other: stats(byKind.other) },
    yesno: { asked, answeredFirst, share: asked ? answeredFirst / asked : 0 },
    repeatedReplies,
    repeatedSentences,
    nearRepeatedSentences,
    overBudget,
  };
}
