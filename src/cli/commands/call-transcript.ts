// The phone line's own phrases and the keys they answer, written into the conversation as Rasa user and bot
// events (voice/call/transcript.ts says why), so the console's transcript of a key-press-only call holds the
// menu that was spoken and each key with its answer.
import { REPLACES_REPLY } from '../../engine/events.ts';
import type { TrackerEvent } from '../../engine/events.ts';
import type { Runtime } from '../../runtime/types.ts';
import { CHANNEL } from '../../voice/call/call-info.ts';
import type { CallTranscript, TranscriptEntry } from '../../voice/call/transcript.ts';

/** Marks what the line said by itself, as opposed to the assistant's replies. */
const LINE = { line: 'keypad' };
/** What the transcript shows for a caller's words the line could not recognise (no text exists to show). */
export const UNHEARD_SPEECH = '(говорит — линия не распознаёт речь)';

export function eventsOf(entries: TranscriptEntry[], now: Date): TrackerEvent[] {
  const timestamp = now.getTime() / 1000;
  return entries.map((entry): TrackerEvent => {
    if (entry.role === 'caller') {
      const text = 'key' in entry ? entry.key : UNHEARD_SPEECH;
      return {
        event: 'user',
        timestamp,
        text,
        parse_data: { text, intent: { name: null, confidence: 0 }, entities: [], commands: [] },
        input_channel: CHANNEL,
        metadata: { ...LINE, input: 'key' in entry ? 'dtmf' : 'speech' },
      };
    }
    return { event: 'bot', timestamp, text: entry.text, data: {}, metadata: { ...LINE, ...(entry.insteadOfReply ? { [REPLACES_REPLY]: true } : {}) } };
  });
}

export function conversationTranscript(runtime: Pick<Runtime, 'appendEvents'>, clock: () => Date): CallTranscript {
  return {
    async record(conversationId, entries) {
      await runtime.appendEvents(conversationId, eventsOf(entries, clock()));
    },
  };
}
